/* complex_impl.h — what complex.c and complex_format.c share: the text of
 * complex numbers as pure functions of two doubles (repr, format(), and
 * complex(str) parsing), kept apart from the object code like numfmt.h.
 *
 * Nothing here touches objects or raises: results go to a Buf, errors come
 * back as a status (and a message), and the caller raises the exception.
 */
#ifndef MEMGUIDE_PYSIM_COMPLEX_IMPL_H
#define MEMGUIDE_PYSIM_COMPLEX_IMPL_H

#include <stddef.h>

#include "base/buf.h"
#include "pysim/numfmt.h"

/* Appends repr(complex(re, im)) as complex_repr does: "2j" when the real
 * part is +0.0, otherwise "(re+imj)"; both parts with float repr's shortest
 * digits but without ".0" ("(1+2j)", "1e+300j", "(nan+infj)", "(-0-0j)"). */
void py_complex_repr_text(Buf *out, double re, double im);

/* Appends format(complex(re, im), spec) for spec[0..len) (internal UTF-8,
 * not empty: the caller formats str(z) for an empty spec), as CPython
 * 3.12's format_complex_internal.  type_name names the object's type in
 * messages.  Returns NUMFMT_OK; NUMFMT_VALUE_ERROR with the message
 * appended to err ("Unknown format code '%' for object of type 'complex'",
 * "Zero padding is not allowed in complex format specifier", "'='
 * alignment flag is not allowed in complex format specifier", and every
 * error of the spec parser); or NUMFMT_TOO_BIG. */
NumfmtStatus py_complex_format_text(Buf *out, double re, double im, const char *spec, size_t len,
                                    const char *type_name, Buf *err);

/* What py_complex_parse_text found wrong (CPython's two messages). */
typedef enum ComplexParse {
    COMPLEX_PARSE_OK = 0,
    COMPLEX_PARSE_MALFORMED,   /* ValueError "complex() arg is a malformed string" */
    COMPLEX_PARSE_UNDERSCORES, /* ValueError "could not convert string to complex: " + repr(arg) */
} ComplexParse;

/* complex(s) for a str already mapped to ASCII the way CPython maps it
 * (Unicode decimal digits to '0'..'9', Unicode spaces to ' ', any other
 * non-ASCII character to '?'): s[0..len), NUL bytes allowed.  Accepts
 * optional spaces and one pair of parentheses around "<float>",
 * "<float>j", "<float><signed float>j", "<float><sign>j", "<sign>j" and
 * "j", a <float> being what float() reads (inf, infinity, nan included),
 * with underscores allowed only between digits. */
ComplexParse py_complex_parse_text(const char *s, size_t len, double *re, double *im);

#endif
