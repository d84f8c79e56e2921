/* trace_value.c — what one object looks like in a trace: its kind, type
 * name, flags, size, the text of its value, and the references it shows
 * (items, dict entries, attributes).
 *
 * Invariants: nothing here runs Python code or allocates simulated
 * memory.  A value's text is computed in C from the object's fields, as
 * CPython's repr would print it for built-in scalars (a user __repr__ is
 * never called); texts and reference lists are capped (TRACE_MAX_VALUE,
 * TRACE_MAX_ITEMS) so a snapshot costs little whatever the program holds.
 */
#include "pysim/trace_impl.h"

#include <inttypes.h>
#include <string.h>

#include "pysim/bigint.h"
#include "pysim/complex_impl.h"
#include "pysim/unicode.h"
#include "pysim/vm.h"
#include "pysim/weakref.h"

#define ELLIPSIS "\xe2\x80\xa6" /* U+2026 */

/* ---- scalars ---- */

/* repr of str or bytes data, cut to TRACE_MAX_VALUE characters. */
static void cut_repr(Buf *b, const char *data, size_t nbytes, int64_t nchars, bool bytes, bool *cut)
{
    size_t keep = nbytes;
    if (nchars > TRACE_MAX_VALUE) {
        keep = bytes ? TRACE_MAX_VALUE : uni_utf8_offset(data, nbytes, TRACE_MAX_VALUE);
        *cut = true;
    }
    size_t start = b->len;
    if (bytes) uni_bytes_repr(b, (const unsigned char *)data, keep);
    else uni_repr(b, data, keep);
    if (keep < nbytes && b->len > start) {
        /* 'abc…' : the ellipsis inside the closing quote */
        char q = b->p[b->len - 1];
        b->len--;
        buf_puts(b, ELLIPSIS);
        buf_putc(b, q);
    }
}

static void int_text(Buf *b, PyObj *o, bool *cut)
{
    int64_t v;
    if (py_int_as_i64(o, &v)) {
        buf_printf(b, "%" PRId64, v);
        return;
    }
    BigInt *big = ((PyIntObj *)o)->big;
    if (!big) {
        buf_puts(b, "?");
        return;
    }
    if (bigint_ndigits(big) > 100) {
        /* decimal conversion is quadratic: say how big instead */
        uint64_t bits = (uint64_t)bigint_bit_length(big);
        buf_printf(b, "%s<int of about %" PRIu64 " digits>", bigint_sign(big) < 0 ? "-" : "",
                   (uint64_t)((double)bits * 0.30103) + 1);
        *cut = true;
        return;
    }
    size_t start = b->len;
    if (bigint_to_str(big, 10, b, 0, NULL) != 0) {
        b->len = start;
        buf_puts(b, "?");
        return;
    }
    if (b->len - start > TRACE_MAX_VALUE) {
        b->len = start + TRACE_MAX_VALUE;
        buf_puts(b, ELLIPSIS);
        *cut = true;
    }
}

bool trace_scalar_text(Buf *b, PyObj *o, bool *cut)
{
    PyType *t = PY_TYPE(o);
    if (o == PY_NONE) buf_puts(b, "None");
    else if (o == PY_NOTIMPL) buf_puts(b, "NotImplemented");
    else if (o == PY_ELLIPSIS) buf_puts(b, "Ellipsis");
    else if (t == &py_bool_type) buf_puts(b, o == PY_TRUE ? "True" : "False");
    else if (PY_INT_CHECK(o)) int_text(b, o, cut);
    else if (py_isinstance_c(o, &py_float_type)) py_float_repr_buf(b, py_float_value(o));
    else if (py_isinstance_c(o, &py_complex_type))
        py_complex_repr_text(b, ((PyComplexObj *)o)->real, ((PyComplexObj *)o)->imag);
    else if (PY_STR_CHECK(o)) cut_repr(b, py_str_utf8(o), py_str_nbytes(o), py_str_len(o), false, cut);
    else if (py_isinstance_c(o, &py_bytes_type)) {
        PyBytesObj *bo = (PyBytesObj *)o;
        cut_repr(b, (const char *)bo->data, bo->len, (int64_t)bo->len, true, cut);
    } else if (py_isinstance_c(o, &py_bytearray_type)) {
        PyByteArrayObj *ba = (PyByteArrayObj *)o;
        buf_puts(b, "bytearray(");
        cut_repr(b, (const char *)ba->data, ba->len, (int64_t)ba->len, true, cut);
        buf_putc(b, ')');
    } else {
        return false;
    }
    return true;
}

/* ---- building the description ---- */

static void set_value(Scratch *s)
{
    s->has_value = true;
}

static void add_item(Scratch *s, uint32_t ref)
{
    if (s->nitems == s->capitems) {
        s->capitems = s->capitems ? s->capitems * 2 : 16;
        s->items = xrealloc(s->items, s->capitems * sizeof *s->items);
    }
    s->items[s->nitems++] = ref;
}

static void add_entry(Scratch *s, uint32_t key, uint32_t value)
{
    if (s->nentries == s->capentries) {
        s->capentries = s->capentries ? s->capentries * 2 : 16;
        s->entries = xrealloc(s->entries, s->capentries * sizeof *s->entries);
    }
    s->entries[s->nentries++] = (TraceEntry){key, value};
}

static void add_attr(Recorder *r, Scratch *s, const char *name, size_t n, PyObj *v, TraceAttrRole role)
{
    if (s->nattrs >= TRACE_MAX_ITEMS) {
        s->flags |= TRACE_OBF_TRUNCATED;
        return;
    }
    if (s->nattrs == s->capattrs) {
        s->capattrs = s->capattrs ? s->capattrs * 2 : 16;
        s->attrs = xrealloc(s->attrs, s->capattrs * sizeof *s->attrs);
    }
    uint32_t ref = v ? trace_reach(r, v) : 0;
    s->attrs[s->nattrs++] = (TraceAttr){trace_intern(r->t, name, n), ref, role};
}

static void add_attr_c(Recorder *r, Scratch *s, const char *name, PyObj *v, TraceAttrRole role)
{
    add_attr(r, s, name, strlen(name), v, role);
}

/* Names of a class namespace a diagram leaves out: what every class
 * statement puts there. */
static bool hidden_class_attr(PyObj *k)
{
    static const char *const names[] = {"__module__", "__qualname__", "__doc__", "__dict__", "__weakref__",
                                        "__classcell__", "__annotations__", "__slots__", "__firstlineno__",
                                        "__static_attributes__", NULL};
    const char *s = py_str_utf8(k);
    if (s[0] != '_') return false;
    for (int i = 0; names[i]; i++)
        if (!strcmp(s, names[i])) return true;
    return false;
}

/* Attributes in a namespace dict: str keys, in insertion order. */
static void dict_attrs(Recorder *r, Scratch *s, PyObj *d, bool is_class)
{
    size_t pos = 0;
    PyObj *k, *v;
    while (py_dict_next(d, &pos, &k, &v)) {
        if (!PY_STR_CHECK(k) || (is_class && hidden_class_attr(k))) continue;
        add_attr(r, s, py_str_utf8(k), py_str_nbytes(k), v, TRACE_ATTR_PLAIN);
    }
}

static void seq_items(Recorder *r, Scratch *s, PyObj *const *items, size_t n)
{
    s->length = n;
    if (n > TRACE_MAX_ITEMS) {
        n = TRACE_MAX_ITEMS;
        s->flags |= TRACE_OBF_TRUNCATED;
    }
    for (size_t i = 0; i < n; i++) add_item(s, trace_reach(r, items[i]));
}

static void dict_entries(Recorder *r, Scratch *s, PyObj *d)
{
    size_t pos = 0;
    PyObj *k, *v;
    s->length = py_dict_size(d);
    while (py_dict_next(d, &pos, &k, &v)) {
        if (s->nentries >= TRACE_MAX_ITEMS) {
            s->flags |= TRACE_OBF_TRUNCATED;
            break;
        }
        uint32_t kr = trace_reach(r, k);
        add_entry(s, kr, trace_reach(r, v));
    }
}

static void set_items(Recorder *r, Scratch *s, PyObj *set)
{
    size_t pos = 0;
    PyObj *k;
    s->length = py_set_size(set);
    while (py_set_next(set, &pos, &k)) {
        if (s->nitems >= TRACE_MAX_ITEMS) {
            s->flags |= TRACE_OBF_TRUNCATED;
            break;
        }
        add_item(s, trace_reach(r, k));
    }
}

/* "f(a, b=…, *args, c, **kw)": the parameters of a function's code. */
static void signature(Buf *b, PyObj *qualname, const CodeInfo *c, size_t ndefaults)
{
    buf_put(b, py_str_utf8(qualname), py_str_nbytes(qualname));
    buf_putc(b, '(');
    int total = c->argcount + c->kwonlyargcount;
    bool first = true;
#define SEP() (first ? (void)(first = false) : buf_puts(b, ", "))
    for (int i = 0; i < c->argcount; i++) {
        SEP();
        buf_puts(b, py_str_utf8(c->slot_names[i]));
        if (i >= c->argcount - (int)ndefaults) buf_puts(b, "=" ELLIPSIS);
        if (c->posonlyargcount && i == c->posonlyargcount - 1) buf_puts(b, ", /");
    }
    if (c->has_varargs) {
        SEP();
        buf_printf(b, "*%s", py_str_utf8(c->slot_names[total]));
    } else if (c->kwonlyargcount) {
        SEP();
        buf_putc(b, '*');
    }
    for (int i = c->argcount; i < total; i++) {
        SEP();
        buf_puts(b, py_str_utf8(c->slot_names[i]));
    }
    if (c->has_varkw) {
        SEP();
        buf_printf(b, "**%s", py_str_utf8(c->slot_names[total + (c->has_varargs ? 1 : 0)]));
    }
#undef SEP
    buf_putc(b, ')');
}

static void describe_function(Recorder *r, Scratch *s, PyFuncObj *fn)
{
    const CodeInfo *c = fn->code;
    size_t ndef = fn->defaults ? py_tuple_size(fn->defaults) : 0;
    s->kind = TRACE_K_FUNCTION;
    signature(&s->value, fn->qualname, c, ndef);
    set_value(s);
    for (size_t i = 0; i < ndef; i++) {
        PyObj *name = c->slot_names[c->argcount - (int)ndef + (int)i];
        add_attr(r, s, py_str_utf8(name), py_str_nbytes(name), py_tuple_item(fn->defaults, i), TRACE_ATTR_DEFAULT);
    }
    if (fn->kwdefaults) {
        size_t pos = 0;
        PyObj *k, *v;
        while (py_dict_next(fn->kwdefaults, &pos, &k, &v))
            add_attr(r, s, py_str_utf8(k), py_str_nbytes(k), v, TRACE_ATTR_DEFAULT);
    }
    for (int i = 0; fn->closure && i < c->nfree; i++) {
        PyObj *name = c->slot_names[c->nfast + c->ncells + i];
        if (py_str_eq_c(name, "__class__")) continue;
        PyObj *cell = py_tuple_item(fn->closure, (size_t)i);
        add_attr(r, s, py_str_utf8(name), py_str_nbytes(name), ((PyCellObj *)cell)->ref, TRACE_ATTR_FREE);
    }
}

static void describe_class(Recorder *r, Scratch *s, PyType *t)
{
    s->kind = TRACE_K_CLASS;
    buf_puts(&s->value, py_type_qualname(t));
    set_value(s);
    if (!(t->tpflags & PY_TPF_HEAPTYPE)) {
        s->flags |= TRACE_OBF_BUILTIN;
        return;
    }
    if (t->bases) {
        size_t n = py_tuple_size(t->bases);
        for (size_t i = 0; i < n; i++) {
            PyObj *b = py_tuple_item(t->bases, i);
            if (b == (PyObj *)&py_object_type) continue;
            add_attr_c(r, s, "__bases__", b, TRACE_ATTR_REF);
        }
    }
    if (t->dict) dict_attrs(r, s, t->dict, true);
}

/* Anything else: a short text when there is one, and the references its
 * type's traverse visits. */
static int visit_other(PyObj *o, void *arg)
{
    void **ctx = arg;
    Recorder *r = ctx[0];
    Scratch *s = ctx[1];
    if (s->nattrs >= 8) return 1;
    add_attr_c(r, s, "", o, TRACE_ATTR_REF);
    return 0;
}

static void describe_other(Recorder *r, Scratch *s, PyObj *o)
{
    PyType *t = PY_TYPE(o);
    Buf *b = &s->value;
    s->kind = TRACE_K_OTHER;
    if (t == &py_cfunction_type) {
        PyCFuncObj *cf = (PyCFuncObj *)o;
        buf_puts(b, cf->def->name);
        set_value(s);
        s->flags |= TRACE_OBF_BUILTIN;
        if (cf->self && !py_isinstance_c(cf->self, &py_module_type))
            add_attr_c(r, s, "__self__", cf->self, TRACE_ATTR_REF);
        return;
    }
    if (t == &py_method_type) {
        PyMethodObj *m = (PyMethodObj *)o;
        s->kind = TRACE_K_FUNCTION;
        if (PY_IS_TYPE(m->func, py_function_type)) {
            PyFuncObj *fn = (PyFuncObj *)m->func;
            signature(b, fn->qualname, fn->code, fn->defaults ? py_tuple_size(fn->defaults) : 0);
            set_value(s);
        }
        add_attr_c(r, s, "__self__", m->self, TRACE_ATTR_REF);
        add_attr_c(r, s, "__func__", m->func, TRACE_ATTR_REF);
        return;
    }
    if (t == &py_range_type) {
        PyRangeObj *rg = (PyRangeObj *)o;
        bool cut = false;
        buf_puts(b, "range(");
        int_text(b, rg->start, &cut);
        buf_puts(b, ", ");
        int_text(b, rg->stop, &cut);
        int64_t step;
        if (!py_int_as_i64(rg->step, &step) || step != 1) {
            buf_puts(b, ", ");
            int_text(b, rg->step, &cut);
        }
        buf_putc(b, ')');
        set_value(s);
        return;
    }
    if (t == &py_slice_type) {
        PySliceObj *sl = (PySliceObj *)o;
        PyObj *parts[3] = {sl->start, sl->stop, sl->step};
        bool cut = false;
        buf_puts(b, "slice(");
        for (int i = 0; i < 3; i++) {
            if (i) buf_puts(b, ", ");
            if (!trace_scalar_text(b, parts[i], &cut)) buf_puts(b, ELLIPSIS);
        }
        buf_putc(b, ')');
        set_value(s);
        return;
    }
    if (t == &py_cell_type) {
        add_attr_c(r, s, "cell_contents", ((PyCellObj *)o)->ref, TRACE_ATTR_REF);
        return;
    }
    if (t == &py_staticmethod_type || t == &py_classmethod_type) {
        add_attr_c(r, s, "__func__", ((PyStaticMethodObj *)o)->callable, TRACE_ATTR_REF);
        return;
    }
    if (t == &py_property_type) {
        PyPropertyObj *p = (PyPropertyObj *)o;
        if (p->fget) add_attr_c(r, s, "fget", p->fget, TRACE_ATTR_REF);
        if (p->fset) add_attr_c(r, s, "fset", p->fset, TRACE_ATTR_REF);
        if (p->fdel) add_attr_c(r, s, "fdel", p->fdel, TRACE_ATTR_REF);
        return;
    }
    if (t == &py_weakref_ref_type || t == &py_weakref_proxy_type || t == &py_weakref_callable_proxy_type) {
        PyObj *referent = ((PyWeakrefObj *)o)->object;
        if (!referent) {
            buf_puts(b, "dead");
            set_value(s);
        }
        add_attr_c(r, s, "referent", referent, TRACE_ATTR_WEAK);
        return;
    }
    if (PY_EXC_CHECK(o)) {
        s->flags |= TRACE_OBF_EXCEPTION;
        PyObj *args = ((PyExcObj *)o)->args;
        size_t n = args && PY_TUPLE_CHECK(args) ? py_tuple_size(args) : 0;
        bool cut = false;
        buf_printf(b, "%s(", py_type_name(o));
        for (size_t i = 0; i < n && i < 4; i++) {
            if (i) buf_puts(b, ", ");
            if (!trace_scalar_text(b, py_tuple_item(args, i), &cut)) buf_puts(b, ELLIPSIS);
        }
        if (n > 4) buf_puts(b, ", " ELLIPSIS);
        buf_putc(b, ')');
        set_value(s);
        PyObj *d = ((PyExcObj *)o)->dict;
        if (d) dict_attrs(r, s, d, false);
        return;
    }
    if (t == &py_module_type) {
        s->kind = TRACE_K_MODULE;
        PyObj *name = ((PyModuleObj *)o)->name;
        if (name && PY_STR_CHECK(name)) buf_put(b, py_str_utf8(name), py_str_nbytes(name));
        set_value(s);
        return;
    }
    if (t == &py_generator_type) {
        buf_puts(b, "<genexpr>");
        set_value(s);
    }
    if (t->tp_traverse && !(t->tpflags & PY_TPF_HEAPTYPE)) {
        void *ctx[2] = {r, s};
        t->tp_traverse(o, visit_other, ctx);
    }
}

/* sys.getsizeof(o) with the built-in __sizeof__. */
static uint64_t object_size(PyObj *o)
{
    PyType *t = PY_TYPE(o);
    uint64_t n = t->tp_sizeof ? t->tp_sizeof(o) : t->basicsize;
    if (t->tpflags & PY_TPF_GC) n += HEAP_GC_HEAD;
    if (t->tpflags & PY_TPF_PREHEADER) n += HEAP_MANAGED_PRE;
    return n;
}

static bool is_cached(PyObj *o)
{
    PyVM *vm = py_vm;
    if (o->ob_flags & PY_OBF_SMALLINT) return true;
    if (o == PY_NONE || o == vm->true_obj || o == vm->false_obj) return true;
    if (o == vm->empty_str || o == vm->empty_tuple || o == vm->empty_bytes) return true;
    if (PY_IS_TYPE(o, py_str_type) && py_str_len(o) == 1) {
        uint32_t cp;
        uni_utf8_decode(py_str_utf8(o), py_str_nbytes(o), &cp);
        return cp < 256 && vm->latin1[cp] == o;
    }
    return false;
}

void trace_describe(Recorder *r, PyObj *o, Scratch *s)
{
    PyType *t = PY_TYPE(o);
    s->kind = TRACE_K_OTHER;
    s->type = trace_intern(r->t, py_type_name(o), strlen(py_type_name(o)));
    s->flags = 0;
    s->size = object_size(o);
    s->id = o->ob_id;
    s->length = 0;
    buf_clear(&s->value);
    s->has_value = false;
    s->nitems = s->nentries = s->nattrs = 0;
    if (o->ob_flags & PY_OBF_IMMORTAL) s->flags |= TRACE_OBF_IMMORTAL;
    if (o->ob_flags & PY_OBF_INTERNED) s->flags |= TRACE_OBF_INTERNED;
    if (o->ob_flags & PY_OBF_GC) s->flags |= TRACE_OBF_GC;
    if (o->ob_flags & PY_OBF_GC_TRACKED) s->flags |= TRACE_OBF_TRACKED;
    if (is_cached(o)) s->flags |= TRACE_OBF_CACHED;
    bool cut = false;
    if (PY_TYPE_CHECK(o)) {
        describe_class(r, s, (PyType *)o);
        return;
    }
    if (trace_scalar_text(&s->value, o, &cut)) {
        s->kind = TRACE_K_VALUE;
        set_value(s);
        if (PY_STR_CHECK(o)) s->length = (uint64_t)py_str_len(o);
    } else if (PY_LIST_CHECK(o)) {
        s->kind = TRACE_K_SEQUENCE;
        seq_items(r, s, PY_LIST_ITEMS(o), py_list_size(o));
    } else if (PY_TUPLE_CHECK(o)) {
        s->kind = TRACE_K_SEQUENCE;
        seq_items(r, s, PY_TUPLE_ITEMS(o), py_tuple_size(o));
    } else if (PY_DICT_CHECK(o)) {
        s->kind = TRACE_K_DICT;
        dict_entries(r, s, o);
    } else if (PY_ANYSET_CHECK(o)) {
        s->kind = TRACE_K_SET;
        set_items(r, s, o);
    } else if (t == &py_function_type) {
        describe_function(r, s, (PyFuncObj *)o);
        return;
    } else if (t->tpflags & PY_TPF_HEAPTYPE && !PY_EXC_CHECK(o)) {
        s->kind = TRACE_K_INSTANCE;
    } else {
        describe_other(r, s, o);
        return;
    }
    if (cut) s->flags |= TRACE_OBF_TRUNCATED;
    /* instances (and instances of classes derived from built-ins) */
    if (t->tpflags & PY_TPF_HEAPTYPE) {
        PyObj **slot = py_object_dict_slot(o);
        if (slot && *slot) dict_attrs(r, s, *slot, false);
    }
}
