/* list_methods.c — list's methods, including sort (CPython's comparison
 * order for short lists: count_run + binary insertion, as timsort does
 * below 64 items; a stable merge above) and the reversed iterator.
 */
#include <string.h>

#include "pysim/obj.h"
#include "pysim/seq_impl.h"
#include "pysim/vm.h"

void py_list_clear_all(PyObj *o);
int py_list_set_capacity(PyObj *o, size_t cap);
int py_list_insert_at(PyObj *o, int64_t where, PyObj *item);
int py_list_delete_at(PyObj *o, int64_t i);

static PyObj *none(void) { return py_newref(PY_NONE); }

static PyObj *list_append(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return py_list_append(self, args[0]) < 0 ? NULL : none();
}

static PyObj *list_extend_m(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return py_list_extend(self, args[0]) < 0 ? NULL : none();
}

static PyObj *list_insert(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    int64_t i;
    if (py_as_ssize(args[0], &i) < 0) return NULL;
    return py_list_insert_at(self, i, args[1]) < 0 ? NULL : none();
}

static PyObj *list_remove(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    for (size_t i = 0; i < py_list_size(self); i++) {
        PyObj *x = py_newref(py_list_item(self, i));
        int eq = py_richcompare_bool(x, args[0], PY_EQ);
        py_decref(x);
        if (eq < 0) return NULL;
        if (eq) return py_list_delete_at(self, (int64_t)i) < 0 ? NULL : none();
    }
    return py_err_format(&py_exc_ValueError, "list.remove(x): x not in list");
}

static PyObj *list_pop(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    int64_t n = (int64_t)py_list_size(self), i = -1;
    if (nargs && py_as_ssize(args[0], &i) < 0) return NULL;
    if (n == 0) return py_err_format(&py_exc_IndexError, "pop from empty list");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return py_err_format(&py_exc_IndexError, "pop index out of range");
    PyObj *v = py_newref(py_list_item(self, (size_t)i));
    if (i == n - 1) {
        py_decref(v); /* the list's reference is handed to the caller */
        py_list_resize(self, (size_t)i);
        return v;
    }
    if (py_list_delete_at(self, i) < 0) {
        py_decref(v);
        return NULL;
    }
    return v;
}

static PyObj *list_clear_m(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    py_list_clear_all(self);
    return none();
}

static PyObj *list_copy(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return py_list_from_array(PY_LIST_ITEMS(self), py_list_size(self));
}

static PyObj *list_count(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return py_seq_count(PY_LIST_ITEMS(self), py_list_size(self), args[0]);
}

static PyObj *list_index(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return py_seq_index(PY_LIST_ITEMS(self), py_list_size(self), args, nargs, NULL);
}

static void reverse_items(PyObj **a, size_t n)
{
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        PyObj *t = a[i];
        a[i] = a[j - 1];
        a[j - 1] = t;
    }
}

static PyObj *list_reverse(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    reverse_items(PY_LIST_ITEMS(self), py_list_size(self));
    return none();
}

/* ---- sort ---- */

typedef struct SortItem {
    PyObj *key;   /* the key (or the value itself) */
    PyObj *value;
} SortItem;

/* -1 error, 1 if a < b */
static int islt(const SortItem *a, const SortItem *b, bool reverse)
{
    return reverse ? py_richcompare_bool(b->key, a->key, PY_LT) : py_richcompare_bool(a->key, b->key, PY_LT);
}

/* Reversing with `reverse=True` in CPython: the list is reversed, sorted
 * with the same comparisons, and reversed back, which keeps stability.
 * We reproduce that: reverse, sort ascending, reverse. */
static int binarysort(SortItem *lo, SortItem *hi, SortItem *start)
{
    if (lo == start) start++;
    for (; start < hi; ++start) {
        SortItem pivot = *start;
        SortItem *l = lo, *r = start;
        do {
            SortItem *p = l + ((r - l) >> 1);
            int lt = islt(&pivot, p, false);
            if (lt < 0) return -1;
            if (lt) r = p;
            else l = p + 1;
        } while (l < r);
        memmove(l + 1, l, (size_t)(start - l) * sizeof *l);
        *l = pivot;
    }
    return 0;
}

/* Length of the run at lo (reversing a strictly descending one). */
static int64_t count_run(SortItem *lo, SortItem *hi)
{
    if (lo + 1 == hi) return 1;
    int64_t n = 2;
    int lt = islt(lo + 1, lo, false);
    if (lt < 0) return -1;
    if (lt) {
        for (SortItem *p = lo + 2; p < hi; ++p, ++n) {
            lt = islt(p, p - 1, false);
            if (lt < 0) return -1;
            if (!lt) break;
        }
        for (SortItem *a = lo, *b = lo + n - 1; a < b; a++, b--) {
            SortItem t = *a;
            *a = *b;
            *b = t;
        }
    } else {
        for (SortItem *p = lo + 2; p < hi; ++p, ++n) {
            lt = islt(p, p - 1, false);
            if (lt < 0) return -1;
            if (lt) break;
        }
    }
    return n;
}

static int merge_sort(SortItem *a, size_t n, SortItem *tmp)
{
    if (n < 2) return 0;
    size_t m = n / 2;
    if (merge_sort(a, m, tmp) < 0 || merge_sort(a + m, n - m, tmp) < 0) return -1;
    memcpy(tmp, a, m * sizeof *a);
    size_t i = 0, j = m, k = 0;
    while (i < m && j < n) {
        int lt = islt(&a[j], &tmp[i], false);
        if (lt < 0) {
            while (i < m) a[k++] = tmp[i++];
            return -1;
        }
        a[k++] = lt ? a[j++] : tmp[i++];
    }
    while (i < m) a[k++] = tmp[i++];
    return 0;
}

static int sort_items(SortItem *a, size_t n)
{
    if (n < 2) return 0;
    if (n < 64) {
        int64_t run = count_run(a, a + n);
        if (run < 0) return -1;
        return binarysort(a, a + n, a + run);
    }
    SortItem *tmp = xmalloc(n * sizeof *tmp);
    int rc = merge_sort(a, n, tmp);
    free(tmp);
    return rc;
}

int py_list_sort(PyObj *list, PyObj *key, bool reverse)
{
    PyListObj *l = (PyListObj *)list;
    /* the list is empty while it is sorted, as in CPython */
    size_t n = l->len, cap = l->allocated;
    PyObj **items = l->items;
    uint64_t addr = l->items_addr;
    l->items = NULL;
    l->len = l->allocated = 0;
    l->items_addr = 0;
    SortItem *s = xmalloc((n ? n : 1) * sizeof *s);
    int rc = 0;
    size_t nkeys = 0;
    for (size_t i = 0; i < n; i++) {
        s[i].value = items[i];
        if (key) {
            s[i].key = py_call1(key, items[i]);
            if (!s[i].key) {
                rc = -1;
                break;
            }
            nkeys++;
        } else {
            s[i].key = items[i];
        }
    }
    if (!rc) {
        if (reverse) {
            for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
                SortItem t = s[i];
                s[i] = s[j - 1];
                s[j - 1] = t;
            }
        }
        rc = sort_items(s, n);
        if (reverse) {
            for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
                SortItem t = s[i];
                s[i] = s[j - 1];
                s[j - 1] = t;
            }
        }
    }
    for (size_t i = 0; i < n; i++) items[i] = s[i].value;
    if (key)
        for (size_t i = 0; i < nkeys; i++) py_decref(s[i].key);
    free(s);
    bool modified = l->len != 0 || l->items != NULL;
    if (modified) py_list_clear_all(list);
    l->items = items;
    l->len = n;
    l->allocated = cap;
    l->items_addr = addr;
    if (modified && !rc) {
        py_err_format(&py_exc_ValueError, "list modified during sort");
        return -1;
    }
    return rc;
}

static PyObj *list_sort(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    static const char *const names[] = {"key", "reverse"};
    PyObj *v[2];
    if (nargs) return py_err_format(&py_exc_TypeError, "sort() takes no positional arguments");
    if (py_parse_args("sort", args, nargs, kwnames, names, 0, 2, 0, v) < 0) return NULL;
    int rev = 0;
    if (v[1]) {
        if (!PY_INT_CHECK(v[1]) && PY_TYPE(v[1]) != &py_float_type) {
            rev = py_truthy(v[1]);
        } else if (PY_TYPE(v[1]) == &py_float_type) {
            return py_err_format(&py_exc_TypeError, "'float' object cannot be interpreted as an integer");
        } else {
            rev = py_int_sign(v[1]) != 0;
        }
        if (rev < 0) return NULL;
    }
    PyObj *key = v[0] == PY_NONE ? NULL : v[0];
    return py_list_sort(self, key, rev) < 0 ? NULL : none();
}

/* ---- reversed(list) ---- */

typedef struct ListRevIter {
    PyObj ob;
    PyObj *list;
    int64_t index;
} ListRevIter;

static PyObj *list_reversed(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    ListRevIter *it = (ListRevIter *)py_alloc(&py_list_reviter_type, sizeof(ListRevIter), 32);
    if (!it) return NULL;
    it->list = py_newref(self);
    it->index = (int64_t)py_list_size(self) - 1;
    py_gc_track((PyObj *)it);
    return (PyObj *)it;
}

static PyObj *reviter_next(PyObj *o)
{
    ListRevIter *it = (ListRevIter *)o;
    if (it->list && it->index >= 0 && it->index < (int64_t)py_list_size(it->list)) {
        PyObj *x = py_list_item(it->list, (size_t)it->index--);
        return py_newref(x);
    }
    it->index = -1;
    py_clear(&it->list);
    return NULL;
}

static void reviter_dealloc(PyObj *o) { py_clear(&((ListRevIter *)o)->list); }
static int reviter_traverse(PyObj *o, PyVisitFn visit, void *arg)
{
    PyObj *l = ((ListRevIter *)o)->list;
    return l ? visit(l, arg) : 0;
}
static PyObj *iter_self(PyObj *o) { return py_newref(o); }

PyType py_list_reviter_type = {
    .name = "list_reverseiterator",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(ListRevIter),
    .basicsize = 32,
    .tp_dealloc = reviter_dealloc,
    .tp_traverse = reviter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = reviter_next,
};

static PyObj *list_class_getitem(PyObj *cls, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return py_genericalias_class_getitem(cls, args, nargs, kw); /* genericalias.c */
}

const PyMethodDef py_list_methods[] = {
    {"append", list_append, 1, 1, 0},
    {"extend", list_extend_m, 1, 1, 0},
    {"insert", list_insert, 2, 2, 0},
    {"remove", list_remove, 1, 1, 0},
    {"pop", list_pop, 0, 1, 0},
    {"clear", list_clear_m, 0, 0, 0},
    {"copy", list_copy, 0, 0, 0},
    {"count", list_count, 1, 1, 0},
    {"index", list_index, 1, 3, 0},
    {"reverse", list_reverse, 0, 0, 0},
    {"sort", list_sort, 0, -1, PY_METH_KEYWORDS},
    {"__reversed__", list_reversed, 0, 0, 0},
    {"__class_getitem__", list_class_getitem, 1, 1, PY_METH_CLASS},
    {NULL, NULL, 0, 0, 0},
};
