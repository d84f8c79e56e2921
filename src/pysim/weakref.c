/* weakref.c — weak references, as CPython 3.12's Objects/weakrefobject.c:
 * weakref.ReferenceType (weakref.ref), and the lists that link every weak
 * reference to its referent.  The proxy types are in weakref_proxy.c.
 *
 * Invariants: a live weak reference is in exactly one list, its
 * referent's, whose head the table below holds, and the referent has
 * PY_OBF_HAS_WEAKREFS while the list is not empty; a dead one has
 * object == NULL and is in no list.  Each list starts with the
 * callback-less basic reference, then the callback-less proxy, if they
 * exist; references with callbacks follow, newest first.
 */
#include <string.h>

#include "pysim/gc.h"
#include "pysim/obj.h"
#include "pysim/slots.h"
#include "pysim/vm.h"
#include "pysim/weakref.h"

/* ---- the table of lists: referent -> first weak reference ---- */

struct PyWeakTable {
    PyObj **keys;           /* NULL empty, TOMBSTONE deleted */
    PyWeakrefObj **heads;
    size_t cap, used, filled;
};

#define TOMBSTONE ((PyObj *)1)

static size_t hash_ptr(const PyObj *o, size_t mask)
{
    uint64_t x = (uint64_t)(uintptr_t)o;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return (size_t)x & mask;
}

static size_t table_find(struct PyWeakTable *t, const PyObj *o)
{
    size_t mask = t->cap - 1, i = hash_ptr(o, mask);
    while (t->keys[i] && t->keys[i] != o) i = (i + 1) & mask;
    return i;
}

static void table_grow(struct PyWeakTable *t)
{
    struct PyWeakTable old = *t;
    t->cap = old.cap ? (old.used * 4 > old.cap ? old.cap * 2 : old.cap) : 64;
    t->keys = xcalloc(t->cap, sizeof *t->keys);
    t->heads = xcalloc(t->cap, sizeof *t->heads);
    t->used = t->filled = 0;
    for (size_t i = 0; i < old.cap; i++) {
        if (!old.keys[i] || old.keys[i] == TOMBSTONE) continue;
        size_t j = table_find(t, old.keys[i]);
        t->keys[j] = old.keys[i];
        t->heads[j] = old.heads[i];
        t->used++;
        t->filled++;
    }
    free(old.keys);
    free(old.heads);
}

/* The slot holding o's list head (the list of an object without weak
 * references is empty, and then has no slot). */
static PyWeakrefObj *list_head(PyObj *o)
{
    if (!(o->ob_flags & PY_OBF_HAS_WEAKREFS)) return NULL;
    struct PyWeakTable *t = py_vm->heap.weak;
    return t->heads[table_find(t, o)];
}

static void set_head(PyObj *o, PyWeakrefObj *head)
{
    Heap *h = &py_vm->heap;
    if (!h->weak) h->weak = xcalloc(1, sizeof *h->weak);
    struct PyWeakTable *t = h->weak;
    if (head) {
        if (!(o->ob_flags & PY_OBF_HAS_WEAKREFS)) {
            if ((t->filled + 1) * 3 >= t->cap * 2) table_grow(t);
            size_t i = table_find(t, o);
            if (!t->keys[i]) t->filled++;
            t->keys[i] = o;
            t->used++;
            o->ob_flags |= PY_OBF_HAS_WEAKREFS;
        }
        t->heads[table_find(t, o)] = head;
    } else if (o->ob_flags & PY_OBF_HAS_WEAKREFS) {
        size_t i = table_find(t, o);
        t->keys[i] = TOMBSTONE;
        t->heads[i] = NULL;
        t->used--;
        o->ob_flags &= ~(uint32_t)PY_OBF_HAS_WEAKREFS;
    }
}

void py_weakref_table_free(Heap *h)
{
    if (!h->weak) return;
    free(h->weak->keys);
    free(h->weak->heads);
    free(h->weak);
    h->weak = NULL;
}

/* ---- which objects can be weakly referenced ---- */

bool py_weakref_type_supports(const PyType *t)
{
    if (t->tpflags & PY_TPF_WEAKREFABLE) return true;
    if (t->tpflags & PY_TPF_HEAPTYPE) return false;
    /* the built-in types with a tp_weaklistoffset in 3.12 */
    return (t->tpflags & PY_TPF_TYPE_SUBCLASS) || t == &py_function_type || t == &py_cfunction_type ||
           t == &py_method_type || t == &py_code_type || t == &py_set_type || t == &py_frozenset_type ||
           t == &py_generator_type || t == &py_module_type;
}

bool py_weakref_check(PyObj *o)
{
    PyType *t = PY_TYPE(o);
    return t == &py_weakref_proxy_type || t == &py_weakref_callable_proxy_type ||
           py_isinstance_c(o, &py_weakref_ref_type);
}

/* ---- linking ---- */

/* get_basic_refs: the callback-less exact reference and proxy that head
 * the list, if any. */
static void basic_refs(PyWeakrefObj *head, PyWeakrefObj **ref, PyWeakrefObj **proxy)
{
    *ref = *proxy = NULL;
    if (head && !head->callback) {
        if (PY_IS_TYPE(head, py_weakref_ref_type)) {
            *ref = head;
            head = head->next;
        }
        if (head && !head->callback &&
            (PY_IS_TYPE(head, py_weakref_proxy_type) || PY_IS_TYPE(head, py_weakref_callable_proxy_type)))
            *proxy = head;
    }
}

static void insert_head(PyWeakrefObj *wr, PyObj *o)
{
    PyWeakrefObj *next = list_head(o);
    wr->prev = NULL;
    wr->next = next;
    if (next) next->prev = wr;
    set_head(o, wr);
}

static void insert_after(PyWeakrefObj *wr, PyWeakrefObj *prev)
{
    wr->prev = prev;
    wr->next = prev->next;
    if (prev->next) prev->next->prev = wr;
    prev->next = wr;
}

/* Unlinks wr from its referent's list; the referent is gone for it. */
void py_weakref_clear_ref(PyObj *self)
{
    PyWeakrefObj *wr = (PyWeakrefObj *)self;
    if (!wr->object) return;
    if (list_head(wr->object) == wr) set_head(wr->object, wr->next);
    if (wr->prev) wr->prev->next = wr->next;
    if (wr->next) wr->next->prev = wr->prev;
    wr->prev = wr->next = NULL;
    wr->object = NULL;
}

/* clear_weakref: dead, and the callback released. */
static void clear_weakref(PyWeakrefObj *wr)
{
    py_weakref_clear_ref((PyObj *)wr);
    py_clear(&wr->callback);
}

PyObj *py_weakref_first(PyObj *o) { return (PyObj *)list_head(o); }

int64_t py_weakref_count(PyObj *o)
{
    int64_t n = 0;
    for (PyWeakrefObj *w = list_head(o); w; w = w->next) n++;
    return n;
}

PyObj *py_weakref_list(PyObj *o)
{
    PyObj *l = py_list_new(0);
    for (PyWeakrefObj *w = list_head(o); l && w; w = w->next)
        if (py_list_append(l, (PyObj *)w) < 0) py_clear(&l);
    return l;
}

/* handle_callback */
static void call_callback(PyObj *wr, PyObj *callback)
{
    PyObj *r = py_call1(callback, wr);
    if (r) py_decref(r);
    else if (!py_stopping()) py_write_unraisable(callback);
}

void py_weakref_clear_all(PyObj *o)
{
    PyWeakrefObj *head = list_head(o);
    if (!head) return;
    /* the callback-less basic reference and proxy die silently */
    if (!head->callback) {
        clear_weakref(head);
        head = list_head(o);
        if (head && !head->callback) {
            clear_weakref(head);
            head = list_head(o);
        }
    }
    if (!head) return;
    PyObj *saved = py_err_fetch();
    int64_t count = py_weakref_count(o);
    if (count == 1) {
        PyObj *callback = head->callback;
        head->callback = NULL;
        clear_weakref(head);
        if (callback) {
            if (head->ob.ob_refcnt > 0 && !py_stopping()) call_callback((PyObj *)head, callback);
            py_decref(callback);
        }
    } else {
        /* the references and callbacks are kept in a tuple while the
         * callbacks run, newest first (the list order) */
        PyObj *tuple = py_tuple_new((size_t)count * 2);
        if (!tuple) {
            py_err_clear();
            if (saved) py_err_restore(saved);
            return;
        }
        PyWeakrefObj *cur = head;
        for (int64_t i = 0; i < count; i++) {
            PyWeakrefObj *next = cur->next;
            if (cur->ob.ob_refcnt > 0) {
                PY_TUPLE_ITEMS(tuple)[i * 2] = py_newref((PyObj *)cur);
                PY_TUPLE_ITEMS(tuple)[i * 2 + 1] = cur->callback;
            } else {
                py_xdecref(cur->callback);
            }
            cur->callback = NULL;
            clear_weakref(cur);
            cur = next;
        }
        for (int64_t i = 0; i < count; i++) {
            PyObj *cb = PY_TUPLE_ITEMS(tuple)[i * 2 + 1];
            if (cb && !py_stopping()) call_callback(PY_TUPLE_ITEMS(tuple)[i * 2], cb);
        }
        py_decref(tuple);
    }
    if (saved) py_err_restore(saved);
}

/* ---- making references ---- */

static PyObj *cannot_ref(PyObj *o)
{
    return py_err_format(&py_exc_TypeError, "cannot create weak reference to '%s' object", PY_TYPE(o)->name);
}

static PyWeakrefObj *alloc_ref(PyType *type, PyObj *o, PyObj *callback)
{
    PyWeakrefObj *wr = (PyWeakrefObj *)py_alloc(type, type->csize, type->basicsize);
    if (!wr) return NULL;
    wr->object = o;
    wr->callback = callback ? py_newref(callback) : NULL;
    wr->hash = -1;
    py_gc_track((PyObj *)wr);
    return wr;
}

PyObj *py_weakref_new_ref(PyType *type, PyObj *o, PyObj *callback)
{
    if (!py_weakref_type_supports(PY_TYPE(o))) return cannot_ref(o);
    if (callback == PY_NONE) callback = NULL;
    PyWeakrefObj *ref, *proxy;
    basic_refs(list_head(o), &ref, &proxy);
    bool basic = !callback && type == &py_weakref_ref_type;
    if (basic && ref) return py_newref((PyObj *)ref); /* reused */
    PyWeakrefObj *wr = alloc_ref(type, o, callback);
    if (!wr) return NULL;
    if (basic) {
        insert_head(wr, o);
    } else {
        basic_refs(list_head(o), &ref, &proxy);
        PyWeakrefObj *prev = proxy ? proxy : ref;
        if (prev) insert_after(wr, prev);
        else insert_head(wr, o);
    }
    return (PyObj *)wr;
}

PyObj *py_weakref_new_proxy(PyObj *o, PyObj *callback)
{
    if (!py_weakref_type_supports(PY_TYPE(o))) return cannot_ref(o);
    if (callback == PY_NONE) callback = NULL;
    PyWeakrefObj *ref, *proxy;
    basic_refs(list_head(o), &ref, &proxy);
    if (!callback && proxy) return py_newref((PyObj *)proxy);
    PyType *t = py_callable(o) ? &py_weakref_callable_proxy_type : &py_weakref_proxy_type;
    PyWeakrefObj *wr = alloc_ref(t, o, callback);
    if (!wr) return NULL;
    basic_refs(list_head(o), &ref, &proxy);
    PyWeakrefObj *prev = callback ? (proxy ? proxy : ref) : ref;
    if (prev) insert_after(wr, prev);
    else insert_head(wr, o);
    return (PyObj *)wr;
}

/* ---- weakref.ReferenceType ---- */

static int parse_init_args(const char *fname, PyObj *const *args, size_t nargs, PyObj *kwnames, PyObj **o,
                           PyObj **callback)
{
    if (kwnames && py_tuple_size(kwnames)) {
        py_err_format(&py_exc_TypeError, "ref() takes no keyword arguments");
        return -1;
    }
    if (py_check_arity(fname, nargs, 1, 2) < 0) return -1;
    *o = args[0];
    *callback = nargs > 1 ? args[1] : NULL;
    return 0;
}

static PyObj *ref_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyObj *o, *callback;
    if (parse_init_args("__new__", args, nargs, kwnames, &o, &callback) < 0) return NULL;
    return py_weakref_new_ref(type, o, callback);
}

static int ref_init(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyObj *o, *callback;
    return parse_init_args("__init__", args, nargs, kwnames, &o, &callback);
}

static PyObj *ref_call(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if (kwnames && py_tuple_size(kwnames))
        return py_err_format(&py_exc_TypeError, "weakref() takes no keyword arguments");
    if (nargs) return py_err_format(&py_exc_TypeError, "weakref expected 0 arguments, got %zd", (int64_t)nargs);
    PyObj *o = py_weakref_get(self);
    return py_newref(o ? o : PY_NONE);
}

int64_t py_weakref_hash(PyObj *self)
{
    PyWeakrefObj *wr = (PyWeakrefObj *)self;
    if (wr->hash != -1) return wr->hash;
    if (!wr->object) {
        py_err_format(&py_exc_TypeError, "weak object has gone away");
        return -1;
    }
    PyObj *o = py_newref(wr->object);
    wr->hash = py_hash(o);
    py_decref(o);
    return wr->hash;
}

static PyObj *ref_richcompare(PyObj *a, PyObj *b, int op)
{
    if ((op != PY_EQ && op != PY_NE) || !py_weakref_check(a) || !py_weakref_check(b))
        return py_newref(PY_NOTIMPL);
    PyObj *oa = py_weakref_get(a), *ob = py_weakref_get(b);
    if (!oa || !ob) {
        bool r = a == b;
        return py_bool(op == PY_NE ? !r : r);
    }
    py_incref(oa);
    py_incref(ob);
    PyObj *r = py_richcompare(oa, ob, op);
    py_decref(oa);
    py_decref(ob);
    return r;
}

static PyObj *ref_repr(PyObj *self)
{
    PyObj *o = py_weakref_get(self);
    if (!o) return py_str_format_c("<weakref at 0x%llx; dead>", (unsigned long long)self->ob_id);
    py_incref(o);
    PyObj *name = NULL;
    if (py_getattr_opt(o, PY_ID(__name__), &name) < 0) {
        py_decref(o);
        return NULL;
    }
    PyObj *r;
    if (name && PY_STR_CHECK(name))
        r = py_str_format_c("<weakref at 0x%llx; to '%s' at 0x%llx (%U)>", (unsigned long long)self->ob_id,
                            PY_TYPE(o)->name, (unsigned long long)o->ob_id, name);
    else
        r = py_str_format_c("<weakref at 0x%llx; to '%s' at 0x%llx>", (unsigned long long)self->ob_id,
                            PY_TYPE(o)->name, (unsigned long long)o->ob_id);
    py_xdecref(name);
    py_decref(o);
    return r;
}

int py_weakref_equal(PyObj *a, PyObj *b)
{
    PyObj *r = ref_richcompare(a, b, PY_EQ);
    if (!r) return -1;
    int t = r == PY_NOTIMPL ? a == b : py_truthy(r);
    py_decref(r);
    return t;
}

static int ref_traverse(PyObj *self, PyVisitFn visit, void *arg)
{
    PyObj *cb = ((PyWeakrefObj *)self)->callback;
    return cb ? visit(cb, arg) : 0;
}

static void ref_clear(PyObj *self) { clear_weakref((PyWeakrefObj *)self); }

static void ref_dealloc(PyObj *self) { clear_weakref((PyWeakrefObj *)self); }

static PyObj *ref_get_callback(PyObj *self)
{
    PyObj *cb = ((PyWeakrefObj *)self)->callback;
    return py_newref(cb ? cb : PY_NONE);
}

static const PyGetSetDef ref_getset[] = {
    {"__callback__", ref_get_callback, NULL},
    {NULL, NULL, NULL},
};

PyType py_weakref_ref_type = {
    .name = "weakref.ReferenceType",
    .tpflags = PY_TPF_GC | PY_TPF_BASETYPE,
    .csize = sizeof(PyWeakrefObj),
    .basicsize = 64,
    .tp_new = ref_new,
    .tp_init = ref_init,
    .tp_dealloc = ref_dealloc,
    .tp_traverse = ref_traverse,
    .tp_clear = ref_clear,
    .tp_repr = ref_repr,
    .tp_hash = py_weakref_hash,
    .tp_richcompare = ref_richcompare,
    .tp_call = ref_call,
    .getset = ref_getset,
};
