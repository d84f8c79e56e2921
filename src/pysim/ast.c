/* ast.c — names of the node kinds, and the printer behind --ast: exactly
 * ast.dump(tree, indent=4, include_attributes=True) of CPython 3.12.
 *
 * ast.dump's rules, which this file keeps: fields in the ASDL order of
 * 3.12, an optional field that is None left out, positions after the
 * fields, a node printed on one line only when it has at most three
 * fields all "simple" (no fields at all, or plain values), a non-empty
 * list always spread over lines, values as Python's repr shows them (ints
 * in decimal however they were written, floats in their shortest
 * round-tripping form, imaginary literals as complex numbers).
 */
#include "pysim/ast.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "pysim/parser.h"
#include "pysim/unicode.h"

/* ORDER NODE */
static const char *const node_names[N_KIND_COUNT] = {
    "Module", "Interactive", "Expression",
    "FunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign",
    "AnnAssign", "For", "While", "If", "With", "Raise", "Try", "TryStar",
    "Assert", "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass",
    "Break", "Continue",
    "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict",
    "Set", "ListComp", "SetComp", "DictComp", "GeneratorExp", "Await",
    "Yield", "YieldFrom", "Compare", "Call", "FormattedValue", "JoinedStr",
    "Constant", "Attribute", "Subscript", "Starred", "Name", "List", "Tuple",
    "Slice",
    "comprehension", "ExceptHandler", "arguments", "arg", "keyword", "alias",
    "withitem",
};

const char *ast_kind_name(NodeKind k)
{
    return (unsigned)k < N_KIND_COUNT ? node_names[k] : "?";
}

/* ORDER OPERATOR */
static const char *const operator_names[] = {
    "Add", "Sub", "Mult", "MatMult", "Div", "FloorDiv", "Mod", "Pow",
    "LShift", "RShift", "BitAnd", "BitOr", "BitXor",
};
static const char *const unary_names[] = {"Invert", "Not", "UAdd", "USub"};
static const char *const bool_names[] = {"And", "Or"};
/* ORDER CMPOP */
static const char *const cmp_names[] = {
    "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn",
};
static const char *const ctx_names[] = {"Load", "Store", "Del"};

/* ---- number formatting ------------------------------------------------------ */

/* Decimal digits of an int literal written in any base (arbitrary size:
 * limbs of nine decimal digits, least significant first). */
static void int_literal_decimal(Buf *out, const char *text, size_t len)
{
    unsigned base = 10;
    size_t i = 0;
    if (len > 1 && text[0] == '0') {
        char b = text[1];
        if (b == 'x' || b == 'X') base = 16, i = 2;
        else if (b == 'o' || b == 'O') base = 8, i = 2;
        else if (b == 'b' || b == 'B') base = 2, i = 2;
    }
    size_t cap = len + 2, n = 0;
    uint32_t *limb = xcalloc(cap, sizeof *limb);
    for (; i < len; i++) {
        char c = text[i];
        unsigned d = c >= '0' && c <= '9' ? (unsigned)(c - '0')
                   : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
                   : (unsigned)(c - 'A' + 10);
        uint64_t carry = d;
        for (size_t k = 0; k < n; k++) {
            uint64_t v = (uint64_t)limb[k] * base + carry;
            limb[k] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry) {
            limb[n++] = (uint32_t)(carry % 1000000000u);
            carry /= 1000000000u;
        }
    }
    if (n == 0) {
        buf_putc(out, '0');
    } else {
        buf_printf(out, "%u", (unsigned)limb[n - 1]);
        for (size_t k = n - 1; k-- > 0;) buf_printf(out, "%09u", (unsigned)limb[k]);
    }
    free(limb);
}

/* repr(float) (add_dot_0) or the imaginary part of repr(complex): the
 * shortest digits that read back to x, in fixed notation for exponents
 * -4 <= e < 16, else d.ddde+XX. */
static void float_repr(Buf *out, double x, bool add_dot_0)
{
    if (isnan(x)) {
        buf_puts(out, "nan");
        return;
    }
    if (isinf(x)) {
        buf_puts(out, x < 0 ? "-inf" : "inf");
        return;
    }
    char tmp[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, x);
        if (strtod(tmp, NULL) == x) break;
    }
    /* tmp is [-]d[.ddd]e[+-]XX */
    bool neg = tmp[0] == '-';
    const char *s = tmp + neg;
    char digits[32];
    int nd = 0;
    const char *e = strchr(s, 'e');
    for (const char *q = s; q < e; q++)
        if (*q != '.') digits[nd++] = *q;
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    int exp10 = atoi(e + 1);
    int decpt = exp10 + 1;
    if (neg) buf_putc(out, '-');
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            buf_puts(out, "0.");
            for (int k = 0; k < -decpt; k++) buf_putc(out, '0');
            buf_put(out, digits, (size_t)nd);
        } else if (decpt >= nd) {
            buf_put(out, digits, (size_t)nd);
            for (int k = nd; k < decpt; k++) buf_putc(out, '0');
            if (add_dot_0) buf_puts(out, ".0");
        } else {
            buf_put(out, digits, (size_t)decpt);
            buf_putc(out, '.');
            buf_put(out, digits + decpt, (size_t)(nd - decpt));
        }
    } else {
        buf_putc(out, digits[0]);
        if (nd > 1) {
            buf_putc(out, '.');
            buf_put(out, digits + 1, (size_t)(nd - 1));
        }
        int ex = decpt - 1;
        buf_printf(out, "e%c%02d", ex < 0 ? '-' : '+', ex < 0 ? -ex : ex);
    }
}

static void constant_repr(Buf *out, const Node *n)
{
    switch (n->u.constant.ck) {
    case CONST_NONE: buf_puts(out, "None"); break;
    case CONST_TRUE: buf_puts(out, "True"); break;
    case CONST_FALSE: buf_puts(out, "False"); break;
    case CONST_ELLIPSIS: buf_puts(out, "Ellipsis"); break;
    case CONST_INT: int_literal_decimal(out, n->u.constant.text, n->u.constant.len); break;
    case CONST_FLOAT: float_repr(out, n->u.constant.f, true); break;
    case CONST_IMAG:
        float_repr(out, n->u.constant.f, false);
        buf_putc(out, 'j');
        break;
    case CONST_STR: uni_repr(out, n->u.constant.text, n->u.constant.len); break;
    case CONST_BYTES:
        uni_bytes_repr(out, (const unsigned char *)n->u.constant.text, n->u.constant.len);
        break;
    }
}

/* ---- the printer ---------------------------------------------------------------- */

typedef struct Field {
    const char *name;
    Buf val;
    bool simple;
} Field;

#define MAX_FIELDS 12

typedef struct Fields {
    Field f[MAX_FIELDS];
    int n;
    int level;
} Fields;

static bool fmt_node(Buf *out, const Node *n, int level);

static void indent(Buf *out, int level)
{
    for (int i = 0; i < level; i++) buf_puts(out, "    ");
}

static Field *add(Fields *fs, const char *name)
{
    Field *f = &fs->f[fs->n++];
    f->name = name;
    f->val = (Buf)BUF_INIT;
    f->simple = true;
    return f;
}

static void f_node(Fields *fs, const char *name, const Node *n)
{
    Field *f = add(fs, name);
    f->simple = fmt_node(&f->val, n, fs->level);
}

/* An optional node: left out when NULL (its class default is None). */
static void f_opt(Fields *fs, const char *name, const Node *n)
{
    if (n) f_node(fs, name, n);
}

static void f_list(Fields *fs, const char *name, NodeList l)
{
    Field *f = add(fs, name);
    if (!l.len) {
        buf_puts(&f->val, "[]");
        return;
    }
    f->simple = false;
    buf_putc(&f->val, '[');
    for (int i = 0; i < l.len; i++) {
        buf_puts(&f->val, i ? ",\n" : "\n");
        indent(&f->val, fs->level + 1);
        if (l.items[i]) fmt_node(&f->val, l.items[i], fs->level + 1);
        else buf_puts(&f->val, "None");
    }
    buf_putc(&f->val, ']');
}

static void f_str(Fields *fs, const char *name, const char *s)
{
    Field *f = add(fs, name);
    uni_repr(&f->val, s, strlen(s));
}

static void f_opt_str(Fields *fs, const char *name, const char *s)
{
    if (s) f_str(fs, name, s);
}

static void f_int(Fields *fs, const char *name, long v)
{
    Field *f = add(fs, name);
    buf_printf(&f->val, "%ld", v);
}

/* An operator or context: a node with no fields, "Add()". */
static void f_simple(Fields *fs, const char *name, const char *cls)
{
    Field *f = add(fs, name);
    buf_printf(&f->val, "%s()", cls);
}

static void f_names(Fields *fs, const char *name, const char **names, int len)
{
    Field *f = add(fs, name);
    if (!len) {
        buf_puts(&f->val, "[]");
        return;
    }
    f->simple = false;
    buf_putc(&f->val, '[');
    for (int i = 0; i < len; i++) {
        buf_puts(&f->val, i ? ",\n" : "\n");
        indent(&f->val, fs->level + 1);
        uni_repr(&f->val, names[i], strlen(names[i]));
    }
    buf_putc(&f->val, ']');
}

static bool has_position(NodeKind k)
{
    switch (k) {
    case N_MODULE: case N_INTERACTIVE: case N_EXPRESSION:
    case N_COMPREHENSION: case N_ARGUMENTS: case N_WITHITEM:
        return false;
    default:
        return true;
    }
}

static void node_fields(Fields *fs, const Node *n)
{
    switch (n->kind) {
    case N_MODULE:
        f_list(fs, "body", n->u.module.body);
        f_list(fs, "type_ignores", (NodeList){NULL, 0});
        break;
    case N_INTERACTIVE:
        f_list(fs, "body", n->u.module.body);
        break;
    case N_EXPRESSION:
        f_node(fs, "body", n->u.expression.body);
        break;
    case N_FUNCTIONDEF:
        f_str(fs, "name", n->u.funcdef.name);
        f_node(fs, "args", n->u.funcdef.args);
        f_list(fs, "body", n->u.funcdef.body);
        f_list(fs, "decorator_list", n->u.funcdef.decorators);
        f_opt(fs, "returns", n->u.funcdef.returns);
        f_list(fs, "type_params", (NodeList){NULL, 0});
        break;
    case N_CLASSDEF:
        f_str(fs, "name", n->u.classdef.name);
        f_list(fs, "bases", n->u.classdef.bases);
        f_list(fs, "keywords", n->u.classdef.keywords);
        f_list(fs, "body", n->u.classdef.body);
        f_list(fs, "decorator_list", n->u.classdef.decorators);
        f_list(fs, "type_params", (NodeList){NULL, 0});
        break;
    case N_RETURN:
        f_opt(fs, "value", n->u.ret.value);
        break;
    case N_DELETE:
        f_list(fs, "targets", n->u.del.targets);
        break;
    case N_ASSIGN:
        f_list(fs, "targets", n->u.assign.targets);
        f_node(fs, "value", n->u.assign.value);
        break;
    case N_AUGASSIGN:
        f_node(fs, "target", n->u.augassign.target);
        f_simple(fs, "op", operator_names[n->u.augassign.op]);
        f_node(fs, "value", n->u.augassign.value);
        break;
    case N_ANNASSIGN:
        f_node(fs, "target", n->u.annassign.target);
        f_node(fs, "annotation", n->u.annassign.annotation);
        f_opt(fs, "value", n->u.annassign.value);
        f_int(fs, "simple", n->u.annassign.simple);
        break;
    case N_FOR:
        f_node(fs, "target", n->u.for_.target);
        f_node(fs, "iter", n->u.for_.iter);
        f_list(fs, "body", n->u.for_.body);
        f_list(fs, "orelse", n->u.for_.orelse);
        break;
    case N_WHILE:
    case N_IF:
        f_node(fs, "test", n->u.if_.test);
        f_list(fs, "body", n->u.if_.body);
        f_list(fs, "orelse", n->u.if_.orelse);
        break;
    case N_WITH:
        f_list(fs, "items", n->u.with.items);
        f_list(fs, "body", n->u.with.body);
        break;
    case N_RAISE:
        f_opt(fs, "exc", n->u.raise.exc);
        f_opt(fs, "cause", n->u.raise.cause);
        break;
    case N_TRY:
    case N_TRYSTAR:
        f_list(fs, "body", n->u.try_.body);
        f_list(fs, "handlers", n->u.try_.handlers);
        f_list(fs, "orelse", n->u.try_.orelse);
        f_list(fs, "finalbody", n->u.try_.finalbody);
        break;
    case N_ASSERT:
        f_node(fs, "test", n->u.assert_.test);
        f_opt(fs, "msg", n->u.assert_.msg);
        break;
    case N_IMPORT:
        f_list(fs, "names", n->u.import.names);
        break;
    case N_IMPORTFROM:
        f_opt_str(fs, "module", n->u.importfrom.module);
        f_list(fs, "names", n->u.importfrom.names);
        f_int(fs, "level", n->u.importfrom.level);
        break;
    case N_GLOBAL:
    case N_NONLOCAL:
        f_names(fs, "names", n->u.global.names, n->u.global.len);
        break;
    case N_EXPR:
        f_node(fs, "value", n->u.expr.value);
        break;
    case N_PASS: case N_BREAK: case N_CONTINUE:
        break;
    case N_BOOLOP:
        f_simple(fs, "op", bool_names[n->u.boolop.op]);
        f_list(fs, "values", n->u.boolop.values);
        break;
    case N_NAMEDEXPR:
        f_node(fs, "target", n->u.namedexpr.target);
        f_node(fs, "value", n->u.namedexpr.value);
        break;
    case N_BINOP:
        f_node(fs, "left", n->u.binop.left);
        f_simple(fs, "op", operator_names[n->u.binop.op]);
        f_node(fs, "right", n->u.binop.right);
        break;
    case N_UNARYOP:
        f_simple(fs, "op", unary_names[n->u.unaryop.op]);
        f_node(fs, "operand", n->u.unaryop.operand);
        break;
    case N_LAMBDA:
        f_node(fs, "args", n->u.lambda.args);
        f_node(fs, "body", n->u.lambda.body);
        break;
    case N_IFEXP:
        f_node(fs, "test", n->u.ifexp.test);
        f_node(fs, "body", n->u.ifexp.body);
        f_node(fs, "orelse", n->u.ifexp.orelse);
        break;
    case N_DICT:
        f_list(fs, "keys", n->u.dict.keys);
        f_list(fs, "values", n->u.dict.values);
        break;
    case N_SET:
        f_list(fs, "elts", n->u.seq.elts);
        break;
    case N_LISTCOMP: case N_SETCOMP: case N_GENERATOREXP:
        f_node(fs, "elt", n->u.comp.elt);
        f_list(fs, "generators", n->u.comp.generators);
        break;
    case N_DICTCOMP:
        f_node(fs, "key", n->u.comp.elt);
        f_node(fs, "value", n->u.comp.value);
        f_list(fs, "generators", n->u.comp.generators);
        break;
    case N_AWAIT: case N_YIELDFROM:
        f_node(fs, "value", n->u.yield.value);
        break;
    case N_YIELD:
        f_opt(fs, "value", n->u.yield.value);
        break;
    case N_COMPARE: {
        f_node(fs, "left", n->u.compare.left);
        Field *f = add(fs, "ops");
        int k = n->u.compare.comparators.len;
        f->simple = false;
        buf_putc(&f->val, '[');
        for (int i = 0; i < k; i++) {
            buf_puts(&f->val, i ? ",\n" : "\n");
            indent(&f->val, fs->level + 1);
            buf_printf(&f->val, "%s()", cmp_names[n->u.compare.ops[i]]);
        }
        buf_putc(&f->val, ']');
        f_list(fs, "comparators", n->u.compare.comparators);
        break;
    }
    case N_CALL:
        f_node(fs, "func", n->u.call.func);
        f_list(fs, "args", n->u.call.args);
        f_list(fs, "keywords", n->u.call.keywords);
        break;
    case N_FORMATTEDVALUE:
        f_node(fs, "value", n->u.formatted.value);
        f_int(fs, "conversion", n->u.formatted.conversion);
        f_opt(fs, "format_spec", n->u.formatted.format_spec);
        break;
    case N_JOINEDSTR:
        f_list(fs, "values", n->u.joined.values);
        break;
    case N_CONSTANT: {
        Field *f = add(fs, "value");
        constant_repr(&f->val, n);
        if (n->u.constant.is_u) {
            f = add(fs, "kind");
            buf_puts(&f->val, "'u'");
        }
        break;
    }
    case N_ATTRIBUTE:
        f_node(fs, "value", n->u.attribute.value);
        f_str(fs, "attr", n->u.attribute.attr);
        f_simple(fs, "ctx", ctx_names[n->u.attribute.ctx]);
        break;
    case N_SUBSCRIPT:
        f_node(fs, "value", n->u.subscript.value);
        f_node(fs, "slice", n->u.subscript.slice);
        f_simple(fs, "ctx", ctx_names[n->u.subscript.ctx]);
        break;
    case N_STARRED:
        f_node(fs, "value", n->u.starred.value);
        f_simple(fs, "ctx", ctx_names[n->u.starred.ctx]);
        break;
    case N_NAME:
        f_str(fs, "id", n->u.name.id);
        f_simple(fs, "ctx", ctx_names[n->u.name.ctx]);
        break;
    case N_LIST: case N_TUPLE:
        f_list(fs, "elts", n->u.seq.elts);
        f_simple(fs, "ctx", ctx_names[n->u.seq.ctx]);
        break;
    case N_SLICE:
        f_opt(fs, "lower", n->u.slice.lower);
        f_opt(fs, "upper", n->u.slice.upper);
        f_opt(fs, "step", n->u.slice.step);
        break;
    case N_COMPREHENSION:
        f_node(fs, "target", n->u.comprehension.target);
        f_node(fs, "iter", n->u.comprehension.iter);
        f_list(fs, "ifs", n->u.comprehension.ifs);
        f_int(fs, "is_async", n->u.comprehension.is_async);
        break;
    case N_EXCEPTHANDLER:
        f_opt(fs, "type", n->u.handler.type);
        f_opt_str(fs, "name", n->u.handler.name);
        f_list(fs, "body", n->u.handler.body);
        break;
    case N_ARGUMENTS:
        f_list(fs, "posonlyargs", n->u.arguments.posonlyargs);
        f_list(fs, "args", n->u.arguments.args);
        f_opt(fs, "vararg", n->u.arguments.vararg);
        f_list(fs, "kwonlyargs", n->u.arguments.kwonlyargs);
        f_list(fs, "kw_defaults", n->u.arguments.kw_defaults);
        f_opt(fs, "kwarg", n->u.arguments.kwarg);
        f_list(fs, "defaults", n->u.arguments.defaults);
        break;
    case N_ARG:
        f_str(fs, "arg", n->u.arg.arg);
        f_opt(fs, "annotation", n->u.arg.annotation);
        break;
    case N_KEYWORD:
        f_opt_str(fs, "arg", n->u.keyword.arg);
        f_node(fs, "value", n->u.keyword.value);
        break;
    case N_ALIAS:
        f_str(fs, "name", n->u.alias.name);
        f_opt_str(fs, "asname", n->u.alias.asname);
        break;
    case N_WITHITEM:
        f_node(fs, "context_expr", n->u.withitem.context_expr);
        f_opt(fs, "optional_vars", n->u.withitem.optional_vars);
        break;
    case N_KIND_COUNT:
        break;
    }
    if (has_position(n->kind)) {
        f_int(fs, "lineno", n->lineno);
        f_int(fs, "col_offset", n->col);
        f_int(fs, "end_lineno", n->end_lineno);
        f_int(fs, "end_col_offset", n->end_col);
    }
}

/* ast.dump's _format for a node at `level`; returns whether it is simple. */
static bool fmt_node(Buf *out, const Node *n, int level)
{
    Fields fs;
    fs.n = 0;
    fs.level = level + 1;
    node_fields(&fs, n);
    bool allsimple = true;
    for (int i = 0; i < fs.n; i++) allsimple = allsimple && fs.f[i].simple;
    buf_puts(out, node_names[n->kind]);
    buf_putc(out, '(');
    if (allsimple && fs.n <= 3) {
        for (int i = 0; i < fs.n; i++) {
            buf_printf(out, "%s%s=", i ? ", " : "", fs.f[i].name);
            buf_put(out, fs.f[i].val.p, fs.f[i].val.len);
        }
    } else {
        for (int i = 0; i < fs.n; i++) {
            buf_puts(out, i ? ",\n" : "\n");
            indent(out, level + 1);
            buf_printf(out, "%s=", fs.f[i].name);
            buf_put(out, fs.f[i].val.p, fs.f[i].val.len);
        }
    }
    buf_putc(out, ')');
    for (int i = 0; i < fs.n; i++) buf_free(&fs.f[i].val);
    return fs.n == 0;
}

void ast_dump(Buf *out, const Node *tree)
{
    fmt_node(out, tree, 0);
}
