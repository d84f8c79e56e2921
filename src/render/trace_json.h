/* trace_json.h — a trace as JSON, for the in-browser viewer and other
 * tools.  The format ("memguide-trace", version 1) is documented field by
 * field in docs/trace-format.md; it only grows compatibly within a version.
 */
#ifndef MEMGUIDE_RENDER_TRACE_JSON_H
#define MEMGUIDE_RENDER_TRACE_JSON_H

#include "base/buf.h"
#include "pysim/trace.h"

#define TRACE_JSON_VERSION 1

/* Appends the whole trace to *out: deterministic bytes (the same trace
 * always gives the same text), valid UTF-8, ending with a newline. */
void trace_write_json(const Trace *t, Buf *out);

/* Appends s[0..n) as a JSON string literal (quotes included); bytes that
 * are not UTF-8 become U+FFFD. */
void json_put_string(Buf *out, const char *s, size_t n);

#endif
