/* obj.h — the cross-file surface of the object implementations: the
 * structs of the built-in types and the functions other files call.
 *
 * Conventions (as in CPython): NEW = the caller owns the returned reference;
 * BORROWED = valid while its owner holds it.  Arguments are BORROWED unless
 * the comment says "steals".  Failure: NULL / -1 with an exception set.
 */
#ifndef MEMGUIDE_PYSIM_OBJ_H
#define MEMGUIDE_PYSIM_OBJ_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "pysim/error.h"
#include "pysim/heap.h"
#include "pysim/object.h"

typedef struct BigInt BigInt;
typedef struct CodeInfo CodeInfo;

/* ======================================================================
 * Identifiers used by C code, interned once per run: PY_ID(__init__).
 * ORDER IDS */
#define PY_IDS(X) \
    X(__init__) X(__new__) X(__repr__) X(__str__) X(__hash__) X(__eq__) \
    X(__ne__) X(__lt__) X(__le__) X(__gt__) X(__ge__) X(__len__) \
    X(__getitem__) X(__setitem__) X(__delitem__) X(__contains__) \
    X(__iter__) X(__next__) X(__call__) X(__bool__) X(__del__) \
    X(__getattr__) X(__getattribute__) X(__setattr__) X(__delattr__) \
    X(__get__) X(__set__) X(__delete__) X(__index__) X(__int__) \
    X(__float__) X(__neg__) X(__pos__) X(__invert__) X(__abs__) \
    X(__add__) X(__radd__) X(__iadd__) X(__sub__) X(__rsub__) X(__isub__) \
    X(__mul__) X(__rmul__) X(__imul__) X(__matmul__) X(__rmatmul__) \
    X(__imatmul__) X(__truediv__) X(__rtruediv__) X(__itruediv__) \
    X(__floordiv__) X(__rfloordiv__) X(__ifloordiv__) X(__mod__) \
    X(__rmod__) X(__imod__) X(__pow__) X(__rpow__) X(__ipow__) \
    X(__lshift__) X(__rlshift__) X(__ilshift__) X(__rshift__) \
    X(__rrshift__) X(__irshift__) X(__and__) X(__rand__) X(__iand__) \
    X(__or__) X(__ror__) X(__ior__) X(__xor__) X(__rxor__) X(__ixor__) \
    X(__divmod__) X(__rdivmod__) X(__format__) X(__reversed__) \
    X(__round__) X(__trunc__) X(__floor__) X(__ceil__) X(__class__) \
    X(__dict__) X(__name__) X(__qualname__) X(__module__) X(__doc__) \
    X(__main__) X(__builtins__) X(__annotations__) X(__slots__) \
    X(__init_subclass__) X(__set_name__) X(__class_getitem__) \
    X(__missing__) X(__copy__) X(__deepcopy__) X(__sizeof__) \
    X(__mro_entries__) X(__length_hint__) X(__enter__) X(__exit__) \
    X(__prepare__) X(__instancecheck__) X(__subclasscheck__) \
    X(__dir__) X(__weakref__) X(__file__) X(__spec__) X(__loader__) \
    X(__package__) X(__self__) X(__wrapped__) X(__defaults__) \
    X(__kwdefaults__) X(__closure__) X(__code__) X(__globals__) \
    X(__bases__) X(__base__) X(__mro__) X(__subclasses__) \
    X(__traceback__) X(__cause__) X(__context__) X(__suppress_context__) \
    X(__notes__) X(mro) X(args) X(keys) X(items) X(values) X(get) \
    X(append) X(copy) X(send) X(close) X(throw) X(fget) X(fset) X(fdel) \
    X(_fields) X(name) X(obj) X(value) X(end) X(sep) X(file) X(flush) \
    X(key) X(reverse) X(start) X(stop) X(step) X(strict) \
    X(encoding) X(errors) X(base) X(ndigits) X(maxsplit) X(fillvalue) \
    X(write) X(module) X(self) X(__classcell__) X(Py_Repr) X(True) X(False)

typedef struct PyIds {
#define PY_ID_FIELD(n) PyObj *n;
    PY_IDS(PY_ID_FIELD)
#undef PY_ID_FIELD
} PyIds;
extern PyIds py_ids;
#define PY_ID(n) (py_ids.n)

/* ====================================================================== object.c */
PyObj *py_object_generic_getattr(PyObj *o, PyObj *name);            /* NEW */
int py_object_generic_setattr(PyObj *o, PyObj *name, PyObj *value);
PyObj **py_object_dict_slot(PyObj *o);  /* where o keeps __dict__, or NULL */
PyObj *py_object_get_dict(PyObj *o);    /* BORROWED; makes it on first use; NULL if none */
PyObj *py_object_default_repr(PyObj *o);/* NEW "<__main__.A object at 0x...>" */

/* ====================================================================== type.c */
typedef struct PyHeapTypeObj {
    PyType type;
    PyObj *slots;        /* tuple of __slots__ names, or NULL */
    struct PySharedKeys *cached_keys; /* keys its instances' dicts share, or NULL */
} PyHeapTypeObj;

/* Builds the dict, mro and slot wrappers of a static type (vm init). */
void py_type_ready(PyType *t);
/* Readies a static type first met during a run (not in vm.c's list);
 * it is unreadied at the end of the run like the others. */
void py_type_ready_late(PyType *t);
/* Releases what py_type_ready made (end of a run). */
void py_type_unready(PyType *t);
/* Looks name up along t's MRO: BORROWED or NULL (no exception). */
PyObj *py_type_lookup(PyType *t, PyObj *name);
/* type(name, bases, ns) for a class statement: NEW. */
PyObj *py_type_new_class(PyType *meta, PyObj *name, PyObj *bases, PyObj *ns, PyObj *kwnames_kw);

/* metaclass.c: a class statement's steps around its body.
 * py_class_update_bases: the bases after __mro_entries__ (NEW; orig itself,
 * with a new reference, when no base has one). */
PyObj *py_class_update_bases(PyObj *orig);
/* py_class_metaclass: *meta (NULL or the explicit metaclass, owned) becomes
 * the metaclass to use: the most derived of it and the bases' types
 * (TypeError "metaclass conflict" when there is none).  0 or -1. */
int py_class_metaclass(PyObj **meta, PyObj *bases);
/* meta.__prepare__(name, bases, **kw): the NEW namespace dict. */
PyObj *py_class_namespace(PyObj *meta, PyObj *name, PyObj *bases, PyObj *kw);
/* meta(name, bases, ns, **kw): the NEW class. */
PyObj *py_class_call_metaclass(PyObj *meta, PyObj *name, PyObj *bases, PyObj *ns, PyObj *kw);
/* Recomputes the slots of a heap type after a dunder was assigned. */
void py_type_update_slots(PyType *t, PyObj *name);
/* The name type(o).__name__ as a C string (BORROWED). */
const char *py_type_name(PyObj *o);
/* __qualname__ for messages ("A", "Outer.Inner"). */
const char *py_type_qualname(PyType *t);
/* Every static type memguide defines, NULL-terminated (for vm init). */
extern PyType *const py_static_types[];

/* ====================================================================== abstract.c */
PyObj *py_repr(PyObj *o);                 /* NEW str */
PyObj *py_str(PyObj *o);                  /* NEW str */
PyObj *py_ascii(PyObj *o);                /* NEW str */
/* Guards the repr of containers against cycles (Py_ReprEnter): returns 1
 * when o's repr is already in progress (print "[...]"), 0 after
 * registering o, -1 on error.  Pair every 0 with py_repr_leave(o). */
int py_repr_enter(PyObj *o);
void py_repr_leave(PyObj *o);
/* Where CPython uses a borrowed reference that a callback could free
 * (list_repr's items), memguide holds one for safety but hides it from
 * sys.getrefcount: py_hold_hidden increfs o, py_release_hidden drops the
 * latest such hold (holds nest), py_hidden_refs counts o's holds. */
void py_hold_hidden(PyObj *o);
void py_release_hidden(void);
int64_t py_hidden_refs(const PyObj *o);
int64_t py_hash(PyObj *o);                /* -1 on error */
PyObj *py_richcompare(PyObj *a, PyObj *b, int op);       /* NEW */
int py_richcompare_bool(PyObj *a, PyObj *b, int op);     /* 1/0/-1; identity implies == */
int py_eq(PyObj *a, PyObj *b);            /* py_richcompare_bool(a, b, PY_EQ) */
PyObj *py_getattr(PyObj *o, PyObj *name); /* NEW */
PyObj *py_getattr_c(PyObj *o, const char *name);
/* Looks an attribute up without raising AttributeError: 1 found (*out NEW),
 * 0 missing, -1 other error. */
int py_getattr_opt(PyObj *o, PyObj *name, PyObj **out);
int py_setattr(PyObj *o, PyObj *name, PyObj *value);
int py_delattr(PyObj *o, PyObj *name);
PyObj *py_getitem(PyObj *o, PyObj *key);  /* NEW */
int py_setitem(PyObj *o, PyObj *key, PyObj *value);
int py_delitem(PyObj *o, PyObj *key);
int64_t py_len(PyObj *o);                 /* -1 on error */
/* PyObject_LengthHint: len(o) if it has one, else o.__length_hint__(),
 * else dflt; -1 on error. */
int64_t py_length_hint(PyObj *o, int64_t dflt);
int py_truthy(PyObj *o);                  /* 1/0/-1 */
int py_contains(PyObj *container, PyObj *item); /* 1/0/-1 */
PyObj *py_iter(PyObj *o);                 /* NEW iterator */
/* NEW next item; NULL and no exception when exhausted (StopIteration
 * raised by a Python __next__ is swallowed into that). */
PyObj *py_next(PyObj *it);
PyObj *py_binop(PyObj *a, PyObj *b, PyBinOp op);        /* NEW */
PyObj *py_inplace_binop(PyObj *a, PyObj *b, PyBinOp op);/* NEW */
PyObj *py_unaryop(PyObj *o, PyUnaryOp op);              /* NEW */
PyObj *py_number_pow3(PyObj *a, PyObj *b, PyObj *mod);  /* pow(a, b, mod) */
PyObj *py_abs(PyObj *o);
PyObj *py_number_index(PyObj *o);         /* NEW int via __index__ */
PyObj *py_number_int(PyObj *o);           /* int(o) for non-str o: NEW */
PyObj *py_number_float(PyObj *o);         /* float(o) for non-str o: NEW */
/* o as a C integer via __index__; OverflowError "Python int too large to
 * convert to C ssize_t" beyond int64. */
int py_as_ssize(PyObj *o, int64_t *out);
int py_as_double(PyObj *o, double *out); /* int, float or __float__ */
int py_isinstance(PyObj *o, PyObj *cls); /* isinstance(): 1/0/-1 */
int py_issubclass(PyObj *derived, PyObj *cls);
bool py_callable(PyObj *o);
/* Calls: args BORROWED, kwnames tuple or NULL (vectorcall layout). NEW. */
PyObj *py_call(PyObj *callable, PyObj *const *args, size_t nargs, PyObj *kwnames);
PyObj *py_call0(PyObj *callable);
PyObj *py_call1(PyObj *callable, PyObj *a);
PyObj *py_call2(PyObj *callable, PyObj *a, PyObj *b);
/* obj.name(*args) without making a bound method when it can avoid it. */
PyObj *py_call_method(PyObj *obj, PyObj *name, PyObj *const *args, size_t nargs, PyObj *kwnames);
/* Looks a special method up on the type (never the instance) and calls it
 * with self.  Returns NEW, or NULL with *found = false and no error when
 * the type has none. */
PyObj *py_call_special(PyObj *self, PyObj *name, PyObj *const *args, size_t nargs, bool *found);
/* _PyObject_LookupSpecial: the special method found on the type, bound to
 * self (NEW), or NULL: with an exception set if binding failed, without
 * one if the type has no such method. */
PyObj *py_lookup_special(PyObj *self, PyObj *name);
/* Checks a call against a C function's arity; raises TypeError. */
int py_check_arity(const char *fname, size_t nargs, int min, int max);
/* Binds a builtin's arguments: names[i] for each of npos positional-or-
 * keyword parameters followed by keyword-only ones (nkwonly); out[] gets
 * BORROWED values or NULL when not given.  TypeErrors as CPython words them. */
int py_parse_args(const char *fname, PyObj *const *args, size_t nargs, PyObj *kwnames,
                  const char *const *names, int npos, int nkwonly, int nrequired, PyObj **out);
/* Raises TypeError "F() takes no keyword arguments" if kwnames is non-empty. */
int py_no_kwargs(const char *fname, PyObj *kwnames);
/* Collects an iterable into a NEW list. */
PyObj *py_sequence_list(PyObj *iterable);
/* The items of a tuple or list in *items (BORROWED array, valid while the
 * sequence lives; may be NULL when *n is 0); for other iterables makes a
 * NEW tuple in *tmp.  Returns 0, or -1 with TypeError(errmsg) when o is
 * not iterable. */
int py_sequence_fast(PyObj *o, PyObj *const **items, size_t *n, PyObj **tmp, const char *errmsg);

/* ====================================================================== int.c, bool */
typedef struct PyIntObj {
    PyObj ob;
    int64_t v;      /* the value when big == NULL */
    BigInt *big;    /* owned; set only for values outside int64 */
} PyIntObj;
PyObj *py_int_from_i64(int64_t v);          /* NEW; cached for -5..256 */
PyObj *py_int_from_big(BigInt *b);          /* NEW; steals b */
PyObj *py_int_from_double(double d);        /* NEW; caller checks finite */
PyObj *py_int_from_str(const char *s, size_t len, int base, PyObj *orig); /* int(str, base) */
/* Fits in int64?  Then *out is the value. */
bool py_int_as_i64(PyObj *o, int64_t *out);
/* The value as a BigInt (NEW; caller frees with bigint_free). */
BigInt *py_int_to_big(PyObj *o);
int py_int_sign(PyObj *o);
bool py_int_is_small_cached(PyObj *o);
int py_int_to_double(PyObj *o, double *out); /* OverflowError when too big */
PyObj *py_int_to_str(PyObj *o, int base);    /* NEW str, "0x" etc. not added */
size_t py_int_ndigits(PyObj *o);             /* CPython's 30-bit digit count */
PyObj *py_bool(bool b);                      /* NEW ref to True/False */
#define PY_TRUE (py_vm->true_obj)
#define PY_FALSE (py_vm->false_obj)

/* ====================================================================== float.c */
typedef struct PyFloatObj {
    PyObj ob;
    double v;
} PyFloatObj;
PyObj *py_float_new(double v);               /* NEW */
static inline double py_float_value(PyObj *o) { return ((PyFloatObj *)o)->v; }
void py_float_repr_buf(Buf *out, double v);  /* repr(float) text */

/* ====================================================================== complex.c */
typedef struct PyComplexObj {
    PyObj ob;
    double real, imag;
} PyComplexObj;
#define PY_COMPLEX_CHECK(o) py_isinstance_c((PyObj *)(o), &py_complex_type)
PyObj *py_complex_new(double real, double imag); /* NEW */
/* a ** b for real a and b computed as complex numbers (complex_pow): what
 * float ** float gives for a negative base and a non-integral exponent.
 * NEW, or NULL with ZeroDivisionError / OverflowError set. */
PyObj *py_complex_pow_doubles(double a, double b);

/* ====================================================================== str.c */
typedef struct PyStrObj {
    PyObj ob;
    int64_t length;   /* code points */
    int64_t hash;     /* -1: not computed */
    size_t nbytes;    /* UTF-8 bytes */
    uint8_t kind;     /* 1 ASCII, 2 Latin-1, 3 UCS-2, 4 UCS-4 (max code point) */
    char data[];      /* UTF-8, NUL-terminated (surrogates as 3-byte sequences) */
} PyStrObj;
PyObj *py_str_new(const char *utf8, size_t nbytes); /* NEW; '' and 1-char Latin-1 cached */
PyObj *py_str_from_c(const char *s);         /* NEW */
PyObj *py_str_from_cp(uint32_t cp);          /* NEW */
PyObj *py_str_from_buf(Buf *b);              /* NEW; empties b */
PyObj *py_str_vformat(const char *fmt, va_list ap); /* NEW; formats as py_err_format */
PyObj *py_str_format_c(const char *fmt, ...);
static inline const char *py_str_utf8(PyObj *s) { return ((PyStrObj *)s)->data; }
static inline size_t py_str_nbytes(PyObj *s) { return ((PyStrObj *)s)->nbytes; }
static inline int64_t py_str_len(PyObj *s) { return ((PyStrObj *)s)->length; }
bool py_str_eq(PyObj *a, PyObj *b);          /* both str: same text */
bool py_str_eq_c(PyObj *s, const char *c);
int64_t py_str_hash(PyObj *s);
PyObj *py_str_concat(PyObj *a, PyObj *b);    /* NEW */
/* The interned string for s: NEW (immortal in 3.12).  py_intern_c for C text. */
PyObj *py_str_intern(PyObj *s);
PyObj *py_intern_c(const char *s);           /* BORROWED (immortal) */
bool py_str_is_identifier_like(const char *s, size_t n); /* [A-Za-z0-9_]* */
/* Python-level helpers used by other files. */
PyObj *py_str_join(PyObj *sep, PyObj *iterable);       /* NEW */
PyObj *py_str_getitem_index(PyObj *s, int64_t i);      /* NEW; i in range */
int py_str_compare(PyObj *a, PyObj *b);                /* <0, 0, >0 by code point */
/* format(value, spec) for str objects; spec is a str. */
PyObj *py_str_format_spec(PyObj *s, PyObj *spec);
PyObj *py_format(PyObj *value, PyObj *spec);           /* format(value, spec): NEW */
/* str % args */
PyObj *py_str_percent(PyObj *fmt, PyObj *args);
/* The code points of s, decoded (caller frees). */
uint32_t *py_str_to_ucs4(PyObj *s, size_t *n);
PyObj *py_str_from_ucs4(const uint32_t *cps, size_t n); /* NEW */

/* ====================================================================== bytes.c */
typedef struct PyBytesObj {
    PyObj ob;
    size_t len;
    int64_t hash;
    unsigned char data[]; /* NUL-terminated */
} PyBytesObj;
typedef struct PyByteArrayObj {
    PyObj ob;
    size_t len, alloc;
    unsigned char *data;
    uint64_t buf_addr; /* simulated ob_bytes block, 0 when none */
} PyByteArrayObj;
PyObj *py_bytes_new(const void *data, size_t len); /* NEW; b'' cached */
PyObj *py_bytearray_new(const void *data, size_t len);
PyObj *py_bytes_from_object(PyObj *o);              /* bytes(o): NEW */
/* The bytes of a bytes-like object (bytes, bytearray): BORROWED pointer. */
int py_bytes_view(PyObj *o, const unsigned char **data, size_t *len);

/* ====================================================================== tuple.c */
typedef struct PyTupleObj {
    PyObj ob;
    size_t len;
    PyObj *items[];
} PyTupleObj;
PyObj *py_tuple_new(size_t n);           /* NEW; items NULL, fill with stolen refs */
PyObj *py_tuple_pack(size_t n, ...);     /* NEW; borrowed arguments */
PyObj *py_tuple_from_array(PyObj *const *items, size_t n); /* NEW; borrowed items */
PyObj *py_tuple_from_iter(PyObj *iterable);
static inline size_t py_tuple_size(PyObj *t) { return ((PyTupleObj *)t)->len; }
static inline PyObj *py_tuple_item(PyObj *t, size_t i) { return ((PyTupleObj *)t)->items[i]; }
#define PY_TUPLE_ITEMS(t) (((PyTupleObj *)(t))->items)

/* ====================================================================== list.c */
typedef struct PyListObj {
    PyObj ob;
    size_t len, allocated;
    PyObj **items;
    uint64_t items_addr; /* simulated ob_item block, 0 when allocated == 0 */
} PyListObj;
PyObj *py_list_new(size_t n);            /* NEW; len n with NULL items to fill */
int py_list_append(PyObj *list, PyObj *item);
int py_list_extend(PyObj *list, PyObj *iterable);
PyObj *py_list_from_array(PyObj *const *items, size_t n); /* NEW */
static inline size_t py_list_size(PyObj *l) { return ((PyListObj *)l)->len; }
static inline PyObj *py_list_item(PyObj *l, size_t i) { return ((PyListObj *)l)->items[i]; }
#define PY_LIST_ITEMS(l) (((PyListObj *)(l))->items)
/* Sorts in place with optional key (NULL) and reverse; stable. */
int py_list_sort(PyObj *list, PyObj *key, bool reverse);
PyObj *py_list_as_tuple(PyObj *list);    /* NEW */
/* Makes the simulated item array match allocated (after a resize). */
int py_list_resize(PyObj *list, size_t newlen);

/* ====================================================================== dict.c */
typedef struct PyDictObj PyDictObj;
typedef struct PySharedKeys PySharedKeys;
/* Instance attributes (3.12's managed dicts, dict_split.c).  A class whose
 * instances have a __dict__ owns shared keys; each instance made by
 * object.__new__ gets its attribute values at once (an unplaced dict: no
 * object, no id, until __dict__ is asked for); an instance of a subclass
 * of a built-in gets a split dict at its first attribute. */
PySharedKeys *py_shared_keys_new(void);
void py_shared_keys_release(PySharedKeys *sk);
PyObj *py_dict_new_instance_values(PySharedKeys *sk);  /* NEW, unplaced */
PyObj *py_dict_new_shared(PySharedKeys *sk);           /* NEW split dict */
/* make_dict_from_instance_attributes: an unplaced values dict becomes a
 * dict object (its block from the dict free list).  0 or -1. */
int py_dict_place_values(PyObj *d);
PyObj *py_dict_new(void);                                   /* NEW */
PyObj *py_dict_getitem(PyObj *d, PyObj *key);               /* BORROWED or NULL (check py_err_occurred) */
PyObj *py_dict_getitem_str(PyObj *d, PyObj *key);           /* key is an exact str: no errors possible */
PyObj *py_dict_getitem_c(PyObj *d, const char *key);        /* BORROWED or NULL */
int py_dict_setitem(PyObj *d, PyObj *key, PyObj *value);
int py_dict_setitem_c(PyObj *d, const char *key, PyObj *value);
int py_dict_delitem(PyObj *d, PyObj *key);                  /* KeyError if absent */
int py_dict_pop(PyObj *d, PyObj *key, PyObj **out);         /* 1 found (*out NEW), 0 absent, -1 */
int py_dict_contains(PyObj *d, PyObj *key);
size_t py_dict_size(PyObj *d);
/* Iterates: returns false at the end.  key/value BORROWED. */
bool py_dict_next(PyObj *d, size_t *pos, PyObj **key, PyObj **value);
int py_dict_update(PyObj *d, PyObj *other);                 /* dict.update(other) */
int py_dict_merge_kwargs(PyObj *d, PyObj *mapping, bool override, PyObj *fname); /* for **kw */
PyObj *py_dict_copy(PyObj *d);                              /* NEW */
void py_dict_clear(PyObj *d);
PyObj *py_dict_keys_list(PyObj *d);                         /* NEW list */
/* _PyDict_FromItems, what BUILD_MAP and BUILD_CONST_KEY_MAP do: a NEW dict
 * presized for n pairs (a table of the right size up front when n > 5,
 * "unicode" when every key is an exact str), then filled in order.
 * keys[i * kstep], values[i * vstep] are BORROWED. */
PyObj *py_dict_from_items(PyObj *const *keys, size_t kstep, PyObj *const *values, size_t vstep, size_t n);
/* dict_new_presized: a NEW empty dict whose table takes n items. */
PyObj *py_dict_new_presized(size_t n, bool unicode);
/* _PyDict_MaybeUntrack, for the collector: stops tracking an exact dict
 * none of whose keys and values can be part of a cycle. */
void py_dict_maybe_untrack(PyObj *d);

/* ====================================================================== set.c */
PyObj *py_set_new(PyObj *iterable);        /* NEW set; iterable may be NULL */
PyObj *py_frozenset_new(PyObj *iterable);  /* NEW frozenset */
int py_set_add(PyObj *set, PyObj *key);
int py_set_contains(PyObj *set, PyObj *key);
int py_set_discard(PyObj *set, PyObj *key); /* 1 removed, 0 absent, -1 */
size_t py_set_size(PyObj *set);
bool py_set_next(PyObj *set, size_t *pos, PyObj **key); /* BORROWED key */
int py_set_update(PyObj *set, PyObj *iterable);
#define PY_ANYSET_CHECK(o) (py_isinstance_c((PyObj *)(o), &py_set_type) || py_isinstance_c((PyObj *)(o), &py_frozenset_type))

/* ====================================================================== range.c, slice.c */
typedef struct PyRangeObj {
    PyObj ob;
    PyObj *start, *stop, *step, *length; /* ints */
} PyRangeObj;
typedef struct PySliceObj {
    PyObj ob;
    PyObj *start, *stop, *step;          /* None when absent */
} PySliceObj;
PyObj *py_range_new(PyObj *start, PyObj *stop, PyObj *step); /* NEW; step != 0 checked by caller */
PyObj *py_slice_new(PyObj *start, PyObj *stop, PyObj *step); /* NEW; NULL args mean None */
/* slice.indices for a sequence of length len; *slicelen = item count. */
int py_slice_unpack(PyObj *slice, int64_t *start, int64_t *stop, int64_t *step);
int64_t py_slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step);

/* ====================================================================== func.c */
typedef struct PyFuncObj {
    PyObj ob;
    CodeInfo *code;
    PyObj *code_obj;   /* the code object (refcount model) */
    PyObj *globals;    /* dict */
    PyObj *builtins;   /* dict */
    PyObj *name, *qualname, *module, *doc;
    PyObj *defaults;   /* tuple or NULL */
    PyObj *kwdefaults; /* dict or NULL */
    PyObj *closure;    /* tuple of cells or NULL */
    PyObj *dict;       /* function attributes, or NULL */
    PyObj *annotations;
} PyFuncObj;
typedef struct PyMethodObj {   /* a bound method */
    PyObj ob;
    PyObj *func, *self;
} PyMethodObj;
typedef struct PyCFuncObj {    /* builtin_function_or_method */
    PyObj ob;
    const PyMethodDef *def;
    PyObj *self;       /* bound object, module, or NULL */
    const char *qual;  /* "list" for methods, for messages; NULL for functions */
} PyCFuncObj;
typedef struct PyDescrObj {    /* method_descriptor, getset_descriptor, wrapper_descriptor */
    PyObj ob;
    PyType *owner;
    PyObj *name;
    const void *def;   /* PyMethodDef, PyGetSetDef or SlotDef */
} PyDescrObj;
typedef struct PyMethodWrapperObj { /* a slot wrapper bound to an object */
    PyObj ob;
    PyObj *descr, *self;
} PyMethodWrapperObj;
typedef struct PyCellObj {
    PyObj ob;
    PyObj *ref;        /* NULL: empty cell */
} PyCellObj;
typedef struct PyStaticMethodObj {  /* staticmethod and classmethod */
    PyObj ob;
    PyObj *callable;
    PyObj *dict;
} PyStaticMethodObj;
typedef struct PyPropertyObj {
    PyObj ob;
    PyObj *fget, *fset, *fdel, *doc, *name;
} PyPropertyObj;
typedef struct PySuperObj {
    PyObj ob;
    PyType *type;      /* the class super() was called in */
    PyObj *obj;        /* the instance (or class) */
    PyType *obj_type;  /* type(obj), or obj itself when it is a class */
} PySuperObj;
PyObj *py_function_new(CodeInfo *code, PyObj *globals, PyObj *qualname); /* NEW */
PyObj *py_method_new(PyObj *func, PyObj *self);       /* NEW bound method */
PyObj *py_cfunction_new(const PyMethodDef *def, PyObj *self, const char *qual); /* NEW */
PyObj *py_cell_new(PyObj *value);                     /* NEW; value may be NULL */
PyObj *py_descr_new_method(PyType *owner, const PyMethodDef *def);
PyObj *py_descr_new_getset(PyType *owner, const PyGetSetDef *def);
/* Calls a C method definition with arity checks; self BORROWED. */
PyObj *py_cmethod_call(const PyMethodDef *def, const char *qual, PyObj *self,
                       PyObj *const *args, size_t nargs, PyObj *kwnames);

/* ====================================================================== module.c */
typedef struct PyModuleObj {
    PyObj ob;
    PyObj *dict;
    PyObj *name;
} PyModuleObj;
PyObj *py_module_new(const char *name);   /* NEW; dict with __name__ etc. */
static inline PyObj *py_module_dict(PyObj *m) { return ((PyModuleObj *)m)->dict; }
/* import NAME: NEW module or ModuleNotFoundError / unsupported. */
PyObj *py_import(PyObj *name);
/* Adds the functions of a table to a module's namespace. */
void py_module_add_functions(PyObj *module, const PyMethodDef *defs);

/* ====================================================================== exc.c */
typedef struct PyTbEntry {      /* one line of a traceback */
    PyObj *filename;            /* str */
    PyObj *funcname;            /* str: "<module>", "f", "<lambda>", ... */
    int lineno, end_lineno, col, end_col; /* the failing node; col UTF-8 bytes, -1 unknown */
    const struct Node *node;    /* the node (for caret anchors), may be NULL */
} PyTbEntry;
typedef struct PyExcObj {
    PyObj ob;
    PyObj *args;               /* tuple */
    PyObj *context, *cause;    /* NULL or exceptions */
    bool suppress_context;
    PyObj *dict;
    PyObj *notes;              /* list or NULL */
    PyTbEntry *tb;             /* outermost first */
    size_t ntb, captb;
    PyObj *traceback;          /* __traceback__: traceback objects, one per entry (eval_frameobj.c) */
    /* subtype fields */
    PyObj *name, *obj;         /* NameError.name, AttributeError.name/.obj */
    PyObj *value;              /* StopIteration.value */
    PyObj *msg, *filename, *text; /* SyntaxError */
    int64_t lineno, offset, end_lineno, end_offset;
    PyObj *suggestion;         /* NameError: ". Did you mean ..." found where it was raised */
} PyExcObj;
PyObj *py_exc_new_bare(PyType *t);       /* NEW, no args, not counted against the cap */
PyObj *py_exc_get_context(PyObj *exc);   /* BORROWED */
void py_exc_set_context(PyObj *exc, PyObj *ctx);
void py_exc_set_cause(PyObj *exc, PyObj *cause);
/* Prepends a traceback line (the exception is leaving a frame). */
void py_exc_add_tb(PyObj *exc, const PyTbEntry *e);
/* The str() of an exception for the last traceback line. */
PyObj *py_exc_str(PyObj *exc);
/* Raises NameError/AttributeError with .name (and .obj) set. */
PyObj *py_err_name(PyObj *name, const char *fmt);
PyObj *py_err_attribute(PyObj *obj, PyObj *name);
/* Prints an uncaught exception (with its chain) as CPython 3.12 does. */
void py_print_exception(Buf *out, PyObj *exc);
/* The "Did you mean" suggestion for a NameError raised in a frame: call
 * where the error is raised (frame locals are gone by print time). */
void py_exc_suggest_name(PyObj *exc, PyObj *const *names, size_t nnames, PyObj *self_obj, PyObj *globals,
                         PyObj *builtins);
/* Raises StopIteration(value). */
PyObj *py_err_stop_iteration(PyObj *value);

/* ====================================================================== iter.c */
PyObj *py_seqiter_new(PyObj *seq);        /* iterator over __getitem__ */
PyObj *py_calliter_new(PyObj *callable, PyObj *sentinel);

/* ====================================================================== genericalias.c */
/* types.GenericAlias (list[int]) and its iterator (*tuple[int]). */
extern PyType py_genericalias_type, py_genericalias_iter_type;
/* Py_GenericAlias(origin, args): NEW alias; args BORROWED, a tuple or a
 * single argument (packed into a 1-tuple). */
PyObj *py_genericalias_new(PyObj *origin, PyObj *args);
/* A ready-made __class_getitem__ for method tables (with PY_METH_CLASS,
 * arity 1, 1): cls[item] as types.GenericAlias(cls, item). */
PyObj *py_genericalias_class_getitem(PyObj *cls, PyObj *const *args, size_t nargs, PyObj *kwnames);

/* ====================================================================== builtins.c */
/* Fills vm->builtins. */
void py_builtins_init(void);
/* print() to the simulated stdout. */
int py_print_obj(PyObj *o, bool use_repr);

#endif
