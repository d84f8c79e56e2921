/* mod_copy_reduce.c — the reduce protocol as copy.py uses it:
 * __reduce_ex__(4) and __reduce__, object.__reduce_ex__ (reduce_newobj,
 * object.__getstate__, copyreg._slotnames) and the reductions of the
 * built-in types whose own __reduce__ memguide does not implement.
 *
 * Invariant: every reduction is the tuple CPython 3.12 would return, made
 * in CPython's order (newargs, the state, then the 5-tuple), with the
 * class's __slotnames__ cache set as copyreg sets it; a type whose
 * reduction memguide cannot reproduce stops the run as unsupported.
 */
#include <string.h>

#include "pysim/mod_copy_impl.h"
#include "pysim/gc.h"
#include "pysim/obj.h"
#include "pysim/vm.h"

/* Is bound the method `name` of object itself (not overridden)? */
static bool is_object_default(PyObj *bound, const char *name)
{
    PyObj *d = py_object_type.dict ? py_dict_getitem_str(py_object_type.dict, py_intern_c(name)) : NULL;
    return d && PY_IS_TYPE(d, py_method_descr_type) && PY_IS_TYPE(bound, py_cfunction_type) &&
           ((PyCFuncObj *)bound)->def == ((PyDescrObj *)d)->def;
}

/* The first static type on t's base chain: whose layout instances have. */
static PyType *static_base(PyType *t)
{
    while (t && (t->tpflags & PY_TPF_HEAPTYPE)) t = t->base;
    return t;
}

/* raise Error(...) from the module's globals, as copy.py does. */
static PyObj *raise_error(PyObj *module, const char *kind, PyType *cls)
{
    PyObj *err = py_dict_getitem_str(py_module_dict(module), py_intern_c("Error"));
    if (!err) return py_err_format(&py_exc_NameError, "name 'Error' is not defined");
    PyObj *msg = py_str_format_c("un(%s)copyable object of type %S", kind, (PyObj *)cls);
    PyObj *exc = msg ? py_call1(err, msg) : NULL;
    py_xdecref(msg);
    if (exc) {
        py_err_set_object(exc);
        py_decref(exc);
    }
    return NULL;
}

/* ---- object.__getstate__ and copyreg._slotnames ---- */

/* copyreg._slotnames(cls): the __slots__ names of cls and its bases
 * (private ones mangled), cached as cls.__slotnames__.  NEW list or None. */
static PyObj *slot_names(PyType *cls)
{
    PyObj *cached = cls->dict ? py_dict_getitem_str(cls->dict, py_intern_c("__slotnames__")) : NULL;
    if (cached) {
        if (cached != PY_NONE && !PY_LIST_CHECK(cached))
            return py_err_format(&py_exc_TypeError, "%s.__slotnames__ should be a list or None, not %s", cls->name,
                                 py_type_name(cached));
        return py_newref(cached);
    }
    PyObj *names = py_list_new(0);
    if (!names) return NULL;
    if (py_type_lookup(cls, PY_ID(__slots__))) {
        PyObj *mro = cls->mro;
        for (size_t i = 0; i < py_tuple_size(mro); i++) {
            PyType *b = (PyType *)py_tuple_item(mro, i);
            PyObj *slots = b->dict ? py_dict_getitem_str(b->dict, PY_ID(__slots__)) : NULL;
            if (!slots) continue;
            PyObj *it = PY_STR_CHECK(slots) ? NULL : py_iter(slots), *name;
            if (!it && !PY_STR_CHECK(slots)) goto fail;
            while ((name = it ? py_next(it) : py_newref(slots))) {
                const char *s = PY_STR_CHECK(name) ? py_str_utf8(name) : "";
                size_t n = strlen(s);
                int rc = 0;
                if (strcmp(s, "__dict__") && strcmp(s, "__weakref__")) {
                    if (n > 2 && !strncmp(s, "__", 2) && strcmp(s + n - 2, "__")) {
                        const char *stripped = b->name;
                        while (*stripped == '_') stripped++;
                        PyObj *m = *stripped ? py_str_format_c("_%s%U", stripped, name) : py_newref(name);
                        rc = m ? py_list_append(names, m) : -1;
                        py_xdecref(m);
                    } else {
                        rc = py_list_append(names, name);
                    }
                }
                py_decref(name);
                if (rc < 0 || !it) break;
            }
            py_xdecref(it);
            if (py_err_occurred()) goto fail;
        }
    }
    /* try: cls.__slotnames__ = names / except: pass */
    if (py_setattr((PyObj *)cls, py_intern_c("__slotnames__"), names) < 0 && !py_stopping()) py_err_clear();
    if (py_stopping()) goto fail;
    return names;
fail:
    py_decref(names);
    return NULL;
}

/* object.__getstate__ without an override: the instance __dict__ (or None
 * when empty), paired with a dict of the __slots__ values that are set.
 * required: the object is rebuilt without arguments, so its layout must
 * hold nothing but those (CPython's "cannot pickle" checks). */
static PyObj *getstate_default(PyObj *x, bool required)
{
    PyType *cls = PY_TYPE(x);
    if (required && cls->itemsize)
        return py_err_format(&py_exc_TypeError, "cannot pickle %s objects", cls->name);
    PyObj **dslot = py_object_dict_slot(x);
    if (dslot && *dslot) py_gc_materialize_dict(*dslot); /* gc: PyObject_GenericGetDict */
    PyObj *state = py_newref(dslot && *dslot && py_dict_size(*dslot) ? *dslot : PY_NONE);
    PyObj *names = slot_names(cls);
    if (!names) {
        py_decref(state);
        return NULL;
    }
    size_t nnames = names == PY_NONE ? 0 : py_list_size(names);
    if (required) {
        size_t basic = py_object_type.basicsize + 8 * nnames;
        if (cls->dictoffset && !(cls->tpflags & PY_TPF_MANAGED_DICT)) basic += 8;
        if (cls->basicsize > basic) {
            py_decref(names);
            py_decref(state);
            return py_err_format(&py_exc_TypeError, "cannot pickle '%s' object", cls->name);
        }
    }
    if (nnames) {
        PyObj *slots = py_dict_new();
        for (size_t i = 0; slots && i < py_list_size(names); i++) {
            PyObj *name = py_newref(py_list_item(names, i)), *value;
            int r = py_getattr_opt(x, name, &value);
            if (r > 0) {
                r = py_dict_setitem(slots, name, value);
                py_decref(value);
            }
            py_decref(name);
            if (r >= 0 && nnames != py_list_size(names)) {
                py_err_format(&py_exc_RuntimeError, "__slotsname__ changed size during iteration");
                r = -1;
            }
            if (r < 0) py_clear(&slots);
        }
        if (!slots) {
            py_decref(names);
            py_decref(state);
            return NULL;
        }
        if (py_dict_size(slots)) {
            PyObj *pair = py_tuple_pack(2, state, slots);
            py_decref(state);
            state = pair;
        }
        py_decref(slots);
    }
    py_decref(names);
    return state;
}

/* object_getstate: an overriding __getstate__, else the default. */
static PyObj *getstate(PyObj *x, bool required)
{
    PyObj *gs;
    int r = py_getattr_opt(x, py_intern_c("__getstate__"), &gs);
    if (r < 0) return NULL;
    if (r > 0 && !is_object_default(gs, "__getstate__")) {
        PyObj *s = py_call0(gs);
        py_decref(gs);
        return s;
    }
    py_xdecref(gs);
    return getstate_default(x, required);
}

/* ---- reductions ---- */

/* object.__reduce_ex__(4) for instances rebuilt by cls.__new__:
 * (copyreg.__newobj__, (cls, *newargs), state, listitems, dictitems). */
static PyObj *reduce_newobj(PyObj *x, PyCopyReduceKind *kind)
{
    PyType *cls = PY_TYPE(x);
    if (!cls->tp_new) return py_err_format(&py_exc_TypeError, "cannot pickle '%s' object", cls->name);
    PyObj *args = NULL, *kwargs = NULL, *newargs = NULL, *state = NULL, *li = NULL, *di = NULL, *rv = NULL;
    bool found;
    PyObj *r = py_call_special(x, py_intern_c("__getnewargs_ex__"), NULL, 0, &found);
    if (found) {
        if (!r) return NULL;
        if (!PY_TUPLE_CHECK(r))
            py_err_format(&py_exc_TypeError, "__getnewargs_ex__ should return a tuple, not '%s'", py_type_name(r));
        else if (py_tuple_size(r) != 2)
            py_err_format(&py_exc_ValueError, "__getnewargs_ex__ should return a tuple of length 2, not %zd",
                          (int64_t)py_tuple_size(r));
        else if (!PY_TUPLE_CHECK(py_tuple_item(r, 0)))
            py_err_format(&py_exc_TypeError,
                          "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'",
                          py_type_name(py_tuple_item(r, 0)));
        else if (!PY_DICT_CHECK(py_tuple_item(r, 1)))
            py_err_format(&py_exc_TypeError,
                          "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'",
                          py_type_name(py_tuple_item(r, 1)));
        else {
            args = py_newref(py_tuple_item(r, 0));
            kwargs = py_newref(py_tuple_item(r, 1));
        }
        py_decref(r);
        if (!args) return NULL;
    } else if (py_err_occurred()) {
        return NULL;
    } else {
        r = py_call_special(x, py_intern_c("__getnewargs__"), NULL, 0, &found);
        if (found) {
            if (!r) return NULL;
            if (!PY_TUPLE_CHECK(r)) {
                py_err_format(&py_exc_TypeError, "__getnewargs__ should return a tuple, not '%s'", py_type_name(r));
                py_decref(r);
                return NULL;
            }
            args = r;
        } else if (py_err_occurred()) {
            return NULL;
        }
    }
    bool hasargs = args != NULL;
    if (!kwargs || !py_dict_size(kwargs)) {
        size_t n = args ? py_tuple_size(args) : 0;
        newargs = py_tuple_new(n + 1);
        if (!newargs) goto done;
        PY_TUPLE_ITEMS(newargs)[0] = py_newref((PyObj *)cls);
        for (size_t i = 0; i < n; i++) PY_TUPLE_ITEMS(newargs)[i + 1] = py_newref(py_tuple_item(args, i));
        *kind = PY_COPY_NEWOBJ;
    } else {
        newargs = py_tuple_pack(3, (PyObj *)cls, args, kwargs);
        *kind = PY_COPY_NEWOBJ_EX;
        if (!newargs) goto done;
    }
    state = getstate(x, !(hasargs || PY_LIST_CHECK(x) || PY_DICT_CHECK(x)));
    if (!state) goto done;
    li = PY_LIST_CHECK(x) ? py_iter(x) : py_newref(PY_NONE);
    if (!li) goto done;
    if (PY_DICT_CHECK(x)) {
        PyObj *items = py_call_method(x, PY_ID(items), NULL, 0, NULL);
        di = items ? py_iter(items) : NULL;
        py_xdecref(items);
    } else {
        di = py_newref(PY_NONE);
    }
    if (di) rv = py_tuple_pack(5, PY_NONE, newargs, state, li, di);
done:
    py_xdecref(args);
    py_xdecref(kwargs);
    py_xdecref(newargs);
    py_xdecref(state);
    py_xdecref(li);
    py_xdecref(di);
    return rv;
}

/* Exception types whose reduction is BaseException's (type, args[, dict]),
 * with no fields of their own. */
static bool plain_exception(PyType *t)
{
    static PyType *const plain[] = {
        &py_exc_BaseException, &py_exc_Exception, &py_exc_ArithmeticError, &py_exc_ZeroDivisionError,
        &py_exc_OverflowError, &py_exc_FloatingPointError, &py_exc_AssertionError, &py_exc_LookupError,
        &py_exc_IndexError, &py_exc_KeyError, &py_exc_TypeError, &py_exc_ValueError, &py_exc_RuntimeError,
        &py_exc_NotImplementedError, &py_exc_RecursionError, &py_exc_EOFError, &py_exc_Warning,
        &py_exc_UserWarning, &py_exc_DeprecationWarning, &py_exc_RuntimeWarning, NULL,
    };
    for (PyType *const *p = plain; *p; p++)
        if (t == *p) return true;
    return false;
}

/* What type(x).__reduce_ex__(4) gives in CPython, for the types whose
 * reduction memguide's objects do not provide themselves. */
static PyObj *native_reduce(PyObj *x, PyCopyReduceKind *kind)
{
    PyType *cls = PY_TYPE(x), *base = static_base(cls);
    PyObj *getattr_fn = py_dict_getitem_str(py_vm->builtins, py_intern_c("getattr"));
    *kind = PY_COPY_CALL;
    if (PY_EXC_CHECK(x)) {
        PyExcObj *e = (PyExcObj *)x;
        if (!plain_exception(base) || e->notes) return py_unsupported("copying '%s' exceptions", cls->name);
        PyObj *args = e->args ? e->args : py_vm->empty_tuple;
        return e->dict ? py_tuple_pack(3, (PyObj *)cls, args, e->dict) : py_tuple_pack(2, (PyObj *)cls, args);
    }
    if (base == &py_bytearray_type) {
        PyObj *state = getstate(x, false), *rv = NULL;
        if (!state) return NULL;
        const unsigned char *data;
        size_t len;
        py_bytes_view(x, &data, &len);
        PyObj *b = len ? py_bytes_new(data, len) : NULL;
        PyObj *cargs = b ? py_tuple_pack(1, b) : py_newref(py_vm->empty_tuple);
        if (cargs) rv = py_tuple_pack(3, (PyObj *)cls, cargs, state);
        py_xdecref(cargs);
        py_xdecref(b);
        py_decref(state);
        return rv;
    }
    if (cls == &py_method_type) { /* (getattr, (self, func.__name__)) */
        PyMethodObj *m = (PyMethodObj *)x;
        PyObj *name = py_getattr(m->func, PY_ID(__name__)), *rv = NULL;
        PyObj *cargs = name ? py_tuple_pack(2, m->self, name) : NULL;
        if (cargs) rv = py_tuple_pack(2, getattr_fn, cargs);
        py_xdecref(cargs);
        py_xdecref(name);
        return rv;
    }
    if (cls == &py_method_wrapper_type) {
        PyMethodWrapperObj *w = (PyMethodWrapperObj *)x;
        PyObj *cargs = py_tuple_pack(2, w->self, ((PyDescrObj *)w->descr)->name), *rv = NULL;
        if (cargs) rv = py_tuple_pack(2, getattr_fn, cargs);
        py_xdecref(cargs);
        return rv;
    }
    if (cls == &py_method_descr_type || cls == &py_classmethod_descr_type || cls == &py_wrapper_descr_type ||
        cls == &py_getset_descr_type) { /* (getattr, (objclass, name)) */
        PyDescrObj *d = (PyDescrObj *)x;
        PyObj *cargs = py_tuple_pack(2, (PyObj *)d->owner, d->name), *rv = NULL;
        if (cargs) rv = py_tuple_pack(2, getattr_fn, cargs);
        py_xdecref(cargs);
        return rv;
    }
    if (cls == &py_slice_type) {
        PySliceObj *s = (PySliceObj *)x;
        PyObj *cargs = py_tuple_pack(3, s->start, s->stop, s->step), *rv = NULL;
        if (cargs) rv = py_tuple_pack(2, (PyObj *)cls, cargs);
        py_xdecref(cargs);
        return rv;
    }
    if (base == &py_module_type || base == &py_generator_type || base == &py_dict_keys_type ||
        base == &py_dict_values_type || base == &py_dict_items_type || base == &py_staticmethod_type ||
        base == &py_classmethod_type || base == &py_mappingproxy_type)
        return py_err_format(&py_exc_TypeError, "cannot pickle '%s' object", cls->name);
    if (!strcmp(base->name, "TextIOWrapper"))
        return py_err_format(&py_exc_TypeError, "cannot pickle '%s' instances", cls->name);
    if (base == &py_object_type || base == &py_int_type || base == &py_float_type || base == &py_str_type ||
        base == &py_bytes_type || base == &py_tuple_type || base == &py_list_type || base == &py_dict_type)
        return reduce_newobj(x, kind);
    return py_unsupported("copying '%s' objects (their pickle reduction)", cls->name);
}

/* object.__reduce_ex__(4): an overriding __reduce__ of the class wins. */
static PyObj *object_reduce_ex(PyObj *x, PyCopyReduceKind *kind)
{
    PyObj *red, *objreduce = py_dict_getitem_str(py_object_type.dict, py_intern_c("__reduce__"));
    int r = py_getattr_opt(x, py_intern_c("__reduce__"), &red);
    if (r < 0) return NULL;
    if (r > 0) {
        PyObj *clsred = py_getattr((PyObj *)PY_TYPE(x), py_intern_c("__reduce__"));
        if (!clsred) {
            py_decref(red);
            return NULL;
        }
        bool override = clsred != objreduce;
        py_decref(clsred);
        if (override) {
            *kind = PY_COPY_CALL;
            PyObj *rv = py_call0(red);
            py_decref(red);
            return rv;
        }
        py_decref(red);
    }
    return native_reduce(x, kind);
}

/* copy.py's reduction step (mod_copy_impl.h). */
int py_copy_reduce(PyObj *module, PyObj *x, bool deep, PyObj **rv, PyCopyReduceKind *kind)
{
    PyType *cls = PY_TYPE(x);
    PyObj *rex, *r = NULL, *four;
    int found = py_getattr_opt(x, py_intern_c("__reduce_ex__"), &rex);
    if (found < 0) return -1;
    *kind = PY_COPY_CALL;
    if ((found && is_object_default(rex, "__reduce_ex__")) ||
        (!found && !py_type_lookup(cls, py_intern_c("__reduce_ex__")))) {
        r = object_reduce_ex(x, kind);
    } else if (found && rex != PY_NONE) {
        four = py_int_from_i64(4);
        r = py_call1(rex, four);
        py_decref(four);
    } else {
        PyObj *red;
        int f2 = py_getattr_opt(x, py_intern_c("__reduce__"), &red);
        int truth = f2 > 0 ? py_truthy(red) : f2;
        if (truth > 0) r = py_call0(red);
        else if (truth == 0) raise_error(module, deep ? "deep" : "shallow", cls);
        if (f2 > 0) py_decref(red);
    }
    py_xdecref(rex);
    if (!r) return -1;
    if (PY_STR_CHECK(r)) {
        py_decref(r);
        return 0;
    }
    if (!PY_IS_TYPE(r, py_tuple_type)) { /* _reconstruct(x, memo, *rv) */
        PyObj *it = py_iter(r);
        if (!it) {
            if (py_err_matches((PyObj *)&py_exc_TypeError)) {
                py_err_clear();
                py_err_format(&py_exc_TypeError, "Value after * must be an iterable, not %s", py_type_name(r));
            }
            py_decref(r);
            return -1;
        }
        py_decref(it);
        PyObj *t = py_tuple_from_iter(r);
        py_decref(r);
        if (!(r = t)) return -1;
    }
    size_t n = py_tuple_size(r);
    if (n < 2 || n > 5) {
        if (n == 0)
            py_err_format(&py_exc_TypeError,
                          "_reconstruct() missing 2 required positional arguments: 'func' and 'args'");
        else if (n == 1)
            py_err_format(&py_exc_TypeError, "_reconstruct() missing 1 required positional argument: 'args'");
        else
            py_err_format(&py_exc_TypeError, "_reconstruct() takes from 4 to 7 positional arguments but %d were given",
                          (int)n + 2);
        py_decref(r);
        return -1;
    }
    *rv = r;
    return 1;
}

