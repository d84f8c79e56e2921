/* ast_walk.c — the children of every node kind, in source order. */
#include "pysim/ast_walk.h"

static void list(NodeList l, AstVisit v, void *ctx)
{
    for (int i = 0; i < l.len; i++)
        if (l.items[i]) v(l.items[i], ctx);
}

static void one(Node *n, AstVisit v, void *ctx)
{
    if (n) v(n, ctx);
}

static void arguments(Node *a, AstVisit v, void *ctx)
{
    list(a->u.arguments.defaults, v, ctx);
    list(a->u.arguments.kw_defaults, v, ctx);
}

void ast_visit_children(Node *n, AstVisit v, void *ctx, bool own_code_only)
{
    switch (n->kind) {
    case N_MODULE:
    case N_INTERACTIVE: list(n->u.module.body, v, ctx); break;
    case N_EXPRESSION: one(n->u.expression.body, v, ctx); break;
    case N_FUNCTIONDEF:
        list(n->u.funcdef.decorators, v, ctx);
        arguments(n->u.funcdef.args, v, ctx);
        one(n->u.funcdef.returns, v, ctx);
        if (!own_code_only) list(n->u.funcdef.body, v, ctx);
        break;
    case N_LAMBDA:
        arguments(n->u.lambda.args, v, ctx);
        if (!own_code_only) one(n->u.lambda.body, v, ctx);
        break;
    case N_CLASSDEF:
        list(n->u.classdef.decorators, v, ctx);
        list(n->u.classdef.bases, v, ctx);
        list(n->u.classdef.keywords, v, ctx);
        if (!own_code_only) list(n->u.classdef.body, v, ctx);
        break;
    case N_GENERATOREXP:
        if (own_code_only) {
            one(n->u.comp.generators.items[0]->u.comprehension.iter, v, ctx);
            break;
        }
        one(n->u.comp.elt, v, ctx);
        list(n->u.comp.generators, v, ctx);
        break;
    case N_LISTCOMP:
    case N_SETCOMP:
    case N_DICTCOMP:
        one(n->u.comp.elt, v, ctx);
        one(n->u.comp.value, v, ctx);
        list(n->u.comp.generators, v, ctx);
        break;
    case N_COMPREHENSION:
        one(n->u.comprehension.target, v, ctx);
        one(n->u.comprehension.iter, v, ctx);
        list(n->u.comprehension.ifs, v, ctx);
        break;
    case N_KEYWORD: one(n->u.keyword.value, v, ctx); break;
    case N_RETURN: one(n->u.ret.value, v, ctx); break;
    case N_DELETE: list(n->u.del.targets, v, ctx); break;
    case N_ASSIGN:
        one(n->u.assign.value, v, ctx);
        list(n->u.assign.targets, v, ctx);
        break;
    case N_AUGASSIGN:
        one(n->u.augassign.target, v, ctx);
        one(n->u.augassign.value, v, ctx);
        break;
    case N_ANNASSIGN:
        one(n->u.annassign.value, v, ctx);
        one(n->u.annassign.target, v, ctx);
        one(n->u.annassign.annotation, v, ctx);
        break;
    case N_FOR:
        one(n->u.for_.iter, v, ctx);
        one(n->u.for_.target, v, ctx);
        list(n->u.for_.body, v, ctx);
        list(n->u.for_.orelse, v, ctx);
        break;
    case N_WHILE:
    case N_IF:
        one(n->u.if_.test, v, ctx);
        list(n->u.if_.body, v, ctx);
        list(n->u.if_.orelse, v, ctx);
        break;
    case N_WITH:
        list(n->u.with.items, v, ctx);
        list(n->u.with.body, v, ctx);
        break;
    case N_WITHITEM:
        one(n->u.withitem.context_expr, v, ctx);
        one(n->u.withitem.optional_vars, v, ctx);
        break;
    case N_RAISE:
        one(n->u.raise.exc, v, ctx);
        one(n->u.raise.cause, v, ctx);
        break;
    case N_TRY:
    case N_TRYSTAR:
        list(n->u.try_.body, v, ctx);
        list(n->u.try_.handlers, v, ctx);
        list(n->u.try_.orelse, v, ctx);
        list(n->u.try_.finalbody, v, ctx);
        break;
    case N_EXCEPTHANDLER:
        one(n->u.handler.type, v, ctx);
        list(n->u.handler.body, v, ctx);
        break;
    case N_ASSERT:
        one(n->u.assert_.test, v, ctx);
        one(n->u.assert_.msg, v, ctx);
        break;
    case N_EXPR: one(n->u.expr.value, v, ctx); break;
    case N_IMPORT: list(n->u.import.names, v, ctx); break;
    case N_IMPORTFROM: list(n->u.importfrom.names, v, ctx); break;
    case N_BOOLOP: list(n->u.boolop.values, v, ctx); break;
    case N_NAMEDEXPR:
        one(n->u.namedexpr.value, v, ctx);
        one(n->u.namedexpr.target, v, ctx);
        break;
    case N_BINOP:
        one(n->u.binop.left, v, ctx);
        one(n->u.binop.right, v, ctx);
        break;
    case N_UNARYOP: one(n->u.unaryop.operand, v, ctx); break;
    case N_IFEXP:
        one(n->u.ifexp.test, v, ctx);
        one(n->u.ifexp.body, v, ctx);
        one(n->u.ifexp.orelse, v, ctx);
        break;
    case N_DICT:
        for (int i = 0; i < n->u.dict.keys.len; i++) {
            one(n->u.dict.keys.items[i], v, ctx);
            one(n->u.dict.values.items[i], v, ctx);
        }
        break;
    case N_SET:
    case N_LIST:
    case N_TUPLE: list(n->u.seq.elts, v, ctx); break;
    case N_AWAIT:
    case N_YIELD:
    case N_YIELDFROM: one(n->u.yield.value, v, ctx); break;
    case N_COMPARE:
        one(n->u.compare.left, v, ctx);
        list(n->u.compare.comparators, v, ctx);
        break;
    case N_CALL:
        one(n->u.call.func, v, ctx);
        list(n->u.call.args, v, ctx);
        list(n->u.call.keywords, v, ctx);
        break;
    case N_FORMATTEDVALUE:
        one(n->u.formatted.value, v, ctx);
        one(n->u.formatted.format_spec, v, ctx);
        break;
    case N_JOINEDSTR: list(n->u.joined.values, v, ctx); break;
    case N_ATTRIBUTE: one(n->u.attribute.value, v, ctx); break;
    case N_SUBSCRIPT:
        one(n->u.subscript.value, v, ctx);
        one(n->u.subscript.slice, v, ctx);
        break;
    case N_STARRED: one(n->u.starred.value, v, ctx); break;
    case N_SLICE:
        one(n->u.slice.lower, v, ctx);
        one(n->u.slice.upper, v, ctx);
        one(n->u.slice.step, v, ctx);
        break;
    default: break;
    }
}
