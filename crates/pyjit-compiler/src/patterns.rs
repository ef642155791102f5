//! `match` statements (PEP 634), compiled as CPython 3.11 does (`compiler_match` and the
//! `compiler_pattern_*` functions of `compile.c`).
//!
//! The subject stays on the stack while a pattern runs; each test consumes the value it is
//! given and jumps to a *fail label* on mismatch. The values a pattern captures are not
//! stored as they are found but kept on the stack (rotated below the working values) and
//! stored only once the whole `case` pattern has matched, so a failed case binds nothing.
//! Each fail label pops what was on the stack at its jump (`fail_pop[n]` pops `n` values and
//! falls into `fail_pop[n - 1]`), leaving the stack as the case found it.

use super::{CResult, Compiler};
use pyjit_bytecode::{CmpOp, Const, Op};
use rustpython_parser::ast::{self, Ranged};

/// The state of one `case` pattern (or one alternative of an or-pattern) being compiled.
struct PatternContext {
    /// Names captured so far. Their values sit on the stack below the `on_top` working
    /// values, the first capture nearest the top (the order they are stored in).
    stores: Vec<String>,
    /// Whether an irrefutable pattern (a capture or `_`) is allowed here.
    allow_irrefutable: bool,
    /// `fail_pop[n]`: the jumps (to be patched) to the code that pops `n` values and fails.
    fail_pop: Vec<Vec<usize>>,
    /// How many working values (subjects still to match) sit above the captures.
    on_top: usize,
}

impl PatternContext {
    fn new(allow_irrefutable: bool) -> Self {
        PatternContext {
            stores: Vec::new(),
            allow_irrefutable,
            fail_pop: Vec::new(),
            on_top: 0,
        }
    }
}

/// `_` alone.
fn is_wildcard(p: &ast::Pattern) -> bool {
    matches!(p, ast::Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// `*_`.
fn is_star_wildcard(p: &ast::Pattern) -> bool {
    matches!(p, ast::Pattern::MatchStar(s) if s.name.is_none())
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let cases = m.cases.len();
        let last = &m.cases[cases - 1];
        // A trailing `case _:` needs no copy of the subject nor a pattern.
        let has_default = is_wildcard(&last.pattern) && cases > 1;
        let tested = cases - usize::from(has_default);
        let mut ends = Vec::new();
        for (i, c) in m.cases[..tested].iter().enumerate() {
            self.set_line(&c.pattern);
            // The last tested case consumes the subject itself.
            let copy = i + 1 != tested;
            if copy {
                self.emit(Op::DupTop, 0);
            }
            // Irrefutable cases must be guarded, last, or both.
            let mut pc = PatternContext::new(c.guard.is_some() || i + 1 == cases);
            self.pattern(&c.pattern, &mut pc)?;
            debug_assert_eq!(pc.on_top, 0);
            for name in std::mem::take(&mut pc.stores) {
                self.store_name(&name);
            }
            if let Some(g) = &c.guard {
                ensure_fail_pop(&mut pc, 0);
                let l = self.jump_if(g, false)?;
                pc.fail_pop[0].push(l);
            }
            if copy {
                self.emit(Op::PopTop, 0);
            }
            self.stmts(&c.body)?;
            ends.push(self.emit(Op::Jump, 0));
            // The clean-up of a failed pattern belongs to the pattern's line.
            self.set_line(&c.pattern);
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            self.set_line(&last.pattern);
            self.emit(Op::Nop, 0);
            if let Some(g) = &last.guard {
                ends.push(self.jump_if(g, false)?);
            }
            self.stmts(&last.body)?;
        }
        for e in ends {
            self.patch_here(e);
        }
        Ok(())
    }

    fn pattern(&mut self, p: &'a ast::Pattern, pc: &mut PatternContext) -> CResult {
        use ast::Pattern::*;
        self.set_line(p);
        match p {
            MatchValue(v) => {
                self.check_complex_literal(&v.value)?;
                self.expr(&v.value)?;
                self.emit(Op::CompareOp, CmpOp::Eq as u32);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            MatchSingleton(s) => {
                let c = match &s.value {
                    ast::Constant::Bool(b) => Const::Bool(*b),
                    _ => Const::None,
                };
                self.load_const(c);
                self.emit(Op::IsOp, 0);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            MatchSequence(s) => self.pattern_sequence(&s.patterns, pc)?,
            MatchMapping(m) => self.pattern_mapping(m, pc)?,
            MatchClass(c) => self.pattern_class(c, pc)?,
            MatchStar(s) => self.store_capture(s.name.as_ref().map(|n| n.as_str()), pc, p)?,
            MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match &a.name {
                            Some(n) => format!(
                                "name capture '{}' makes remaining patterns unreachable",
                                n.as_str()
                            ),
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.syntax(&msg, p));
                    }
                    self.store_capture(a.name.as_ref().map(|n| n.as_str()), pc, p)?;
                }
                Some(inner) => {
                    // A copy to store once the inner pattern has matched it.
                    pc.on_top += 1;
                    self.emit(Op::DupTop, 0);
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.store_capture(a.name.as_ref().map(|n| n.as_str()), pc, p)?;
                }
            },
            MatchOr(o) => self.pattern_or(&o.patterns, pc, p)?,
        }
        Ok(())
    }

    /// The parser accepts any `a + b` / `a - b` of numbers as a value pattern; CPython's
    /// compiler requires a complex literal, a real part plus an imaginary one.
    fn check_complex_literal(&self, e: &ast::Expr) -> CResult {
        let ast::Expr::BinOp(b) = e else {
            return Ok(());
        };
        let real = match &*b.left {
            ast::Expr::UnaryOp(u) => &*u.operand,
            other => other,
        };
        let is_num = |e: &ast::Expr, imag: bool| {
            matches!(e, ast::Expr::Constant(c) if match &c.value {
                ast::Constant::Complex { .. } => imag,
                ast::Constant::Int(_) | ast::Constant::Float(_) => !imag,
                _ => false,
            })
        };
        if !is_num(real, false) {
            return Err(self.syntax("real number required in complex literal", &*b.left));
        }
        if !is_num(&b.right, true) {
            return Err(self.syntax("imaginary number required in complex literal", &*b.right));
        }
        Ok(())
    }

    /// A pattern nested in another: it may be irrefutable.
    fn subpattern(&mut self, p: &'a ast::Pattern, pc: &mut PatternContext) -> CResult {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = saved;
        r
    }

    /// Keep the value on top as the capture `name` (below the working values), or drop it
    /// for `_`.
    fn store_capture(
        &mut self,
        name: Option<&str>,
        pc: &mut PatternContext,
        node: &impl Ranged,
    ) -> CResult {
        let Some(name) = name else {
            self.emit(Op::PopTop, 0);
            return Ok(());
        };
        if pc.stores.iter().any(|s| s == name) {
            return Err(self.syntax(
                &format!("multiple assignments to name '{name}' in pattern"),
                node,
            ));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    /// Move the top of the stack down to position `n` (1 is the top).
    fn rotate(&mut self, n: usize) {
        match n {
            0 | 1 => {}
            2 => {
                self.emit(Op::RotTwo, 0);
            }
            3 => {
                self.emit(Op::RotThree, 0);
            }
            _ => {
                self.emit(Op::RotN, n as u32);
            }
        }
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: Op) {
        let pops = pc.on_top + pc.stores.len();
        ensure_fail_pop(pc, pops);
        let j = self.emit(op, 0);
        pc.fail_pop[pops].push(j);
    }

    /// Place the fail labels here: `fail_pop[n]` pops one value and falls into `n - 1`.
    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (n, jumps) in labels.into_iter().enumerate().rev() {
            for j in jumps {
                self.patch_here(j);
            }
            if n > 0 {
                self.emit(Op::PopTop, 0);
            }
        }
    }

    fn pattern_sequence(
        &mut self,
        patterns: &'a [ast::Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        for (i, p) in patterns.iter().enumerate() {
            if let ast::Pattern::MatchStar(_) = p {
                if star.is_some() {
                    return Err(self.syntax("multiple starred names in sequence pattern", p));
                }
                star = Some(i);
                only_wildcard &= is_star_wildcard(p);
            } else {
                only_wildcard &= is_wildcard(p);
            }
        }
        // The subject stays on top for the type and length checks.
        pc.on_top += 1;
        self.emit(Op::MatchSequence, 0);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        match star {
            None => {
                self.emit(Op::GetLen, 0);
                self.load_const(Const::Int(size as i64));
                self.emit(Op::CompareOp, CmpOp::Eq as u32);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.emit(Op::GetLen, 0);
                self.load_const(Const::Int(size as i64 - 1));
                self.emit(Op::CompareOp, CmpOp::Ge as u32);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Op::PopTop, 0);
            return Ok(());
        }
        match star {
            Some(s) => {
                let after = size - s - 1;
                self.emit(Op::UnpackEx, (s | (after << 8)) as u32);
            }
            None => {
                self.emit(Op::UnpackSequence, size as u32);
            }
        }
        // The items are new subjects, the first on top; each stays until its turn.
        pc.on_top += size;
        for p in patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        m: &'a ast::PatternMatchMapping,
        pc: &mut PatternContext,
    ) -> CResult {
        let size = m.keys.len();
        pc.on_top += 1;
        self.emit(Op::MatchMapping, 0);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        if size == 0 && m.rest.is_none() {
            // `{}` matches any mapping.
            pc.on_top -= 1;
            self.emit(Op::PopTop, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(Op::GetLen, 0);
            self.load_const(Const::Int(size as i64));
            self.emit(Op::CompareOp, CmpOp::Ge as u32);
            self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        }
        let mut seen: Vec<String> = Vec::new();
        for k in &m.keys {
            match k {
                ast::Expr::Constant(_) => {
                    let text = super::unparse(k);
                    if seen.contains(&text) {
                        return Err(self
                            .syntax(&format!("mapping pattern checks duplicate key ({text})"), k));
                    }
                    seen.push(text);
                }
                ast::Expr::Attribute(_) => {}
                // Negative numbers (`-1`) and complex literals.
                ast::Expr::UnaryOp(_) | ast::Expr::BinOp(_) => self.check_complex_literal(k)?,
                _ => {
                    return Err(self.syntax(
                        "mapping pattern keys may only match literals and attribute lookups",
                        k,
                    ))
                }
            }
            self.expr(k)?;
        }
        self.emit(Op::BuildTuple, size as u32);
        self.emit(Op::MatchKeys, 0);
        // The key tuple and the value tuple (or None) now sit on the subject.
        pc.on_top += 2;
        self.emit(Op::DupTop, 0);
        self.load_const(Const::None);
        self.emit(Op::IsOp, 1);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        self.emit(Op::UnpackSequence, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for p in &m.patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        // A match: what follows consumes the key tuple and the subject.
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                self.emit(Op::CopyDictWithoutKeys, 0);
                self.store_capture(Some(rest.as_str()), pc, m)?;
            }
            None => {
                self.emit(Op::PopTop, 0);
                self.emit(Op::PopTop, 0);
            }
        }
        Ok(())
    }

    fn pattern_class(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatternContext) -> CResult {
        let nargs = c.patterns.len();
        let nattrs = c.kwd_attrs.len();
        for (i, a) in c.kwd_attrs.iter().enumerate() {
            if c.kwd_attrs[..i].iter().any(|b| b.as_str() == a.as_str()) {
                return Err(self.syntax(
                    &format!("attribute name repeated in class pattern: {}", a.as_str()),
                    &c.kwd_patterns[i],
                ));
            }
        }
        self.expr(&c.cls)?;
        let names = c
            .kwd_attrs
            .iter()
            .map(|a| Const::Str(a.as_str().into()))
            .collect();
        self.load_const(Const::Tuple(names));
        self.emit(Op::MatchClass, nargs as u32);
        self.emit(Op::DupTop, 0);
        self.load_const(Const::None);
        self.emit(Op::IsOp, 1);
        // On top: the tuple of the `nargs + nattrs` attributes, or None.
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        self.emit(Op::UnpackSequence, (nargs + nattrs) as u32);
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        for p in c.patterns.iter().chain(&c.kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.emit(Op::PopTop, 0);
                continue;
            }
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `a | b | ...`: each alternative tries a copy of the subject; every alternative must
    /// capture the same names, and its captures are reordered on the stack to the first
    /// alternative's order.
    fn pattern_or(
        &mut self,
        alts: &'a [ast::Pattern],
        pc: &mut PatternContext,
        node: &ast::Pattern,
    ) -> CResult {
        let mut ends = Vec::new();
        let mut control: Option<Vec<String>> = None;
        let n = alts.len();
        for (i, alt) in alts.iter().enumerate() {
            self.set_line(alt);
            // An irrefutable alternative must be the last, if allowed at all.
            let mut sub = PatternContext::new(i + 1 == n && pc.allow_irrefutable);
            self.emit(Op::DupTop, 0);
            self.pattern(alt, &mut sub)?;
            match &control {
                None => control = Some(sub.stores.clone()),
                Some(ctl) => {
                    if ctl.len() != sub.stores.len() {
                        return Err(self.syntax("alternative patterns bind different names", node));
                    }
                    // Reorder the captures on the stack to the control's order.
                    for icontrol in (0..ctl.len()).rev() {
                        let name = &ctl[icontrol];
                        let Some(istore) = sub.stores.iter().position(|s| s == name) else {
                            return Err(
                                self.syntax("alternative patterns bind different names", node)
                            );
                        };
                        if icontrol != istore {
                            let rotations = istore + 1;
                            let rotated: Vec<String> = sub.stores.drain(..rotations).collect();
                            let at = icontrol - istore;
                            sub.stores.splice(at..at, rotated);
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            ends.push(self.emit(Op::Jump, 0));
            self.emit_and_reset_fail_pop(&mut sub);
        }
        // No alternative matched: drop the subject and fail.
        self.emit(Op::PopTop, 0);
        self.jump_to_fail_pop(pc, Op::Jump);
        for e in ends {
            self.patch_here(e);
        }
        let control = control.unwrap_or_default();
        // Between the new captures and their place: the copy of the subject, the working
        // values and the earlier captures.
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.syntax(
                    &format!("multiple assignments to name '{name}' in pattern"),
                    node,
                ));
            }
            pc.stores.push(name);
        }
        // Drop the copy of the subject.
        self.emit(Op::PopTop, 0);
        Ok(())
    }
}

fn ensure_fail_pop(pc: &mut PatternContext, n: usize) {
    if pc.fail_pop.len() <= n {
        pc.fail_pop.resize_with(n + 1, Vec::new);
    }
}
