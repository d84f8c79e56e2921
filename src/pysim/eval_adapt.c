/* eval_adapt.c — BINARY_OP's specializing behaviour (CPython 3.12).
 *
 * 3.12 rewrites a BINARY_OP instruction after it has run once: +, - and *
 * of two operands of the same exact type int or float (and + of strs)
 * become specialized instructions.  What a program can see of that is
 * memory: the int versions release the right operand before the left one
 * (the generic instruction releases left first), so the next int takes a
 * different freed block; the float versions write the result into an
 * operand the stack alone holds instead of allocating a float.
 *
 * Invariant: an AstAdapt follows Python/specialize.c and the counter
 * macros of pycore_code.h — warm-up 1 (backoff 1), cool-down 52 (backoff
 * 0) after specializing, backoff doubling up to 12 after a failure — so the
 * execution that first runs specialized is the one CPython's is.  The
 * in-place str append of `s += t` (BINARY_OP_INPLACE_ADD_UNICODE) is not
 * modelled: it is treated as an ordinary str +.
 */
#include "pysim/eval_impl.h"
#include "pysim/obj.h"

enum {
    ADAPT_FRESH = 0, /* never executed: counter at warm-up */
    ADAPT_GENERIC,   /* BINARY_OP */
    ADAPT_INT,       /* BINARY_OP_{ADD,SUBTRACT,MULTIPLY}_INT */
    ADAPT_FLOAT,     /* BINARY_OP_{ADD,SUBTRACT,MULTIPLY}_FLOAT */
    ADAPT_STR,       /* BINARY_OP_ADD_UNICODE (releases like BINARY_OP) */
};

#define ADAPT_COOLDOWN 52
#define ADAPT_MAX_BACKOFF 12

/* _Py_Specialize_BinaryOp's choice for these operands, or ADAPT_GENERIC. */
static uint8_t adapt_choose(PyObj *a, PyObj *b, PyBinOp op)
{
    if (PY_TYPE(a) != PY_TYPE(b)) return ADAPT_GENERIC;
    PyType *t = PY_TYPE(a);
    if (op == PY_OP_ADD && t == &py_str_type) return ADAPT_STR;
    if (op != PY_OP_ADD && op != PY_OP_SUB && op != PY_OP_MUL) return ADAPT_GENERIC;
    if (t == &py_int_type) return ADAPT_INT;
    if (t == &py_float_type) return ADAPT_FLOAT;
    return ADAPT_GENERIC;
}

/* Whether the specialized instruction's guards pass (else it deopts). */
static bool adapt_guard(uint8_t kind, PyObj *a, PyObj *b)
{
    if (PY_TYPE(a) != PY_TYPE(b)) return false;
    switch (kind) {
    case ADAPT_INT: return PY_TYPE(a) == &py_int_type;
    case ADAPT_FLOAT: return PY_TYPE(a) == &py_float_type;
    case ADAPT_STR: return PY_TYPE(a) == &py_str_type;
    default: return false;
    }
}

static PyObj *adapt_generic(PyObj *a, PyObj *b, PyBinOp op, bool inplace)
{
    PyObj *r = inplace ? py_inplace_binop(a, b, op) : py_binop(a, b, op);
    py_decref(a);
    py_decref(b);
    return r;
}

/* DECREF_INPUTS_AND_REUSE_FLOAT: the result goes into the left operand if
 * only the stack holds it, else into the right one, else a new float. */
static PyObj *adapt_float(PyObj *a, PyObj *b, PyBinOp op)
{
    double x = py_float_value(a), y = py_float_value(b);
    double v = op == PY_OP_ADD ? x + y : op == PY_OP_SUB ? x - y : x * y;
    if (a->ob_refcnt == 1) {
        ((PyFloatObj *)a)->v = v;
        py_decref(b);
        return a;
    }
    if (b->ob_refcnt == 1) {
        ((PyFloatObj *)b)->v = v;
        py_decref(a);
        return b;
    }
    PyObj *r = py_float_new(v);
    py_decref(a);
    py_decref(b);
    return r;
}

static PyObj *adapt_run(uint8_t kind, PyObj *a, PyObj *b, PyBinOp op, bool inplace)
{
    switch (kind) {
    case ADAPT_FLOAT: return adapt_float(a, b, op);
    case ADAPT_INT: {
        PyObj *r = py_binop(a, b, op);
        py_decref(b);
        py_decref(a);
        return r;
    }
    default: return adapt_generic(a, b, op, inplace);
    }
}

PyObj *eval_adaptive_binop(AstAdapt *ad, PyObj *a, PyObj *b, PyBinOp op, bool inplace)
{
    if (ad->kind == ADAPT_FRESH) {
        ad->kind = ADAPT_GENERIC;
        ad->backoff = 1;
        ad->value = 1;
    }
    if (ad->kind != ADAPT_GENERIC && adapt_guard(ad->kind, a, b))
        return adapt_run(ad->kind, a, b, op, inplace);
    /* BINARY_OP proper (or a deopt into it): specialize when the counter
     * has run out, else count down and run the generic operation. */
    if (ad->value == 0) {
        uint8_t k = adapt_choose(a, b, op);
        if (k != ADAPT_GENERIC) {
            ad->kind = k;
            ad->backoff = 0;
            ad->value = ADAPT_COOLDOWN;
            return adapt_run(k, a, b, op, inplace);
        }
        ad->kind = ADAPT_GENERIC;
        if (ad->backoff < ADAPT_MAX_BACKOFF) ad->backoff++;
        ad->value = (uint16_t)((1u << ad->backoff) - 1);
    }
    ad->value--;
    return adapt_generic(a, b, op, inplace);
}
