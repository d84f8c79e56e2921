/* str_methods.h — what the files implementing str's methods share:
 * str_methods.c (the method table and most methods), str_search.c (find,
 * count, split, partition, replace ...), str_format.c (join, format,
 * format_map, __format__, format()) and str_percent.c (str % args).  Not
 * for general use: other files reach these methods through str's type
 * dict, and the obj.h functions (py_str_join, py_format ...).
 *
 * Every function here is a PyCFunc of the table: self BORROWED, the
 * arguments in vectorcall layout, arity already checked against the
 * table's min/max, NEW result or NULL with an exception set.
 */
#ifndef MEMGUIDE_PYSIM_STR_METHODS_H
#define MEMGUIDE_PYSIM_STR_METHODS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "pysim/object.h"

/* ---- helpers shared by the method files (str_methods.c) ---- */

/* A str's text as the methods see it.  kind is PyStrObj's (1 ASCII, 2
 * Latin-1, 3 UCS-2, 4 UCS-4); offsets are in bytes, indexes in code
 * points. */
typedef struct StrText {
    const char *p;
    size_t nb;
    int64_t len;
    int kind;
} StrText;

StrText py_strmeth_text(PyObj *s);
/* Byte offset of code point i, clamped to [0, nb]. */
size_t py_strmeth_off(const StrText *t, int64_t i);
/* Code point index of byte offset off (a character boundary). */
int64_t py_strmeth_index(const StrText *t, size_t off);

/* A NEW exact str that is never one of the cached one-character strings
 * (CPython's PyUnicode_New results: upper(), center(), replace()...); ''
 * is still the empty singleton. */
PyObj *py_strmeth_fresh(const char *utf8, size_t n);
PyObj *py_strmeth_fresh_buf(Buf *b); /* empties b */
/* unicode_result_unchanged: self when it is an exact str, else a fresh
 * exact copy.  NEW. */
PyObj *py_strmeth_unchanged(PyObj *self);

/* Argument conversions with CPython's messages.  ssize: the "n" converter
 * (__index__, OverflowError "Python int too large to convert to C
 * ssize_t").  slice_index: _PyEval_SliceIndex (None keeps *out; huge
 * values clamp; TypeError "slice indices must be integers or None or have
 * an __index__ method"). */
int py_strmeth_ssize(PyObj *o, int64_t *out);
/* The type name Argument Clinic's "must be str, not X" messages show:
 * "None" for None, the type's name otherwise. */
const char *py_strmeth_argtype(PyObj *o);
int py_strmeth_slice_index(PyObj *o, int64_t *out);
/* Binds arguments the way Argument Clinic's keyword parser does for
 * methods whose n parameters are all optional positional-or-keyword
 * (split, splitlines, encode, expandtabs); out[i] BORROWED or NULL. */
int py_strmeth_kwparse(const char *fname, PyObj *const *args, size_t nargs, PyObj *kwnames,
                       const char *const *names, int n, PyObj **out);

/* ---- the output writer (str_format.c) ----
 * CPython builds format results in a _PyUnicodeWriter; the one identity
 * rule of it a program can see is kept here: a str written when nothing
 * else has been written and nothing will follow (overallocate false: the
 * caller knows it is the last piece) becomes the result itself. */
typedef struct StrWriter {
    Buf buf;           /* the text, once anything was written as text */
    PyObj *ro;         /* the single str written so far (NEW), or NULL */
    bool overallocate; /* more may follow: never keep a str whole */
    bool started;      /* buf holds text */
} StrWriter;

void py_strw_init(StrWriter *w, bool overallocate);
void py_strw_text(StrWriter *w, const char *p, size_t n);
void py_strw_str(StrWriter *w, PyObj *s);   /* s BORROWED */
PyObj *py_strw_finish(StrWriter *w);          /* NEW; the writer is spent */
void py_strw_free(StrWriter *w);              /* after a failure */
/* Raises what a numfmt status (NumfmtStatus) asks for with the message in
 * err (freed): ValueError / OverflowError, or a stop past the simulator's
 * text limit.  Returns -1. */
int py_strmeth_numfmt_error(int status, Buf *err);

/* ---- str_search.c ---- */
PyObj *py_strmeth_count(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_strmeth_find(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_strmeth_rfind(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_strmeth_index_m(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_strmeth_rindex(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_strmeth_startswith(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_strmeth_endswith(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_strmeth_split(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_strmeth_rsplit(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_strmeth_splitlines(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_strmeth_partition(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_strmeth_rpartition(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_strmeth_replace(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_strmeth_removeprefix(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_strmeth_removesuffix(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);

/* ---- str_format.c ---- */
PyObj *py_strmeth_format(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_strmeth_format_map(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_strmeth___format__(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);

#endif
