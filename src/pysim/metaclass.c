/* metaclass.c — what a class statement does around its body (CPython's
 * builtin___build_class__): find the metaclass (the most derived of the
 * explicit one and those of the bases), ask it for the namespace the body
 * runs in (__prepare__), and call it to make the class.
 */
#include "pysim/obj.h"

PyObj *py_class_update_bases(PyObj *orig)
{
    size_t n = py_tuple_size(orig);
    PyObj *list = NULL; /* made at the first base that has __mro_entries__ */
    for (size_t i = 0; i < n; i++) {
        PyObj *b = py_tuple_item(orig, i);
        PyObj *meth = NULL;
        if (!PY_TYPE_CHECK(b)) {
            meth = py_getattr(b, PY_ID(__mro_entries__));
            if (!meth) {
                if (!py_err_matches((PyObj *)&py_exc_AttributeError)) goto fail;
                py_err_clear();
            }
        }
        if (!meth) {
            if (list && py_list_append(list, b) < 0) goto fail;
            continue;
        }
        PyObj *entries = py_call(meth, &orig, 1, NULL);
        py_decref(meth);
        if (!entries) goto fail;
        if (!PY_TUPLE_CHECK(entries)) {
            py_decref(entries);
            py_err_format(&py_exc_TypeError, "__mro_entries__ must return a tuple");
            goto fail;
        }
        if (!list) {
            list = py_list_from_array(PY_TUPLE_ITEMS(orig), i);
            if (!list) {
                py_decref(entries);
                goto fail;
            }
        }
        int rc = py_list_extend(list, entries);
        py_decref(entries);
        if (rc < 0) goto fail;
    }
    if (!list) return py_newref(orig);
    PyObj *t = py_list_as_tuple(list);
    py_decref(list);
    return t;
fail:
    py_xdecref(list);
    return NULL;
}

int py_class_metaclass(PyObj **meta, PyObj *bases)
{
    size_t n = py_tuple_size(bases);
    if (!*meta) *meta = py_newref(n ? (PyObj *)PY_TYPE(py_tuple_item(bases, 0)) : (PyObj *)&py_type_type);
    if (!PY_TYPE_CHECK(*meta)) return 0; /* any callable may make the class */
    /* _PyType_CalculateMetaclass */
    PyType *winner = (PyType *)*meta;
    for (size_t i = 0; i < n; i++) {
        PyType *t = PY_TYPE(py_tuple_item(bases, i));
        if (py_type_is_subtype(winner, t)) continue;
        if (py_type_is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        py_err_format(&py_exc_TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                                         "(non-strict) subclass of the metaclasses of all its bases");
        return -1;
    }
    if ((PyObj *)winner != *meta) py_setref(meta, py_newref((PyObj *)winner));
    return 0;
}

/* The keyword arguments of the class statement as a vectorcall tail:
 * values appended to args from *n on, names as a NEW tuple (or NULL). */
static PyObj *keyword_tail(PyObj *kw, PyObj **args, size_t *n)
{
    if (!kw || !py_dict_size(kw)) return NULL;
    PyObj *names = py_tuple_new(py_dict_size(kw));
    size_t pos = 0, i = 0;
    PyObj *k, *v;
    while (py_dict_next(kw, &pos, &k, &v)) {
        PY_TUPLE_ITEMS(names)[i++] = py_newref(k);
        args[(*n)++] = v;
    }
    return names;
}

/* Calls f(leading..., **kw). */
static PyObj *call_with_kw(PyObj *f, PyObj *const *leading, size_t nlead, PyObj *kw)
{
    size_t nkw = kw ? py_dict_size(kw) : 0, n = nlead;
    PyObj **args = xmalloc((nlead + nkw + 1) * sizeof *args);
    for (size_t i = 0; i < nlead; i++) args[i] = leading[i];
    PyObj *names = keyword_tail(kw, args, &n);
    PyObj *r = py_call(f, args, nlead, names);
    py_xdecref(names);
    free(args);
    return r;
}

PyObj *py_class_namespace(PyObj *meta, PyObj *name, PyObj *bases, PyObj *kw)
{
    if (meta == (PyObj *)&py_type_type) return py_dict_new(); /* type.__prepare__ */
    PyObj *prep = py_getattr(meta, PY_ID(__prepare__));
    if (!prep) {
        if (!py_err_matches((PyObj *)&py_exc_AttributeError)) return NULL;
        py_err_clear();
        return py_dict_new();
    }
    PyObj *lead[2] = {name, bases};
    PyObj *ns = call_with_kw(prep, lead, 2, kw);
    py_decref(prep);
    if (!ns) return NULL;
    if (!PY_DICT_CHECK(ns)) {
        bool mapping = PY_TYPE(ns)->mp_subscript != NULL;
        if (!mapping) {
            py_err_format(&py_exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                          PY_TYPE_CHECK(meta) ? ((PyType *)meta)->name : "<metaclass>", py_type_name(ns));
        } else {
            py_unsupported("a class namespace that is not a dict (__prepare__)");
        }
        py_decref(ns);
        return NULL;
    }
    return ns;
}

PyObj *py_class_call_metaclass(PyObj *meta, PyObj *name, PyObj *bases, PyObj *ns, PyObj *kw)
{
    PyObj *lead[3] = {name, bases, ns};
    if (meta == (PyObj *)&py_type_type) {
        /* builtin___build_class__ calls type with a vectorcall; type's
         * falls back to _PyObject_MakeTpCall, which packs the arguments
         * into a tuple (keywords: unpacked to a names tuple first, then
         * packed into a dict), from the free lists when they have one */
        size_t nkw = kw ? py_dict_size(kw) : 0;
        PyObj *kwnames = NULL, *kwdict = NULL;
        if (nkw) {
            PyObj **vals = xmalloc(nkw * sizeof *vals);
            size_t n = 0;
            kwnames = keyword_tail(kw, vals, &n);
            free(vals);
        }
        PyObj *packed = py_tuple_from_array(lead, 3);
        if (nkw) kwdict = py_dict_copy(kw);
        PyObj *cls = packed ? py_type_new_class(&py_type_type, name, bases, ns, kw) : NULL;
        py_xdecref(packed);
        py_xdecref(kwdict);
        py_xdecref(kwnames);
        return cls;
    }
    return call_with_kw(meta, lead, 3, kw);
}
