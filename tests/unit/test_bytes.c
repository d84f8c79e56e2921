/* test_bytes.c — the bytes and bytearray C API inside a running VM: the
 * static singletons and their addresses, fresh versus cached results,
 * sizes, bytearray's over-allocation (expectations recorded from
 * python3.12: bytearray.__alloc__() after each append, and after front
 * deletions), and that simulated memory is given back exactly when the
 * objects die.  The Python-visible behaviour is covered by the goldens in
 * tests/pysim/bytes. */
#include <string.h>

#include "check.h"
#include "pysim/bytes_impl.h"
#include "pysim/obj.h"
#include "pysim/vm.h"

/* The message of the current exception (cleared), in a static buffer. */
static const char *take_error(void)
{
    static char msg[256];
    PyObj *exc = py_err_occurred();
    if (!exc) return "(no exception)";
    PyObj *s = py_exc_str(exc);
    snprintf(msg, sizeof msg, "%s: %s", py_type_name(exc), s ? py_str_utf8(s) : "?");
    py_xdecref(s);
    py_err_clear();
    return msg;
}

static void test_singletons(PyVM *vm)
{
    PyObj *e = py_bytes_new("", 0), *a = py_bytes_new("A", 1), *b = py_bytes_new("B", 1);
    CHECK(e == vm->empty_bytes);
    CHECK(a == py_bytes_char('A') && b == py_bytes_char('B'));
    CHECK(b->ob_id - a->ob_id == 48);                   /* CPython 3.12 layout */
    CHECK(py_bytes_char(0)->ob_id - e->ob_id == 40);
    CHECK(e->ob_id % 16 == 8 && a->ob_id % 16 == 0);
    CHECK((a->ob_flags & PY_OBF_IMMORTAL) && (e->ob_flags & PY_OBF_STATIC));
    CHECK(py_bytes_size(a) == 1 && py_bytes_data(a)[0] == 'A' && py_bytes_size(e) == 0);
    PyObj *fresh = py_bytes_alloc(1);
    CHECK(fresh && fresh != py_bytes_char(0) && !(fresh->ob_flags & PY_OBF_IMMORTAL));
    CHECK(py_bytes_alloc(0) == vm->empty_bytes);
    CHECK(PY_TYPE(fresh)->tp_sizeof(fresh) == 34);
    py_decref(fresh);
    py_decref(e);
    py_decref(a);
    py_decref(b);
}

static void test_resize(void)
{
    PyObj *o = py_bytes_alloc(100);
    uint64_t id = o->ob_id;
    memset(py_bytes_wdata(o), 'x', 100);
    CHECK(py_bytes_resize(&o, 95) == 0); /* same pymalloc size class: stays */
    CHECK(o->ob_id == id && py_bytes_size(o) == 95 && py_bytes_data(o)[94] == 'x' && py_bytes_data(o)[95] == 0);
    CHECK(py_bytes_resize(&o, 10) == 0); /* shrinks by more than a quarter: moves */
    CHECK(o->ob_id != id && py_bytes_size(o) == 10 && PY_TYPE(o)->tp_sizeof(o) == 43);
    CHECK(py_bytes_resize(&o, 0) == 0 && o == py_vm->empty_bytes);
    py_decref(o);
}

static void test_views(void)
{
    const unsigned char *p;
    size_t n;
    PyObj *ba = py_bytearray_new("abc", 3);
    CHECK(py_bytes_view(ba, &p, &n) == 0 && n == 3 && memcmp(p, "abc", 3) == 0);
    PyObj *empty = py_bytearray_new(NULL, 0);
    CHECK(py_bytes_view(empty, &p, &n) == 0 && n == 0 && p != NULL);
    PyObj *i = py_int_from_i64(5);
    CHECK(py_bytes_view(i, &p, &n) == -1);
    CHECK_STR(take_error(), "TypeError: a bytes-like object is required, not 'int'");
    PyObj *list = py_list_new(0);
    py_list_append(list, i);
    PyObj *b = py_bytes_from_object(list);
    CHECK(b && py_bytes_size(b) == 1 && b == py_bytes_char(5));
    py_decref(b);
    PyObj *neg = py_int_from_i64(-1);
    CHECK(py_bytes_from_object(neg) == NULL);
    CHECK_STR(take_error(), "ValueError: negative count");
    py_decref(neg);
    py_decref(list);
    py_decref(i);
    py_decref(empty);
    py_decref(ba);
}

static void test_bytearray_growth(void)
{
    /* b = bytearray(); for i in range(40): b.append(i); b.__alloc__() */
    static const size_t want[40] = {2,  5,  5,  5,  8,  8,  8,  12, 12, 12, 12, 19, 19, 19,
                                    19, 19, 19, 19, 27, 27, 27, 27, 27, 27, 27, 27, 36, 36,
                                    36, 36, 36, 36, 36, 36, 36, 46, 46, 46, 46, 46};
    PyObj *ba = py_bytearray_new(NULL, 0);
    CHECK(py_bytearray_alloc(ba) == 0 && PY_TYPE(ba)->tp_sizeof(ba) == 56);
    bool same = true;
    for (size_t i = 0; i < 40; i++) {
        PyObj *v = py_int_from_i64((int64_t)i);
        PyObj *r = py_bytearray_m_append(ba, &v, 1, NULL);
        py_decref(v);
        py_xdecref(r);
        if (py_bytearray_alloc(ba) != want[i]) same = false;
    }
    CHECK(same);
    CHECK(PY_TYPE(ba)->tp_sizeof(ba) == 56 + 46 && py_bytes_data(ba)[39] == 39);
    py_decref(ba);

    /* b = bytearray(b"0123456789" * 3); del b[:4] five times */
    static const size_t after_del[5] = {31, 31, 31, 15, 15};
    ba = py_bytearray_new("012345678901234567890123456789", 30);
    same = true;
    for (int k = 0; k < 5; k++) {
        py_bytearray_setslice(ba, 0, 4, NULL, 0);
        if (py_bytearray_alloc(ba) != after_del[k]) same = false;
    }
    CHECK(same && py_bytes_size(ba) == 10 && memcmp(py_bytes_data(ba), "0123456789", 10) == 0);
    /* b.clear() leaves a one-byte buffer */
    CHECK(py_bytearray_resize(ba, 0) == 0 && py_bytearray_alloc(ba) == 1);
    py_decref(ba);
}

/* Everything made and released gives its simulated memory back. */
static void test_memory_returned(PyVM *vm)
{
    uint64_t before = vm->heap.live_bytes, objects = vm->heap.nobjects;
    PyObj *ba = py_bytearray_new("hello world", 11);
    PyObj *x = py_bytearray_new(NULL, 300);
    py_bytearray_setslice(ba, 0, 3, NULL, 0);          /* ob_start moves */
    py_bytearray_setslice(ba, 8, 8, py_bytes_data(x), 300);
    py_bytearray_setslice(ba, 2, 200, (const unsigned char *)"zz", 2);
    PyObj *b = py_bytes_new(py_bytes_data(ba), py_bytes_size(ba));
    PyObj *big = py_bytes_alloc(5000);
    CHECK(py_bytes_resize(&big, 600) == 0);
    py_decref(big);
    py_decref(b);
    py_decref(x);
    py_decref(ba);
    CHECK(vm->heap.live_bytes == before);
    CHECK(vm->heap.nobjects == objects);
}

int main(void)
{
    PysimOptions opt;
    memset(&opt, 0, sizeof opt);
    opt.filename = "test_bytes.py";
    opt.source = "";
    PyVM vm;
    vm_init(&vm, &opt);
    test_singletons(&vm);
    test_resize();
    test_views();
    test_bytearray_growth();
    test_memory_returned(&vm);
    vm_end_program(&vm);
    vm_fini(&vm);
    return check_report();
}
