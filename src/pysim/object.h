/* object.h — the simulated object model: every Python value is a PyObj.
 *
 * Invariants:
 *  - Every value the simulated program can see is a PyObj born in heap.c
 *    (py_alloc) and dying there (py_dealloc) when its count reaches zero.
 *    There are no tagged values: identity is what memguide teaches.
 *  - ob_id is the emulated CPython address (what id() returns); it is never
 *    a C address.  C memory and simulated memory are managed separately.
 *  - Reference counts change only through py_incref / py_decref.  Functions
 *    say in their header comment whether they return a NEW or a BORROWED
 *    reference, in CPython's vocabulary.  Errors: a function returning
 *    PyObj * returns NULL with the current exception set (error.h); one
 *    returning int returns -1.
 */
#ifndef MEMGUIDE_PYSIM_OBJECT_H
#define MEMGUIDE_PYSIM_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct PyObj PyObj;
typedef struct PyType PyType;

/* What sys.getrefcount reports for immortal objects (PEP 683, 3.12). */
#define PY_IMMORTAL_REFCNT 4294967295ull

enum {
    PY_OBF_IMMORTAL = 1u << 0,   /* never counted, never dies */
    PY_OBF_STATIC = 1u << 1,     /* lives in the executable's data, not the heap */
    PY_OBF_GC = 1u << 2,         /* has a PyGCHead before it (C and simulated) */
    PY_OBF_GC_TRACKED = 1u << 3, /* linked in the collector's list */
    PY_OBF_INTERNED = 1u << 4,   /* str in the interned table */
    PY_OBF_SMALLINT = 1u << 5,   /* one of the cached ints -5..256 */
    PY_OBF_CONST = 1u << 6,      /* a code object's constant */
    PY_OBF_FINALIZED = 1u << 7,  /* __del__ already ran (PEP 442) */
    PY_OBF_DYING = 1u << 8,      /* inside py_dealloc */
    PY_OBF_HAS_WEAKREFS = 1u << 9, /* weak references to it exist (weakref.c keeps the list) */
    PY_OBF_INSTANCE_VALUES = 1u << 10, /* a dict that is an instance's attribute values (3.12): no
                                          object of its own, no address, until __dict__ is asked for */
};

struct PyObj {
    PyType *ob_type;    /* owned for heap types, borrowed for static ones */
    uint64_t ob_refcnt; /* simulated count; meaningless when immortal */
    uint64_t ob_id;     /* emulated address: id(obj) */
    uint32_t ob_flags;  /* PY_OBF_* */
    uint32_t ob_simsize; /* bytes of the simulated block (for freeing) */
};

#define PY_TYPE(o) (((PyObj *)(o))->ob_type)

/* Reference counting (heap.c).  py_decref at zero deallocates at once,
 * running __del__ first, as CPython does.  A count going below zero is a bug
 * in memguide and aborts with file:line. */
void py_incref_(PyObj *o);
void py_decref_(PyObj *o, const char *file, int line);
#define py_incref(o) py_incref_((PyObj *)(o))
#define py_decref(o) py_decref_((PyObj *)(o), __FILE__, __LINE__)
/* (o is evaluated once: `py_xdecref(f())` calls f once) */
#define py_xincref(o) do { PyObj *xo_ = (PyObj *)(o); if (xo_) py_incref(xo_); } while (0)
#define py_xdecref(o) do { PyObj *xo_ = (PyObj *)(o); if (xo_) py_decref(xo_); } while (0)
/* Replaces *slot with v (stealing v), releasing the old value afterwards so a
 * __del__ running meanwhile never sees a dangling slot. */
#define py_setref(slot, v) do { PyObj *old_ = (PyObj *)(*(slot)); *(slot) = (v); py_xdecref(old_); } while (0)
#define py_clear(slot) py_setref(slot, NULL)
/* NEW reference to o, for returning a borrowed value. */
static inline PyObj *py_newref(PyObj *o) { py_incref(o); return o; }

/* ---- calling convention ----
 * A callable receives args[0..nargs) positional values followed by the
 * values of the keyword arguments named in kwnames (a tuple of str, or
 * NULL when there are none).  All are BORROWED.  Returns NEW or NULL. */
typedef PyObj *(*PyCFunc)(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames);

enum {
    PY_METH_KEYWORDS = 1 << 0, /* accepts keyword arguments (else a TypeError) */
    PY_METH_CLASS = 1 << 1,    /* classmethod: self is the type */
    PY_METH_STATIC = 1 << 2,   /* staticmethod: self is NULL */
};

/* One C-implemented method.  Arity is checked before the call from
 * min_args/max_args (positional only; -1 = no limit), so bodies need not. */
typedef struct PyMethodDef {
    const char *name;
    PyCFunc fn;
    int8_t min_args, max_args;
    uint8_t flags;
} PyMethodDef;

/* A computed attribute (getset_descriptor).  set == NULL: read-only. */
typedef struct PyGetSetDef {
    const char *name;
    PyObj *(*get)(PyObj *self);                /* NEW */
    int (*set)(PyObj *self, PyObj *value);     /* value NULL: delete */
} PyGetSetDef;

typedef int (*PyVisitFn)(PyObj *o, void *arg);

/* Comparison operators, in CPython's order (Py_LT .. Py_GE). ORDER CMP */
enum { PY_LT, PY_LE, PY_EQ, PY_NE, PY_GT, PY_GE };

/* Binary operators.  ORDER BINOP (binop_names in abstract.c) */
typedef enum {
    PY_OP_ADD, PY_OP_SUB, PY_OP_MUL, PY_OP_MATMUL, PY_OP_TRUEDIV,
    PY_OP_FLOORDIV, PY_OP_MOD, PY_OP_POW, PY_OP_LSHIFT, PY_OP_RSHIFT,
    PY_OP_AND, PY_OP_OR, PY_OP_XOR, PY_OP_DIVMOD,
    PY_OP_COUNT
} PyBinOp;

#define PY_OPBIT(op) (1u << (op))

/* Unary operators.  ORDER UNOP */
typedef enum { PY_UOP_NEG, PY_UOP_POS, PY_UOP_INVERT } PyUnaryOp;

enum {
    PY_TPF_GC = 1u << 0,        /* instances are containers the collector tracks */
    PY_TPF_HEAPTYPE = 1u << 1,  /* made by a class statement; counted, mutable */
    PY_TPF_BASETYPE = 1u << 2,  /* may be subclassed */
    PY_TPF_INT_SUBCLASS = 1u << 3,   /* fast isinstance checks, as CPython's */
    PY_TPF_STR_SUBCLASS = 1u << 4,
    PY_TPF_TUPLE_SUBCLASS = 1u << 5,
    PY_TPF_LIST_SUBCLASS = 1u << 6,
    PY_TPF_DICT_SUBCLASS = 1u << 7,
    PY_TPF_EXC_SUBCLASS = 1u << 8,   /* BaseException and its subclasses */
    PY_TPF_TYPE_SUBCLASS = 1u << 9,
    PY_TPF_IMMUTABLE = 1u << 10,     /* attributes cannot be set (builtins) */
    PY_TPF_READY = 1u << 11,         /* type_ready() has run */
    PY_TPF_HAS_FINALIZER = 1u << 12, /* a class in the MRO defines __del__ */
    PY_TPF_MANAGED_DICT = 1u << 13,  /* instances keep __dict__ in a pre-header (3.12) */
    PY_TPF_WEAKREFABLE = 1u << 14,   /* weakref: a class whose instances can be weakly referenced */
    PY_TPF_MANAGED_WEAKREF = 1u << 15, /* weakref: instances have the pre-header for their weak
                                          reference list (3.12), even without a managed __dict__ */
};
/* Instances have the 16-byte pre-header (dict and weak list pointers). */
enum {
    PY_TPF_PREHEADER = PY_TPF_MANAGED_DICT | PY_TPF_MANAGED_WEAKREF,
};

/* A type object.  Every slot models one dunder; NULL means "not supported"
 * and, for heap types, type.c fills slots that dispatch to the class's
 * Python methods.  Slots take BORROWED arguments. */
struct PyType {
    PyObj ob;
    const char *name;      /* __name__ (for heap types: points into name_obj) */
    PyObj *name_obj;       /* str; __name__ (NULL until type_ready) */
    PyObj *qualname;       /* str; __qualname__ */
    PyObj *module;         /* str; __module__ (NULL for builtins) */
    PyType *base;          /* __base__ (single inheritance); NULL for object */
    PyObj *bases;          /* tuple: __bases__ */
    PyObj *mro;            /* tuple: __mro__ */
    PyObj *dict;           /* dict: the class namespace (methods are descriptors) */
    uint32_t tpflags;      /* PY_TPF_* */
    size_t csize;          /* bytes of the C struct of an instance */
    size_t basicsize;      /* CPython's tp_basicsize (sys.getsizeof base) */
    size_t itemsize;       /* CPython's tp_itemsize */
    size_t dictoffset;     /* offset of the PyObj *__dict__ slot, 0 = none */
    PyObj *subclasses;     /* dict {address: weak reference} of its subclasses, or NULL (slots.c) */

    /* lifecycle */
    PyObj *(*tp_new)(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames); /* __new__: NEW */
    int (*tp_init)(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames);   /* __init__ */
    void (*tp_dealloc)(PyObj *self);                 /* release what self owns (not self) */
    int (*tp_traverse)(PyObj *self, PyVisitFn visit, void *arg); /* gc: visit owned refs */
    void (*tp_clear)(PyObj *self);                   /* gc: drop owned refs to break cycles */
    int (*tp_finalize)(PyObj *self);                 /* __del__ (heap types) */
    size_t (*tp_sizeof)(PyObj *self);                /* __sizeof__ without the GC header */

    /* text and identity */
    PyObj *(*tp_repr)(PyObj *self);                  /* __repr__: NEW str */
    PyObj *(*tp_str)(PyObj *self);                   /* __str__: NEW str */
    int64_t (*tp_hash)(PyObj *self);                 /* __hash__: -1 = error; NULL = unhashable */
    PyObj *(*tp_richcompare)(PyObj *a, PyObj *b, int op); /* __lt__ ..: NEW, may be NotImplemented */

    /* attributes */
    PyObj *(*tp_getattro)(PyObj *self, PyObj *name); /* __getattribute__: NEW */
    int (*tp_setattro)(PyObj *self, PyObj *name, PyObj *value); /* __setattr__/__delattr__ */
    PyObj *(*tp_descr_get)(PyObj *descr, PyObj *obj, PyObj *type); /* __get__: NEW */
    int (*tp_descr_set)(PyObj *descr, PyObj *obj, PyObj *value);   /* __set__/__delete__ */

    /* calling and iteration */
    PyObj *(*tp_call)(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames); /* __call__ */
    PyObj *(*tp_iter)(PyObj *self);                  /* __iter__: NEW */
    PyObj *(*tp_iternext)(PyObj *self);              /* __next__: NEW; NULL with no error = exhausted */

    /* containers */
    int64_t (*sq_length)(PyObj *self);               /* __len__: -1 = error */
    PyObj *(*mp_subscript)(PyObj *self, PyObj *key); /* __getitem__: NEW */
    int (*mp_ass_subscript)(PyObj *self, PyObj *key, PyObj *value); /* __setitem__ / __delitem__ (value NULL) */
    int (*sq_contains)(PyObj *self, PyObj *item);    /* __contains__: 1, 0, -1 */

    /* numbers */
    PyObj *(*nb_binop)(PyObj *a, PyObj *b, PyBinOp op);   /* __add__/__radd__ ...: a or b has this type; NEW or NotImplemented */
    PyObj *(*nb_inplace)(PyObj *a, PyObj *b, PyBinOp op); /* __iadd__ ...: NEW or NotImplemented */
    PyObj *(*nb_ternary_pow)(PyObj *a, PyObj *b, PyObj *mod); /* pow(a, b, mod) */
    PyObj *(*nb_unary)(PyObj *self, PyUnaryOp op);   /* __neg__ __pos__ __invert__ */
    int (*nb_bool)(PyObj *self);                     /* __bool__: 1, 0, -1 */
    PyObj *(*nb_index)(PyObj *self);                 /* __index__: NEW int */
    PyObj *(*nb_int)(PyObj *self);                   /* __int__: NEW int */
    PyObj *(*nb_float)(PyObj *self);                 /* __float__: NEW float */
    /* Which operators nb_binop / nb_inplace / nb_unary implement, as bit
     * masks over PyBinOp / PyUnaryOp (PY_OPBIT); 0 means all of them.
     * They decide which dunders the type's dict shows (__add__, __radd__...). */
    uint32_t nb_fwd, nb_rev, nb_inp, nb_un;

    const PyMethodDef *methods;   /* {NULL} terminated */
    const PyGetSetDef *getset;    /* {NULL} terminated */
};

/* ---- the built-in types (each defined in its obj_*.c) ---- */
extern PyType py_type_type, py_object_type, py_none_type, py_notimpl_type,
    py_ellipsis_type, py_bool_type, py_int_type, py_float_type, py_complex_type,
    py_str_type, py_bytes_type, py_bytearray_type, py_tuple_type, py_list_type,
    py_dict_type, py_set_type, py_frozenset_type, py_range_type, py_slice_type,
    py_function_type, py_method_type, py_cfunction_type, py_method_descr_type,
    py_classmethod_descr_type, py_wrapper_descr_type, py_method_wrapper_type,
    py_getset_descr_type, py_staticmethod_type, py_classmethod_type,
    py_property_type, py_super_type, py_module_type, py_cell_type, py_code_type,
    py_frame_type, py_traceback_type, py_dict_keys_type, py_dict_values_type,
    py_dict_items_type, py_list_iter_type, py_list_reviter_type,
    py_tuple_iter_type, py_str_iter_type, py_bytes_iter_type,
    py_range_iter_type, py_dict_keyiter_type, py_dict_valueiter_type,
    py_dict_itemiter_type, py_dict_revkeyiter_type, py_dict_revvalueiter_type,
    py_dict_revitemiter_type, py_set_iter_type, py_seq_iter_type, py_longrange_iter_type,
    py_str_ascii_iter_type, py_mappingproxy_type, py_member_descr_type, py_bytearray_iter_type,
    py_callable_iter_type, py_enumerate_type, py_zip_type, py_map_type,
    py_filter_type, py_reversed_type, py_generator_type;

/* The singletons (static, immortal). */
extern PyObj py_none_obj, py_notimpl_obj, py_ellipsis_obj;
#define PY_NONE (&py_none_obj)
#define PY_NOTIMPL (&py_notimpl_obj)
#define PY_ELLIPSIS (&py_ellipsis_obj)

/* Exact-type and subclass checks. */
#define PY_IS_TYPE(o, t) (PY_TYPE(o) == &(t))
bool py_type_is_subtype(const PyType *a, const PyType *b); /* a is b or inherits from it */
static inline bool py_isinstance_c(PyObj *o, PyType *t)
{
    return PY_TYPE(o) == t || py_type_is_subtype(PY_TYPE(o), t);
}
#define PY_INT_CHECK(o) ((PY_TYPE(o)->tpflags & PY_TPF_INT_SUBCLASS) != 0)
#define PY_STR_CHECK(o) ((PY_TYPE(o)->tpflags & PY_TPF_STR_SUBCLASS) != 0)
#define PY_TUPLE_CHECK(o) ((PY_TYPE(o)->tpflags & PY_TPF_TUPLE_SUBCLASS) != 0)
#define PY_LIST_CHECK(o) ((PY_TYPE(o)->tpflags & PY_TPF_LIST_SUBCLASS) != 0)
#define PY_DICT_CHECK(o) ((PY_TYPE(o)->tpflags & PY_TPF_DICT_SUBCLASS) != 0)
#define PY_EXC_CHECK(o) ((PY_TYPE(o)->tpflags & PY_TPF_EXC_SUBCLASS) != 0)
#define PY_TYPE_CHECK(o) ((PY_TYPE(o)->tpflags & PY_TPF_TYPE_SUBCLASS) != 0)
#define PY_FLOAT_CHECK(o) py_isinstance_c((PyObj *)(o), &py_float_type)
#define PY_BOOL_CHECK(o) PY_IS_TYPE(o, py_bool_type)

#endif
