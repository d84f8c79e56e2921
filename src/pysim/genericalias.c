/* genericalias.c — types.GenericAlias, what list[int], dict[str, int] and
 * type[int] make (PEP 585), as CPython 3.12's Objects/genericaliasobject.c.
 *
 * An alias holds its origin (list) and its arguments (always a tuple); it
 * is a container the collector tracks, 64 bytes plus the GC header.  It
 * behaves as its origin for everything but a few names: attribute access
 * forwards to the origin (list[int].append is list.append) except for
 * attr_exceptions, and calling it calls the origin.  Type variables (the
 * typing module) are outside the simulator, so __parameters__ is always
 * () for the arguments a program can build; anything that looks like a
 * type variable (it has __typing_subst__) stops the run as unsupported.
 */
#include <string.h>

#include "pysim/obj.h"
#include "pysim/vm.h"

/* sizeof(gaobject): header, origin, args, parameters, weakreflist,
 * starred (padded), vectorcall */
#define GA_SIZE 64
/* sizeof(gaiterobject) */
#define GA_ITER_SIZE 24

typedef struct PyGenericAliasObj {
    PyObj ob;
    PyObj *origin;
    PyObj *args;       /* tuple */
    PyObj *parameters; /* tuple, made on first use; NULL until then */
    bool starred;      /* *tuple[int] */
} PyGenericAliasObj;

typedef struct PyGenericAliasIterObj {
    PyObj ob;
    PyObj *obj; /* the alias; NULL once exhausted */
} PyGenericAliasIterObj;

#define GA(o) ((PyGenericAliasObj *)(o))
#define GA_CHECK(o) py_isinstance_c((PyObj *)(o), &py_genericalias_type)

/* ---- construction ---- */

/* setup_ga on a fresh alias: args becomes a 1-tuple unless it is a tuple
 * (that tuple is made after the alias, as in CPython). */
static int setup(PyObj *self, PyObj *origin, PyObj *args)
{
    PyObj *t = PY_TUPLE_CHECK(args) ? py_newref(args) : py_tuple_pack(1, args);
    if (!t) return -1;
    GA(self)->origin = py_newref(origin);
    GA(self)->args = t;
    return 0;
}

static PyObj *ga_alloc(PyType *type, PyObj *origin, PyObj *args)
{
    PyObj *self = py_alloc(type, type->csize, GA_SIZE);
    if (!self) return NULL;
    /* PyType_GenericAlloc tracks at once, before the arguments exist */
    py_gc_track(self);
    if (setup(self, origin, args) < 0) {
        py_decref(self);
        return NULL;
    }
    return self;
}

PyObj *py_genericalias_new(PyObj *origin, PyObj *args) { return ga_alloc(&py_genericalias_type, origin, args); }

PyObj *py_genericalias_class_getitem(PyObj *cls, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    return py_genericalias_new(cls, args[0]);
}

/* types.GenericAlias(origin, args) */
static PyObj *ga_tp_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if (py_no_kwargs("GenericAlias", kwnames) < 0) return NULL;
    if (nargs != 2)
        return py_err_format(&py_exc_TypeError, "GenericAlias expected 2 arguments, got %zd", (int64_t)nargs);
    return ga_alloc(type, args[0], args[1]);
}

static void ga_dealloc(PyObj *self)
{
    py_clear(&GA(self)->origin);
    py_clear(&GA(self)->args);
    py_clear(&GA(self)->parameters);
}

/* No tp_clear, as in CPython: cycles through an alias are broken at the
 * other objects of the cycle. */
static int ga_traverse(PyObj *self, PyVisitFn visit, void *arg)
{
    PyObj *refs[] = {GA(self)->origin, GA(self)->args, GA(self)->parameters};
    for (size_t i = 0; i < 3; i++) {
        if (refs[i]) {
            int r = visit(refs[i], arg);
            if (r) return r;
        }
    }
    return 0;
}

/* ---- __parameters__ ---- */

/* Is o something the typing module substitutes (a TypeVar and the like)?
 * 1 yes, 0 no, -1 error. */
static int is_typevar_like(PyObj *o)
{
    PyObj *subst;
    int r = py_getattr_opt(o, py_intern_c("__typing_subst__"), &subst);
    if (r > 0) py_decref(subst);
    return r;
}

/* _Py_make_parameters: the type variables of args, each once, in order.
 * Without type variables that is () — but CPython still asks every
 * argument (and its __parameters__), which a program can observe. */
static PyObj *make_parameters(PyObj *args)
{
    size_t n = py_tuple_size(args);
    for (size_t i = 0; i < n; i++) {
        PyObj *t = py_tuple_item(args, i);
        int r = is_typevar_like(t);
        if (r < 0) return NULL;
        if (r) return py_unsupported("type variables in generic aliases (typing)");
        PyObj *sub;
        r = py_getattr_opt(t, py_intern_c("__parameters__"), &sub);
        if (r < 0) return NULL;
        if (r) {
            bool some = PY_TUPLE_CHECK(sub) && py_tuple_size(sub) > 0;
            py_decref(sub);
            if (some) return py_unsupported("type variables in generic aliases (typing)");
        }
    }
    return py_tuple_new(0);
}

static PyObj *ga_get_parameters(PyObj *self)
{
    PyGenericAliasObj *a = GA(self);
    if (!a->parameters) {
        a->parameters = make_parameters(a->args);
        if (!a->parameters) return NULL;
    }
    return py_newref(a->parameters);
}

/* ---- repr ---- */

static int repr_item(Buf *b, PyObj *p);

/* An argument that is a list (a ParamSpec's argument list): its items in
 * brackets, each as an argument. */
static int repr_items_list(Buf *b, PyObj *p)
{
    buf_putc(b, '[');
    for (size_t i = 0; i < py_list_size(p); i++) {
        if (i) buf_puts(b, ", ");
        if (repr_item(b, py_list_item(p, i)) < 0) return -1;
    }
    buf_putc(b, ']');
    return 0;
}

static int put_obj(Buf *b, PyObj *s)
{
    if (!s) return -1;
    buf_put(b, py_str_utf8(s), py_str_nbytes(s));
    py_decref(s);
    return 0;
}

/* ga_repr_item: "..." for Ellipsis, the repr of anything that looks like
 * an alias, a class as "qualname" (builtins) or "module.qualname", and the
 * repr of anything else. */
static int repr_item(Buf *b, PyObj *p)
{
    if (p == PY_ELLIPSIS) {
        buf_puts(b, "...");
        return 0;
    }
    PyObj *tmp, *qualname = NULL, *module = NULL;
    int r = py_getattr_opt(p, py_intern_c("__origin__"), &tmp);
    if (r < 0) return -1;
    if (r) {
        py_decref(tmp);
        r = py_getattr_opt(p, py_intern_c("__args__"), &tmp);
        if (r < 0) return -1;
        if (r) {
            py_decref(tmp);
            return put_obj(b, py_repr(p));
        }
    }
    r = py_getattr_opt(p, PY_ID(__qualname__), &qualname);
    if (r < 0) return -1;
    if (!r) return put_obj(b, py_repr(p));
    r = py_getattr_opt(p, PY_ID(__module__), &module);
    if (r < 0) {
        py_decref(qualname);
        return -1;
    }
    int rc;
    if (!r || module == PY_NONE) {
        rc = put_obj(b, py_repr(p));
    } else if (PY_STR_CHECK(module) && py_str_eq_c(module, "builtins")) {
        rc = put_obj(b, py_str(qualname));
    } else {
        rc = put_obj(b, py_str(module));
        if (rc == 0) {
            buf_putc(b, '.');
            rc = put_obj(b, py_str(qualname));
        }
    }
    py_decref(qualname);
    py_xdecref(module);
    return rc;
}

static PyObj *ga_repr(PyObj *self)
{
    PyGenericAliasObj *a = GA(self);
    Buf b = BUF_INIT;
    if (a->starred) buf_putc(&b, '*');
    if (repr_item(&b, a->origin) < 0) goto fail;
    buf_putc(&b, '[');
    size_t n = py_tuple_size(a->args);
    for (size_t i = 0; i < n; i++) {
        if (i) buf_puts(&b, ", ");
        PyObj *p = py_tuple_item(a->args, i);
        if (PY_IS_TYPE(p, py_list_type) ? repr_items_list(&b, p) < 0 : repr_item(&b, p) < 0) goto fail;
    }
    /* tuple[()] */
    if (n == 0) buf_puts(&b, "()");
    buf_putc(&b, ']');
    return py_str_from_buf(&b);
fail:
    buf_free(&b);
    return NULL;
}

/* ---- comparison, hash, call, attributes ---- */

static int64_t ga_hash(PyObj *self)
{
    int64_t h0 = py_hash(GA(self)->origin);
    if (h0 == -1) return -1;
    int64_t h1 = py_hash(GA(self)->args);
    if (h1 == -1) return -1;
    return h0 ^ h1;
}

static PyObj *ga_richcompare(PyObj *a, PyObj *b, int op)
{
    if (!GA_CHECK(a) || !GA_CHECK(b) || (op != PY_EQ && op != PY_NE)) return py_newref(PY_NOTIMPL);
    if (op == PY_NE) {
        PyObj *eq = ga_richcompare(a, b, PY_EQ);
        if (!eq) return NULL;
        py_decref(eq);
        return py_bool(eq != PY_TRUE);
    }
    if (GA(a)->starred != GA(b)->starred) return py_bool(false);
    int eq = py_richcompare_bool(GA(a)->origin, GA(b)->origin, PY_EQ);
    if (eq < 0) return NULL;
    if (!eq) return py_bool(false);
    return py_richcompare(GA(a)->args, GA(b)->args, PY_EQ);
}

/* Calling the alias calls the origin, then records the alias on the new
 * object as __orig_class__ when it takes attributes. */
static PyObj *ga_call(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyObj *obj = py_call(GA(self)->origin, args, nargs, kwnames);
    if (!obj) return NULL;
    if (py_setattr(obj, py_intern_c("__orig_class__"), self) < 0) {
        if (!py_err_matches((PyObj *)&py_exc_AttributeError) && !py_err_matches((PyObj *)&py_exc_TypeError)) {
            py_decref(obj);
            return NULL;
        }
        py_err_clear();
    }
    return obj;
}

/* The names the alias answers itself; every other attribute is the
 * origin's. */
static const char *const attr_exceptions[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
    "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__", NULL,
};

static PyObj *ga_getattro(PyObj *self, PyObj *name)
{
    for (const char *const *p = attr_exceptions; *p; p++)
        if (py_str_eq_c(name, *p)) return py_object_generic_getattr(self, name);
    return py_getattr(GA(self)->origin, name);
}

/* list[int][str]: only aliases with type variables take arguments. */
static PyObj *ga_getitem(PyObj *self, PyObj *item)
{
    PyObj *params = ga_get_parameters(self);
    if (!params) return NULL;
    py_decref(params);
    return py_err_format(&py_exc_TypeError, "%R is not a generic class", self);
}

/* list[int] | None makes a types.UnionType, outside the simulator; with
 * anything that cannot be in a union the operator is not defined. */
static bool unionable(PyObj *o) { return o == PY_NONE || PY_TYPE_CHECK(o) || GA_CHECK(o); }

static PyObj *ga_binop(PyObj *a, PyObj *b, PyBinOp op)
{
    if (op != PY_OP_OR || !unionable(a) || !unionable(b)) return py_newref(PY_NOTIMPL);
    return py_unsupported("union types (X | Y, types.UnionType)");
}

/* ---- iteration: *tuple[int, str] ---- */

static PyObj *ga_iter(PyObj *self)
{
    PyGenericAliasIterObj *it = (PyGenericAliasIterObj *)py_alloc(&py_genericalias_iter_type,
                                                                   sizeof(PyGenericAliasIterObj), GA_ITER_SIZE);
    if (!it) return NULL;
    it->obj = py_newref(self);
    py_gc_track((PyObj *)it);
    return (PyObj *)it;
}

/* The one item: the starred alias. */
static PyObj *ga_iter_next(PyObj *self)
{
    PyGenericAliasIterObj *it = (PyGenericAliasIterObj *)self;
    if (!it->obj) return NULL;
    PyObj *starred = py_genericalias_new(GA(it->obj)->origin, GA(it->obj)->args);
    if (!starred) return NULL;
    GA(starred)->starred = true;
    py_clear(&it->obj);
    return starred;
}

static PyObj *ga_iter_self(PyObj *self) { return py_newref(self); }

static void ga_iter_dealloc(PyObj *self) { py_clear(&((PyGenericAliasIterObj *)self)->obj); }

static int ga_iter_traverse(PyObj *self, PyVisitFn visit, void *arg)
{
    PyObj *o = ((PyGenericAliasIterObj *)self)->obj;
    return o ? visit(o, arg) : 0;
}

static void ga_iter_clear(PyObj *self) { py_clear(&((PyGenericAliasIterObj *)self)->obj); }

/* ---- methods and attributes ---- */

static PyObj *ga_mro_entries(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    return py_tuple_pack(1, GA(self)->origin);
}

static PyObj *ga_instancecheck(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    return py_err_format(&py_exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static PyObj *ga_subclasscheck(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    return py_err_format(&py_exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static PyObj *ga_reduce(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    PyGenericAliasObj *g = GA(self);
    if (g->starred) {
        /* (next, (iter(unstarred alias),)) */
        PyObj *next = py_dict_getitem_c(py_vm->builtins, "next");
        if (!next) return py_unsupported("builtins.next missing");
        PyObj *plain = py_genericalias_new(g->origin, g->args);
        PyObj *it = plain ? py_iter(plain) : NULL;
        py_xdecref(plain);
        if (!it) return NULL;
        PyObj *inner = py_tuple_pack(1, it);
        py_decref(it);
        PyObj *r = inner ? py_tuple_pack(2, next, inner) : NULL;
        py_xdecref(inner);
        return r;
    }
    PyObj *inner = py_tuple_pack(2, g->origin, g->args);
    if (!inner) return NULL;
    PyObj *r = py_tuple_pack(2, (PyObj *)PY_TYPE(self), inner);
    py_decref(inner);
    return r;
}

/* dir(alias): dir(origin) and the names the alias answers itself. */
static PyObj *ga_dir(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    PyObj *dir = py_dict_getitem_c(py_vm->builtins, "dir");
    if (!dir) return py_unsupported("builtins.dir missing");
    PyObj *l = py_call1(dir, GA(self)->origin);
    if (!l) return NULL;
    for (const char *const *p = attr_exceptions; *p; p++) {
        PyObj *name = py_str_from_c(*p);
        if (!name) goto fail;
        int has = py_contains(l, name);
        if (has < 0 || (!has && py_list_append(l, name) < 0)) {
            py_decref(name);
            goto fail;
        }
        py_decref(name);
    }
    return l;
fail:
    py_decref(l);
    return NULL;
}

static PyObj *ga_get_origin(PyObj *self) { return py_newref(GA(self)->origin); }
static PyObj *ga_get_args(PyObj *self) { return py_newref(GA(self)->args); }
static PyObj *ga_get_unpacked(PyObj *self) { return py_bool(GA(self)->starred); }
static PyObj *ga_get_unpacked_tuple_args(PyObj *self)
{
    PyGenericAliasObj *g = GA(self);
    if (g->starred && g->origin == (PyObj *)&py_tuple_type) return py_newref(g->args);
    return py_newref(PY_NONE);
}

static const PyMethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, 1, 1, 0},
    {"__instancecheck__", ga_instancecheck, 1, 1, 0},
    {"__subclasscheck__", ga_subclasscheck, 1, 1, 0},
    {"__reduce__", ga_reduce, 0, 0, 0},
    {"__dir__", ga_dir, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

static const PyGetSetDef ga_getset[] = {
    {"__origin__", ga_get_origin, NULL},
    {"__args__", ga_get_args, NULL},
    {"__unpacked__", ga_get_unpacked, NULL},
    {"__parameters__", ga_get_parameters, NULL},
    {"__typing_unpacked_tuple_args__", ga_get_unpacked_tuple_args, NULL},
    {NULL, NULL, NULL},
};

PyType py_genericalias_type = {
    .name = "types.GenericAlias",
    .tpflags = PY_TPF_GC | PY_TPF_BASETYPE,
    .csize = sizeof(PyGenericAliasObj),
    .basicsize = GA_SIZE,
    .tp_new = ga_tp_new,
    .tp_dealloc = ga_dealloc,
    .tp_traverse = ga_traverse,
    .tp_repr = ga_repr,
    .tp_hash = ga_hash,
    .tp_richcompare = ga_richcompare,
    .tp_getattro = ga_getattro,
    .tp_call = ga_call,
    .tp_iter = ga_iter,
    .mp_subscript = ga_getitem,
    .nb_binop = ga_binop,
    .nb_fwd = PY_OPBIT(PY_OP_OR),
    .nb_rev = PY_OPBIT(PY_OP_OR),
    .methods = ga_methods,
    .getset = ga_getset,
};

PyType py_genericalias_iter_type = {
    .name = "generic_alias_iterator",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(PyGenericAliasIterObj),
    .basicsize = GA_ITER_SIZE,
    .tp_dealloc = ga_iter_dealloc,
    .tp_traverse = ga_iter_traverse,
    .tp_clear = ga_iter_clear,
    .tp_iter = ga_iter_self,
    .tp_iternext = ga_iter_next,
};
