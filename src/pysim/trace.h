/* trace.h — a run recorded step by step: where every name points, which
 * objects exist and what changed, before each executed line and at each
 * call, return and exception (the granularity of sys.settrace, which
 * Python Tutor shows).
 *
 * The trace is data: the recorder copies what it needs while the program
 * runs (values as text, references as object numbers) and never holds a
 * reference to a program object, never allocates simulated memory and
 * never runs Python code, so a traced run prints the same output, ids and
 * reference counts as an untraced one.  Everything below is owned by the
 * Trace and lives until trace_free; the renderers (src/render/) read it
 * through these structs and never touch the interpreter.
 *
 * Identity: every object the trace shows gets a number `ref` (1, 2, ...)
 * the first time a step shows it, and keeps it for the whole trace.  Ids
 * (emulated addresses) are reused after an object dies, refs never are,
 * so `ref` is what links a name to an object, a slot to an object, and an
 * object to itself across steps.
 */
#ifndef MEMGUIDE_PYSIM_TRACE_H
#define MEMGUIDE_PYSIM_TRACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "pysim/pysim.h"

typedef struct Trace Trace;

typedef struct TraceOptions {
    uint64_t max_steps; /* steps recorded at most; 0: TRACE_DEFAULT_MAX_STEPS */
} TraceOptions;

#define TRACE_DEFAULT_MAX_STEPS 1000 /* as Python Tutor */

/* Runs like pysim_run (same options, statuses, output sinks and *diag),
 * recording a trace; *out receives it in every case, even when nothing
 * ran (a SyntaxError: zero steps).  Free it with trace_free.  Tracing a
 * --repl session is possible, but its lines count from 1 per statement. */
int pysim_run_traced(const PysimOptions *opt, const TraceOptions *topt, Trace **out, Buf *diag);
void trace_free(Trace *t);

/* ---- the recorded data ---- */

/* Why a step was recorded.  ORDER EVENT (trace_event_names in trace.c) */
typedef enum TraceEvent {
    TRACE_EV_LINE,      /* before a line runs (again at each loop round, like CPython) */
    TRACE_EV_CALL,      /* a frame starts: its parameters are bound */
    TRACE_EV_RETURN,    /* a frame ends; the outermost (module) frame's return is the final state */
    TRACE_EV_EXCEPTION, /* an exception is raised in, or passes through, the innermost frame */
} TraceEvent;

/* What shape an object is drawn in.  ORDER KIND (trace_kind_names) */
typedef enum TraceKind {
    TRACE_K_VALUE,    /* scalar or bytes-like (int, bool, float, complex, str, bytes, bytearray, None): value */
    TRACE_K_SEQUENCE, /* list, tuple: items, indexed from 0 */
    TRACE_K_SET,      /* set, frozenset: items in table order */
    TRACE_K_DICT,     /* dict: entries in insertion order */
    TRACE_K_INSTANCE, /* an instance of a class: attrs from its __dict__ */
    TRACE_K_CLASS,    /* a class: value = its name; attrs = its namespace (user classes only) */
    TRACE_K_FUNCTION, /* function or bound method: value = "name(params)"; attrs = defaults,
                         free variables, __self__/__func__ */
    TRACE_K_MODULE,   /* a module: value = its name */
    TRACE_K_OTHER,    /* anything else: value = a short description or NULL; attrs = its references */
    TRACE_K_COUNT
} TraceKind;

enum { /* TraceObject.flags */
    TRACE_OBF_IMMORTAL = 1u << 0,  /* never counted, never dies (refcount meaningless) */
    TRACE_OBF_CACHED = 1u << 1,    /* a shared cached object: small int -5..256, one-character
                                      Latin-1 str, '', (), b'', True/False/None */
    TRACE_OBF_INTERNED = 1u << 2,  /* str in the interned table */
    TRACE_OBF_GC = 1u << 3,        /* a container type the cycle collector can track */
    TRACE_OBF_TRACKED = 1u << 4,   /* tracked by the collector at this step */
    TRACE_OBF_TRUNCATED = 1u << 5, /* value text cut (ends with "...") or items/entries capped */
    TRACE_OBF_BUILTIN = 1u << 6,   /* a built-in class or function (not made by the program) */
    TRACE_OBF_EXCEPTION = 1u << 7, /* an exception (value: its repr, from its args) */
};

/* One named reference of an object. */
typedef enum TraceAttrRole {
    TRACE_ATTR_PLAIN,   /* instance or class attribute */
    TRACE_ATTR_DEFAULT, /* a function's default argument value (name = the parameter) */
    TRACE_ATTR_FREE,    /* a function's free variable (closure cell contents) */
    TRACE_ATTR_REF,     /* a reference of some other object (name says which) */
    TRACE_ATTR_WEAK,    /* a weak reference's referent: not counted, does not keep it alive */
} TraceAttrRole;

typedef struct TraceAttr {
    const char *name;
    uint32_t ref;       /* 0: none (an empty cell) */
    TraceAttrRole role;
} TraceAttr;

typedef struct TraceEntry {
    uint32_t key, value; /* refs */
} TraceEntry;

/* An object as it was at one or more consecutive steps (a version: steps
 * where it did not change share one).  Items, entries and attrs hold refs. */
typedef struct TraceObject {
    uint32_t ref;
    uint64_t id;          /* id(obj): the emulated address */
    const char *type;     /* type(obj).__name__ */
    TraceKind kind;
    uint32_t flags;       /* TRACE_OBF_* */
    uint64_t size;        /* sys.getsizeof(obj) (the built-in __sizeof__ plus headers) */
    const char *value;    /* repr text of a scalar (CPython's repr), a description, or NULL */
    uint64_t length;      /* len() of a container; nitems/nentries may be fewer (capped) */
    const uint32_t *items;
    size_t nitems;
    const TraceEntry *entries;
    size_t nentries;
    const TraceAttr *attrs;
    size_t nattrs;
} TraceObject;

#define TRACE_MAX_ITEMS 100   /* items/entries/attrs recorded per object */
#define TRACE_MAX_OBJECTS 2000 /* objects recorded per step */
#define TRACE_MAX_VALUE 120   /* code points of a value's text before "..." */

/* One object at one step. */
typedef struct TraceHeapEntry {
    const TraceObject *obj;
    uint64_t refcnt;      /* ob_refcnt: sys.getrefcount(obj) - 1; 0 when immortal */
    bool unreachable;     /* no name reaches it: it is kept alive only by a reference cycle
                             (the cycle collector's garbage) */
} TraceHeapEntry;

enum { /* TraceVar.flags */
    TRACE_VAR_CELL = 1u << 0, /* a local captured by an inner function (lives in a cell) */
    TRACE_VAR_FREE = 1u << 1, /* a variable of an enclosing function (closure) */
    TRACE_VAR_COMPREHENSION = 1u << 2, /* a variable of a comprehension running in a module or class
                                          body: 3.12 inlines it into this frame's hidden fast slots,
                                          so it is not in the namespace (globals() does not show it) */
};

typedef struct TraceVar {
    const char *name;
    uint32_t ref;
    uint32_t flags;
} TraceVar;

/* What kind of code a frame runs.  ORDER FRAMEKIND (trace_frame_kind_names) */
typedef enum TraceFrameKind {
    TRACE_FR_MODULE, TRACE_FR_FUNCTION, TRACE_FR_LAMBDA, TRACE_FR_CLASS, TRACE_FR_GENEXPR,
} TraceFrameKind;

typedef struct TraceFrame {
    uint32_t id;          /* the frame's number: 1 for the module, then one per call */
    const char *name;     /* co_name: "<module>", "f", "<lambda>", "A" (class body) */
    const char *qualname; /* co_qualname: "A.f", "outer.<locals>.inner" */
    TraceFrameKind kind;
    int line;             /* the line it is at (a caller: the line of the call) */
    const TraceVar *vars; /* bound names, in the order they were first bound */
    size_t nvars;
    uint32_t retval;      /* return event of this frame: the value's ref; else 0 */
} TraceFrame;

/* A name that changed between the previous step and this one. */
typedef struct TraceBinding {
    uint32_t frame;       /* TraceFrame.id */
    const char *name;
    uint32_t old_ref;     /* 0: newly bound */
    uint32_t new_ref;     /* 0: deleted */
} TraceBinding;

typedef struct TraceRcChange {
    uint32_t ref;
    uint64_t old_rc, new_rc;
} TraceRcChange;

typedef struct TraceStep {
    TraceEvent event;
    int line;                  /* 1-based source line */
    bool unwinding;            /* return event: an exception, not a return, leaves the frame */
    const TraceFrame *frames;  /* outermost first; the last one is running */
    size_t nframes;
    const TraceHeapEntry *heap;/* every object reachable from the frames (and the return value
                                  or exception), then unreachable cycles; sorted by ref */
    size_t nheap;
    size_t heap_omitted;       /* objects past TRACE_MAX_OBJECTS, not recorded */
    /* exception events: the exception (its ref; 0 otherwise), type name and str() */
    uint32_t exc_ref;
    const char *exc_type, *exc_msg;
    size_t out_len, err_len;   /* bytes of the program's stdout/stderr written before this step */
    /* what changed since the previous step (all empty for the first) */
    const uint32_t *created;   /* objects allocated since the previous step (refs) */
    size_t ncreated;
    const uint32_t *mutated;   /* objects changed in place (items, entries, attrs, value) */
    size_t nmutated;
    const TraceObject *const *freed; /* objects shown before that died since, as last seen */
    size_t nfreed;
    const TraceBinding *bindings;
    size_t nbindings;
    const TraceRcChange *rc_changes; /* objects in both steps whose count changed */
    size_t nrc_changes;
} TraceStep;

/* ---- reading a trace ---- */

size_t trace_step_count(const Trace *t);
/* Step 0 .. count-1 (asserts the range). */
const TraceStep *trace_step(const Trace *t, size_t step);
int trace_step_line(const Trace *t, size_t step);          /* 1-based source line */
const char *trace_step_event(const Trace *t, size_t step); /* "line" "call" "return" "exception" */
/* The program's stdout written before the step (not NUL-terminated). */
const char *trace_step_stdout(const Trace *t, size_t step, size_t *len);
/* The step's heap entry for ref, or NULL when the step does not show it. */
const TraceHeapEntry *trace_step_find(const TraceStep *s, uint32_t ref);
/* Stopped recording at the step cap (the program itself ran to its end). */
bool trace_truncated(const Trace *t);
uint64_t trace_max_steps(const Trace *t);
/* How the run ended (PYSIM_*), and its whole output. */
int trace_status(const Trace *t);
const char *trace_stdout(const Trace *t, size_t *len);
const char *trace_stderr(const Trace *t, size_t *len);
/* The program's text, and one line of it without its newline ("" past the end). */
const char *trace_source(const Trace *t, size_t *len);
const char *trace_source_line(const Trace *t, int line, size_t *len);

/* A number no other trace of this process has had (renderers key caches
 * on it: a freed trace's address may come back). */
uint64_t trace_serial(const Trace *t);

/* Names of the enums, for JSON and descriptions. */
const char *trace_event_name(TraceEvent e);
const char *trace_kind_name(TraceKind k);
const char *trace_frame_kind_name(TraceFrameKind k);

#endif
