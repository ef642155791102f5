//! Scope analysis: which names are local, global, cell or free in each scope.
//!
//! Pass one walks the AST once and records, per scope (module, function, lambda, comprehension,
//! class), the names it binds, uses and declares `global`/`nonlocal`. Pass two resolves every
//! name of every function scope against its enclosing function scopes (class scopes are skipped,
//! as in CPython), marking the binding scope's variable as a cell and each scope on the way as
//! holding it free. Scopes are keyed by the address of their AST node, which the code generator
//! visits in the same tree.

use crate::error::CompileError;
use rustpython_parser::ast::{self, Ranged};
use std::collections::{HashMap, HashSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
}

/// How a name is reached inside one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    Global,
    /// A cell owned by this scope or a free variable from an enclosing one.
    Deref,
    /// Module and class bodies: a dictionary lookup.
    Name,
}

#[derive(Debug, Default)]
pub struct Scope {
    pub kind: Option<ScopeKind>,
    pub parent: Option<usize>,
    pub params: Vec<String>,
    pub bound: Vec<String>,
    bound_set: HashSet<String>,
    pub used: HashSet<String>,
    pub globals: HashSet<String>,
    pub nonlocals: HashSet<String>,
    /// For a comprehension's scope, what CPython calls it in "'yield' inside list
    /// comprehension".
    comprehension: Option<&'static str>,
    /// The line of each `nonlocal` declaration, for "no binding for nonlocal" (pass two).
    nonlocal_lines: Vec<(String, u32)>,
    pub cells: Vec<String>,
    pub frees: Vec<String>,
    pub is_generator: bool,
    /// A method of a class that uses `super` or `__class__`.
    pub needs_class_cell: bool,
    /// The innermost enclosing class's name without leading underscores, for private name
    /// mangling (`__x` becomes `_C__x` inside class `C` and the functions nested in it).
    pub mangle_class: Option<String>,
    /// Module scope of `exec`/`eval` code: names are looked up in the locals mapping first,
    /// then the globals (CPython's `LOAD_NAME`), instead of the globals directly.
    pub name_lookups: bool,
}

/// CPython's private name mangling: `__spam` inside class `_Ham` is `_Ham__spam`.
pub fn mangle<'a>(class: Option<&str>, name: &'a str) -> std::borrow::Cow<'a, str> {
    match class {
        Some(c) if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') => {
            std::borrow::Cow::Owned(format!("_{c}{name}"))
        }
        _ => std::borrow::Cow::Borrowed(name),
    }
}

impl Scope {
    fn kind(&self) -> ScopeKind {
        self.kind.unwrap_or(ScopeKind::Module)
    }

    /// `name` as spelled inside this scope after private name mangling.
    pub fn mangle<'a>(&self, name: &'a str) -> std::borrow::Cow<'a, str> {
        mangle(self.mangle_class.as_deref(), name)
    }

    fn bind(&mut self, name: &str) {
        let name = self.mangle(name).into_owned();
        if self.bound_set.insert(name.clone()) {
            self.bound.push(name);
        }
    }

    fn use_name(&mut self, name: &str) {
        let name = self.mangle(name).into_owned();
        self.used.insert(name);
    }

    /// Whether `name` is a local variable of this (function) scope.
    pub fn is_local(&self, name: &str) -> bool {
        let name = &*self.mangle(name);
        self.bound_set.contains(name)
            && !self.globals.contains(name)
            && !self.nonlocals.contains(name)
    }

    pub fn is_cell(&self, name: &str) -> bool {
        let name = &*self.mangle(name);
        self.cells.iter().any(|c| c == name)
    }

    pub fn is_free(&self, name: &str) -> bool {
        let name = &*self.mangle(name);
        self.frees.iter().any(|c| c == name)
    }

    /// Resolve a name used in this scope.
    pub fn lookup(&self, name: &str) -> NameScope {
        let name = &*self.mangle(name);
        match self.kind() {
            ScopeKind::Module if self.name_lookups && !self.globals.contains(name) => {
                NameScope::Name
            }
            ScopeKind::Module => NameScope::Global,
            ScopeKind::Class => {
                if self.globals.contains(name) {
                    NameScope::Global
                } else if self.is_free(name) && !self.bound_set.contains(name) {
                    NameScope::Deref
                } else {
                    NameScope::Name
                }
            }
            ScopeKind::Function => {
                if self.globals.contains(name) {
                    NameScope::Global
                } else if self.is_cell(name) || self.is_free(name) {
                    NameScope::Deref
                } else if self.is_local(name) {
                    NameScope::Local
                } else {
                    NameScope::Global
                }
            }
        }
    }
}

/// All scopes of one module, indexed by id; id 0 is the module.
#[derive(Debug, Default)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    /// The scope id for the AST node at `addr` (a def, lambda, class or comprehension).
    pub fn scope_of(&self, addr: usize) -> usize {
        self.by_node[&addr]
    }
}

/// Analyse a module body.
pub fn analyze(
    body: &[ast::Stmt],
    line_of: &dyn Fn(u32) -> u32,
) -> Result<SymbolTable, CompileError> {
    analyze_module(body, line_of, false)
}

/// Analyse a module body; with `name_lookups` its names go through the locals mapping
/// (code for `exec`/`eval`).
pub fn analyze_module(
    body: &[ast::Stmt],
    line_of: &dyn Fn(u32) -> u32,
    name_lookups: bool,
) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        table: SymbolTable::default(),
        current: 0,
        line_of,
    };
    b.table.scopes.push(Scope {
        kind: Some(ScopeKind::Module),
        name_lookups,
        ..Scope::default()
    });
    b.stmts(body)?;
    resolve(&mut b.table)?;
    Ok(b.table)
}

pub fn node_addr<T>(node: &T) -> usize {
    node as *const T as usize
}

struct Builder<'a> {
    table: SymbolTable,
    current: usize,
    line_of: &'a dyn Fn(u32) -> u32,
}

impl Builder<'_> {
    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.current]
    }

    fn push_scope(&mut self, kind: ScopeKind, addr: usize) -> usize {
        let id = self.table.scopes.len();
        let mangle_class = self.table.scopes[self.current].mangle_class.clone();
        self.table.scopes.push(Scope {
            kind: Some(kind),
            parent: Some(self.current),
            mangle_class,
            ..Scope::default()
        });
        self.table.by_node.insert(addr, id);
        let prev = self.current;
        self.current = id;
        prev
    }

    fn err(&self, node: &impl Ranged, msg: String) -> CompileError {
        CompileError::syntax(msg, (self.line_of)(node.range().start().into()))
    }

    fn stmts(&mut self, body: &[ast::Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn arguments(&mut self, args: &ast::Arguments) -> Result<(), CompileError> {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn bind_params(&mut self, args: &ast::Arguments) {
        let mut names: Vec<String> = Vec::new();
        for a in args.posonlyargs.iter().chain(&args.args) {
            names.push(a.def.arg.to_string());
        }
        for a in &args.kwonlyargs {
            names.push(a.def.arg.to_string());
        }
        if let Some(v) = &args.vararg {
            names.push(v.arg.to_string());
        }
        if let Some(k) = &args.kwarg {
            names.push(k.arg.to_string());
        }
        let names: Vec<String> = names
            .iter()
            .map(|n| self.scope().mangle(n).into_owned())
            .collect();
        for n in &names {
            self.scope().bind(n);
        }
        self.scope().params = names;
    }

    fn stmt(&mut self, s: &ast::Stmt) -> Result<(), CompileError> {
        use ast::Stmt::*;
        match s {
            FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(d)?;
                }
                self.arguments(&f.args)?;
                self.scope().bind(f.name.as_str());
                let prev = self.push_scope(ScopeKind::Function, node_addr(f));
                self.bind_params(&f.args);
                self.stmts(&f.body)?;
                self.current = prev;
            }
            AsyncFunctionDef(_) | AsyncFor(_) | AsyncWith(_) => {}
            ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(d)?;
                }
                for e in &c.bases {
                    self.expr(e)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.scope().bind(c.name.as_str());
                let prev = self.push_scope(ScopeKind::Class, node_addr(c));
                let bare = c.name.trim_start_matches('_');
                self.scope().mangle_class = (!bare.is_empty()).then(|| bare.to_string());
                self.stmts(&c.body)?;
                self.current = prev;
            }
            Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Delete(d) => {
                for t in &d.targets {
                    self.target(t)?;
                }
            }
            Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.target(t)?;
                }
            }
            AugAssign(a) => {
                self.expr(&a.value)?;
                self.target(&a.target)?;
                if let ast::Expr::Name(n) = &*a.target {
                    self.scope().use_name(n.id.as_str());
                }
            }
            AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.target(&a.target)?;
                } else if let ast::Expr::Name(n) = &*a.target {
                    self.scope().bind(n.id.as_str());
                }
            }
            For(f) => {
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                self.stmts(&i.orelse)?;
            }
            With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Match(m) => {
                self.expr(&m.subject)?;
                for c in &m.cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            TypeAlias(_) => {}
            Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(e) = &r.cause {
                    self.expr(e)?;
                }
            }
            Try(t) => self.try_parts(&t.body, &t.handlers, &t.orelse, &t.finalbody)?,
            TryStar(t) => self.try_parts(&t.body, &t.handlers, &t.orelse, &t.finalbody)?,
            Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Import(i) => {
                for a in &i.names {
                    let name = match &a.asname {
                        Some(n) => n.to_string(),
                        None => a.name.split('.').next().unwrap_or_default().to_string(),
                    };
                    self.scope().bind(&name);
                }
            }
            ImportFrom(i) => {
                for a in &i.names {
                    let name = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    if name != "*" {
                        self.scope().bind(&name);
                    }
                }
            }
            Global(g) => {
                for n in &g.names {
                    let name = self.scope().mangle(n.as_str()).into_owned();
                    if self.scope().bound_set.contains(&name) || self.scope().used.contains(&name) {
                        let kind = if self.scope().params.contains(&name) {
                            "parameter"
                        } else if self.scope().bound_set.contains(&name) {
                            "assigned to"
                        } else {
                            "used"
                        };
                        if kind == "parameter" {
                            return Err(
                                self.err(s, format!("name '{name}' is parameter and global"))
                            );
                        }
                        return Err(self.err(
                            s,
                            format!("name '{name}' is {kind} before global declaration"),
                        ));
                    }
                    self.scope().globals.insert(name);
                }
            }
            Nonlocal(nl) => {
                if self.scope().kind() == ScopeKind::Module {
                    return Err(
                        self.err(s, "nonlocal declaration not allowed at module level".into())
                    );
                }
                for n in &nl.names {
                    let name = self.scope().mangle(n.as_str()).into_owned();
                    if self.scope().params.contains(&name) {
                        return Err(self.err(s, format!("name '{name}' is parameter and nonlocal")));
                    }
                    if self.scope().bound_set.contains(&name) || self.scope().used.contains(&name) {
                        let kind = if self.scope().bound_set.contains(&name) {
                            "assigned to"
                        } else {
                            "used"
                        };
                        return Err(self.err(
                            s,
                            format!("name '{name}' is {kind} before nonlocal declaration"),
                        ));
                    }
                    let line = (self.line_of)(s.range().start().into());
                    self.scope().nonlocal_lines.push((name.clone(), line));
                    self.scope().nonlocals.insert(name);
                }
            }
            Expr(e) => self.expr(&e.value)?,
            Pass(_) | Break(_) | Continue(_) => {}
        }
        Ok(())
    }

    fn try_parts(
        &mut self,
        body: &[ast::Stmt],
        handlers: &[ast::ExceptHandler],
        orelse: &[ast::Stmt],
        finalbody: &[ast::Stmt],
    ) -> Result<(), CompileError> {
        self.stmts(body)?;
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            if let Some(t) = &h.type_ {
                self.expr(t)?;
            }
            if let Some(n) = &h.name {
                self.scope().bind(n.as_str());
            }
            self.stmts(&h.body)?;
        }
        self.stmts(orelse)?;
        self.stmts(finalbody)
    }

    /// A `case` pattern: its captures bind names of this scope, its values and classes are
    /// expressions.
    fn pattern(&mut self, p: &ast::Pattern) -> Result<(), CompileError> {
        use ast::Pattern::*;
        match p {
            MatchValue(v) => self.expr(&v.value)?,
            MatchSingleton(_) => {}
            MatchSequence(s) => s.patterns.iter().try_for_each(|p| self.pattern(p))?,
            MatchMapping(m) => {
                m.keys.iter().try_for_each(|k| self.expr(k))?;
                m.patterns.iter().try_for_each(|p| self.pattern(p))?;
                if let Some(r) = &m.rest {
                    self.scope().bind(r.as_str());
                }
            }
            MatchClass(c) => {
                self.expr(&c.cls)?;
                c.patterns.iter().try_for_each(|p| self.pattern(p))?;
                c.kwd_patterns.iter().try_for_each(|p| self.pattern(p))?;
            }
            MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.scope().bind(n.as_str());
                }
            }
            MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p)?;
                }
                if let Some(n) = &a.name {
                    self.scope().bind(n.as_str());
                }
            }
            MatchOr(o) => o.patterns.iter().try_for_each(|p| self.pattern(p))?,
        }
        Ok(())
    }

    /// A store or delete target.
    fn target(&mut self, e: &ast::Expr) -> Result<(), CompileError> {
        match e {
            ast::Expr::Name(n) => {
                self.scope().bind(n.id.as_str());
                Ok(())
            }
            ast::Expr::Tuple(t) => t.elts.iter().try_for_each(|e| self.target(e)),
            ast::Expr::List(t) => t.elts.iter().try_for_each(|e| self.target(e)),
            ast::Expr::Starred(s) => self.target(&s.value),
            other => self.expr(other),
        }
    }

    fn comprehension(
        &mut self,
        addr: usize,
        generators: &[ast::Comprehension],
        elts: &[&ast::Expr],
        kind: &'static str,
    ) -> Result<(), CompileError> {
        // The outermost iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.expr(&first.iter)?;
        }
        let prev = self.push_scope(ScopeKind::Function, addr);
        self.scope().bind(".0");
        self.scope().params = vec![".0".to_string()];
        self.scope().is_generator = kind == "generator expression";
        self.scope().comprehension = Some(kind);
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.current = prev;
        Ok(())
    }

    /// `yield` in a comprehension (but its outermost iterable) is a SyntaxError since 3.8.
    fn no_yield_in_comprehension(&self, e: &ast::Expr) -> Result<(), CompileError> {
        match self.table.scopes[self.current].comprehension {
            Some(kind) => Err(self.err(e, format!("'yield' inside {kind}"))),
            None => Ok(()),
        }
    }

    fn expr(&mut self, e: &ast::Expr) -> Result<(), CompileError> {
        use ast::Expr::*;
        match e {
            BoolOp(b) => b.values.iter().try_for_each(|v| self.expr(v))?,
            NamedExpr(n) => {
                self.expr(&n.value)?;
                // The target binds in the nearest enclosing non-comprehension scope.
                if let Name(name) = &*n.target {
                    let mut id = self.current;
                    while self.table.scopes[id].params == [".0"] {
                        let p = self.table.scopes[id].parent.unwrap_or(0);
                        self.table.scopes[id].use_name(name.id.as_str());
                        id = p;
                    }
                    self.table.scopes[id].bind(name.id.as_str());
                }
            }
            BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            UnaryOp(u) => self.expr(&u.operand)?,
            Lambda(l) => {
                self.arguments(&l.args)?;
                let prev = self.push_scope(ScopeKind::Function, node_addr(l));
                self.bind_params(&l.args);
                self.expr(&l.body)?;
                self.current = prev;
            }
            IfExp(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Dict(d) => {
                for k in d.keys.iter().flatten() {
                    self.expr(k)?;
                }
                d.values.iter().try_for_each(|v| self.expr(v))?;
            }
            Set(s) => s.elts.iter().try_for_each(|v| self.expr(v))?,
            ListComp(c) => {
                self.comprehension(node_addr(c), &c.generators, &[&c.elt], "list comprehension")?
            }
            SetComp(c) => {
                self.comprehension(node_addr(c), &c.generators, &[&c.elt], "set comprehension")?
            }
            DictComp(c) => self.comprehension(
                node_addr(c),
                &c.generators,
                &[&c.key, &c.value],
                "dict comprehension",
            )?,
            GeneratorExp(c) => self.comprehension(
                node_addr(c),
                &c.generators,
                &[&c.elt],
                "generator expression",
            )?,
            Await(a) => self.expr(&a.value)?,
            Yield(y) => {
                self.no_yield_in_comprehension(e)?;
                self.scope().is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            YieldFrom(y) => {
                self.no_yield_in_comprehension(e)?;
                self.scope().is_generator = true;
                self.expr(&y.value)?;
            }
            Compare(c) => {
                self.expr(&c.left)?;
                c.comparators.iter().try_for_each(|v| self.expr(v))?;
            }
            Call(c) => {
                self.expr(&c.func)?;
                // A generator expression shares the call's parentheses only as its sole
                // argument: without parentheses of its own, its range starts where its
                // element does.
                if c.args.len() + c.keywords.len() > 1 {
                    let bare = |a: &ast::Expr| match a {
                        GeneratorExp(g) => g.range.start() == g.elt.range().start(),
                        _ => false,
                    };
                    if let Some(g) = c.args.iter().find(|a| bare(a)) {
                        return Err(
                            self.err(g, "Generator expression must be parenthesized".into())
                        );
                    }
                }
                c.args.iter().try_for_each(|v| self.expr(v))?;
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
            }
            FormattedValue(f) => {
                self.expr(&f.value)?;
                if let Some(s) = &f.format_spec {
                    self.expr(s)?;
                }
            }
            JoinedStr(j) => j.values.iter().try_for_each(|v| self.expr(v))?,
            Constant(_) => {}
            Attribute(a) => self.expr(&a.value)?,
            Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Starred(s) => self.expr(&s.value)?,
            Name(n) => {
                let id = n.id.to_string();
                if id == "super" {
                    self.mark_class_cell();
                }
                if id == "__class__" {
                    self.mark_class_cell();
                }
                self.scope().use_name(&id);
            }
            List(l) => l.elts.iter().try_for_each(|v| self.expr(v))?,
            Tuple(t) => t.elts.iter().try_for_each(|v| self.expr(v))?,
            Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(part)?;
                }
            }
        }
        Ok(())
    }

    /// A function directly inside a class uses `super()`/`__class__`: give it the class cell.
    fn mark_class_cell(&mut self) {
        let cur = self.current;
        if self.table.scopes[cur].kind() != ScopeKind::Function {
            return;
        }
        if let Some(p) = self.table.scopes[cur].parent {
            if self.table.scopes[p].kind() == ScopeKind::Class {
                self.table.scopes[cur].needs_class_cell = true;
                self.table.scopes[cur].used.insert("__class__".into());
            }
        }
    }
}

/// Pass two: link every free name of a function scope to the scope that binds it. A
/// `nonlocal` name that no enclosing function binds (a function that declares it `global`
/// hides the ones further out) is CPython's "no binding for nonlocal" error.
fn resolve(table: &mut SymbolTable) -> Result<(), CompileError> {
    // Class bodies whose methods need `__class__` own that cell.
    for id in 0..table.scopes.len() {
        if table.scopes[id].needs_class_cell {
            if let Some(p) = table.scopes[id].parent {
                table.scopes[p].bind("__class__");
                if !table.scopes[p].is_cell("__class__") {
                    table.scopes[p].cells.push("__class__".into());
                }
            }
        }
    }
    for id in 0..table.scopes.len() {
        let kind = table.scopes[id].kind();
        if kind == ScopeKind::Module {
            continue;
        }
        let mut names: Vec<String> = table.scopes[id].used.iter().cloned().collect();
        names.extend(table.scopes[id].nonlocals.iter().cloned());
        names.sort();
        names.dedup();
        for name in names {
            let s = &table.scopes[id];
            if s.globals.contains(&name) {
                continue;
            }
            if kind == ScopeKind::Function && s.is_local(&name) {
                continue;
            }
            if kind == ScopeKind::Class && s.bound_set.contains(&name) {
                continue;
            }
            if kind == ScopeKind::Class && name == "__class__" {
                continue;
            }
            // Walk outwards through enclosing function scopes.
            let mut chain = vec![id];
            let mut p = table.scopes[id].parent;
            let mut owner = None;
            while let Some(pid) = p {
                let ps = &table.scopes[pid];
                match ps.kind() {
                    ScopeKind::Module => break,
                    ScopeKind::Class => {
                        if name == "__class__" && ps.is_cell("__class__") {
                            owner = Some(pid);
                            break;
                        }
                        chain.push(pid);
                    }
                    ScopeKind::Function => {
                        if ps.globals.contains(&name) {
                            break;
                        }
                        if ps.is_local(&name) {
                            owner = Some(pid);
                            break;
                        }
                        chain.push(pid);
                    }
                }
                p = ps.parent;
            }
            if owner.is_none() {
                if let Some((_, line)) = table.scopes[id]
                    .nonlocal_lines
                    .iter()
                    .find(|(n, _)| *n == name)
                {
                    return Err(CompileError::syntax(
                        format!("no binding for nonlocal '{name}' found"),
                        *line,
                    ));
                }
            }
            if let Some(owner) = owner {
                if !table.scopes[owner].is_cell(&name) {
                    table.scopes[owner].cells.push(name.clone());
                }
                for c in chain {
                    if !table.scopes[c].is_free(&name) {
                        table.scopes[c].frees.push(name.clone());
                    }
                }
            }
        }
    }
    Ok(())
}
