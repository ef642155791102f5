//! CPython's wording for expressions that cannot be assigned to or deleted.
//!
//! rustpython-parser accepts any expression as a target (`f() = 1`, `del 1`); CPython's
//! grammar refuses them with messages built from `_PyPegen_get_expr_name`. The same names
//! serve `cannot assign to …`, `cannot delete …` and `'…' is an illegal expression for
//! augmented assignment`.
use rustpython_parser::ast;

/// What CPython calls `e` in its target errors.
pub fn expr_name(e: &ast::Expr) -> &'static str {
    use ast::Expr::*;
    match e {
        Attribute(_) => "attribute",
        Subscript(_) => "subscript",
        Starred(_) => "starred",
        Name(_) => "name",
        List(_) => "list",
        Tuple(_) => "tuple",
        Lambda(_) => "lambda",
        Call(_) => "function call",
        BoolOp(_) | BinOp(_) | UnaryOp(_) => "expression",
        GeneratorExp(_) => "generator expression",
        Yield(_) | YieldFrom(_) => "yield expression",
        Await(_) => "await expression",
        ListComp(_) => "list comprehension",
        SetComp(_) => "set comprehension",
        DictComp(_) => "dict comprehension",
        Dict(_) => "dict literal",
        Set(_) => "set display",
        JoinedStr(_) | FormattedValue(_) => "f-string expression",
        Constant(c) => match c.value {
            ast::Constant::None => "None",
            ast::Constant::Bool(true) => "True",
            ast::Constant::Bool(false) => "False",
            ast::Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        Compare(_) => "comparison",
        IfExp(_) => "conditional expression",
        NamedExpr(_) => "named expression",
        Slice(_) => "slice",
    }
}

/// The error for `target = value` as a whole statement with one target that cannot be
/// assigned to. CPython's parser reads such a statement as an expression first, and where
/// the target is an operand-level expression (not a comparison, `not`, `and`/`or`,
/// conditional, lambda, display of a tuple, list or generator, or `None`/`True`/`False`)
/// and the value starts with one, it suggests `==` (its `invalid_named_expression` rule).
pub fn assign_error(target: &ast::Expr, value: &ast::Expr) -> String {
    use ast::Expr::*;
    let name = expr_name(target);
    let not = |e: &ast::Expr| matches!(e, UnaryOp(u) if u.op == ast::UnaryOp::Not);
    // A parenthesized target is an atom, so `(yield) = 1` and `(x := 1) = 2` suggest too.
    let target_operand = !matches!(
        target,
        Compare(_) | BoolOp(_) | IfExp(_) | Lambda(_) | Tuple(_) | List(_) | GeneratorExp(_)
    ) && !not(target)
        && !matches!(name, "None" | "True" | "False");
    // The value only has to start with an operand: `f() = a < b` suggests, `f() = not a`
    // does not.
    let value_start = match value {
        Tuple(t) => t.elts.first(),
        v => Some(v),
    };
    let value_operand = value_start
        .is_some_and(|v| !matches!(v, Yield(_) | YieldFrom(_) | Lambda(_) | Starred(_)) && !not(v));
    if target_operand && value_operand {
        format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
    } else {
        format!("cannot assign to {name}")
    }
}

/// Whether `e` may stand as a whole assignment target (its parts are checked as they are
/// stored).
pub fn is_assignable(e: &ast::Expr) -> bool {
    use ast::Expr::*;
    matches!(
        e,
        Name(_) | Attribute(_) | Subscript(_) | Tuple(_) | List(_) | Starred(_)
    )
}
