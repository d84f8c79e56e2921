/* traceback.c — printing an uncaught exception exactly as CPython 3.12's
 * C implementation does (Python/pythonrun.c print_exception_recursive,
 * Python/traceback.c tb_displayline, Python/suggestions.c):
 *  - chained exceptions first, with the "direct cause" / "During handling"
 *    separators;
 *  - per frame: the File line, the source line without its indentation,
 *    and a caret line unless the carets would span the whole line; binary
 *    operators and subscripts get ~~~^^^~~~ anchors; a node spanning
 *    several lines is marked to the end of its first line;
 *  - more than three identical lines in a row collapse into
 *    "[Previous line repeated N more times]";
 *  - NameError/AttributeError messages get "Did you mean" suggestions.
 */
#include <string.h>

#include "pysim/ast.h"
#include "pysim/obj.h"
#include "pysim/syntax_error.h"
#include "pysim/unicode.h"
#include "pysim/vm.h"

#define TB_INDENT 4
#define TB_RECURSIVE_CUTOFF 3
#define IS_WS(c) ((c) == ' ' || (c) == '\t' || (c) == '\f')

/* ---- suggestions (Python/suggestions.c) ---- */

#define MAX_CANDIDATE_ITEMS 750
#define MAX_STRING_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

static int substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31)) return MOVE_COST;
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t levenshtein(const char *a, size_t an, const char *b, size_t bn, size_t max_cost)
{
    size_t buffer[MAX_STRING_SIZE];
    while (an && bn && a[0] == b[0]) a++, b++, an--, bn--;
    while (an && bn && a[an - 1] == b[bn - 1]) an--, bn--;
    if (an == 0 || bn == 0) return (an + bn) * MOVE_COST;
    if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE) return max_cost + 1;
    if (bn < an) {
        const char *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    if ((bn - an) * MOVE_COST > max_cost) return max_cost + 1;
    size_t tmp = MOVE_COST;
    for (size_t i = 0; i < an; i++) {
        buffer[i] = tmp;
        tmp += MOVE_COST;
    }
    size_t result = 0;
    for (size_t bi = 0; bi < bn; bi++) {
        char code = b[bi];
        size_t distance = result = bi * MOVE_COST;
        size_t minimum = SIZE_MAX;
        for (size_t i = 0; i < an; i++) {
            size_t substitute = distance + (size_t)substitution_cost(code, a[i]);
            distance = buffer[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[i] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

/* The closest candidate to name (BORROWED), or NULL. */
static PyObj *closest(PyObj *const *cands, size_t n, PyObj *name)
{
    if (n >= MAX_CANDIDATE_ITEMS) return NULL;
    size_t best = SIZE_MAX;
    PyObj *sugg = NULL;
    const char *ns = py_str_utf8(name);
    size_t nn = py_str_nbytes(name);
    for (size_t i = 0; i < n; i++) {
        PyObj *c = cands[i];
        if (!PY_STR_CHECK(c) || py_str_eq(c, name)) continue;
        size_t cn = py_str_nbytes(c);
        size_t maxd = (nn + cn + 3) * MOVE_COST / 6;
        if (best != SIZE_MAX && best - 1 < maxd) maxd = best - 1;
        size_t d = levenshtein(ns, nn, py_str_utf8(c), cn, maxd);
        if (d > maxd) continue;
        if (!sugg || d < best) {
            sugg = c;
            best = d;
        }
    }
    return sugg;
}

static PyObj *closest_in_dict(PyObj *d, PyObj *name)
{
    PyObj *keys = py_dict_keys_list(d);
    if (!keys) {
        py_err_clear();
        return NULL;
    }
    PyObj *s = closest(PY_LIST_ITEMS(keys), py_list_size(keys), name);
    py_xincref(s);
    py_decref(keys);
    if (s) py_decref(s); /* still alive: it is a key of d */
    return s;
}

/* sys.stdlib_module_names entries a lesson might forget to import. */
static bool is_stdlib_module(PyObj *name)
{
    static const char *const names[] = {
        "abc", "argparse", "array", "ast", "asyncio", "base64", "bisect", "builtins", "calendar", "cmath",
        "collections", "contextlib", "copy", "csv", "ctypes", "dataclasses", "datetime", "decimal", "dis",
        "enum", "fractions", "functools", "gc", "glob", "hashlib", "heapq", "inspect", "io", "itertools",
        "json", "logging", "math", "operator", "os", "pathlib", "pickle", "pprint", "queue", "random", "re",
        "shutil", "statistics", "string", "struct", "subprocess", "sys", "sysconfig", "tempfile", "textwrap",
        "threading", "time", "timeit", "tracemalloc", "types", "typing", "unittest", "urllib", "uuid",
        "warnings", "weakref", "zoneinfo", NULL};
    for (const char *const *n = names; *n; n++)
        if (py_str_eq_c(name, *n)) return true;
    return false;
}

void py_exc_suggest_name(PyObj *exc, PyObj *const *names, size_t nnames, PyObj *self_obj, PyObj *globals,
                         PyObj *builtins)
{
    PyExcObj *e = (PyExcObj *)exc;
    if (PY_TYPE(exc) != &py_exc_NameError || !e->name || !PY_STR_CHECK(e->name)) return;
    PyObj *name = e->name;
    PyObj *saved = py_err_fetch();
    PyObj *sugg = NULL, *self_sugg = NULL;
    if (self_obj) {
        PyObj *v = NULL;
        if (py_getattr_opt(self_obj, name, &v) > 0) self_sugg = py_str_format_c("self.%U", name);
        py_xdecref(v);
        py_err_clear();
    }
    if (!self_sugg) {
        sugg = closest(names, nnames, name);
        if (!sugg) sugg = closest_in_dict(globals, name);
        if (!sugg) sugg = closest_in_dict(builtins, name);
    }
    bool stdlib = is_stdlib_module(name);
    PyObj *text = NULL;
    if (self_sugg) text = py_str_format_c(". Did you mean: %R?", self_sugg);
    else if (sugg && !stdlib) text = py_str_format_c(". Did you mean: %R?", sugg);
    else if (!sugg && stdlib) text = py_str_format_c(". Did you forget to import %R?", name);
    else if (sugg) text = py_str_format_c(". Did you mean: %R? Or did you forget to import %R?", sugg, name);
    py_xdecref(self_sugg);
    py_err_clear();
    py_setref(&e->suggestion, text);
    if (saved) py_err_restore(saved);
}

/* dir(obj), sorted, for AttributeError suggestions. */
static PyObj *sorted_dir(PyObj *obj)
{
    PyObj *d = py_call_special(obj, py_intern_c("__dir__"), NULL, 0, NULL);
    if (!d) return NULL;
    PyObj *l = py_sequence_list(d);
    py_decref(d);
    if (l && py_list_sort(l, NULL, false) < 0) py_clear(&l);
    return l;
}

static PyObj *attribute_suggestion(PyExcObj *e)
{
    if (!e->name || !e->obj || !PY_IS_TYPE(e->name, py_str_type)) return NULL;
    PyObj *saved = py_err_fetch();
    PyObj *dir = sorted_dir(e->obj);
    PyObj *text = NULL;
    if (dir) {
        PyObj *s = closest(PY_LIST_ITEMS(dir), py_list_size(dir), e->name);
        if (s) text = py_str_format_c(". Did you mean: %R?", s);
        py_decref(dir);
    }
    py_err_clear();
    if (saved) py_err_restore(saved);
    return text;
}

/* ---- source lines ---- */

/* Line `lineno` of the program (1-based), without its newline. */
static bool source_line(int lineno, const char **start, size_t *len)
{
    const char *p = py_vm->source, *end = py_vm->source + py_vm->source_len;
    if (!p) return false;
    for (int l = 1; l < lineno; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return false;
        p = nl + 1;
    }
    if (p >= end && lineno > 1) return false;
    const char *e = memchr(p, '\n', (size_t)(end - p));
    if (!e) e = end;
    *start = p;
    *len = (size_t)(e - p);
    if (*len && p[*len - 1] == '\r') (*len)--;
    return true;
}

/* Code points in the first `bytes` bytes of s. */
static int64_t char_offset(const char *s, size_t n, int64_t bytes)
{
    if (bytes <= 0) return 0;
    if ((size_t)bytes > n) bytes = (int64_t)n;
    return (int64_t)uni_utf8_count(s, (size_t)bytes);
}

/* The ~~^^~~ anchors of a BinOp or Subscript node, as character offsets
 * in the line; false when there are none. */
static bool anchors(const PyTbEntry *e, const char *line, size_t len, int64_t *left_end, int64_t *right_start)
{
    const Node *n = e->node;
    if (!n || n->lineno != n->end_lineno) return false;
    if (n->kind == N_BINOP) {
        const Node *l = n->u.binop.left, *r = n->u.binop.right;
        for (int i = l->end_col; i < r->col && (size_t)i < len; i++) {
            if (IS_WS(line[i])) continue;
            int right = i + 1;
            if (i + 1 < r->col && !IS_WS(line[i + 1])) right++;
            *left_end = char_offset(line, len, i);
            *right_start = char_offset(line, len, right);
            return true;
        }
        /* an operator not found between the operands (a continuation
         * line): CPython reports anchors at the start */
        return false;
    }
    if (n->kind == N_SUBSCRIPT) {
        *left_end = char_offset(line, len, n->u.subscript.value->end_col);
        *right_start = char_offset(line, len, n->u.subscript.slice->end_col + 1);
        return true;
    }
    return false;
}

static void print_entry(Buf *out, const PyTbEntry *e)
{
    buf_printf(out, "  File \"%s\", line %d, in %s\n", py_str_utf8(e->filename), e->lineno, py_str_utf8(e->funcname));
    const char *line;
    size_t len;
    if (!syntax_error_file_has_lines(py_str_utf8(e->filename)) || !source_line(e->lineno, &line, &len)) return;
    size_t indent = 0;
    while (indent < len && IS_WS(line[indent])) indent++;
    buf_puts(out, "    ");
    buf_put(out, line + indent, len - indent);
    buf_putc(out, '\n');
    if (e->col < 0 || e->end_col < 0) return;
    int64_t line_chars = char_offset(line, len, (int64_t)len);
    int64_t indent_chars = char_offset(line, len, (int64_t)indent);
    int64_t start = char_offset(line, len, e->col);
    int64_t end;
    int64_t left_end = -1, right_start = -1;
    const char *primary = "^", *secondary = "^";
    if (e->lineno == e->end_lineno) {
        end = char_offset(line, len, e->end_col);
        if (anchors(e, line, len, &left_end, &right_start)) {
            primary = "~";
            secondary = "^";
        }
    } else {
        int64_t i = (int64_t)len;
        while (--i >= 0 && IS_WS(line[i])) {
        }
        end = char_offset(line, len, i + 1);
    }
    int64_t stripped = line_chars - indent_chars;
    bool secondary_ranges = left_end != -1 || right_start != -1;
    if (end - start == stripped && !secondary_ranges) return;
    /* print_error_location_carets */
    int64_t offset = indent_chars - TB_INDENT;
    while (++offset <= end) {
        if (offset <= start) buf_putc(out, ' ');
        else if (secondary_ranges && left_end < offset && offset <= right_start) buf_puts(out, secondary);
        else buf_puts(out, primary);
    }
    buf_putc(out, '\n');
}

static void print_tb(Buf *out, PyExcObj *e)
{
    const char *last_file = NULL, *last_name = NULL;
    int last_line = -1;
    long cnt = 0;
    for (size_t i = 0; i < e->ntb; i++) {
        const PyTbEntry *t = &e->tb[i];
        const char *file = py_str_utf8(t->filename), *name = py_str_utf8(t->funcname);
        if (!last_file || strcmp(file, last_file) || t->lineno != last_line || strcmp(name, last_name)) {
            if (cnt > TB_RECURSIVE_CUTOFF) {
                long more = cnt - TB_RECURSIVE_CUTOFF;
                buf_printf(out, "  [Previous line repeated %ld more time%s]\n", more, more > 1 ? "s" : "");
            }
            last_file = file;
            last_line = t->lineno;
            last_name = name;
            cnt = 0;
        }
        cnt++;
        if (cnt <= TB_RECURSIVE_CUTOFF) print_entry(out, t);
    }
    if (cnt > TB_RECURSIVE_CUTOFF) {
        long more = cnt - TB_RECURSIVE_CUTOFF;
        buf_printf(out, "  [Previous line repeated %ld more time%s]\n", more, more > 1 ? "s" : "");
    }
}

static void print_one(Buf *out, PyObj *exc)
{
    PyExcObj *e = (PyExcObj *)exc;
    if (e->ntb) {
        buf_puts(out, "Traceback (most recent call last):\n");
        print_tb(out, e);
    }
    PyType *t = PY_TYPE(exc);
    const char *mod = t->module ? py_str_utf8(t->module) : NULL;
    if (mod && strcmp(mod, "builtins") && strcmp(mod, "__main__")) buf_printf(out, "%s.", mod);
    buf_puts(out, py_type_qualname(t));
    PyObj *saved = py_err_fetch();
    PyObj *msg = py_str(exc);
    if (!msg) {
        py_err_clear();
        buf_puts(out, ": <exception str() failed>");
    } else {
        if (py_str_nbytes(msg)) {
            buf_puts(out, ": ");
            buf_put(out, py_str_utf8(msg), py_str_nbytes(msg));
        }
        py_decref(msg);
    }
    PyObj *sugg = NULL;
    if (t == &py_exc_NameError && e->suggestion) sugg = py_newref(e->suggestion);
    else if (t == &py_exc_AttributeError) sugg = attribute_suggestion(e);
    if (sugg) {
        buf_put(out, py_str_utf8(sugg), py_str_nbytes(sugg));
        py_decref(sugg);
    }
    buf_putc(out, '\n');
    if (e->notes && PY_LIST_CHECK(e->notes)) {
        for (size_t i = 0; i < py_list_size(e->notes); i++) {
            PyObj *n = py_str(py_list_item(e->notes, i));
            if (n) {
                buf_put(out, py_str_utf8(n), py_str_nbytes(n));
                buf_putc(out, '\n');
                py_decref(n);
            } else {
                py_err_clear();
            }
        }
    }
    if (saved) py_err_restore(saved);
}

typedef struct Seen {
    PyObj **items;
    size_t n, cap;
} Seen;

static bool seen_has(Seen *s, PyObj *o)
{
    for (size_t i = 0; i < s->n; i++)
        if (s->items[i] == o) return true;
    return false;
}

static void print_recursive(Buf *out, PyObj *exc, Seen *seen)
{
    if (seen->n == seen->cap) {
        seen->cap = seen->cap ? seen->cap * 2 : 8;
        seen->items = xrealloc(seen->items, seen->cap * sizeof *seen->items);
    }
    seen->items[seen->n++] = exc;
    PyExcObj *e = (PyExcObj *)exc;
    if (e->cause) {
        if (!seen_has(seen, e->cause)) {
            print_recursive(out, e->cause, seen);
            buf_puts(out, "\nThe above exception was the direct cause of the following exception:\n\n");
        }
    } else if (e->context && !e->suppress_context) {
        if (!seen_has(seen, e->context)) {
            print_recursive(out, e->context, seen);
            buf_puts(out, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    print_one(out, exc);
}

void py_print_exception(Buf *out, PyObj *exc)
{
    Seen seen = {0};
    print_recursive(out, exc, &seen);
    free(seen.items);
}

void py_write_unraisable(PyObj *where)
{
    PyObj *exc = py_err_fetch();
    if (!exc) return;
    Buf b = BUF_INIT;
    PyObj *r = py_repr(where);
    if (r) {
        buf_printf(&b, "Exception ignored in: %s\n", py_str_utf8(r));
        py_decref(r);
    } else {
        py_err_clear();
        buf_puts(&b, "Exception ignored in: <object repr() failed>\n");
    }
    print_one(&b, exc);
    vm_write_err(b.p, b.len);
    buf_free(&b);
    py_decref(exc);
}
