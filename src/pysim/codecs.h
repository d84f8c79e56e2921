/* codecs.h — text encodings: str.encode, bytes.decode, str(bytes, encoding).
 *
 * The simulated codec registry knows every name CPython 3.12's encodings
 * package answers to (with its aliases and name normalisation), so a name
 * CPython does not know raises LookupError("unknown encoding: NAME") as
 * CPython does.  It implements utf-8, utf-8-sig, ascii, latin-1, cp1252, utf-16 and
 * utf-32 (with their -le/-be forms) and the error handlers strict, ignore,
 * replace, backslashreplace, xmlcharrefreplace (encoding), surrogateescape
 * and surrogatepass; a codec or handler CPython has but memguide does not
 * stops the run as unsupported instead of guessing.
 */
#ifndef MEMGUIDE_PYSIM_CODECS_H
#define MEMGUIDE_PYSIM_CODECS_H

#include <stddef.h>

#include "pysim/object.h"

/* s.encode(encoding, errors) for a str s: NEW bytes.  encoding and errors
 * are C strings (NULL means 'utf-8' / 'strict'); the caller has checked
 * that they are str and has rejected embedded NULs.  Raises LookupError,
 * UnicodeEncodeError (with CPython's start/end/reason), or stops. */
PyObj *py_codec_encode(PyObj *s, const char *encoding, const char *errors);

/* data[0..len).decode(encoding, errors): NEW str.  As py_codec_encode;
 * empty input gives '' without looking the codec up, as CPython does.
 * Raises LookupError, UnicodeDecodeError or TypeError. */
PyObj *py_codec_decode(const unsigned char *data, size_t len, const char *encoding, const char *errors);

/* The checks CPython's argument converters make on an encoding or errors
 * argument of function fname ("encode", "decode", "str"): a str without
 * NUL characters.  Returns the UTF-8 text (BORROWED from o), or NULL with
 * TypeError "fname() argument 'what' must be str, not T" or ValueError
 * "embedded null character". */
const char *py_codec_arg(PyObj *o, const char *fname, const char *what);

#endif
