/* trace_impl.h — what the recorder's files share: the Trace itself
 * (trace.c: the run, the hooks, steps and their differences), the walk of
 * frames and objects (trace_walk.c), the text of values (trace_value.c)
 * and the search for unreachable cycles (trace_gc.c).  Not for others:
 * readers use trace.h.
 *
 * Invariants of a recording:
 *  - the object table (ObjTable) has one record per live simulated object
 *    allocated while recording (and per static object a step has shown),
 *    keyed by its C address; the alloc hook adds, the free hook removes, so
 *    a C address reused by a new object is a new record;
 *  - records never move (the hash table holds indices into a pool), so an
 *    index stays valid across inserts;
 *  - the recorder reads the interpreter only: no reference counts change,
 *    no simulated memory is allocated, no Python code runs.
 */
#ifndef MEMGUIDE_PYSIM_TRACE_IMPL_H
#define MEMGUIDE_PYSIM_TRACE_IMPL_H

#include "base/arena.h"
#include "base/buf.h"
#include "pysim/eval.h"
#include "pysim/trace.h"

struct Trace {
    uint64_t serial;         /* trace_serial */
    Arena arena;             /* every step, version and string */
    TraceStep *steps;
    size_t nsteps, capsteps;
    uint64_t max_steps;
    bool truncated;
    int status;
    Buf out, err;            /* the program's whole output */
    char *source;
    size_t source_len;
    size_t *line_start;      /* offsets of lines 1..nlines (index line - 1) */
    int nlines;
    /* strings interned in the arena (names repeat at every step) */
    const char **strs;
    size_t nstrs, capstrs;
};

/* One object the recorder knows. */
typedef struct ObjInfo {
    PyObj *o;                 /* NULL: a free record */
    uint32_t ref;             /* 0 until a step shows it */
    uint32_t born;            /* steps recorded when it was allocated */
    uint32_t mark;            /* == stamp: reached by the snapshot being taken */
    uint32_t cand;            /* == stamp: in this snapshot's cycle candidates */
    uint32_t shown;           /* steps + 1 of the last step that showed it; 0 never */
    const TraceObject *last;  /* its last recorded version */
    uint32_t garbage;         /* == stamp: kept alive only by a reference cycle */
    uint32_t held;            /* == stamp: trace_gc.c: alive for a reason outside the candidates */
    int64_t gc_refs;          /* trace_gc.c scratch */
    uint32_t next_free;       /* free list of records */
} ObjInfo;

typedef struct ObjTable {
    ObjInfo *recs;            /* the pool; record 0 is unused */
    uint32_t nrecs, caprecs, free_head;
    uint32_t *slots;          /* open addressing: record index, 0 empty */
    size_t cap, used;         /* cap a power of two */
} ObjTable;

/* The record of o, or 0. */
uint32_t objtab_find(const ObjTable *t, const PyObj *o);
/* The record of o, made (born = born) if missing. */
uint32_t objtab_get(ObjTable *t, PyObj *o, uint32_t born);
void objtab_remove(ObjTable *t, const PyObj *o);
void objtab_free(ObjTable *t);

/* A frame the recorder has seen start. */
typedef struct FrameInfo {
    Frame *f;
    uint32_t id;
    int *order;               /* fast slots in the order they were bound */
    int norder, caporder;
    int last_line;            /* of the last line event recorded in it */
    const void *last_node;
} FrameInfo;

/* An object being described: the fields of a TraceObject in growable
 * buffers, compared with the previous version before being copied. */
typedef struct Scratch {
    TraceKind kind;
    const char *type;
    uint32_t flags;
    uint64_t size, length, id;
    Buf value;
    bool has_value;
    uint32_t *items;
    size_t nitems, capitems;
    TraceEntry *entries;
    size_t nentries, capentries;
    TraceAttr *attrs;
    size_t nattrs, capattrs;
} Scratch;

typedef struct Recorder {
    Trace *t;
    ObjTable objs;
    FrameInfo *frames;        /* frames running, outermost first */
    size_t nframes, capframes;
    uint32_t next_frame_id, next_ref, stamp;
    bool recording;
    PysimSink user_out, user_err;
    /* the snapshot being taken */
    uint32_t *queue;          /* records reached, in order */
    size_t nqueue, capqueue;
    Scratch scratch;
    /* versions of shown objects freed since the last step */
    const TraceObject **freed;
    size_t nfreed, capfreed;
} Recorder;

/* trace.c */
const char *trace_intern(Trace *t, const char *s, size_t n);

/* trace_walk.c: the frames and everything they reach, as TraceFrames and
 * heap entries of a new step (frames, heap, heap_omitted).  extra[] are
 * more roots (a return value, an exception), NULL allowed. */
void trace_walk(Recorder *r, TraceStep *step, PyObj *const *extra, size_t nextra);
/* The ref of o, numbering it and queueing it for the walk if this
 * snapshot has not reached it yet. */
uint32_t trace_reach(Recorder *r, PyObj *o);
/* The FrameInfo of f, made if missing. */
FrameInfo *trace_frame_info(Recorder *r, Frame *f);
/* What kind of code f runs, as the trace names it. */
TraceFrameKind trace_frame_kind(const Frame *f);

/* trace_value.c: fills *s with what o looks like (kind, type, flags,
 * size, value text, references via trace_reach). */
void trace_describe(Recorder *r, PyObj *o, Scratch *s);
/* Appends the short text of a scalar (repr, cut at TRACE_MAX_VALUE code
 * points with an ellipsis); false (nothing appended) for other objects. */
bool trace_scalar_text(Buf *b, PyObj *o, bool *cut);

/* trace_gc.c: among the objects shown in earlier steps that no name
 * reaches any more but that are alive, finds those kept alive only by
 * reference cycles (what the collector would free), marks them garbage
 * and queues them as reached.  Call after the walk from the frames. */
void trace_find_cycles(Recorder *r);
/* Marks o reached by this snapshot without showing it (a frame's globals
 * and builtins: the search for cycles need not look into them). */
void trace_mark_seen(Recorder *r, PyObj *o);

#endif
