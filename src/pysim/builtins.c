/* builtins.c — the builtins module: the functions (print, len, sum ...)
 * and the names of the built-in types and exceptions, in the order
 * CPython 3.12's builtins dict has them (the order "Did you mean"
 * suggestions scan them in).
 */
#include <math.h>
#include <string.h>

#include "pysim/eval.h"
#include "pysim/gc.h"
#include "pysim/obj.h"
#include "pysim/slots.h"
#include "pysim/vm.h"

#define B(name) static PyObj *b_##name(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)

static PyObj *none(void) { return py_newref(PY_NONE); }

/* ---- print ---- */

int py_print_obj(PyObj *o, bool use_repr)
{
    PyObj *s = use_repr ? py_repr(o) : py_str(o);
    if (!s) return -1;
    vm_write_out(py_str_utf8(s), py_str_nbytes(s));
    py_decref(s);
    return 0;
}

/* Writes text to file= (None: stdout); file must have write(). */
static int write_to(PyObj *file, const char *s, size_t n)
{
    if (!file || file == PY_NONE) {
        vm_write_out(s, n);
        return 0;
    }
    PyObj *str = py_str_new(s, n);
    if (!str) return -1;
    PyObj *r = py_call_method(file, PY_ID(write), &str, 1, NULL);
    py_decref(str);
    if (!r) return -1;
    py_decref(r);
    return 0;
}

static PyObj *print_impl(PyObj *const *args, size_t nargs, PyObj **kw);

/* print(): the keyword names are checked before the values are packed. */
B(print)
{
    static const char *const names[] = {"sep", "end", "file", "flush"};
    PyObj *kw[4] = {NULL, NULL, NULL, NULL};
    size_t nkw = kwnames ? py_tuple_size(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        PyObj *kn = py_tuple_item(kwnames, k);
        int j = 0;
        while (j < 4 && !py_str_eq_c(kn, names[j])) j++;
        if (j == 4) return py_err_format(&py_exc_TypeError, "'%U' is an invalid keyword argument for print()", kn);
        kw[j] = args[nargs + k];
    }
    /* print's *args is a tuple (Argument Clinic packs it): a block from
     * the tuple free list, or a new one the collector counts, given back
     * when print returns; it holds a reference to each value meanwhile. */
    PyObj *packed = py_tuple_from_array(args, nargs);
    if (!packed) return NULL;
    PyObj *r = print_impl(PY_TUPLE_ITEMS(packed), nargs, kw);
    py_decref(packed);
    return r;
}

static PyObj *print_impl(PyObj *const *args, size_t nargs, PyObj **kw)
{
    static const char *const names[] = {"sep", "end"};
    for (int i = 0; i < 2; i++) {
        if (kw[i] && kw[i] != PY_NONE && !PY_STR_CHECK(kw[i]))
            return py_err_format(&py_exc_TypeError, "%s must be None or a string, not %s", names[i],
                                 py_type_name(kw[i]));
    }
    PyObj *file = kw[2];
    if (file && file != PY_NONE && !py_type_lookup(PY_TYPE(file), PY_ID(write)) &&
        !(py_object_dict_slot(file) && *py_object_dict_slot(file) &&
          py_dict_getitem_str(*py_object_dict_slot(file), PY_ID(write))))
        return py_err_format(&py_exc_AttributeError, "'%s' object has no attribute 'write'", py_type_name(file));
    const char *sep = kw[0] && kw[0] != PY_NONE ? py_str_utf8(kw[0]) : " ";
    size_t sepn = kw[0] && kw[0] != PY_NONE ? py_str_nbytes(kw[0]) : 1;
    const char *end = kw[1] && kw[1] != PY_NONE ? py_str_utf8(kw[1]) : "\n";
    size_t endn = kw[1] && kw[1] != PY_NONE ? py_str_nbytes(kw[1]) : 1;
    for (size_t i = 0; i < nargs; i++) {
        if (i && write_to(file, sep, sepn) < 0) return NULL;
        PyObj *s = py_str(args[i]);
        if (!s) return NULL;
        int rc = write_to(file, py_str_utf8(s), py_str_nbytes(s));
        py_decref(s);
        if (rc < 0) return NULL;
    }
    if (write_to(file, end, endn) < 0) return NULL;
    return none();
}

/* ---- simple ones ---- */

B(id) { return py_int_from_i64((int64_t)args[0]->ob_id); }

B(len)
{
    int64_t n = py_len(args[0]);
    return n < 0 ? NULL : py_int_from_i64(n);
}

B(repr) { return py_repr(args[0]); }
B(ascii) { return py_ascii(args[0]); }

B(hash)
{
    int64_t h = py_hash(args[0]);
    return h == -1 && py_err_occurred() ? NULL : py_int_from_i64(h);
}

B(abs) { return py_abs(args[0]); }

B(callable) { return py_bool(py_callable(args[0])); }

B(isinstance)
{
    int r = py_isinstance(args[0], args[1]);
    return r < 0 ? NULL : py_bool(r);
}

B(issubclass)
{
    int r = py_issubclass(args[0], args[1]);
    return r < 0 ? NULL : py_bool(r);
}

B(divmod) { return py_binop(args[0], args[1], PY_OP_DIVMOD); }

B(pow)
{
    static const char *const names[] = {"base", "exp", "mod"};
    PyObj *v[3];
    if (py_parse_args("pow", args, nargs, kwnames, names, 3, 0, 2, v) < 0) return NULL;
    if (v[2] && v[2] != PY_NONE) return py_number_pow3(v[0], v[1], v[2]);
    return py_binop(v[0], v[1], PY_OP_POW);
}

B(format)
{
    PyObj *spec = nargs > 1 ? args[1] : py_vm->empty_str;
    if (!PY_STR_CHECK(spec))
        return py_err_format(&py_exc_TypeError, "format() argument 2 must be str, not %s", py_type_name(spec));
    return py_format(args[0], spec);
}

static PyObj *int_prefixed(PyObj *o, int base, const char *prefix)
{
    PyObj *i = py_number_index(o);
    if (!i) return NULL;
    bool neg = py_int_sign(i) < 0;
    PyObj *mag = neg ? py_unaryop(i, PY_UOP_NEG) : py_newref(i);
    py_decref(i);
    if (!mag) return NULL;
    PyObj *digits = py_int_to_str(mag, base);
    py_decref(mag);
    if (!digits) return NULL;
    PyObj *r = py_str_format_c("%s%s%U", neg ? "-" : "", prefix, digits);
    py_decref(digits);
    return r;
}

B(hex) { return int_prefixed(args[0], 16, "0x"); }
B(oct) { return int_prefixed(args[0], 8, "0o"); }
B(bin) { return int_prefixed(args[0], 2, "0b"); }

B(ord)
{
    PyObj *o = args[0];
    if (PY_STR_CHECK(o)) {
        if (py_str_len(o) != 1)
            return py_err_format(&py_exc_TypeError, "ord() expected a character, but string of length %zd found",
                                 py_str_len(o));
        size_t n;
        uint32_t *cp = py_str_to_ucs4(o, &n);
        PyObj *r = py_int_from_i64(cp[0]);
        free(cp);
        return r;
    }
    if (py_isinstance_c(o, &py_bytes_type) || py_isinstance_c(o, &py_bytearray_type)) {
        const unsigned char *d;
        size_t n;
        py_bytes_view(o, &d, &n);
        if (n != 1)
            return py_err_format(&py_exc_TypeError, "ord() expected a character, but string of length %zd found",
                                 (int64_t)n);
        return py_int_from_i64(d[0]);
    }
    return py_err_format(&py_exc_TypeError, "ord() expected string of length 1, but %s found", py_type_name(o));
}

B(chr)
{
    PyObj *i = py_number_index(args[0]);
    if (!i) return NULL;
    int64_t v;
    bool ok = py_int_as_i64(i, &v);
    py_decref(i);
    if (!ok) return py_err_format(&py_exc_OverflowError, "Python int too large to convert to C int");
    if (v < 0 || v > 0x10FFFF) return py_err_format(&py_exc_ValueError, "chr() arg not in range(0x110000)");
    return py_str_from_cp((uint32_t)v);
}

B(iter)
{
    if (nargs == 1) return py_iter(args[0]);
    if (!py_callable(args[0])) return py_err_format(&py_exc_TypeError, "iter(v, w): v must be callable");
    return py_calliter_new(args[0], args[1]);
}

B(next)
{
    PyObj *it = args[0];
    if (!PY_TYPE(it)->tp_iternext)
        return py_err_format(&py_exc_TypeError, "'%s' object is not an iterator", py_type_name(it));
    PyObj *r = PY_TYPE(it)->tp_iternext(it);
    if (r) return r;
    if (py_err_occurred()) {
        if (nargs > 1 && py_err_matches((PyObj *)&py_exc_StopIteration)) {
            py_err_clear();
            return py_newref(args[1]);
        }
        return NULL;
    }
    if (nargs > 1) return py_newref(args[1]);
    return py_err_set_value(&py_exc_StopIteration, NULL);
}

B(getattr)
{
    if (!PY_STR_CHECK(args[1]))
        return py_err_format(&py_exc_TypeError, "attribute name must be string, not '%s'", py_type_name(args[1]));
    if (nargs == 2) return py_getattr(args[0], args[1]);
    PyObj *r;
    int found = py_getattr_opt(args[0], args[1], &r);
    if (found < 0) return NULL;
    return found ? r : py_newref(args[2]);
}

B(setattr)
{
    if (!PY_STR_CHECK(args[1]))
        return py_err_format(&py_exc_TypeError, "attribute name must be string, not '%s'", py_type_name(args[1]));
    return py_setattr(args[0], args[1], args[2]) < 0 ? NULL : none();
}

B(delattr)
{
    if (!PY_STR_CHECK(args[1]))
        return py_err_format(&py_exc_TypeError, "attribute name must be string, not '%s'", py_type_name(args[1]));
    return py_delattr(args[0], args[1]) < 0 ? NULL : none();
}

B(hasattr)
{
    if (!PY_STR_CHECK(args[1]))
        return py_err_format(&py_exc_TypeError, "attribute name must be string, not '%s'", py_type_name(args[1]));
    PyObj *r;
    int found = py_getattr_opt(args[0], args[1], &r);
    if (found < 0) return NULL;
    py_xdecref(r);
    return py_bool(found);
}

/* ---- reductions ---- */

B(any)
{
    PyObj *it = py_iter(args[0]);
    if (!it) return NULL;
    PyObj *x;
    while ((x = py_next(it))) {
        int t = py_truthy(x);
        py_decref(x);
        if (t) {
            py_decref(it);
            return t < 0 ? NULL : py_newref(PY_TRUE);
        }
    }
    py_decref(it);
    return py_err_occurred() ? NULL : py_newref(PY_FALSE);
}

B(all)
{
    PyObj *it = py_iter(args[0]);
    if (!it) return NULL;
    PyObj *x;
    while ((x = py_next(it))) {
        int t = py_truthy(x);
        py_decref(x);
        if (t <= 0) {
            py_decref(it);
            return t < 0 ? NULL : py_newref(PY_FALSE);
        }
    }
    py_decref(it);
    return py_err_occurred() ? NULL : py_newref(PY_TRUE);
}

/* sum(): an exact int fast path, then Neumaier-compensated float
 * summation as CPython 3.12 does, then generic +. */
B(sum)
{
    static const char *const names[] = {"", "start"};
    PyObj *v[2];
    if (py_parse_args("sum", args, nargs, kwnames, names, 2, 0, 1, v) < 0) return NULL;
    PyObj *result = v[1] ? py_newref(v[1]) : py_int_from_i64(0);
    if (v[1]) {
        if (PY_STR_CHECK(v[1])) {
            py_decref(result);
            return py_err_format(&py_exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (py_isinstance_c(v[1], &py_bytes_type)) {
            py_decref(result);
            return py_err_format(&py_exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (py_isinstance_c(v[1], &py_bytearray_type)) {
            py_decref(result);
            return py_err_format(&py_exc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
        }
    }
    PyObj *it = py_iter(v[0]);
    if (!it) {
        py_decref(result);
        return NULL;
    }
    PyObj *item = NULL;
    int64_t iv;
    if (PY_IS_TYPE(result, py_int_type) && py_int_as_i64(result, &iv)) {
        for (;;) {
            item = py_next(it);
            if (!item) {
                py_decref(it);
                py_decref(result);
                return py_err_occurred() ? NULL : py_int_from_i64(iv);
            }
            int64_t b, s;
            if ((PY_IS_TYPE(item, py_int_type) || PY_IS_TYPE(item, py_bool_type)) && py_int_as_i64(item, &b) &&
                !__builtin_add_overflow(iv, b, &s)) {
                iv = s;
                py_decref(item);
                continue;
            }
            py_decref(result);
            result = py_int_from_i64(iv);
            PyObj *t = py_binop(result, item, PY_OP_ADD);
            py_decref(item);
            py_decref(result);
            item = NULL;
            result = t;
            if (!result) {
                py_decref(it);
                return NULL;
            }
            break;
        }
    }
    if (PY_IS_TYPE(result, py_float_type)) {
        double f = py_float_value(result), c = 0.0;
        py_clear(&result);
        for (;;) {
            item = py_next(it);
            if (!item) {
                py_decref(it);
                if (py_err_occurred()) return NULL;
                if (c != 0.0 && isfinite(c)) f += c;
                return py_float_new(f);
            }
            if (PY_IS_TYPE(item, py_float_type)) {
                double x = py_float_value(item), t = f + x;
                if (fabs(f) >= fabs(x)) c += (f - t) + x;
                else c += (x - t) + f;
                f = t;
                py_decref(item);
                continue;
            }
            int64_t b;
            if (PY_INT_CHECK(item) && py_int_as_i64(item, &b)) {
                f += (double)b;
                py_decref(item);
                continue;
            }
            if (c != 0.0 && isfinite(c)) f += c;
            result = py_float_new(f);
            PyObj *t = py_binop(result, item, PY_OP_ADD);
            py_decref(item);
            py_decref(result);
            result = t;
            if (!result) {
                py_decref(it);
                return NULL;
            }
            break;
        }
    }
    while ((item = py_next(it))) {
        PyObj *t = py_binop(result, item, PY_OP_ADD);
        py_decref(item);
        py_decref(result);
        result = t;
        if (!result) break;
    }
    py_decref(it);
    if (result && py_err_occurred()) py_clear(&result);
    return result;
}

static PyObj *minmax(PyObj *const *args, size_t nargs, PyObj *kwnames, int op, const char *name)
{
    PyObj *key = NULL, *dflt = NULL;
    size_t nkw = kwnames ? py_tuple_size(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        PyObj *kn = py_tuple_item(kwnames, k);
        if (py_str_eq_c(kn, "key")) key = args[nargs + k];
        else if (py_str_eq_c(kn, "default")) dflt = args[nargs + k];
        else return py_err_format(&py_exc_TypeError, "'%U' is an invalid keyword argument for %s()", kn, name);
    }
    if (key == PY_NONE) key = NULL;
    if (nargs == 0) return py_err_format(&py_exc_TypeError, "%s expected at least 1 argument, got 0", name);
    if (nargs > 1 && dflt)
        return py_err_format(&py_exc_TypeError, "Cannot specify a default for %s() with multiple positional arguments",
                             name);
    PyObj *it;
    if (nargs == 1) {
        it = py_iter(args[0]);
    } else {
        PyObj *t = py_tuple_from_array(args, nargs);
        it = t ? py_iter(t) : NULL;
        py_xdecref(t);
    }
    if (!it) return NULL;
    PyObj *best = NULL, *bestkey = NULL, *x;
    while ((x = py_next(it))) {
        PyObj *k = key ? py_call1(key, x) : py_newref(x);
        if (!k) {
            py_decref(x);
            goto fail;
        }
        if (!best) {
            best = x;
            bestkey = k;
            continue;
        }
        int better = py_richcompare_bool(k, bestkey, op);
        if (better < 0) {
            py_decref(x);
            py_decref(k);
            goto fail;
        }
        if (better) {
            py_setref(&best, x);
            py_setref(&bestkey, k);
        } else {
            py_decref(x);
            py_decref(k);
        }
    }
    if (py_err_occurred()) goto fail;
    py_decref(it);
    py_xdecref(bestkey);
    if (!best) {
        if (dflt) return py_newref(dflt);
        return py_err_format(&py_exc_ValueError, "%s() iterable argument is empty", name);
    }
    return best;
fail:
    py_decref(it);
    py_xdecref(best);
    py_xdecref(bestkey);
    return NULL;
}

B(min) { return minmax(args, nargs, kwnames, PY_LT, "min"); }
B(max) { return minmax(args, nargs, kwnames, PY_GT, "max"); }

B(sorted)
{
    if (nargs != 1) {
        if (nargs == 0) return py_err_format(&py_exc_TypeError, "sorted expected 1 argument, got 0");
        return py_err_format(&py_exc_TypeError, "sorted expected 1 argument, got %zd", (int64_t)nargs);
    }
    PyObj *l = py_sequence_list(args[0]);
    if (!l) return NULL;
    PyObj *r = py_call_method(l, py_intern_c("sort"), args + 1, 0, kwnames ? kwnames : NULL);
    if (!r) {
        py_decref(l);
        return NULL;
    }
    py_decref(r);
    return l;
}

B(round)
{
    static const char *const names[] = {"number", "ndigits"};
    PyObj *v[2];
    if (py_parse_args("round", args, nargs, kwnames, names, 2, 0, 1, v) < 0) return NULL;
    bool found;
    PyObj *r = v[1] && v[1] != PY_NONE ? py_call_special(v[0], PY_ID(__round__), &v[1], 1, &found)
                                       : py_call_special(v[0], PY_ID(__round__), NULL, 0, &found);
    if (!found)
        return py_err_format(&py_exc_TypeError, "type %s doesn't define __round__ method", py_type_name(v[0]));
    return r;
}

/* ---- namespaces ---- */

static PyObj *frame_locals(void)
{
    Frame *f = py_vm->frame;
    if (!f) return py_dict_new();
    if (f->locals) return py_newref(f->locals);
    /* a function: a snapshot of its variables, as 3.12's locals() */
    PyObj *d = py_dict_new();
    CodeInfo *c = f->code;
    for (int i = 0; i < c->nfast + c->ncells + c->nfree; i++) {
        PyObj *v = f->slots[i];
        if (v && i >= c->nfast) v = ((PyCellObj *)v)->ref;
        if (v) py_dict_setitem(d, c->slot_names[i], v);
    }
    return d;
}

B(globals)
{
    Frame *f = py_vm->frame;
    return py_newref(f ? f->globals : py_vm->main_dict);
}

B(locals) { return frame_locals(); }

B(vars)
{
    if (nargs == 0) return frame_locals();
    PyObj *d = NULL;
    int found = py_getattr_opt(args[0], PY_ID(__dict__), &d);
    if (found < 0) return NULL;
    if (!found) return py_err_format(&py_exc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

B(dir)
{
    PyObj *l;
    if (nargs == 0) {
        PyObj *d = frame_locals();
        l = d ? py_dict_keys_list(d) : NULL;
        py_xdecref(d);
    } else {
        PyObj *d = py_call_special(args[0], py_intern_c("__dir__"), NULL, 0, NULL);
        if (!d) return NULL;
        l = py_sequence_list(d);
        py_decref(d);
    }
    if (l && py_list_sort(l, NULL, false) < 0) py_clear(&l);
    return l;
}

B(import)
{
    if (nargs < 1 || !PY_STR_CHECK(args[0])) return py_err_format(&py_exc_TypeError, "__import__() argument 1 must be str");
    return py_import(args[0]);
}

/* ---- outside the simulated subset ---- */

#define UNSUPPORTED(name, what) \
    B(name) { return py_unsupported("%s", what); }
UNSUPPORTED(input, "input() (programs cannot read input)")
UNSUPPORTED(open, "open() and files")
UNSUPPORTED(eval, "eval()")
UNSUPPORTED(exec, "exec()")
UNSUPPORTED(compile, "compile()")
UNSUPPORTED(breakpoint, "breakpoint()")
UNSUPPORTED(help, "help()")
UNSUPPORTED(build_class, "__build_class__()")
UNSUPPORTED(aiter, "aiter() (async iteration)")
UNSUPPORTED(anext, "anext() (async iteration)")
UNSUPPORTED(memoryview, "memoryview")
UNSUPPORTED(copyright, "copyright()")
UNSUPPORTED(credits, "credits()")
UNSUPPORTED(license, "license()")

B(exit)
{
    return py_err_set_value(&py_exc_SystemExit, nargs ? args[0] : NULL);
}

static const PyMethodDef builtin_defs[] = {
    {"__build_class__", b_build_class, 0, -1, PY_METH_KEYWORDS},
    {"__import__", b_import, 1, 5, PY_METH_KEYWORDS},
    {"abs", b_abs, 1, 1, 0},
    {"all", b_all, 1, 1, 0},
    {"any", b_any, 1, 1, 0},
    {"ascii", b_ascii, 1, 1, 0},
    {"bin", b_bin, 1, 1, 0},
    {"breakpoint", b_breakpoint, 0, -1, PY_METH_KEYWORDS},
    {"callable", b_callable, 1, 1, 0},
    {"chr", b_chr, 1, 1, 0},
    {"compile", b_compile, 0, -1, PY_METH_KEYWORDS},
    {"delattr", b_delattr, 2, 2, 0},
    {"dir", b_dir, 0, 1, 0},
    {"divmod", b_divmod, 2, 2, 0},
    {"eval", b_eval, 0, -1, PY_METH_KEYWORDS},
    {"exec", b_exec, 0, -1, PY_METH_KEYWORDS},
    {"format", b_format, 1, 2, 0},
    {"getattr", b_getattr, 2, 3, 0},
    {"globals", b_globals, 0, 0, 0},
    {"hasattr", b_hasattr, 2, 2, 0},
    {"hash", b_hash, 1, 1, 0},
    {"hex", b_hex, 1, 1, 0},
    {"id", b_id, 1, 1, 0},
    {"input", b_input, 0, 1, 0},
    {"isinstance", b_isinstance, 2, 2, 0},
    {"issubclass", b_issubclass, 2, 2, 0},
    {"iter", b_iter, 1, 2, 0},
    {"aiter", b_aiter, 1, 1, 0},
    {"len", b_len, 1, 1, 0},
    {"locals", b_locals, 0, 0, 0},
    {"max", b_max, 0, -1, PY_METH_KEYWORDS},
    {"min", b_min, 0, -1, PY_METH_KEYWORDS},
    {"next", b_next, 1, 2, 0},
    {"anext", b_anext, 1, 2, 0},
    {"oct", b_oct, 1, 1, 0},
    {"ord", b_ord, 1, 1, 0},
    {"pow", b_pow, 0, 3, PY_METH_KEYWORDS},
    {"print", b_print, 0, -1, PY_METH_KEYWORDS},
    {"repr", b_repr, 1, 1, 0},
    {"round", b_round, 0, 2, PY_METH_KEYWORDS},
    {"setattr", b_setattr, 3, 3, 0},
    {"sorted", b_sorted, 0, -1, PY_METH_KEYWORDS},
    {"sum", b_sum, 0, 2, PY_METH_KEYWORDS},
    {"vars", b_vars, 0, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

static const PyMethodDef late_defs[] = {
    {"open", b_open, 0, -1, PY_METH_KEYWORDS},
    {"quit", b_exit, 0, 1, 0},
    {"exit", b_exit, 0, 1, 0},
    {"copyright", b_copyright, 0, 0, 0},
    {"credits", b_credits, 0, 0, 0},
    {"license", b_license, 0, 0, 0},
    {"help", b_help, 0, -1, PY_METH_KEYWORDS},
    {NULL, NULL, 0, 0, 0},
};

static const PyMethodDef memoryview_def = {"memoryview", b_memoryview, 0, -1, PY_METH_KEYWORDS};

static void put(PyObj *d, const char *name, PyObj *v) { py_dict_setitem(d, py_intern_c(name), v); }

void py_builtins_init(void)
{
    PyVM *vm = py_vm;
    PyObj *m = py_module_new("builtins");
    PyObj *d = py_module_dict(m);
    vm->builtins_module = m;
    vm->builtins = py_newref(d);
    py_module_add_functions(m, builtin_defs);
    /* the names follow CPython's order: constants, then types */
    put(d, "None", PY_NONE);
    put(d, "Ellipsis", PY_ELLIPSIS);
    put(d, "NotImplemented", PY_NOTIMPL);
    put(d, "False", PY_FALSE);
    put(d, "True", PY_TRUE);
    put(d, "bool", (PyObj *)&py_bool_type);
    PyObj *mv = py_cfunction_new(&memoryview_def, m, NULL);
    put(d, "memoryview", mv);
    py_decref(mv);
    put(d, "bytearray", (PyObj *)&py_bytearray_type);
    put(d, "bytes", (PyObj *)&py_bytes_type);
    put(d, "classmethod", (PyObj *)&py_classmethod_type);
    put(d, "complex", (PyObj *)&py_complex_type); /* complex.c */
    PyType *types[] = {&py_dict_type, &py_enumerate_type, &py_filter_type, &py_float_type, &py_frozenset_type,
                       &py_property_type, &py_int_type, &py_list_type, &py_map_type, &py_object_type,
                       &py_range_type, &py_reversed_type, &py_set_type, &py_slice_type, &py_staticmethod_type,
                       &py_str_type, &py_super_type, &py_tuple_type, &py_type_type, &py_zip_type};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++) put(d, types[i]->name, (PyObj *)types[i]);
    put(d, "__debug__", PY_TRUE);
    PyType *excs[] = {
        &py_exc_BaseException, &py_exc_Exception, &py_exc_GeneratorExit, &py_exc_KeyboardInterrupt,
        &py_exc_SystemExit, &py_exc_ArithmeticError, &py_exc_AssertionError, &py_exc_AttributeError,
        &py_exc_BufferError, &py_exc_EOFError, &py_exc_ImportError, &py_exc_LookupError, &py_exc_MemoryError,
        &py_exc_NameError, &py_exc_OSError, &py_exc_ReferenceError, &py_exc_RuntimeError,
        &py_exc_StopAsyncIteration, &py_exc_StopIteration, &py_exc_SyntaxError, &py_exc_SystemError,
        &py_exc_TypeError, &py_exc_ValueError, &py_exc_Warning, &py_exc_FloatingPointError, &py_exc_OverflowError,
        &py_exc_ZeroDivisionError, &py_exc_BytesWarning, &py_exc_DeprecationWarning, &py_exc_EncodingWarning,
        &py_exc_FutureWarning, &py_exc_ImportWarning, &py_exc_PendingDeprecationWarning, &py_exc_ResourceWarning,
        &py_exc_RuntimeWarning, &py_exc_SyntaxWarning, &py_exc_UnicodeWarning, &py_exc_UserWarning,
        &py_exc_BlockingIOError, &py_exc_ChildProcessError, &py_exc_ConnectionError, &py_exc_FileExistsError,
        &py_exc_FileNotFoundError, &py_exc_InterruptedError, &py_exc_IsADirectoryError,
        &py_exc_NotADirectoryError, &py_exc_PermissionError, &py_exc_ProcessLookupError, &py_exc_TimeoutError,
        &py_exc_IndentationError, &py_exc_IndexError, &py_exc_KeyError, &py_exc_ModuleNotFoundError,
        &py_exc_NotImplementedError, &py_exc_RecursionError, &py_exc_UnboundLocalError, &py_exc_UnicodeError,
        &py_exc_BrokenPipeError, &py_exc_ConnectionAbortedError, &py_exc_ConnectionRefusedError,
        &py_exc_ConnectionResetError, &py_exc_TabError, &py_exc_UnicodeDecodeError, &py_exc_UnicodeEncodeError,
        &py_exc_UnicodeTranslateError};
    for (size_t i = 0; i < sizeof excs / sizeof *excs; i++) put(d, excs[i]->name, (PyObj *)excs[i]);
    put(d, "EnvironmentError", (PyObj *)&py_exc_OSError);
    put(d, "IOError", (PyObj *)&py_exc_OSError);
    /* pycore_init_builtins keeps a copy of the builtins dict as it is now
     * (interp->builtins_copy), so every builtin function has one reference
     * more than the builtins dict gives it: sys.getrefcount(len) is 3.
     * Only the references are kept: the copy itself is never looked at
     * before the end (finalize_restore_builtins is not simulated). */
    vm->nbuiltins_copy = py_dict_size(d);
    vm->builtins_copy = xmalloc(vm->nbuiltins_copy * sizeof *vm->builtins_copy);
    size_t pos = 0, n = 0;
    PyObj *key, *value;
    while (py_dict_next(d, &pos, &key, &value) && n < vm->nbuiltins_copy) vm->builtins_copy[n++] = py_newref(value);
    vm->nbuiltins_copy = n;
    /* open comes from io, exit, help ... from site: after the copy */
    for (const PyMethodDef *def = late_defs; def->name; def++) {
        PyObj *f = py_cfunction_new(def, m, NULL);
        put(d, def->name, f);
        py_decref(f);
    }
    py_dict_setitem(vm->modules, py_intern_c("builtins"), m);
}
