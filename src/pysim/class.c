/* class.c — classes made by `class` statements (and 3-argument type()):
 * C3 method resolution order, instance layout, __slots__, and the life
 * cycle of instances (the subtype dealloc/traverse/clear of CPython).
 *
 * Invariant: a class's instances have the C layout of its "solid base"
 * (the nearest built-in ancestor with its own layout) and keep __dict__ in
 * the managed pre-header (PY_TPF_MANAGED_DICT) unless a base already has a
 * dict slot or __slots__ forbids one.
 */
#include <string.h>

#include "pysim/gc.h"
#include "pysim/obj.h"
#include "pysim/slots.h"
#include "pysim/vm.h"
#include "pysim/weakref.h"

/* A __slots__ member: a descriptor reading one PyObj * field of the
 * instance, stored after the base's C struct. */
typedef struct PyMemberDescrObj {
    PyObj ob;
    PyType *owner;
    PyObj *name;
    size_t offset;
} PyMemberDescrObj;

static PyObj *member_get(PyObj *self, PyObj *obj, PyObj *type)
{
    PyMemberDescrObj *m = (PyMemberDescrObj *)self;
    if (!obj) return py_newref(self);
    if (!py_isinstance_c(obj, m->owner))
        return py_err_format(&py_exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
                             m->name, m->owner->name, py_type_name(obj));
    PyObj *v = *(PyObj **)((char *)obj + m->offset);
    if (!v)
        return py_err_format(&py_exc_AttributeError, "'%s' object has no attribute '%U'", py_type_name(obj), m->name);
    return py_newref(v);
}

static int member_set(PyObj *self, PyObj *obj, PyObj *value)
{
    PyMemberDescrObj *m = (PyMemberDescrObj *)self;
    PyObj **slot = (PyObj **)((char *)obj + m->offset);
    if (!value && !*slot) {
        py_err_format(&py_exc_AttributeError, "'%s' object has no attribute '%U'", py_type_name(obj), m->name);
        return -1;
    }
    py_xincref(value);
    py_setref(slot, value);
    return 0;
}

static PyObj *member_repr(PyObj *self)
{
    PyMemberDescrObj *m = (PyMemberDescrObj *)self;
    return py_str_format_c("<member '%s' of '%s' objects>", py_str_utf8(m->name), m->owner->name);
}

static void member_dealloc(PyObj *self)
{
    PyMemberDescrObj *m = (PyMemberDescrObj *)self;
    py_clear(&m->name);
    PyObj *owner = (PyObj *)m->owner;
    m->owner = NULL;
    py_xdecref(owner);
}

/* gc: descr_traverse visits d_type */
static int member_traverse(PyObj *self, PyVisitFn visit, void *arg)
{
    PyMemberDescrObj *m = (PyMemberDescrObj *)self;
    return m->owner ? visit((PyObj *)m->owner, arg) : 0;
}

/* descr_get_name / member_get_objclass: the name the slot was declared
 * with, and the class that declared it */
static PyObj *member_get_name(PyObj *self)
{
    return py_newref(((PyMemberDescrObj *)self)->name);
}

static PyObj *member_get_objclass(PyObj *self)
{
    return py_newref((PyObj *)((PyMemberDescrObj *)self)->owner);
}

static const PyGetSetDef member_getset[] = {
    {"__name__", member_get_name, NULL},
    {"__objclass__", member_get_objclass, NULL},
    {NULL, NULL, NULL},
};

PyType py_member_descr_type = {
    .name = "member_descriptor",
    .tpflags = PY_TPF_GC, /* gc: tracked, as CPython's descr_traverse types */
    .csize = sizeof(PyMemberDescrObj),
    .basicsize = 48,
    .tp_dealloc = member_dealloc,
    .tp_traverse = member_traverse,
    .tp_repr = member_repr,
    .tp_descr_get = member_get,
    .tp_descr_set = member_set,
    .getset = member_getset,
};

/* ---- C3 linearization ---- */

static bool tail_contains(PyObj **seqs, size_t *heads, size_t nseq, PyObj *c)
{
    for (size_t i = 0; i < nseq; i++) {
        size_t n = py_tuple_size(seqs[i]);
        for (size_t j = heads[i] + 1; j < n; j++)
            if (py_tuple_item(seqs[i], j) == c) return true;
    }
    return false;
}

/* The MRO of a class with these bases, or NULL with TypeError. */
static PyObj *c3_mro(PyType *t, PyObj *bases)
{
    size_t nb = py_tuple_size(bases);
    if (nb == 1) {
        PyObj *bm = ((PyType *)py_tuple_item(bases, 0))->mro;
        size_t n = py_tuple_size(bm);
        PyObj *mro = py_tuple_new(n + 1);
        PY_TUPLE_ITEMS(mro)[0] = py_newref((PyObj *)t);
        for (size_t i = 0; i < n; i++) PY_TUPLE_ITEMS(mro)[i + 1] = py_newref(py_tuple_item(bm, i));
        return mro;
    }
    size_t nseq = nb + 1;
    PyObj **seqs = xmalloc(nseq * sizeof *seqs);
    size_t *heads = xcalloc(nseq, sizeof *heads);
    for (size_t i = 0; i < nb; i++) seqs[i] = ((PyType *)py_tuple_item(bases, i))->mro;
    seqs[nb] = bases;
    PyObj *out = py_list_new(0);
    py_list_append(out, (PyObj *)t);
    for (;;) {
        bool empty = true;
        PyObj *cand = NULL;
        for (size_t i = 0; i < nseq; i++) {
            if (heads[i] >= py_tuple_size(seqs[i])) continue;
            empty = false;
            PyObj *c = py_tuple_item(seqs[i], heads[i]);
            if (!tail_contains(seqs, heads, nseq, c)) {
                cand = c;
                break;
            }
        }
        if (empty) break;
        if (!cand) {
            Buf names = BUF_INIT;
            for (size_t i = 0; i < nb; i++) {
                if (heads[i] >= py_tuple_size(seqs[i])) continue;
                if (names.len) buf_puts(&names, ", ");
                buf_puts(&names, ((PyType *)py_tuple_item(seqs[i], heads[i]))->name);
            }
            py_err_format(&py_exc_TypeError,
                          "Cannot create a consistent method resolution order (MRO) for bases %s", names.p);
            buf_free(&names);
            py_decref(out);
            out = NULL;
            break;
        }
        py_list_append(out, cand);
        for (size_t i = 0; i < nseq; i++)
            if (heads[i] < py_tuple_size(seqs[i]) && py_tuple_item(seqs[i], heads[i]) == cand) heads[i]++;
    }
    free(seqs);
    free(heads);
    if (!out) return NULL;
    PyObj *mro = py_list_as_tuple(out);
    py_decref(out);
    return mro;
}

/* The nearest ancestor that defines the instance layout. */
static PyType *solid_base(PyType *t)
{
    while (t->base && (t->tpflags & PY_TPF_HEAPTYPE) && !((PyHeapTypeObj *)t)->slots) t = t->base;
    while (t->base && t->base->csize == t->csize && (t->tpflags & PY_TPF_HEAPTYPE)) t = t->base;
    return t;
}

/* The first static type along the base chain: whose dealloc owns the layout. */
static PyType *static_base(PyType *t)
{
    while (t && (t->tpflags & PY_TPF_HEAPTYPE)) t = t->base;
    return t;
}

/* ---- instances of classes ---- */

static size_t slots_start(PyType *t)
{
    /* __slots__ of each class along the chain are stored after the static
     * base's struct, in chain order */
    return static_base(t)->csize;
}

/* gc: the __slots__ fields of self, each class's own from the most derived
 * class down (traverse_slots / clear_slots along CPython's base chain). */
typedef struct SlotCursor {
    PyType *cls;
    size_t off, end;
} SlotCursor;

static void slot_range(SlotCursor *c)
{
    while (c->cls && (c->cls->tpflags & PY_TPF_HEAPTYPE)) {
        size_t start = c->cls->base ? c->cls->base->csize : c->cls->csize;
        if (start < slots_start(c->cls)) start = slots_start(c->cls);
        if (start < c->cls->csize) {
            c->off = start;
            c->end = c->cls->csize;
            return;
        }
        c->cls = c->cls->base;
    }
    c->cls = NULL;
}

/* The next __slots__ field of self, or NULL at the end. */
static PyObj **next_slot(PyObj *self, SlotCursor *c)
{
    if (!c->cls) return NULL;
    PyObj **field = (PyObj **)((char *)self + c->off);
    c->off += sizeof(PyObj *);
    if (c->off >= c->end) {
        c->cls = c->cls->base;
        slot_range(c);
    }
    return field;
}

/* Releases an instance's attribute storage; if something else holds it,
 * it was a dict of its own already (CPython would have materialized it). */
static void drop_dict(PyObj *self)
{
    PyObj **d = &PY_MANAGED_PRE(self)->dict;
    if (*d && (*d)->ob_refcnt > 1) py_gc_materialize_dict(*d);
    py_clear(d);
}

static SlotCursor slots_of(PyType *t)
{
    SlotCursor c = {t, 0, 0};
    slot_range(&c);
    return c;
}

/* gc: CPython 3.12's order: __slots__, the instance's attributes (inline
 * values, which are no object of their own until __dict__ is asked for,
 * or the dict), then the class, then the base type's references. */
static int subtype_traverse(PyObj *self, PyVisitFn visit, void *arg)
{
    PyType *t = PY_TYPE(self);
    SlotCursor c = slots_of(t);
    for (PyObj **f; (f = next_slot(self, &c));)
        if (*f && visit(*f, arg)) return 1;
    PyObj *dict = (t->tpflags & PY_TPF_MANAGED_DICT) ? PY_MANAGED_PRE(self)->dict : NULL;
    if (dict) {
        if (dict->ob_flags & PY_OBF_INSTANCE_VALUES) {
            if (PY_TYPE(dict)->tp_traverse(dict, visit, arg)) return 1;
        } else if (visit(dict, arg)) {
            return 1;
        }
    }
    if (visit((PyObj *)t, arg)) return 1;
    PyType *sb = static_base(t);
    return sb->tp_traverse ? sb->tp_traverse(self, visit, arg) : 0;
}

static void subtype_clear(PyObj *self)
{
    PyType *t = PY_TYPE(self);
    SlotCursor c = slots_of(t);
    for (PyObj **f; (f = next_slot(self, &c));) py_clear(f);
    if (t->tpflags & PY_TPF_MANAGED_DICT) drop_dict(self);
    PyType *sb = static_base(t);
    if (sb->tp_clear) sb->tp_clear(self);
}

static void subtype_dealloc(PyObj *self)
{
    PyType *t = PY_TYPE(self);
    /* (heap.c ran __del__ and cleared the weak references first) */
    SlotCursor c = slots_of(t);
    for (PyObj **f; (f = next_slot(self, &c));) py_clear(f);
    if (t->tpflags & PY_TPF_MANAGED_DICT) drop_dict(self);
    PyType *sb = static_base(t);
    /* weakref: a built-in base with its own weak reference list (set,
     * function...) clears it in its dealloc, after the subclass's fields */
    if ((self->ob_flags & PY_OBF_HAS_WEAKREFS) && py_weakref_type_supports(sb)) py_weakref_clear_all(self);
    if (sb->tp_dealloc) sb->tp_dealloc(self);
}

/* weakref: obj.__weakref__, the first weak reference to obj or None. */
static PyObj *get_weakref_attr(PyObj *self)
{
    PyObj *first = py_weakref_first(self);
    return py_newref(first ? first : PY_NONE);
}

static const PyGetSetDef weakref_attr_getset = {"__weakref__", get_weakref_attr, NULL};

/* ---- making a class ---- */

/* A __slots__ entry __x becomes _Class__x, as identifiers do (NEW). */
static PyObj *mangled_slot_name(PyType *t, PyObj *sn)
{
    const char *s = py_str_utf8(sn), *cls = t->name;
    size_t n = py_str_nbytes(sn);
    while (*cls == '_') cls++;
    if (n < 3 || s[0] != '_' || s[1] != '_' || (s[n - 1] == '_' && s[n - 2] == '_') || !*cls)
        return py_str_intern(sn);
    PyObj *m = py_str_format_c("_%s%s", cls, s);
    if (!m) return NULL;
    PyObj *i = py_str_intern(m);
    py_decref(m);
    return i;
}

static PyObj *slots_names(PyObj *slots)
{
    if (PY_STR_CHECK(slots)) return py_tuple_pack(1, slots);
    return py_tuple_from_iter(slots);
}

/* Values whose type defines __set_name__ learn their name (PEP 487). */
static int call_set_names(PyType *t)
{
    PyObj *copy = py_dict_copy(t->dict);
    if (!copy) return -1;
    size_t pos = 0;
    PyObj *k, *v;
    int rc = 0;
    while (py_dict_next(copy, &pos, &k, &v)) {
        PyObj *f = py_type_lookup(PY_TYPE(v), PY_ID(__set_name__));
        if (!f) continue;
        PyObj *args[2] = {(PyObj *)t, k};
        PyObj *r = py_call_special(v, PY_ID(__set_name__), args, 2, NULL);
        if (!r) {
            rc = -1;
            break;
        }
        py_decref(r);
    }
    py_decref(copy);
    return rc;
}

static int init_subclass(PyType *t, PyObj *kw)
{
    /* super(t, t).__init_subclass__(**kw) */
    PyObj *mro = t->mro;
    for (size_t i = 1; i < py_tuple_size(mro); i++) {
        PyType *b = (PyType *)py_tuple_item(mro, i);
        PyObj *f = b->dict ? py_dict_getitem_str(b->dict, PY_ID(__init_subclass__)) : NULL;
        if (!f) continue;
        PyObj *bound = PY_TYPE(f)->tp_descr_get ? PY_TYPE(f)->tp_descr_get(f, NULL, (PyObj *)t) : py_newref(f);
        if (!bound) return -1;
        PyObj *r;
        if (kw && py_dict_size(kw)) {
            size_t n = py_dict_size(kw), pos = 0, i2 = 0;
            PyObj **vals = xmalloc(n * sizeof *vals);
            PyObj *names = py_tuple_new(n);
            PyObj *k, *v;
            while (py_dict_next(kw, &pos, &k, &v)) {
                vals[i2] = v;
                PY_TUPLE_ITEMS(names)[i2++] = py_newref(k);
            }
            r = py_call(bound, vals, 0, names);
            free(vals);
            py_decref(names);
        } else {
            r = py_call(bound, NULL, 0, NULL);
        }
        py_decref(bound);
        if (!r) return -1;
        py_decref(r);
        return 0;
    }
    return 0;
}

static bool is_dunder_func(PyObj *ns, PyObj *name)
{
    PyObj *v = py_dict_getitem_str(ns, name);
    return v && PY_TYPE(v) == &py_function_type;
}

PyObj *py_type_new_class(PyType *meta, PyObj *name, PyObj *bases, PyObj *ns, PyObj *kw)
{
    PyObj *own_bases = NULL;
    if (py_tuple_size(bases) == 0) {
        own_bases = py_tuple_pack(1, (PyObj *)&py_object_type);
        bases = own_bases;
    }
    size_t nb = py_tuple_size(bases);
    PyType *best = NULL;
    for (size_t i = 0; i < nb; i++) {
        PyObj *b = py_tuple_item(bases, i);
        if (!PY_TYPE_CHECK(b)) {
            py_xdecref(own_bases);
            return py_err_format(&py_exc_TypeError, "bases must be types");
        }
        PyType *bt = (PyType *)b;
        if (!(bt->tpflags & PY_TPF_BASETYPE)) {
            py_xdecref(own_bases);
            return py_err_format(&py_exc_TypeError, "type '%s' is not an acceptable base type", bt->name);
        }
        for (size_t j = 0; j < i; j++) {
            if (py_tuple_item(bases, j) == b) {
                py_xdecref(own_bases);
                return py_err_format(&py_exc_TypeError, "duplicate base class %s", bt->name);
            }
        }
        PyType *sb = solid_base(bt);
        if (!best) {
            best = bt;
        } else {
            PyType *bsb = solid_base(best);
            if (py_type_is_subtype(sb, bsb)) best = bt;
            else if (!py_type_is_subtype(bsb, sb)) {
                py_xdecref(own_bases);
                return py_err_format(&py_exc_TypeError, "multiple bases have instance lay-out conflict");
            }
        }
    }

    PyHeapTypeObj *ht = (PyHeapTypeObj *)py_alloc(meta, sizeof(PyHeapTypeObj), 904);
    if (!ht) {
        py_xdecref(own_bases);
        return NULL;
    }
    PyType *t = &ht->type;
    /* inherit everything from the best base, then override */
    PyObj hdr = t->ob;
    memcpy(t, best, sizeof *t);
    t->ob = hdr;
    t->tpflags = PY_TPF_HEAPTYPE | PY_TPF_BASETYPE | PY_TPF_GC |
                 (best->tpflags & (PY_TPF_INT_SUBCLASS | PY_TPF_STR_SUBCLASS | PY_TPF_TUPLE_SUBCLASS |
                                   PY_TPF_LIST_SUBCLASS | PY_TPF_DICT_SUBCLASS | PY_TPF_EXC_SUBCLASS |
                                   PY_TPF_TYPE_SUBCLASS | PY_TPF_MANAGED_DICT | PY_TPF_MANAGED_WEAKREF));
    t->subclasses = NULL;
    t->methods = NULL;
    t->getset = NULL;
    t->base = (PyType *)py_newref((PyObj *)best);
    t->bases = py_newref(bases);
    t->name_obj = py_newref(name);
    t->name = py_str_utf8(name);
    t->qualname = NULL;
    t->module = NULL;
    t->dict = NULL;
    t->mro = NULL;
    py_xdecref(own_bases);

    t->dict = py_dict_copy(ns);
    if (!t->dict) goto fail;
    PyObj *q = py_dict_getitem_str(t->dict, PY_ID(__qualname__));
    if (q) {
        if (!PY_STR_CHECK(q)) {
            py_err_format(&py_exc_TypeError, "type __qualname__ must be a str, not %s", py_type_name(q));
            goto fail;
        }
        t->qualname = py_newref(q);
        py_dict_delitem(t->dict, PY_ID(__qualname__));
    }
    PyObj *m = py_dict_getitem_str(t->dict, PY_ID(__module__));
    if (m && PY_STR_CHECK(m)) t->module = py_newref(m);

    t->mro = c3_mro(t, t->bases);
    if (!t->mro) goto fail;

    /* layout */
    PyObj *slots = py_dict_getitem_str(t->dict, PY_ID(__slots__));
    bool base_has_dict = best->dictoffset || (best->tpflags & PY_TPF_MANAGED_DICT);
    /* weakref: a __weakref__ list is added unless the base has one or is
     * variable-sized (type_new_slots: may_add_weak) */
    bool may_add_weak = !py_weakref_type_supports(best) && best->itemsize == 0, add_weak = false;
    size_t csize = best->csize;
    if (slots) {
        PyObj *names = slots_names(slots);
        if (!names) goto fail;
        PyType *sb = best;
        while (sb->tpflags & PY_TPF_HEAPTYPE) sb = sb->base;
        bool nonempty = false;
        for (size_t i = 0; i < py_tuple_size(names); i++) {
            PyObj *sn = py_tuple_item(names, i);
            if (PY_STR_CHECK(sn) && !py_str_eq_c(sn, "__dict__") && !py_str_eq_c(sn, "__weakref__")) nonempty = true;
        }
        /* weakref: for variable-sized bases CPython counts every entry,
         * __weakref__ included */
        bool varsized = sb == &py_tuple_type || sb == &py_bytes_type || sb == &py_int_type || sb == &py_bool_type;
        if (varsized && py_tuple_size(names)) {
            py_decref(names);
            py_err_format(&py_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'", sb->name);
            goto fail;
        }
        if (nonempty && sb == &py_str_type) {
            py_decref(names);
            py_unsupported("__slots__ in a subclass of str");
            goto fail;
        }
        ht->slots = names;
        bool want_dict = false;
        for (size_t i = 0; i < py_tuple_size(names); i++) {
            PyObj *sn = py_tuple_item(names, i);
            if (!PY_STR_CHECK(sn)) {
                py_err_format(&py_exc_TypeError, "__slots__ items must be strings, not '%s'", py_type_name(sn));
                goto fail;
            }
            if (py_str_eq_c(sn, "__dict__")) {
                want_dict = true;
                continue;
            }
            if (py_str_eq_c(sn, "__weakref__")) {
                /* weakref: the list goes in the pre-header (3.12's MANAGED_WEAKREF) */
                if (!may_add_weak || add_weak) {
                    py_err_format(&py_exc_TypeError, "__weakref__ slot disallowed: we already got one");
                    goto fail;
                }
                add_weak = true;
                continue;
            }
            if (py_dict_getitem_str(t->dict, sn)) {
                py_err_format(&py_exc_ValueError, "%R in __slots__ conflicts with class variable", sn);
                goto fail;
            }
            PyMemberDescrObj *md = (PyMemberDescrObj *)py_alloc(&py_member_descr_type, sizeof *md, 48);
            if (!md) goto fail;
            py_gc_track((PyObj *)md); /* gc */
            md->owner = t;
            py_incref((PyObj *)t); /* d_type: a strong reference */
            md->name = mangled_slot_name(t, sn);
            md->offset = csize;
            csize += sizeof(PyObj *);
            int rc = py_dict_setitem(t->dict, md->name, (PyObj *)md);
            py_decref(md);
            if (rc < 0) goto fail;
        }
        /* a base's __dict__ is inherited whatever __slots__ says */
        if (want_dict && base_has_dict) {
            py_err_format(&py_exc_TypeError, "__dict__ slot disallowed: we already got one");
            goto fail;
        }
        if (want_dict) t->tpflags |= PY_TPF_MANAGED_DICT;
        t->basicsize = best->basicsize + (csize - best->csize);
    } else {
        if (!base_has_dict) t->tpflags |= PY_TPF_MANAGED_DICT;
        add_weak = may_add_weak;
    }
    /* weakref: instances can be weakly referenced */
    if (add_weak) t->tpflags |= PY_TPF_MANAGED_WEAKREF;
    if (add_weak || py_weakref_type_supports(best)) t->tpflags |= PY_TPF_WEAKREFABLE;
    t->csize = csize;
    if (t->tpflags & PY_TPF_MANAGED_DICT) t->dictoffset = 0;
    if (!(t->tpflags & PY_TPF_MANAGED_DICT) && !t->dictoffset && !best->dictoffset) {
        /* no __dict__ at all */
    } else if (!py_type_lookup(best, PY_ID(__dict__)) && !py_dict_getitem_str(t->dict, PY_ID(__dict__))) {
        extern const PyGetSetDef py_dict_attr_getset;
        PyObj *d = py_descr_new_getset(t, &py_dict_attr_getset);
        py_dict_setitem(t->dict, PY_ID(__dict__), d);
        py_decref(d);
    }
    if (add_weak && !py_dict_getitem_str(t->dict, PY_ID(__weakref__))) {
        /* weakref: the __weakref__ attribute (subtype_getweakref) */
        PyObj *d = py_descr_new_getset(t, &weakref_attr_getset);
        py_dict_setitem(t->dict, PY_ID(__weakref__), d);
        py_decref(d);
    }
    /* type_dict_set_doc: a class without a docstring gets __doc__ = None,
     * after the slot members and __dict__ / __weakref__ */
    if (!py_dict_getitem_str(t->dict, PY_ID(__doc__)) && py_dict_setitem(t->dict, PY_ID(__doc__), PY_NONE) < 0)
        goto fail;

    /* implicit staticmethod / classmethod */
    if (is_dunder_func(t->dict, PY_ID(__new__))) {
        PyObj *sm = py_staticmethod_new(py_dict_getitem_str(t->dict, PY_ID(__new__)));
        py_dict_setitem(t->dict, PY_ID(__new__), sm);
        py_decref(sm);
    }
    PyObj *implicit_cm[] = {PY_ID(__init_subclass__), PY_ID(__class_getitem__)};
    for (size_t i = 0; i < 2; i++) {
        if (is_dunder_func(t->dict, implicit_cm[i])) {
            PyObj *cm = py_classmethod_new(py_dict_getitem_str(t->dict, implicit_cm[i]));
            py_dict_setitem(t->dict, implicit_cm[i], cm);
            py_decref(cm);
        }
    }
    /* __eq__ without __hash__ makes instances unhashable */
    if (py_dict_getitem_str(t->dict, PY_ID(__eq__)) && !py_dict_getitem_str(t->dict, PY_ID(__hash__)))
        py_dict_setitem(t->dict, PY_ID(__hash__), PY_NONE);

    t->tp_dealloc = subtype_dealloc;
    t->tp_traverse = subtype_traverse;
    t->tp_clear = subtype_clear;
    t->tp_finalize = NULL;
    py_slots_fixup(t);
    py_slots_register_subclass(t);

    /* __classcell__: the cell zero-argument super() and __class__ read */
    PyObj *cell = py_dict_getitem_str(t->dict, py_intern_c("__classcell__"));
    if (cell) {
        if (PY_TYPE(cell) != &py_cell_type) {
            py_err_format(&py_exc_TypeError, "__classcell__ must be a nonlocal cell, not %s", py_type_name(cell));
            goto fail;
        }
        py_setref(&((PyCellObj *)cell)->ref, py_newref((PyObj *)t));
        py_dict_delitem(t->dict, py_intern_c("__classcell__"));
    }
    /* type_ready_managed_dict: the keys its instances will share */
    if ((t->tpflags & PY_TPF_MANAGED_DICT) && !(ht->cached_keys = py_shared_keys_new())) goto fail;
    py_gc_track((PyObj *)t);
    if (call_set_names(t) < 0 || init_subclass(t, kw) < 0) {
        py_decref(t);
        return NULL;
    }
    return (PyObj *)t;
fail:
    py_decref(t);
    return NULL;
}
