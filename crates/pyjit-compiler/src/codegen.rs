//! AST → bytecode for one module and, recursively, every function, class and comprehension in it.
//!
//! The bytecode is a stack machine close to CPython's. Control flow that leaves a `try`, `with`
//! or `except` block early (`return`, `break`, `continue`) is unwound statically: the compiler
//! keeps a stack of the blocks it is inside (`FBlock`) and emits their clean-up code inline
//! before the jump, as CPython does.

use crate::bad_target;
use crate::error::CompileError;
use crate::lines::LineIndex;
use crate::symtable::{node_addr, NameScope, ScopeKind, SymbolTable};
use num_traits::ToPrimitive;
use pyjit_bytecode::opcode::{format_value, make_function};
use pyjit_bytecode::{BinOp, CmpOp, CodeFlags, CodeObject, Const, Instr, Op};
use rustpython_parser::ast::{self, Ranged};
use std::rc::Rc;

#[path = "patterns.rs"]
mod patterns;

/// A block the code being compiled is nested in, with what leaving it early requires.
enum FBlock<'a> {
    Loop {
        start: usize,
        breaks: Vec<usize>,
        is_for: bool,
    },
    /// Inside a `try` body protected by `SetupExcept`.
    Try,
    /// Inside a `try` body whose `finally` must run on the way out.
    Finally(&'a [ast::Stmt]),
    /// Inside the exceptional copy of a `finally` body: the exception sits on the stack.
    FinallyExc,
    /// Inside an `except` handler body.
    Handler,
    /// Inside a `finally` body inlined by a `return`: the return value sits on the stack and
    /// is dropped if the body leaves by `break`/`continue`/another `return`.
    PopValue,
    /// Inside a `with` body: the `__exit__` callable sits on the stack. The line is the
    /// `with` statement's, to which the `__exit__` call is attributed.
    With(u32),
}

struct Unit<'a> {
    code: CodeObject,
    scope: usize,
    fblocks: Vec<FBlock<'a>>,
    line: u32,
}

pub struct Compiler<'a> {
    table: SymbolTable,
    lines: &'a LineIndex,
    filename: Rc<str>,
    units: Vec<Unit<'a>>,
    /// `from __future__ import annotations`: annotations are stored as strings, unevaluated.
    future_annotations: bool,
}

/// The features `from __future__ import ...` accepts (all of them are always on in 3.11,
/// `annotations` changes how annotations are stored).
pub const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

type CResult<T = ()> = Result<T, CompileError>;

enum Body<'a> {
    Stmts(&'a [ast::Stmt]),
    Expr(&'a ast::Expr),
}

impl<'a> Compiler<'a> {
    pub fn new(table: SymbolTable, lines: &'a LineIndex, filename: &str) -> Self {
        Compiler {
            table,
            lines,
            filename: filename.into(),
            units: Vec::new(),
            future_annotations: false,
        }
    }

    pub fn compile_module(mut self, body: &'a [ast::Stmt]) -> CResult<Rc<CodeObject>> {
        self.push_unit(0, "<module>", "<module>", 1);
        self.unit().code.flags.uses_name_dict = true;
        self.future_annotations = body.iter().any(|st| {
            matches!(st, ast::Stmt::ImportFrom(i)
                if i.module.as_ref().is_some_and(|m| m.as_str() == "__future__")
                    && i.names.iter().any(|a| a.name.as_str() == "annotations"))
        });
        self.store_docstring(body);
        self.setup_annotations(body);
        self.stmts(body)?;
        self.load_const(Const::None);
        self.emit(Op::ReturnValue, 0);
        Ok(Rc::new(self.pop_unit()))
    }

    /// `eval()` code: the value of the single expression statement in `body`.
    pub fn compile_eval(mut self, body: &'a [ast::Stmt]) -> CResult<Rc<CodeObject>> {
        self.push_unit(0, "<module>", "<module>", 1);
        self.unit().code.flags.uses_name_dict = true;
        match body.first() {
            Some(ast::Stmt::Expr(e)) => {
                self.set_line(&body[0]);
                self.expr(&e.value)?;
            }
            _ => self.load_const(Const::None),
        }
        self.emit(Op::ReturnValue, 0);
        Ok(Rc::new(self.pop_unit()))
    }

    /// A module or class body with annotated names starts with an empty `__annotations__`
    /// dict (CPython's `SETUP_ANNOTATIONS`).
    fn setup_annotations(&mut self, body: &'a [ast::Stmt]) {
        fn has_simple(body: &[ast::Stmt]) -> bool {
            body.iter().any(|st| match st {
                ast::Stmt::AnnAssign(a) => a.simple && matches!(&*a.target, ast::Expr::Name(_)),
                ast::Stmt::If(i) => has_simple(&i.body) || has_simple(&i.orelse),
                ast::Stmt::For(f) => has_simple(&f.body) || has_simple(&f.orelse),
                ast::Stmt::While(w) => has_simple(&w.body) || has_simple(&w.orelse),
                ast::Stmt::With(w) => has_simple(&w.body),
                ast::Stmt::Try(t) => {
                    has_simple(&t.body)
                        || has_simple(&t.orelse)
                        || has_simple(&t.finalbody)
                        || t.handlers.iter().any(|h| {
                            let ast::ExceptHandler::ExceptHandler(h) = h;
                            has_simple(&h.body)
                        })
                }
                _ => false,
            })
        }
        if has_simple(body) {
            self.emit(Op::BuildMap, 0);
            let n = self.name_index("__annotations__");
            self.emit(Op::StoreName, n);
        }
    }

    /// Push an annotation's value: evaluated, or its source form as a string under
    /// `from __future__ import annotations`.
    fn annotation(&mut self, e: &'a ast::Expr) -> CResult {
        if self.future_annotations {
            self.load_const(Const::Str(unparse(e).into()));
            Ok(())
        } else {
            self.expr(e)
        }
    }

    /// After `MakeFunction`: set the new function's `__annotations__` if it has any.
    fn function_annotations(
        &mut self,
        args: &'a ast::Arguments,
        returns: Option<&'a ast::Expr>,
    ) -> CResult {
        let scope = self.unit().scope;
        let mut items: Vec<(String, &'a ast::Expr)> = Vec::new();
        let mut add = |a: &'a ast::Arg| {
            if let Some(ann) = &a.annotation {
                items.push((a.arg.to_string(), ann));
            }
        };
        for a in args.posonlyargs.iter().chain(&args.args) {
            add(&a.def);
        }
        if let Some(v) = &args.vararg {
            add(v);
        }
        for a in &args.kwonlyargs {
            add(&a.def);
        }
        if let Some(k) = &args.kwarg {
            add(k);
        }
        if let Some(r) = returns {
            items.push(("return".to_string(), r));
        }
        if items.is_empty() {
            return Ok(());
        }
        self.emit(Op::DupTop, 0);
        let n = items.len() as u32;
        for (name, ann) in items {
            let name = self.table.scopes[scope].mangle(&name).into_owned();
            self.load_const(Const::Str(name.as_str().into()));
            self.annotation(ann)?;
        }
        self.emit(Op::BuildMap, n);
        self.emit(Op::RotTwo, 0);
        let ni = self.name_index("__annotations__");
        self.emit(Op::StoreAttr, ni);
        Ok(())
    }

    /// A module or class body starting with a string literal stores it as `__doc__`.
    fn store_docstring(&mut self, body: &'a [ast::Stmt]) {
        if let Some(ast::Stmt::Expr(e)) = body.first() {
            if let ast::Expr::Constant(ast::ExprConstant {
                value: ast::Constant::Str(doc),
                ..
            }) = &*e.value
            {
                self.set_line(&body[0]);
                self.load_const(Const::Str(doc.as_str().into()));
                let d = self.name_index("__doc__");
                self.emit(Op::StoreName, d);
            }
        }
    }

    // ---- units and emission -------------------------------------------------------------

    fn push_unit(&mut self, scope: usize, name: &str, qualname: &str, line: u32) {
        let s = &self.table.scopes[scope];
        let mut code = CodeObject {
            name: name.into(),
            qualname: qualname.into(),
            filename: self.filename.clone(),
            first_line: line,
            ..CodeObject::default()
        };
        code.cellvars = s.cells.iter().map(|c| Rc::from(c.as_str())).collect();
        code.freevars = s.frees.iter().map(|c| Rc::from(c.as_str())).collect();
        if s.kind == Some(ScopeKind::Function) {
            for p in &s.params {
                code.varnames.push(p.as_str().into());
            }
            for b in &s.bound {
                if s.is_local(b) && !s.is_cell(b) && !s.params.contains(b) {
                    code.varnames.push(b.as_str().into());
                }
            }
            for (ci, c) in s.cells.iter().enumerate() {
                if let Some(pi) = s.params.iter().position(|p| p == c) {
                    code.cell_params.push((ci as u32, pi as u32));
                }
            }
            code.flags.generator = s.is_generator;
        }
        self.units.push(Unit {
            code,
            scope,
            fblocks: Vec::new(),
            line,
        });
    }

    fn pop_unit(&mut self) -> CodeObject {
        let mut code = self.units.pop().expect("unit stack").code;
        crate::peephole::optimize(&mut code);
        code
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("unit stack")
    }

    fn line_of(&self, node: &impl Ranged) -> u32 {
        self.lines.line_of(node.range().start().into())
    }

    fn set_line(&mut self, node: &impl Ranged) {
        let l = self.line_of(node);
        self.unit().line = l;
    }

    fn emit(&mut self, op: Op, arg: u32) -> usize {
        let u = self.unit();
        u.code.instrs.push(Instr { op, arg });
        u.code.lines.push(u.line);
        u.code.instrs.len() - 1
    }

    fn here(&mut self) -> usize {
        self.unit().code.instrs.len()
    }

    fn patch(&mut self, at: usize, target: usize) {
        self.unit().code.instrs[at].arg = target as u32;
    }

    fn patch_here(&mut self, at: usize) {
        let h = self.here();
        self.patch(at, h);
    }

    fn add_const(&mut self, c: Const) -> u32 {
        let consts = &mut self.unit().code.consts;
        consts.push(c);
        (consts.len() - 1) as u32
    }

    fn load_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Op::LoadConst, i);
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let names = &mut self.unit().code.names;
        if let Some(i) = names.iter().position(|n| &**n == name) {
            return i as u32;
        }
        names.push(name.into());
        (names.len() - 1) as u32
    }

    fn unsupported(&self, what: &str, node: &impl Ranged) -> CompileError {
        CompileError::unsupported(what, self.line_of(node))
    }

    fn syntax(&self, msg: &str, node: &impl Ranged) -> CompileError {
        CompileError::syntax(msg, self.line_of(node))
    }

    // ---- names --------------------------------------------------------------------------

    fn cell_index(&mut self, name: &str) -> u32 {
        let code = &self.unit().code;
        if let Some(i) = code.cellvars.iter().position(|c| &**c == name) {
            return i as u32;
        }
        let i = code.freevars.iter().position(|c| &**c == name).unwrap_or(0);
        (code.cellvars.len() + i) as u32
    }

    fn local_index(&mut self, name: &str) -> u32 {
        let code = &mut self.unit().code;
        if let Some(i) = code.varnames.iter().position(|c| &**c == name) {
            return i as u32;
        }
        code.varnames.push(name.into());
        (code.varnames.len() - 1) as u32
    }

    fn name_op(&mut self, name: &str, ops: [Op; 4]) {
        let scope = self.unit().scope;
        let name = self.table.scopes[scope].mangle(name).into_owned();
        let name = name.as_str();
        let (op, arg) = match self.table.scopes[scope].lookup(name) {
            NameScope::Local => (ops[0], self.local_index(name)),
            NameScope::Deref => (ops[1], self.cell_index(name)),
            NameScope::Global => (ops[2], self.name_index(name)),
            NameScope::Name => (ops[3], self.name_index(name)),
        };
        self.emit(op, arg);
    }

    /// The name index of an attribute, after private name mangling (`self.__x`).
    fn attr_index(&mut self, attr: &str) -> u32 {
        let scope = self.unit().scope;
        let name = self.table.scopes[scope].mangle(attr).into_owned();
        self.name_index(&name)
    }

    fn load_name(&mut self, name: &str) {
        self.name_op(
            name,
            [Op::LoadFast, Op::LoadDeref, Op::LoadGlobal, Op::LoadName],
        );
    }

    fn store_name(&mut self, name: &str) {
        self.name_op(
            name,
            [
                Op::StoreFast,
                Op::StoreDeref,
                Op::StoreGlobal,
                Op::StoreName,
            ],
        );
    }

    fn delete_name(&mut self, name: &str) {
        self.name_op(
            name,
            [
                Op::DeleteFast,
                Op::DeleteDeref,
                Op::DeleteGlobal,
                Op::DeleteName,
            ],
        );
    }

    // ---- statements ---------------------------------------------------------------------

    fn stmts(&mut self, body: &'a [ast::Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a ast::Stmt) -> CResult {
        use ast::Stmt::*;
        self.set_line(s);
        match s {
            FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(d)?;
                }
                self.set_line(s);
                self.make_function(
                    node_addr(f),
                    f.name.as_str(),
                    &f.args,
                    Body::Stmts(&f.body),
                    self.line_of(s),
                )?;
                self.function_annotations(&f.args, f.returns.as_deref())?;
                for _ in &f.decorator_list {
                    self.emit(Op::Call, 1);
                }
                self.store_name(f.name.as_str());
            }
            ClassDef(c) => self.class_def(c, s)?,
            Return(r) => {
                let scope = self.unit().scope;
                if self.table.scopes[scope].kind != Some(ScopeKind::Function) {
                    return Err(self.syntax("'return' outside function", s));
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.unwind_for_return()?;
                self.emit(Op::ReturnValue, 0);
            }
            Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Assign(a) if self.parallel_local_assign(a)? => {}
            Assign(a) => {
                if let [t] = &a.targets[..] {
                    if !bad_target::is_assignable(t) {
                        return Err(self.syntax(&bad_target::assign_error(t, &a.value), t));
                    }
                }
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Op::DupTop, 0);
                    }
                    self.store_target(t)?;
                }
            }
            AugAssign(a) => self.aug_assign(a)?,
            AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store_target(&a.target)?;
                }
                // Module and class bodies record simple names' annotations (functions never
                // evaluate them).
                let scope = self.unit().scope;
                let in_namespace = self.table.scopes[scope].kind != Some(ScopeKind::Function);
                if let (ast::Expr::Name(n), true, true) = (&*a.target, a.simple, in_namespace) {
                    self.annotation(&a.annotation)?;
                    let d = self.name_index("__annotations__");
                    self.emit(Op::LoadName, d);
                    let name = self.table.scopes[scope].mangle(n.id.as_str()).into_owned();
                    self.load_const(Const::Str(name.as_str().into()));
                    self.emit(Op::StoreSubscr, 0);
                }
            }
            For(f) => self.for_loop(f)?,
            While(w) => self.while_loop(w)?,
            If(i) => {
                let else_label = self.jump_if(&i.test, false)?;
                self.stmts(&i.body)?;
                if i.orelse.is_empty() {
                    self.patch_here(else_label);
                } else {
                    let end = self.emit(Op::Jump, 0);
                    self.patch_here(else_label);
                    self.stmts(&i.orelse)?;
                    self.patch_here(end);
                }
            }
            With(w) => self.with_items(&w.items, &w.body, s)?,
            Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_line(s);
                self.emit(Op::Raise, n);
            }
            Try(t) => self.try_stmt(&t.body, &t.handlers, &t.orelse, &t.finalbody)?,
            TryStar(_) => return Err(self.unsupported("'try/except*'", s)),
            Assert(a) => {
                let end = self.jump_if(&a.test, true)?;
                self.set_line(s);
                self.emit(Op::LoadAssertionError, 0);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Op::Call, 1);
                }
                self.emit(Op::Raise, 1);
                self.patch_here(end);
            }
            Import(i) => {
                for alias in &i.names {
                    self.load_const(Const::None);
                    let full = alias.name.as_str();
                    let idx = self.name_index(full);
                    self.emit(Op::ImportName, idx);
                    match &alias.asname {
                        Some(asname) => {
                            // `import a.b as c` binds the leaf module.
                            for part in full.split('.').skip(1) {
                                let pi = self.name_index(part);
                                self.emit(Op::ImportFrom, pi);
                                self.emit(Op::RotTwo, 0);
                                self.emit(Op::PopTop, 0);
                            }
                            self.store_name(asname.as_str());
                        }
                        None => {
                            let top = full.split('.').next().unwrap_or(full).to_string();
                            self.store_name(&top);
                        }
                    }
                }
            }
            ImportFrom(i) => {
                // A relative import keeps its leading dots in the module name; the runtime
                // resolves them against the importing module's `__package__`.
                let level = i.level.map(|l| l.to_u32()).unwrap_or(0) as usize;
                let module = format!(
                    "{}{}",
                    ".".repeat(level),
                    i.module.as_ref().map(|m| m.as_str()).unwrap_or("")
                );
                let module = module.as_str();
                if module == "__future__" {
                    for a in &i.names {
                        if !FUTURE_FEATURES.contains(&a.name.as_str()) {
                            return Err(self.syntax(
                                &format!("future feature {} is not defined", a.name.as_str()),
                                s,
                            ));
                        }
                    }
                }
                let names: Vec<Const> = i
                    .names
                    .iter()
                    .map(|a| Const::Str(a.name.as_str().into()))
                    .collect();
                self.load_const(Const::Tuple(names));
                let idx = self.name_index(module);
                self.emit(Op::ImportName, idx);
                if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
                    self.emit(Op::ImportStar, 0);
                } else {
                    for alias in &i.names {
                        let ni = self.name_index(alias.name.as_str());
                        self.emit(Op::ImportFrom, ni);
                        let bind = alias.asname.as_ref().unwrap_or(&alias.name);
                        self.store_name(bind.as_str());
                    }
                    self.emit(Op::PopTop, 0);
                }
            }
            Global(_) | Nonlocal(_) | Pass(_) => {}
            Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Op::PopTop, 0);
            }
            Break(_) => self.break_continue(s, true)?,
            Continue(_) => self.break_continue(s, false)?,
            AsyncFunctionDef(_) => return Err(self.unsupported("'async def'", s)),
            AsyncFor(_) => return Err(self.unsupported("'async for'", s)),
            AsyncWith(_) => return Err(self.unsupported("'async with'", s)),
            Match(m) => self.match_stmt(m)?,
            TypeAlias(_) => return Err(self.unsupported("'type' alias statement", s)),
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let op = binop(a.op) as u32;
        match &*a.target {
            ast::Expr::Name(n) => {
                self.load_name(n.id.as_str());
                self.expr(&a.value)?;
                self.emit(Op::InplaceOp, op);
                self.store_name(n.id.as_str());
            }
            ast::Expr::Attribute(at)
                if self.is_fast_local(&at.value) && binds_no_name(&a.value) =>
            {
                // `local.attr op= v`: the object is loaded again for the store instead of
                // kept under the value (`DupTop` ... `RotTwo`). Nothing in `v` can rebind a
                // fast local (no `:=`, checked above; a callee cannot reach the caller's
                // fast locals), so both loads see the same object, and each load fuses
                // with its attribute access (`LoadFast`+`LoadAttr`, `LoadFast`+`StoreAttr`):
                // two dispatches and the stack shuffles fewer. See docs/architecture.md
                // *`obj.attr op= v`*.
                let ast::Expr::Name(n) = &*at.value else {
                    unreachable!("is_fast_local")
                };
                let ni = self.attr_index(at.attr.as_str());
                self.expr(&at.value)?;
                self.emit(Op::LoadAttr, ni);
                self.expr(&a.value)?;
                self.emit(Op::InplaceOp, op);
                self.load_name(n.id.as_str());
                self.emit(Op::StoreAttr, ni);
            }
            ast::Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Op::DupTop, 0);
                let ni = self.attr_index(at.attr.as_str());
                self.emit(Op::LoadAttr, ni);
                self.expr(&a.value)?;
                self.emit(Op::InplaceOp, op);
                self.emit(Op::RotTwo, 0);
                self.emit(Op::StoreAttr, ni);
            }
            ast::Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.subscript_index(&sub.slice)?;
                self.emit(Op::DupTopTwo, 0);
                self.emit(Op::BinarySubscr, 0);
                self.expr(&a.value)?;
                self.emit(Op::InplaceOp, op);
                self.emit(Op::RotThree, 0);
                self.emit(Op::StoreSubscr, 0);
            }
            other => {
                let msg = format!(
                    "'{}' is an illegal expression for augmented assignment",
                    bad_target::expr_name(other)
                );
                return Err(self.syntax(&msg, other));
            }
        }
        Ok(())
    }

    /// Whether `e` is a name that this code object keeps in a fast local (not a cell, a
    /// global or a class-body name), which only this frame's own stores can rebind.
    fn is_fast_local(&mut self, e: &ast::Expr) -> bool {
        let ast::Expr::Name(n) = e else {
            return false;
        };
        let si = self.unit().scope;
        let scope = &self.table.scopes[si];
        matches!(scope.lookup(&scope.mangle(n.id.as_str())), NameScope::Local)
    }

    fn while_loop(&mut self, w: &'a ast::StmtWhile) -> CResult {
        let start = self.here();
        let always = is_const_true(&w.test);
        let exit = if always {
            None
        } else {
            Some(self.jump_if(&w.test, false)?)
        };
        self.unit().fblocks.push(FBlock::Loop {
            start,
            breaks: Vec::new(),
            is_for: false,
        });
        self.stmts(&w.body)?;
        self.set_line(&*w.test);
        self.emit(Op::Jump, start as u32);
        let breaks = self.pop_loop();
        if let Some(e) = exit {
            self.patch_here(e);
        }
        self.stmts(&w.orelse)?;
        for b in breaks {
            self.patch_here(b);
        }
        Ok(())
    }

    fn for_loop(&mut self, f: &'a ast::StmtFor) -> CResult {
        self.expr(&f.iter)?;
        self.emit(Op::GetIter, 0);
        let start = self.here();
        let for_iter = self.emit(Op::ForIter, 0);
        self.store_target(&f.target)?;
        self.unit().fblocks.push(FBlock::Loop {
            start,
            breaks: Vec::new(),
            is_for: true,
        });
        self.stmts(&f.body)?;
        self.set_line(f);
        self.emit(Op::Jump, start as u32);
        let breaks = self.pop_loop();
        self.patch_here(for_iter);
        self.stmts(&f.orelse)?;
        for b in breaks {
            self.patch_here(b);
        }
        Ok(())
    }

    fn pop_loop(&mut self) -> Vec<usize> {
        match self.unit().fblocks.pop() {
            Some(FBlock::Loop { breaks, .. }) => breaks,
            _ => Vec::new(),
        }
    }

    fn break_continue(&mut self, s: &ast::Stmt, is_break: bool) -> CResult {
        let loop_pos = self
            .unit()
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::Loop { .. }));
        let Some(pos) = loop_pos else {
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(self.syntax(msg, s));
        };
        self.unwind_blocks(pos + 1, false)?;
        let (start, is_for) = match &self.unit().fblocks[pos] {
            FBlock::Loop { start, is_for, .. } => (*start, *is_for),
            _ => unreachable!("rposition found a loop"),
        };
        if is_break {
            if is_for {
                self.emit(Op::PopTop, 0);
            }
            let j = self.emit(Op::Jump, 0);
            if let FBlock::Loop { breaks, .. } = &mut self.unit().fblocks[pos] {
                breaks.push(j);
            }
        } else {
            self.emit(Op::Jump, start as u32);
        }
        Ok(())
    }

    fn unwind_for_return(&mut self) -> CResult {
        self.unwind_blocks(0, true)
    }

    /// Emit the clean-up of every fblock above `down_to`, innermost first. With `keep_tos` a
    /// return value sits on top of the stack and must survive.
    fn unwind_blocks(&mut self, down_to: usize, keep_tos: bool) -> CResult {
        let mut saved: Vec<FBlock<'a>> = self.unit().fblocks.drain(down_to..).collect();
        let mut result = Ok(());
        for i in (0..saved.len()).rev() {
            // While emitting block i's clean-up, only the blocks outside it are active.
            let outer: Vec<FBlock<'a>> = saved[..i].iter().map(clone_fblock).collect();
            let base = self.unit().fblocks.len();
            self.unit().fblocks.extend(outer);
            let r = match &saved[i] {
                FBlock::Loop { is_for, .. } => {
                    if *is_for && keep_tos {
                        // `return` inside a `for`: drop the iterator now, so that an
                        // abandoned generator is closed before the function returns.
                        self.emit(Op::RotTwo, 0);
                        self.emit(Op::PopTop, 0);
                    }
                    Ok(())
                }
                FBlock::Try => {
                    self.emit(Op::PopBlock, 0);
                    Ok(())
                }
                FBlock::Finally(body) => {
                    self.emit(Op::PopBlock, 0);
                    if keep_tos {
                        self.unit().fblocks.push(FBlock::PopValue);
                    }
                    let r = self.stmts(body);
                    if keep_tos {
                        self.unit().fblocks.pop();
                    }
                    r
                }
                FBlock::PopValue => {
                    if keep_tos {
                        self.emit(Op::RotTwo, 0);
                    }
                    self.emit(Op::PopTop, 0);
                    Ok(())
                }
                FBlock::FinallyExc => {
                    if keep_tos {
                        self.emit(Op::RotTwo, 0);
                    }
                    self.emit(Op::PopTop, 0);
                    self.emit(Op::PopExcept, 0);
                    Ok(())
                }
                FBlock::Handler => {
                    self.emit(Op::PopExcept, 0);
                    Ok(())
                }
                FBlock::With(line) => {
                    self.emit(Op::PopBlock, 0);
                    if keep_tos {
                        self.emit(Op::RotTwo, 0);
                    }
                    let saved = std::mem::replace(&mut self.unit().line, *line);
                    self.emit(Op::WithExit, 0);
                    self.unit().line = saved;
                    Ok(())
                }
            };
            // A `break` in an inlined `finally` body registered its jump with the copy of its
            // loop: hand those jumps back to the loop itself so they get patched.
            let clones: Vec<FBlock<'a>> = self.unit().fblocks.drain(base..).collect();
            for (j, c) in clones.into_iter().enumerate() {
                if let (FBlock::Loop { breaks: more, .. }, Some(FBlock::Loop { breaks, .. })) =
                    (c, saved.get_mut(j))
                {
                    breaks.extend(more);
                }
            }
            if r.is_err() {
                result = r;
                break;
            }
        }
        self.unit().fblocks.extend(saved);
        result
    }

    fn try_stmt(
        &mut self,
        body: &'a [ast::Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [ast::Stmt],
        finalbody: &'a [ast::Stmt],
    ) -> CResult {
        if finalbody.is_empty() {
            return self.try_except(body, handlers, orelse);
        }
        let setup = self.emit(Op::SetupExcept, 0);
        self.unit().fblocks.push(FBlock::Finally(finalbody));
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock, 0);
        self.stmts(finalbody)?;
        let end = self.emit(Op::Jump, 0);
        self.patch_here(setup);
        self.unit().fblocks.push(FBlock::FinallyExc);
        self.stmts(finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Op::Reraise, 0);
        self.patch_here(end);
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [ast::Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [ast::Stmt],
    ) -> CResult {
        let setup = self.emit(Op::SetupExcept, 0);
        self.unit().fblocks.push(FBlock::Try);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock, 0);
        self.stmts(orelse)?;
        let mut ends = vec![self.emit(Op::Jump, 0)];
        self.patch_here(setup);
        for (i, h) in handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h);
            let next = match &h.type_ {
                Some(t) => {
                    self.expr(t)?;
                    Some(self.emit(Op::JumpIfNotExcMatch, 0))
                }
                None => {
                    if i + 1 != handlers.len() {
                        return Err(self.syntax("default 'except:' must be last", h));
                    }
                    None
                }
            };
            match &h.name {
                Some(n) => self.store_name(n.as_str()),
                None => {
                    self.emit(Op::PopTop, 0);
                }
            }
            self.unit().fblocks.push(FBlock::Handler);
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Op::PopExcept, 0);
            if let Some(n) = &h.name {
                self.load_const(Const::None);
                self.store_name(n.as_str());
                self.delete_name(n.as_str());
            }
            ends.push(self.emit(Op::Jump, 0));
            if let Some(next) = next {
                self.patch_here(next);
            }
        }
        self.emit(Op::Reraise, 0);
        for e in ends {
            self.patch_here(e);
        }
        Ok(())
    }

    fn with_items(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [ast::Stmt],
        s: &'a ast::Stmt,
    ) -> CResult {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        self.expr(&first.context_expr)?;
        self.set_line(s);
        let setup = self.emit(Op::SetupWith, 0);
        match &first.optional_vars {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Op::PopTop, 0);
            }
        }
        let line = self.line_of(s);
        self.unit().fblocks.push(FBlock::With(line));
        self.with_items(rest, body, s)?;
        self.unit().fblocks.pop();
        // `__exit__` runs at the `with` line, as in CPython's tracebacks.
        self.set_line(s);
        self.emit(Op::PopBlock, 0);
        self.emit(Op::WithExit, 0);
        let end = self.emit(Op::Jump, 0);
        self.patch_here(setup);
        self.emit(Op::WithExcept, 0);
        self.patch_here(end);
        Ok(())
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef, s: &'a ast::Stmt) -> CResult {
        for d in &c.decorator_list {
            self.expr(d)?;
        }
        self.set_line(s);
        self.emit(Op::LoadBuildClass, 0);
        let scope = self.table.scope_of(node_addr(c));
        let qualname = self.qualname(c.name.as_str());
        let line = self.line_of(s);
        self.push_unit(scope, c.name.as_str(), &qualname, line);
        self.unit().code.flags.uses_name_dict = true;
        let n = self.name_index("__name__");
        self.emit(Op::LoadName, n);
        let m = self.name_index("__module__");
        self.emit(Op::StoreName, m);
        self.load_const(Const::Str(qualname.as_str().into()));
        let q = self.name_index("__qualname__");
        self.emit(Op::StoreName, q);
        self.store_docstring(&c.body);
        self.setup_annotations(&c.body);
        self.stmts(&c.body)?;
        if self.table.scopes[scope].is_cell("__class__") {
            let ci = self.cell_index("__class__");
            self.emit(Op::LoadClosure, ci);
        } else {
            self.load_const(Const::None);
        }
        self.emit(Op::ReturnValue, 0);
        let code = self.pop_unit();
        self.emit_make_function(code, 0)?;
        self.load_const(Const::Str(c.name.as_str().into()));
        for b in &c.bases {
            if matches!(b, ast::Expr::Starred(_)) {
                return Err(self.unsupported("starred base class", b));
            }
            self.expr(b)?;
        }
        if c.keywords.is_empty() {
            self.emit(Op::Call, 2 + c.bases.len() as u32);
        } else {
            let mut names = Vec::new();
            for k in &c.keywords {
                let Some(arg) = &k.arg else {
                    return Err(self.unsupported("'**' in class keywords", s));
                };
                self.expr(&k.value)?;
                names.push(Const::Str(arg.as_str().into()));
            }
            self.load_const(Const::Tuple(names));
            self.emit(Op::CallKw, 2 + (c.bases.len() + c.keywords.len()) as u32);
        }
        for _ in &c.decorator_list {
            self.emit(Op::Call, 1);
        }
        self.store_name(c.name.as_str());
        Ok(())
    }

    fn qualname(&mut self, name: &str) -> String {
        let u = self.units.last().expect("unit stack");
        let scope = &self.table.scopes[u.scope];
        match scope.kind {
            Some(ScopeKind::Module) | None => name.to_string(),
            Some(ScopeKind::Class) => format!("{}.{}", u.code.qualname, name),
            Some(ScopeKind::Function) => format!("{}.<locals>.{}", u.code.qualname, name),
        }
    }

    /// Evaluate defaults, build the code object of a def/lambda and emit `MakeFunction`.
    fn make_function(
        &mut self,
        addr: usize,
        name: &str,
        args: &'a ast::Arguments,
        body: Body<'a>,
        line: u32,
    ) -> CResult {
        let mut flags = 0;
        let defaults: Vec<&ast::Expr> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple, defaults.len() as u32);
            flags |= make_function::DEFAULTS;
        }
        let kwdefaults: Vec<&ast::ArgWithDefault> = args
            .kwonlyargs
            .iter()
            .filter(|a| a.default.is_some())
            .collect();
        if !kwdefaults.is_empty() {
            for a in &kwdefaults {
                self.load_const(Const::Str(a.def.arg.as_str().into()));
                if let Some(d) = &a.default {
                    self.expr(d)?;
                }
            }
            self.emit(Op::BuildMap, kwdefaults.len() as u32);
            flags |= make_function::KWDEFAULTS;
        }
        let scope = self.table.scope_of(addr);
        let qualname = self.qualname(name);
        self.push_unit(scope, name, &qualname, line);
        {
            let code = &mut self.unit().code;
            code.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
            code.posonlyargcount = args.posonlyargs.len() as u32;
            code.kwonlyargcount = args.kwonlyargs.len() as u32;
            code.flags.varargs = args.vararg.is_some();
            code.flags.varkeywords = args.kwarg.is_some();
        }
        match body {
            Body::Stmts(stmts) => {
                if let Some(ast::Stmt::Expr(e)) = stmts.first() {
                    if let ast::Expr::Constant(ast::ExprConstant {
                        value: ast::Constant::Str(doc),
                        ..
                    }) = &*e.value
                    {
                        // The docstring is the first constant, as in CPython.
                        self.add_const(Const::Str(doc.as_str().into()));
                    }
                }
                self.stmts(stmts)?;
                self.load_const(Const::None);
                self.emit(Op::ReturnValue, 0);
            }
            Body::Expr(e) => {
                self.expr(e)?;
                if !self.unit().code.flags.generator {
                    self.emit(Op::ReturnValue, 0);
                } else {
                    self.emit(Op::PopTop, 0);
                    self.load_const(Const::None);
                    self.emit(Op::ReturnValue, 0);
                }
            }
        }
        let code = self.pop_unit();
        self.emit_make_function(code, flags)
    }

    /// Push the closure cells of `code` (if any), the code constant, and `MakeFunction`.
    fn emit_make_function(&mut self, code: CodeObject, mut flags: u32) -> CResult {
        if !code.freevars.is_empty() {
            for fv in &code.freevars {
                let i = self.cell_index(fv);
                self.emit(Op::LoadClosure, i);
            }
            self.emit(Op::BuildTuple, code.freevars.len() as u32);
            flags |= make_function::CLOSURE;
        }
        self.load_const(Const::Code(Rc::new(code)));
        self.emit(Op::MakeFunction, flags);
        Ok(())
    }

    // ---- assignment targets -------------------------------------------------------------

    /// `a, b = b, a` (a tuple or list display assigned to as many targets) without building a
    /// tuple and unpacking it. The right-hand side is still evaluated completely first. When
    /// every target is a distinct function local, the stores simply run right to left
    /// (unobservable); otherwise, for two or three targets (`p[i], p[j] = p[j], p[i]`), the
    /// values are rotated into unpacking order (as CPython 3.11's `SWAP`) and stored left to
    /// right as usual. Returns whether it applied.
    fn parallel_local_assign(&mut self, a: &'a ast::StmtAssign) -> CResult<bool> {
        let [target] = &a.targets[..] else {
            return Ok(false);
        };
        let (ast::Expr::Tuple(ast::ExprTuple { elts: targets, .. })
        | ast::Expr::List(ast::ExprList { elts: targets, .. })) = target
        else {
            return Ok(false);
        };
        let (ast::Expr::Tuple(ast::ExprTuple { elts: values, .. })
        | ast::Expr::List(ast::ExprList { elts: values, .. })) = &*a.value
        else {
            return Ok(false);
        };
        if targets.len() != values.len()
            || !(2..=8).contains(&targets.len())
            || values.iter().any(|v| matches!(v, ast::Expr::Starred(_)))
            || targets.iter().any(|t| matches!(t, ast::Expr::Starred(_)))
        {
            return Ok(false);
        }
        let scope = self.unit().scope;
        let mut names: Vec<&str> = Vec::with_capacity(targets.len());
        for t in targets {
            let ast::Expr::Name(n) = t else {
                break;
            };
            let name = n.id.as_str();
            let local = matches!(self.table.scopes[scope].lookup(name), NameScope::Local)
                && self.table.scopes[scope].mangle(name) == name;
            if !local || names.contains(&name) {
                break;
            }
            names.push(name);
        }
        let distinct_locals = names.len() == targets.len();
        if !distinct_locals && targets.len() > 3 {
            return Ok(false);
        }
        for v in values {
            self.expr(v)?;
        }
        if distinct_locals {
            for name in names.iter().rev() {
                self.store_name(name);
            }
            return Ok(true);
        }
        // [v1 v2] -> [v2 v1]; [v1 v2 v3] -> [v3 v2 v1]: the first value on top, as
        // `UnpackSequence` leaves them.
        if targets.len() == 3 {
            self.emit(Op::RotThree, 0);
        }
        self.emit(Op::RotTwo, 0);
        for t in targets {
            self.store_target(t)?;
        }
        Ok(true)
    }

    fn store_target(&mut self, t: &'a ast::Expr) -> CResult {
        match t {
            ast::Expr::Name(n) => self.store_name(n.id.as_str()),
            ast::Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.attr_index(a.attr.as_str());
                self.emit(Op::StoreAttr, ni);
            }
            ast::Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_index(&s.slice)?;
                self.emit(Op::StoreSubscr, 0);
            }
            ast::Expr::Tuple(ast::ExprTuple { elts, .. })
            | ast::Expr::List(ast::ExprList { elts, .. }) => {
                let star = elts.iter().position(|e| matches!(e, ast::Expr::Starred(_)));
                match star {
                    Some(i) => {
                        if elts
                            .iter()
                            .filter(|e| matches!(e, ast::Expr::Starred(_)))
                            .count()
                            > 1
                        {
                            return Err(
                                self.syntax("multiple starred expressions in assignment", t)
                            );
                        }
                        let after = elts.len() - i - 1;
                        self.emit(Op::UnpackEx, (i as u32) | ((after as u32) << 8));
                    }
                    None => {
                        self.emit(Op::UnpackSequence, elts.len() as u32);
                    }
                }
                for e in elts {
                    match e {
                        ast::Expr::Starred(s) => self.store_target(&s.value)?,
                        other => self.store_target(other)?,
                    }
                }
            }
            ast::Expr::Starred(_) => {
                return Err(self.syntax("starred assignment target must be in a list or tuple", t))
            }
            other => {
                let msg = format!("cannot assign to {}", bad_target::expr_name(other));
                return Err(self.syntax(&msg, other));
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a ast::Expr) -> CResult {
        match t {
            ast::Expr::Name(n) => self.delete_name(n.id.as_str()),
            ast::Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.attr_index(a.attr.as_str());
                self.emit(Op::DeleteAttr, ni);
            }
            ast::Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_index(&s.slice)?;
                self.emit(Op::DeleteSubscr, 0);
            }
            ast::Expr::Tuple(ast::ExprTuple { elts, .. })
            | ast::Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            other => {
                let msg = format!("cannot delete {}", bad_target::expr_name(other));
                return Err(self.syntax(&msg, other));
            }
        }
        Ok(())
    }

    fn subscript_index(&mut self, slice: &'a ast::Expr) -> CResult {
        if let ast::Expr::Slice(s) = slice {
            for part in [&s.lower, &s.upper] {
                match part {
                    Some(e) => self.expr(e)?,
                    None => self.load_const(Const::None),
                }
            }
            match &s.step {
                Some(e) => {
                    self.expr(e)?;
                    self.emit(Op::BuildSlice, 3);
                }
                None => {
                    self.emit(Op::BuildSlice, 2);
                }
            }
            Ok(())
        } else if let ast::Expr::Tuple(t) = slice {
            // `m[1, a:b]`: a tuple whose items may be slices.
            if !t.elts.iter().any(|e| matches!(e, ast::Expr::Slice(_))) {
                return self.expr(slice);
            }
            for e in &t.elts {
                if matches!(e, ast::Expr::Starred(_)) {
                    return Err(self.unsupported("starred item next to a slice in a subscript", e));
                }
                self.subscript_index(e)?;
            }
            self.emit(Op::BuildTuple, t.elts.len() as u32);
            Ok(())
        } else {
            self.expr(slice)
        }
    }

    // ---- conditions ---------------------------------------------------------------------

    /// Compile `e` as a condition: jump to the returned (to-be-patched) label when its truth
    /// equals `when`, fall through otherwise.
    fn jump_if(&mut self, e: &'a ast::Expr, when: bool) -> CResult<usize> {
        let mut labels = Vec::new();
        self.jump_if_into(e, when, &mut labels)?;
        // All collected jumps go to one label: chain them through a final Jump if needed.
        if labels.len() == 1 {
            return Ok(labels[0]);
        }
        let skip = self.emit(Op::Jump, 0);
        let target = self.here();
        for l in labels {
            self.patch(l, target);
        }
        let j = self.emit(Op::Jump, 0);
        self.patch_here(skip);
        Ok(j)
    }

    fn jump_if_into(&mut self, e: &'a ast::Expr, when: bool, out: &mut Vec<usize>) -> CResult {
        match e {
            ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                self.jump_if_into(&u.operand, !when, out)
            }
            ast::Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                let n = b.values.len();
                if is_and != when {
                    // `a and b` jumping when false (or `a or b` when true): any operand decides.
                    for v in &b.values {
                        self.jump_if_into(v, when, out)?;
                    }
                } else {
                    // All operands must agree: an early disagreement skips past the last test.
                    let mut skips = Vec::new();
                    for v in &b.values[..n - 1] {
                        self.jump_if_into(v, !when, &mut skips)?;
                    }
                    self.jump_if_into(&b.values[n - 1], when, out)?;
                    for s in skips {
                        self.patch_here(s);
                    }
                }
                Ok(())
            }
            _ => {
                self.expr(e)?;
                let op = if when {
                    Op::PopJumpIfTrue
                } else {
                    Op::PopJumpIfFalse
                };
                out.push(self.emit(op, 0));
                Ok(())
            }
        }
    }

    // ---- expressions --------------------------------------------------------------------

    fn expr(&mut self, e: &'a ast::Expr) -> CResult {
        use ast::Expr::*;
        match e {
            Constant(c) => {
                let k = self.constant(&c.value, e)?;
                self.load_const(k);
            }
            Name(n) => {
                self.set_line(e);
                self.load_name(n.id.as_str());
            }
            BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_line(e);
                self.emit(Op::BinaryOp, binop(b.op) as u32);
            }
            UnaryOp(u) => {
                if u.op == ast::UnaryOp::USub {
                    if let Constant(c) = &*u.operand {
                        match &c.value {
                            ast::Constant::Int(i) => {
                                let neg = -i.clone();
                                let k = match neg.to_i64() {
                                    Some(v) => Const::Int(v),
                                    None => Const::BigInt(neg),
                                };
                                self.load_const(k);
                                return Ok(());
                            }
                            ast::Constant::Float(f) => {
                                self.load_const(Const::Float(-f));
                                return Ok(());
                            }
                            _ => {}
                        }
                    }
                }
                self.expr(&u.operand)?;
                self.set_line(e);
                let op = match u.op {
                    ast::UnaryOp::Not => Op::UnaryNot,
                    ast::UnaryOp::USub => Op::UnaryNeg,
                    ast::UnaryOp::UAdd => Op::UnaryPos,
                    ast::UnaryOp::Invert => Op::UnaryInvert,
                };
                self.emit(op, 0);
            }
            BoolOp(b) => {
                let op = if b.op == ast::BoolOp::And {
                    Op::JumpIfFalseOrPop
                } else {
                    Op::JumpIfTrueOrPop
                };
                let mut jumps = Vec::new();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < b.values.len() {
                        jumps.push(self.emit(op, 0));
                    }
                }
                for j in jumps {
                    self.patch_here(j);
                }
            }
            Compare(c) => self.compare(c, e)?,
            IfExp(i) => {
                let else_label = self.jump_if(&i.test, false)?;
                self.expr(&i.body)?;
                let end = self.emit(Op::Jump, 0);
                self.patch_here(else_label);
                self.expr(&i.orelse)?;
                self.patch_here(end);
            }
            Call(c) => self.call(c, e)?,
            Attribute(a) => {
                self.expr(&a.value)?;
                self.set_line(e);
                let ni = self.attr_index(a.attr.as_str());
                self.emit(Op::LoadAttr, ni);
            }
            Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_index(&s.slice)?;
                self.set_line(e);
                self.emit(Op::BinarySubscr, 0);
            }
            List(l) => self.sequence(&l.elts, Op::BuildList)?,
            Tuple(t) => {
                if let Some(k) = self.const_tuple(&t.elts) {
                    self.load_const(k);
                } else {
                    self.sequence(&t.elts, Op::BuildTuple)?;
                }
            }
            Set(s) => self.sequence(&s.elts, Op::BuildSet)?,
            Dict(d) => self.dict(d)?,
            Lambda(l) => {
                let line = self.line_of(e);
                self.make_function(node_addr(l), "<lambda>", &l.args, Body::Expr(&l.body), line)?
            }
            ListComp(c) => self.comprehension(
                node_addr(c),
                "<listcomp>",
                &c.generators,
                e,
                Comp::List(&c.elt),
            )?,
            SetComp(c) => self.comprehension(
                node_addr(c),
                "<setcomp>",
                &c.generators,
                e,
                Comp::Set(&c.elt),
            )?,
            DictComp(c) => self.comprehension(
                node_addr(c),
                "<dictcomp>",
                &c.generators,
                e,
                Comp::Dict(&c.key, &c.value),
            )?,
            GeneratorExp(c) => self.comprehension(
                node_addr(c),
                "<genexpr>",
                &c.generators,
                e,
                Comp::Gen(&c.elt),
            )?,
            JoinedStr(j) => self.joined_str(j)?,
            FormattedValue(f) => {
                self.formatted_value(f)?;
            }
            NamedExpr(n) => {
                self.expr(&n.value)?;
                self.emit(Op::DupTop, 0);
                self.store_target(&n.target)?;
            }
            Yield(y) => {
                self.check_in_function(e, "'yield' outside function")?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.emit(Op::YieldValue, 0);
            }
            YieldFrom(y) => {
                self.check_in_function(e, "'yield' outside function")?;
                self.expr(&y.value)?;
                self.emit(Op::GetYieldFromIter, 0);
                self.load_const(Const::None);
                self.emit(Op::YieldFrom, 0);
            }
            Starred(_) => return Err(self.syntax("can't use starred expression here", e)),
            Slice(_) => return Err(self.unsupported("slice outside subscript", e)),
            Await(_) => return Err(self.unsupported("'await'", e)),
        }
        Ok(())
    }

    fn check_in_function(&self, e: &ast::Expr, msg: &str) -> CResult {
        let u = self.units.last().expect("unit stack");
        if self.table.scopes[u.scope].kind != Some(ScopeKind::Function) {
            return Err(self.syntax(msg, e));
        }
        Ok(())
    }

    fn constant(&self, c: &ast::Constant, node: &ast::Expr) -> CResult<Const> {
        Ok(match c {
            ast::Constant::None => Const::None,
            ast::Constant::Bool(b) => Const::Bool(*b),
            ast::Constant::Str(s) => Const::Str(s.as_str().into()),
            ast::Constant::Int(i) => match i.to_i64() {
                Some(v) => Const::Int(v),
                None => Const::BigInt(i.clone()),
            },
            ast::Constant::Float(f) => Const::Float(*f),
            ast::Constant::Tuple(items) => Const::Tuple(
                items
                    .iter()
                    .map(|i| self.constant(i, node))
                    .collect::<CResult<Vec<_>>>()?,
            ),
            ast::Constant::Ellipsis => Const::Ellipsis,
            ast::Constant::Bytes(_) => return Err(self.unsupported("bytes literal", node)),
            ast::Constant::Complex { .. } => return Err(self.unsupported("complex literal", node)),
        })
    }

    fn const_tuple(&self, elts: &[ast::Expr]) -> Option<Const> {
        let mut items = Vec::new();
        for e in elts {
            items.push(self.folded_const(e)?);
        }
        Some(Const::Tuple(items))
    }

    /// `e` as a constant when CPython's AST optimizer folds it to one: a literal, a negated
    /// number, or a tuple of such.
    fn folded_const(&self, e: &ast::Expr) -> Option<Const> {
        match e {
            ast::Expr::Constant(c) => self.constant(&c.value, e).ok(),
            ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match &*u.operand {
                ast::Expr::Constant(c) => match &c.value {
                    ast::Constant::Int(i) => {
                        let neg = -i.clone();
                        Some(match neg.to_i64() {
                            Some(v) => Const::Int(v),
                            None => Const::BigInt(neg),
                        })
                    }
                    ast::Constant::Float(f) => Some(Const::Float(-f)),
                    _ => None,
                },
                _ => None,
            },
            ast::Expr::Tuple(t) => self.const_tuple(&t.elts),
            _ => None,
        }
    }

    /// A list/tuple/set display, with `*iterable` entries unpacked.
    fn sequence(&mut self, elts: &'a [ast::Expr], build: Op) -> CResult {
        let has_star = elts.iter().any(|e| matches!(e, ast::Expr::Starred(_)));
        if build == Op::BuildSet && elts.len() > 2 {
            if let Some(Const::Tuple(items)) = self.const_tuple(elts) {
                // As CPython compiles it: a frozenset constant merged into a new set.
                self.emit(Op::BuildSet, 0);
                self.load_const(Const::FrozenSet(items));
                self.emit(Op::SetUpdate, 1);
                return Ok(());
            }
        }
        if !has_star {
            for e in elts {
                self.expr(e)?;
            }
            self.emit(build, elts.len() as u32);
            return Ok(());
        }
        let (start, add, extend) = if build == Op::BuildSet {
            (Op::BuildSet, Op::SetAdd, Op::SetUpdate)
        } else {
            (Op::BuildList, Op::ListAppend, Op::ListExtend)
        };
        self.emit(start, 0);
        for e in elts {
            match e {
                ast::Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(extend, 1);
                }
                other => {
                    self.expr(other)?;
                    self.emit(add, 1);
                }
            }
        }
        if build == Op::BuildTuple {
            self.emit(Op::ListToTuple, 0);
        }
        Ok(())
    }

    /// The `pending` named keywords on the stack built into a dict, merged into the call's
    /// keyword dict when there is one already (see the `**` call above).
    fn flush_keywords(&mut self, have_dict: &mut bool, pending: &mut u32) {
        if *pending == 0 {
            return;
        }
        self.emit(Op::BuildMap, *pending);
        if *have_dict {
            self.emit(Op::DictMerge, 1);
        }
        *have_dict = true;
        *pending = 0;
    }

    fn dict(&mut self, d: &'a ast::ExprDict) -> CResult {
        let has_unpack = d.keys.iter().any(|k| k.is_none());
        if !has_unpack {
            for (k, v) in d.keys.iter().zip(&d.values) {
                if let Some(k) = k {
                    self.expr(k)?;
                }
                self.expr(v)?;
            }
            self.emit(Op::BuildMap, d.values.len() as u32);
            return Ok(());
        }
        self.emit(Op::BuildMap, 0);
        for (k, v) in d.keys.iter().zip(&d.values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd, 1);
                }
                None => {
                    self.expr(v)?;
                    self.emit(Op::DictUpdate, 1);
                }
            }
        }
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare, e: &ast::Expr) -> CResult {
        self.expr(&c.left)?;
        let n = c.ops.len();
        let mut cleanups = Vec::new();
        for (i, (op, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
            self.expr(right)?;
            let last = i + 1 == n;
            if !last {
                self.emit(Op::DupTop, 0);
                self.emit(Op::RotThree, 0);
            }
            self.set_line(e);
            self.emit_cmp(*op);
            if !last {
                cleanups.push(self.emit(Op::JumpIfFalseOrPop, 0));
            }
        }
        if !cleanups.is_empty() {
            let end = self.emit(Op::Jump, 0);
            for j in cleanups {
                self.patch_here(j);
            }
            self.emit(Op::RotTwo, 0);
            self.emit(Op::PopTop, 0);
            self.patch_here(end);
        }
        Ok(())
    }

    fn emit_cmp(&mut self, op: ast::CmpOp) {
        let (o, arg) = match op {
            ast::CmpOp::Eq => (Op::CompareOp, CmpOp::Eq as u32),
            ast::CmpOp::NotEq => (Op::CompareOp, CmpOp::Ne as u32),
            ast::CmpOp::Lt => (Op::CompareOp, CmpOp::Lt as u32),
            ast::CmpOp::LtE => (Op::CompareOp, CmpOp::Le as u32),
            ast::CmpOp::Gt => (Op::CompareOp, CmpOp::Gt as u32),
            ast::CmpOp::GtE => (Op::CompareOp, CmpOp::Ge as u32),
            ast::CmpOp::Is => (Op::IsOp, 0),
            ast::CmpOp::IsNot => (Op::IsOp, 1),
            ast::CmpOp::In => (Op::ContainsOp, 0),
            ast::CmpOp::NotIn => (Op::ContainsOp, 1),
        };
        self.emit(o, arg);
    }

    fn call(&mut self, c: &'a ast::ExprCall, e: &ast::Expr) -> CResult {
        if self.zero_arg_super(c, e)? {
            return Ok(());
        }
        if let ast::Expr::Name(n) = &*c.func {
            let which = match (n.id.as_str(), c.args.len()) {
                ("globals", 0) => Some(0),
                ("locals" | "vars", 0) => Some(1),
                ("dir", 0) => Some(2),
                ("eval" | "exec", 1) => Some(3),
                _ => None,
            };
            let plain =
                c.keywords.is_empty() && !c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)));
            if let (Some(which), true) = (which, plain) {
                // These builtins need the calling frame: see `Op::CallFrameDict`.
                self.load_name(n.id.as_str());
                for a in &c.args {
                    self.expr(a)?;
                }
                self.set_line(e);
                self.emit(Op::CallFrameDict, which);
                return Ok(());
            }
        }
        let has_star = c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)));
        let has_dstar = c.keywords.iter().any(|k| k.arg.is_none());
        if !has_star && !has_dstar && c.keywords.is_empty() {
            if let ast::Expr::Attribute(a) = &*c.func {
                self.expr(&a.value)?;
                self.set_line(&*c.func);
                let ni = self.attr_index(a.attr.as_str());
                self.emit(Op::LoadMethod, ni);
                for arg in &c.args {
                    self.expr(arg)?;
                }
                self.set_line(e);
                self.emit(Op::CallMethod, c.args.len() as u32);
                return Ok(());
            }
        }
        self.expr(&c.func)?;
        if has_star || has_dstar {
            match &c.args[..] {
                // `f(*xs)`: the operand as it is; `CallEx` spreads it (CPython does too, and
                // names the callee when `xs` is no iterable).
                [ast::Expr::Starred(s)] => self.expr(&s.value)?,
                args => self.sequence(args, Op::BuildTuple)?,
            }
            if !c.keywords.is_empty() {
                // As CPython compiles it: runs of named keywords become a dict each, and
                // every dict after the first (and every `**` mapping) is merged into the
                // first by `DictMerge`, which refuses a keyword given twice.
                let mut have_dict = false;
                let mut pending = 0;
                for k in &c.keywords {
                    match &k.arg {
                        Some(name) => {
                            self.load_const(Const::Str(name.as_str().into()));
                            self.expr(&k.value)?;
                            pending += 1;
                        }
                        None => {
                            self.flush_keywords(&mut have_dict, &mut pending);
                            if !have_dict {
                                self.emit(Op::BuildMap, 0);
                                have_dict = true;
                            }
                            self.expr(&k.value)?;
                            self.emit(Op::DictMerge, 1);
                        }
                    }
                }
                self.flush_keywords(&mut have_dict, &mut pending);
            }
            self.set_line(e);
            self.emit(Op::CallEx, u32::from(!c.keywords.is_empty()));
            return Ok(());
        }
        for arg in &c.args {
            self.expr(arg)?;
        }
        if c.keywords.is_empty() {
            self.set_line(e);
            self.emit(Op::Call, c.args.len() as u32);
        } else {
            let mut names = Vec::new();
            for k in &c.keywords {
                self.expr(&k.value)?;
                if let Some(name) = &k.arg {
                    if names
                        .iter()
                        .any(|n| matches!(n, Const::Str(s) if &**s == name.as_str()))
                    {
                        return Err(self.syntax(
                            &format!("keyword argument repeated: {}", name.as_str()),
                            &k.value,
                        ));
                    }
                    names.push(Const::Str(name.as_str().into()));
                }
            }
            self.load_const(Const::Tuple(names));
            self.set_line(e);
            self.emit(Op::CallKw, (c.args.len() + c.keywords.len()) as u32);
        }
        Ok(())
    }

    /// `super()` inside a method becomes `super(__class__, <first argument>)`.
    fn zero_arg_super(&mut self, c: &'a ast::ExprCall, e: &ast::Expr) -> CResult<bool> {
        let ast::Expr::Name(n) = &*c.func else {
            return Ok(false);
        };
        if n.id.as_str() != "super" || !c.args.is_empty() || !c.keywords.is_empty() {
            return Ok(false);
        }
        let scope = self.unit().scope;
        let s = &self.table.scopes[scope];
        if !s.is_free("__class__") {
            return Ok(false);
        }
        let Some(first) = s.params.first().cloned() else {
            return Err(CompileError::syntax(
                "super(): no arguments",
                self.line_of(e),
            ));
        };
        self.load_name("super");
        let ci = self.cell_index("__class__");
        self.emit(Op::LoadDeref, ci);
        self.load_name(&first);
        self.set_line(e);
        self.emit(Op::Call, 2);
        Ok(true)
    }

    fn joined_str(&mut self, j: &'a ast::ExprJoinedStr) -> CResult {
        if j.values.is_empty() {
            self.load_const(Const::Str("".into()));
            return Ok(());
        }
        for v in &j.values {
            match v {
                ast::Expr::FormattedValue(f) => self.formatted_value(f)?,
                other => self.expr(other)?,
            }
        }
        if j.values.len() > 1 {
            self.emit(Op::BuildString, j.values.len() as u32);
        } else if !matches!(j.values[0], ast::Expr::FormattedValue(_)) {
            // A lone constant is already a str.
        }
        Ok(())
    }

    fn formatted_value(&mut self, f: &'a ast::ExprFormattedValue) -> CResult {
        self.expr(&f.value)?;
        let mut flags = match f.conversion {
            ast::ConversionFlag::None => format_value::CONV_NONE,
            ast::ConversionFlag::Str => format_value::CONV_STR,
            ast::ConversionFlag::Repr => format_value::CONV_REPR,
            ast::ConversionFlag::Ascii => format_value::CONV_ASCII,
        };
        if let Some(spec) = &f.format_spec {
            match &**spec {
                ast::Expr::JoinedStr(j) => self.joined_str(j)?,
                other => self.expr(other)?,
            }
            flags |= format_value::HAS_SPEC;
        }
        self.emit(Op::FormatValue, flags);
        Ok(())
    }

    fn comprehension(
        &mut self,
        addr: usize,
        name: &str,
        generators: &'a [ast::Comprehension],
        node: &'a ast::Expr,
        kind: Comp<'a>,
    ) -> CResult {
        if generators.iter().any(|g| g.is_async) {
            return Err(self.unsupported("asynchronous comprehension", node));
        }
        let scope = self.table.scope_of(addr);
        let qualname = self.qualname(name);
        let line = self.line_of(node);
        self.push_unit(scope, name, &qualname, line);
        self.unit().code.argcount = 1;
        match kind {
            Comp::List(_) => {
                self.emit(Op::BuildList, 0);
            }
            Comp::Set(_) => {
                self.emit(Op::BuildSet, 0);
            }
            Comp::Dict(..) => {
                self.emit(Op::BuildMap, 0);
            }
            Comp::Gen(_) => {}
        }
        self.comprehension_level(generators, 0, &kind)?;
        if matches!(kind, Comp::Gen(_)) {
            self.load_const(Const::None);
        }
        self.emit(Op::ReturnValue, 0);
        let code = self.pop_unit();
        self.emit_make_function(code, 0)?;
        self.expr(&generators[0].iter)?;
        self.emit(Op::GetIter, 0);
        self.set_line(node);
        self.emit(Op::Call, 1);
        Ok(())
    }

    fn comprehension_level(
        &mut self,
        generators: &'a [ast::Comprehension],
        level: usize,
        kind: &Comp<'a>,
    ) -> CResult {
        let g = &generators[level];
        if level == 0 {
            let i = self.local_index(".0");
            self.emit(Op::LoadFast, i);
            // `iter()` of the iterator the caller passed is the iterator itself (a few
            // instructions), but a `GetIter` before the `ForIter` is where the loop-entry
            // hook runs a loop's trace: without it a comprehension's first iteration was
            // always interpreted and its trace entered at the first back-edge, one iteration
            // late (chaos's `[ctrl[i].lerp(ctrl[i + 1], u) for i in range(len(ctrl) - 1)]`
            // over 3, 2 and 1 items then ran 1, 1 and 0 traced iterations per entry and was
            // discarded). Not in generator expressions, whose loops are never traced, nor
            // without a JIT (`crate::comprehension_entry`).
            if !matches!(kind, Comp::Gen(_)) && crate::comprehension_entry() {
                self.emit(Op::GetIter, 0);
            }
        } else {
            self.expr(&g.iter)?;
            self.emit(Op::GetIter, 0);
        }
        let start = self.here();
        let for_iter = self.emit(Op::ForIter, 0);
        self.store_target(&g.target)?;
        let mut skips = Vec::new();
        for cond in &g.ifs {
            skips.push(self.jump_if(cond, false)?);
        }
        if level + 1 < generators.len() {
            self.comprehension_level(generators, level + 1, kind)?;
        } else {
            let depth = (generators.len() + 1) as u32;
            match kind {
                Comp::List(e) => {
                    self.expr(e)?;
                    self.emit(Op::ListAppend, depth);
                }
                Comp::Set(e) => {
                    self.expr(e)?;
                    self.emit(Op::SetAdd, depth);
                }
                Comp::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd, depth);
                }
                Comp::Gen(e) => {
                    self.expr(e)?;
                    self.emit(Op::YieldValue, 0);
                    self.emit(Op::PopTop, 0);
                }
            }
        }
        for s in skips {
            self.patch(s, start);
        }
        self.emit(Op::Jump, start as u32);
        self.patch_here(for_iter);
        Ok(())
    }
}

enum Comp<'a> {
    List(&'a ast::Expr),
    Set(&'a ast::Expr),
    Dict(&'a ast::Expr, &'a ast::Expr),
    Gen(&'a ast::Expr),
}

fn clone_fblock<'a>(b: &FBlock<'a>) -> FBlock<'a> {
    match b {
        FBlock::Loop {
            start,
            breaks: _,
            is_for,
        } => FBlock::Loop {
            start: *start,
            breaks: Vec::new(),
            is_for: *is_for,
        },
        FBlock::Try => FBlock::Try,
        FBlock::Finally(b) => FBlock::Finally(b),
        FBlock::FinallyExc => FBlock::FinallyExc,
        FBlock::Handler => FBlock::Handler,
        FBlock::PopValue => FBlock::PopValue,
        FBlock::With(line) => FBlock::With(*line),
    }
}

fn is_const_true(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::Constant(c) => match &c.value {
            ast::Constant::Bool(b) => *b,
            ast::Constant::Int(i) => i.to_i64() != Some(0),
            _ => false,
        },
        _ => false,
    }
}

fn binop(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::Or,
        ast::Operator::BitXor => BinOp::Xor,
        ast::Operator::BitAnd => BinOp::And,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

/// Flags for a code object compiled from a module (exposed for tests).
pub fn module_flags() -> CodeFlags {
    CodeFlags {
        uses_name_dict: true,
        ..CodeFlags::default()
    }
}

/// The source form of an annotation as `from __future__ import annotations` stores it (a
/// subset of `ast.unparse`: names, attributes, subscripts, constants, `|`, tuples, lists).
fn unparse(e: &ast::Expr) -> String {
    use ast::Expr::*;
    match e {
        Name(n) => n.id.to_string(),
        Attribute(a) => format!("{}.{}", unparse(&a.value), a.attr.as_str()),
        Subscript(s) => {
            let inner = match &*s.slice {
                Tuple(t) if !t.elts.is_empty() => {
                    t.elts.iter().map(unparse).collect::<Vec<_>>().join(", ")
                }
                other => unparse(other),
            };
            format!("{}[{}]", unparse(&s.value), inner)
        }
        Constant(c) => match &c.value {
            ast::Constant::Str(s) => {
                if s.contains('\'') && !s.contains('"') {
                    format!("\"{s}\"")
                } else {
                    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
                }
            }
            ast::Constant::None => "None".into(),
            ast::Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
            ast::Constant::Int(i) => i.to_string(),
            ast::Constant::Ellipsis => "...".into(),
            _ => "...".into(),
        },
        BinOp(b) if matches!(b.op, ast::Operator::BitOr) => {
            format!("{} | {}", unparse(&b.left), unparse(&b.right))
        }
        Tuple(t) => match t.elts.len() {
            1 => format!("({},)", unparse(&t.elts[0])),
            _ => format!(
                "({})",
                t.elts.iter().map(unparse).collect::<Vec<_>>().join(", ")
            ),
        },
        List(l) => format!(
            "[{}]",
            l.elts.iter().map(unparse).collect::<Vec<_>>().join(", ")
        ),
        Call(c) => format!(
            "{}({})",
            unparse(&c.func),
            c.args.iter().map(unparse).collect::<Vec<_>>().join(", ")
        ),
        _ => "...".into(),
    }
}

/// Whether evaluating `e` certainly binds no name of the running frame: true only for
/// expressions built from the listed kinds, none of them `:=` (the one expression that
/// binds). Conservative: comprehensions, lambdas, `yield` and the rest answer `false`.
fn binds_no_name(e: &ast::Expr) -> bool {
    use ast::Expr::*;
    match e {
        Constant(_) | Name(_) => true,
        Attribute(a) => binds_no_name(&a.value),
        BinOp(b) => binds_no_name(&b.left) && binds_no_name(&b.right),
        UnaryOp(u) => binds_no_name(&u.operand),
        BoolOp(b) => b.values.iter().all(binds_no_name),
        Compare(c) => binds_no_name(&c.left) && c.comparators.iter().all(binds_no_name),
        IfExp(i) => binds_no_name(&i.test) && binds_no_name(&i.body) && binds_no_name(&i.orelse),
        Subscript(s) => binds_no_name(&s.value) && binds_no_name(&s.slice),
        Call(c) => {
            binds_no_name(&c.func)
                && c.args.iter().all(binds_no_name)
                && c.keywords.iter().all(|k| binds_no_name(&k.value))
        }
        Tuple(t) => t.elts.iter().all(binds_no_name),
        List(l) => l.elts.iter().all(binds_no_name),
        Starred(s) => binds_no_name(&s.value),
        _ => false,
    }
}
