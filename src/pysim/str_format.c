/* str_format.c — str.join, str.format / format_map, format() and str's
 * own __format__.  (The % operator is in str_percent.c.)
 *
 * The text is assembled in a StrWriter (str_methods.h), which reproduces
 * the one identity rule of CPython's _PyUnicodeWriter that a program can
 * see: when the whole result is one str written in one piece at the very
 * end (no literal text around it), the result *is* that str, even a
 * subclass instance ("{}".format(s) is s; "{:<2}".format(t) is t for a
 * str subclass t longer than 2).
 *
 * Parsing follows Objects/stringlib/unicode_format.h step by step so that
 * every malformed format string fails with the same message at the same
 * point (and after the same lookups) as in CPython 3.12.
 */
#include <string.h>

#include "pysim/numfmt.h"
#include "pysim/obj.h"
#include "pysim/str_impl.h"
#include "pysim/str_methods.h"
#include "pysim/unicode.h"
#include "pysim/vm.h"

/* ---- the writer ---- */

void py_strw_init(StrWriter *w, bool overallocate)
{
    Buf b = BUF_INIT;
    w->buf = b;
    w->ro = NULL;
    w->overallocate = overallocate;
    w->started = false;
}

void py_strw_text(StrWriter *w, const char *p, size_t n)
{
    if (n == 0) return;
    if (w->ro) {
        buf_put(&w->buf, py_str_utf8(w->ro), py_str_nbytes(w->ro));
        py_clear(&w->ro);
    }
    buf_put(&w->buf, p, n);
    w->started = true;
}

void py_strw_str(StrWriter *w, PyObj *s)
{
    size_t n = py_str_nbytes(s);
    if (n == 0) return;
    if (!w->ro && !w->started && !w->overallocate) {
        w->ro = py_newref(s);
        return;
    }
    py_strw_text(w, py_str_utf8(s), n);
}

PyObj *py_strw_finish(StrWriter *w)
{
    if (w->ro) {
        PyObj *r = w->ro;
        w->ro = NULL;
        buf_free(&w->buf);
        return r;
    }
    if (w->buf.len > py_vm->heap.max_bytes) {
        buf_free(&w->buf);
        return py_err_no_memory();
    }
    return py_str_from_buf(&w->buf);
}

void py_strw_free(StrWriter *w)
{
    buf_free(&w->buf);
    py_clear(&w->ro);
}

/* Raises the exception a numfmt status asks for. */
int py_strmeth_numfmt_error(int st, Buf *err)
{
    if (st == NUMFMT_TOO_BIG)
        py_stop_limit("formatted text longer than the simulator's limit of %zu bytes", (size_t)NUMFMT_MAX_LEN);
    else
        py_err_format(st == NUMFMT_OVERFLOW_ERROR ? &py_exc_OverflowError : &py_exc_ValueError, "%s",
                      err->p ? err->p : "");
    buf_free(err);
    return -1;
}

/* ---- join ---- */

PyObj *py_str_join(PyObj *sep, PyObj *iterable)
{
    PyObj *seq = NULL;
    PyObj *const *items;
    size_t n;
    if (PY_IS_TYPE(iterable, py_list_type) || PY_IS_TYPE(iterable, py_tuple_type)) {
        items = PY_IS_TYPE(iterable, py_list_type) ? PY_LIST_ITEMS(iterable) : PY_TUPLE_ITEMS(iterable);
        n = PY_IS_TYPE(iterable, py_list_type) ? py_list_size(iterable) : py_tuple_size(iterable);
    } else {
        /* PySequence_Fast: the items are collected into a list first */
        PyObj *it = py_iter(iterable);
        if (!it) {
            if (py_err_matches((PyObj *)&py_exc_TypeError)) {
                py_err_clear();
                py_err_format(&py_exc_TypeError, "can only join an iterable");
            }
            return NULL;
        }
        seq = py_sequence_list(it);
        py_decref(it);
        if (!seq) return NULL;
        items = PY_LIST_ITEMS(seq);
        n = py_list_size(seq);
    }
    PyObj *r = NULL;
    if (n == 0) {
        r = py_newref(py_vm->empty_str);
        goto done;
    }
    if (n == 1 && PY_IS_TYPE(items[0], py_str_type)) {
        r = py_newref(items[0]);
        goto done;
    }
    size_t total = 0, seplen = n > 1 ? py_str_nbytes(sep) : 0;
    for (size_t i = 0; i < n; i++) {
        if (!PY_STR_CHECK(items[i])) {
            py_err_format(&py_exc_TypeError, "sequence item %zd: expected str instance, %s found", (int64_t)i,
                          py_type_name(items[i]));
            goto done;
        }
        total += py_str_nbytes(items[i]) + (i ? seplen : 0);
    }
    if (total > py_vm->heap.max_bytes) {
        py_err_no_memory();
        goto done;
    }
    Buf b = BUF_INIT;
    buf_reserve(&b, total);
    for (size_t i = 0; i < n; i++) {
        if (i && seplen) buf_put(&b, py_str_utf8(sep), seplen);
        buf_put(&b, py_str_utf8(items[i]), py_str_nbytes(items[i]));
    }
    r = py_strmeth_fresh_buf(&b);
done:
    py_xdecref(seq);
    return r;
}

/* ---- str.__format__ and format() ---- */

/* _PyUnicode_FormatAdvancedWriter: s formatted with spec[0..n) into w. */
static int str_format_into(StrWriter *w, PyObj *s, const char *spec, size_t n)
{
    if (n == 0) {
        if (PY_IS_TYPE(s, py_str_type)) {
            py_strw_str(w, s);
            return 0;
        }
        PyObj *r = py_str(s);
        if (!r) return -1;
        py_strw_str(w, r);
        py_decref(r);
        return 0;
    }
    FmtSpec f;
    Buf err = BUF_INIT, out = BUF_INIT;
    NumfmtStatus st = numfmt_parse_spec(spec, n, NUMFMT_STR, py_type_name(s), &f, &err);
    if (st == NUMFMT_OK) st = numfmt_format_str(&out, py_str_utf8(s), py_str_nbytes(s), &f, &err);
    if (st != NUMFMT_OK) {
        buf_free(&out);
        return py_strmeth_numfmt_error(st, &err);
    }
    buf_free(&err);
    int64_t len = py_str_len(s);
    if ((f.width == -1 || f.width <= len) && (f.precision == -1 || f.precision >= len))
        py_strw_str(w, s); /* CPython writes the string object itself */
    else
        py_strw_text(w, out.p ? out.p : "", out.len);
    buf_free(&out);
    return 0;
}

PyObj *py_str_format_spec(PyObj *s, PyObj *spec)
{
    StrWriter w;
    py_strw_init(&w, false);
    if (str_format_into(&w, s, py_str_utf8(spec), py_str_nbytes(spec)) < 0) {
        py_strw_free(&w);
        return NULL;
    }
    return py_strw_finish(&w);
}

PyObj *py_strmeth___format__(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    if (!PY_STR_CHECK(args[0]))
        return py_err_format(&py_exc_TypeError, "__format__() argument must be str, not %s",
                             py_strmeth_argtype(args[0]));
    return py_str_format_spec(self, args[0]);
}

PyObj *py_format(PyObj *value, PyObj *spec)
{
    if (spec && !PY_STR_CHECK(spec))
        return py_err_format(&py_exc_SystemError, "Format specifier must be a string, not %s", py_type_name(spec));
    if (!spec || py_str_len(spec) == 0) {
        if (PY_IS_TYPE(value, py_str_type)) return py_newref(value);
        if (PY_IS_TYPE(value, py_int_type)) return py_str(value);
    }
    if (!spec) spec = py_vm->empty_str;
    if (PY_IS_TYPE(value, py_str_type)) return py_str_format_spec(value, spec);
    bool found;
    PyObj *r = py_call_special(value, PY_ID(__format__), &spec, 1, &found);
    if (!found) return py_err_format(&py_exc_TypeError, "Type %s doesn't define __format__", py_type_name(value));
    if (r && !PY_STR_CHECK(r)) {
        py_err_format(&py_exc_TypeError, "__format__ must return a str, not %s", py_type_name(r));
        py_decref(r);
        return NULL;
    }
    return r;
}

/* ---- str.format ---- */

typedef struct FmtCtx {
    PyObj *args;   /* tuple of the positional arguments; NULL for format_map */
    PyObj *kwargs; /* mapping, or NULL */
    enum { AUTO_INIT, AUTO_AUTO, AUTO_MANUAL } state;
    int64_t next;  /* the next automatic field number */
} FmtCtx;

/* A piece of the format string: bytes [a, b) of s. */
typedef struct Sub {
    PyObj *s;
    size_t a, b;
} Sub;

static PyObj *sub_str(const Sub *x) { return py_str_new(py_str_utf8(x->s) + x->a, x->b - x->a); }

/* get_integer: the value of a field name made only of decimal digits (any
 * Unicode decimals), -1 when it is empty or has another character, -2
 * with ValueError on overflow. */
static int64_t get_integer(const Sub *x)
{
    const char *p = py_str_utf8(x->s);
    if (x->a >= x->b) return -1;
    int64_t acc = 0;
    for (size_t i = x->a; i < x->b;) {
        uint32_t c;
        size_t m = uni_utf8_decode(p + i, x->b - i, &c);
        if (!m) return -1;
        int d = uni_decimal(c);
        if (d < 0) return -1;
        if (acc > (INT64_MAX - d) / 10) {
            py_err_format(&py_exc_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + d;
        i += m;
    }
    return acc;
}

/* get_field_object: the object a field name ("0", "name", "0.attr[key]")
 * designates, NEW. */
static PyObj *field_object(const Sub *field, FmtCtx *c)
{
    const char *p = py_str_utf8(field->s);
    size_t i = field->a;
    while (i < field->b && p[i] != '.' && p[i] != '[') i++;
    Sub first = {field->s, field->a, i};
    int64_t index = get_integer(&first);
    if (index == -2) return NULL;
    bool empty = first.a >= first.b, numeric = empty || index != -1;
    if (c->state == AUTO_INIT && numeric) c->state = empty ? AUTO_AUTO : AUTO_MANUAL;
    if (numeric) {
        if (c->state == AUTO_MANUAL && empty)
            return py_err_format(&py_exc_ValueError,
                                 "cannot switch from manual field specification to automatic field numbering");
        if (c->state == AUTO_AUTO && !empty)
            return py_err_format(&py_exc_ValueError,
                                 "cannot switch from automatic field numbering to manual field specification");
    }
    if (empty) index = c->next++;
    PyObj *obj;
    if (index == -1) {
        PyObj *key = sub_str(&first);
        if (!key) return NULL;
        if (!c->kwargs) {
            py_err_set_value(&py_exc_KeyError, key);
            py_decref(key);
            return NULL;
        }
        obj = py_getitem(c->kwargs, key);
        py_decref(key);
    } else {
        if (!c->args)
            return py_err_format(&py_exc_ValueError, "Format string contains positional fields");
        if ((size_t)index >= py_tuple_size(c->args))
            return py_err_format(&py_exc_IndexError, "Replacement index %zd out of range for positional args tuple",
                                 index);
        obj = py_newref(py_tuple_item(c->args, (size_t)index));
    }
    /* the rest: .attr and [key] lookups */
    while (obj && i < field->b) {
        char k = p[i++];
        Sub name = {field->s, i, i};
        if (k == '.') {
            while (i < field->b && p[i] != '.' && p[i] != '[') i++;
            name.b = i;
        } else if (k == '[') {
            while (i < field->b && p[i] != ']') i++;
            if (i >= field->b) {
                py_decref(obj);
                return py_err_format(&py_exc_ValueError, "Missing ']' in format string");
            }
            name.b = i++;
        } else {
            py_decref(obj);
            return py_err_format(&py_exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        int64_t idx = k == '[' ? get_integer(&name) : -1;
        if (idx == -2) {
            py_decref(obj);
            return NULL;
        }
        if (name.a == name.b) {
            py_decref(obj);
            return py_err_format(&py_exc_ValueError, "Empty attribute in format string");
        }
        PyObj *key = idx >= 0 ? py_int_from_i64(idx) : sub_str(&name);
        PyObj *next = NULL;
        if (key) next = k == '.' ? py_getattr(obj, key) : py_getitem(obj, key);
        py_xdecref(key);
        py_decref(obj);
        obj = next;
    }
    return obj;
}

/* One "{...}" as MarkupIterator_next and parse_field split it. */
typedef struct Field {
    Sub name, spec;
    bool has_spec;      /* a ':' was present */
    bool expand;        /* the spec holds nested fields */
    uint32_t conversion; /* 0 when none */
} Field;

static int parse_field(Sub *str, Field *f)
{
    const char *p = py_str_utf8(str->s);
    f->has_spec = f->expand = false;
    f->conversion = 0;
    f->name.s = f->spec.s = str->s;
    f->name.a = str->a;
    char c = 0;
    while (str->a < str->b) {
        c = p[str->a++];
        if (c == '{') {
            py_err_format(&py_exc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (c == '[') {
            while (str->a < str->b && p[str->a] != ']') str->a++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    f->name.b = str->a - 1;
    if (c == '!' || c == ':') {
        if (c == '!') {
            if (str->a >= str->b) {
                py_err_format(&py_exc_ValueError, "end of string while looking for conversion specifier");
                return -1;
            }
            size_t m = uni_utf8_decode(p + str->a, str->b - str->a, &f->conversion);
            str->a += m ? m : 1;
            if (str->a < str->b) {
                c = p[str->a++];
                if (c == '}') return 0;
                if (c != ':') {
                    py_err_format(&py_exc_ValueError, "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        f->has_spec = true;
        f->spec.a = str->a;
        int count = 1;
        while (str->a < str->b) {
            c = p[str->a++];
            if (c == '{') {
                f->expand = true;
                count++;
            } else if (c == '}' && --count == 0) {
                f->spec.b = str->a - 1;
                return 0;
            }
        }
        py_err_format(&py_exc_ValueError, "unmatched '{' in format spec");
        return -1;
    }
    if (c != '}') {
        py_err_format(&py_exc_ValueError, "expected '}' before end of string");
        return -1;
    }
    return 0;
}

static PyObj *build_string(const Sub *input, FmtCtx *c, int depth);

static PyObj *convert(PyObj *obj, uint32_t conv)
{
    switch (conv) {
    case 'r': return py_repr(obj);
    case 's': return py_str(obj);
    case 'a': return py_ascii(obj);
    default:
        if (conv > 32 && conv < 127)
            return py_err_format(&py_exc_ValueError, "Unknown conversion specifier %c", conv);
        return py_err_format(&py_exc_ValueError, "Unknown conversion specifier \\x%x", conv);
    }
}

/* render_field: exact str, int and float are formatted straight into the
 * output (never as a separate object); anything else through its
 * __format__, whose result may become the output itself. */
static int render_field(StrWriter *w, PyObj *obj, const char *spec, size_t n, PyObj *spec_obj)
{
    if (PY_IS_TYPE(obj, py_str_type)) return str_format_into(w, obj, spec, n);
    PyObj *so = spec_obj ? py_newref(spec_obj) : py_str_new(spec, n);
    if (!so) return -1;
    PyObj *r = py_format(obj, so);
    py_decref(so);
    if (!r) return -1;
    if (PY_IS_TYPE(obj, py_int_type) || PY_IS_TYPE(obj, py_float_type))
        py_strw_text(w, py_str_utf8(r), py_str_nbytes(r));
    else
        py_strw_str(w, r);
    py_decref(r);
    return 0;
}

static int output_markup(StrWriter *w, Field *f, FmtCtx *c, int depth)
{
    PyObj *obj = field_object(&f->name, c);
    if (!obj) return -1;
    if (f->conversion) {
        PyObj *t = convert(obj, f->conversion);
        py_decref(obj);
        if (!t) return -1;
        obj = t;
    }
    int rc;
    if (f->expand) {
        PyObj *spec = build_string(&f->spec, c, depth - 1);
        if (!spec) {
            py_decref(obj);
            return -1;
        }
        rc = render_field(w, obj, py_str_utf8(spec), py_str_nbytes(spec), spec);
        py_decref(spec);
    } else if (f->has_spec) {
        const char *p = py_str_utf8(f->spec.s);
        rc = render_field(w, obj, p + f->spec.a, f->spec.b - f->spec.a, NULL);
    } else {
        rc = render_field(w, obj, "", 0, py_vm->empty_str);
    }
    py_decref(obj);
    return rc;
}

/* build_string + do_markup: literal text and fields, left to right. */
static PyObj *build_string(const Sub *input, FmtCtx *c, int depth)
{
    if (depth <= 0) return py_err_format(&py_exc_ValueError, "Max string recursion exceeded");
    StrWriter w;
    py_strw_init(&w, true);
    const char *p = py_str_utf8(input->s);
    size_t whole = py_str_nbytes(input->s);
    Sub it = *input;
    while (it.a < it.b) {
        size_t start = it.a;
        char ch = 0;
        bool markup = false;
        while (it.a < it.b) {
            ch = p[it.a++];
            if (ch == '{' || ch == '}') {
                markup = true;
                break;
            }
        }
        bool at_end = it.a >= it.b;
        size_t len = it.a - start;
        if (ch == '}' && (at_end || p[it.a] != '}')) {
            py_err_format(&py_exc_ValueError, "Single '}' encountered in format string");
            goto fail;
        }
        if (at_end && ch == '{') {
            py_err_format(&py_exc_ValueError, "Single '{' encountered in format string");
            goto fail;
        }
        if (!at_end) {
            if (p[it.a] == ch) {
                it.a++; /* an escaped brace: literal text only */
                markup = false;
            } else {
                len--;
            }
        }
        Field f;
        if (markup && parse_field(&it, &f) < 0) goto fail;
        if (len) {
            if (!markup && it.a >= it.b) w.overallocate = false;
            if (start == 0 && len == whole)
                py_strw_str(&w, input->s);
            else
                py_strw_text(&w, p + start, len);
        }
        if (markup) {
            if (it.a >= it.b) w.overallocate = false;
            if (output_markup(&w, &f, c, depth) < 0) goto fail;
        }
    }
    return py_strw_finish(&w);
fail:
    py_strw_free(&w);
    return NULL;
}

static PyObj *do_format(PyObj *self, PyObj *args, PyObj *kwargs)
{
    FmtCtx c = {args, kwargs, AUTO_INIT, 0};
    Sub input = {self, 0, py_str_nbytes(self)};
    return build_string(&input, &c, 2);
}

PyObj *py_strmeth_format(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    /* the call builds a tuple of the positional arguments and, when
     * keywords are given, a dict of them, as a METH_VARARGS call does */
    PyObj *t = py_tuple_from_array(args, nargs);
    if (!t) return NULL;
    PyObj *kw = NULL;
    size_t nkw = kwnames ? py_tuple_size(kwnames) : 0;
    if (nkw) {
        kw = py_dict_new();
        for (size_t i = 0; kw && i < nkw; i++) {
            if (py_dict_setitem(kw, py_tuple_item(kwnames, i), args[nargs + i]) < 0) py_clear(&kw);
        }
        if (!kw) {
            py_decref(t);
            return NULL;
        }
    }
    PyObj *r = do_format(self, t, kw);
    py_xdecref(kw);
    py_decref(t);
    return r;
}

PyObj *py_strmeth_format_map(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return do_format(self, NULL, args[0]);
}
