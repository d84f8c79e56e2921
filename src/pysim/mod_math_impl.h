/* mod_math_impl.h — what the two files of the math module share:
 * mod_math.c (libm-style float functions, argument conversion, the module
 * table) and mod_math_exact.c (exact and compensated arithmetic: fsum,
 * hypot, dist, prod, sumprod and the integer functions).  Not for other
 * files.
 */
#ifndef MEMGUIDE_PYSIM_MOD_MATH_IMPL_H
#define MEMGUIDE_PYSIM_MOD_MATH_IMPL_H

#include <stddef.h>

#include "pysim/object.h"

/* x as PyFloat_AsDouble converts it: a float's value, __float__ (which
 * must return a float), __index__, else TypeError "must be real number,
 * not T".  0, or -1 with the exception set. */
int py_math_to_double(PyObj *o, double *out);

/* PyNumber_Index: a NEW exact int (bools and int subclasses are copied). */
PyObj *py_math_to_index(PyObj *o);

/* Binds the arguments of a function declared with Argument Clinic:
 * nparams parameters named names[], the first posonly positional-only,
 * minpos..maxpos positional arguments accepted, the rest keyword-only and
 * optional.  out[] gets BORROWED values or NULL; TypeErrors worded as
 * Clinic words them.  0 or -1. */
int py_math_clinic_args(const char *fname, PyObj *const *args, size_t nargs, PyObj *kwnames,
                        const char *const *names, int nparams, int posonly, int minpos, int maxpos,
                        PyObj **out);

/* The functions of mod_math_exact.c, with PyCFunc's contract (NEW or NULL);
 * arity is checked by the module's table. */
PyObj *py_math_hypot(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames);
PyObj *py_math_dist(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames);
PyObj *py_math_fsum(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames);
PyObj *py_math_prod(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames);
PyObj *py_math_sumprod(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames);
PyObj *py_math_factorial(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames);
PyObj *py_math_gcd(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames);
PyObj *py_math_lcm(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames);
PyObj *py_math_isqrt(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames);
PyObj *py_math_comb(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames);
PyObj *py_math_perm(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames);

#endif
