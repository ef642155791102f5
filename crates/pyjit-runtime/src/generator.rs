//! Generators: resuming a suspended frame with `next`, `send`, `throw` and `close`.

use crate::error::{type_error, PyErr, PyResult};
use crate::interp::eval::Exit;
use crate::interp::frame::Frame;
use crate::object::Generator;
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// A generator freed while suspended in a `try`/`with` block, waiting to be closed.
pub struct Abandoned {
    pub frame: Box<crate::interp::frame::Frame>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
}

/// Work for the next finalization point.
pub enum Finalizer {
    /// Close a generator freed while suspended in a `try`/`with` block.
    Generator(Abandoned),
    /// Call `__del__` of a freed instance (revived for the call).
    Del(Rc<crate::object::Instance>),
}

thread_local! {
    static ABANDONED: std::cell::RefCell<Vec<Finalizer>> =
        const { std::cell::RefCell::new(Vec::new()) };
    static HAS_ABANDONED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Queue a finalizer to run at the VM's next finalization point.
pub fn queue_finalizer(a: Finalizer) {
    // During thread teardown the queue may already be gone; the frame is then just dropped.
    let _ = ABANDONED.try_with(|q| {
        q.borrow_mut().push(a);
        HAS_ABANDONED.with(|h| h.set(true));
    });
}

/// Make the next finalization point call `Vm::run_pending_finalizers` (a cycle collection
/// is due, see `crate::gc`).
pub fn request_finalization_point() {
    let _ = HAS_ABANDONED.try_with(|h| h.set(true));
}

/// Whether freed generators are waiting to be closed (or a cycle collection is due).
#[inline]
pub fn has_pending_finalizers() -> bool {
    HAS_ABANDONED.with(|h| h.get())
}

/// What one resumption of a generator produced.
pub enum GenStep {
    Yielded(Value),
    Returned(Value),
}

impl Vm {
    /// Resume `g`, sending `sent` (or raising `throw` at the paused `yield`).
    pub fn gen_resume(
        &mut self,
        g: &Rc<Generator>,
        sent: Value,
        throw: Option<PyErr>,
    ) -> PyResult<GenStep> {
        if g.running.get() {
            return Err(PyErr::new("ValueError", "generator already executing"));
        }
        let Some(mut frame) = g.frame.take() else {
            return match throw {
                Some(e) => Err(e),
                None => Ok(GenStep::Returned(Value::None)),
            };
        };
        if throw.is_none() {
            if frame.pc == 0 && !sent.is_none() {
                g.frame.set(Some(frame));
                return Err(type_error(
                    "can't send non-None value to a just-started generator",
                ));
            }
        } else if frame.pc == 0 {
            // Throwing into a generator that never started: it finishes at once, the
            // exception leaving its frame (so a `StopIteration` becomes `RuntimeError`).
            return Err(generator_error(
                throw.unwrap_or_else(|| PyErr::bare("GeneratorExit")),
            ));
        }
        // (Checked before the sent value is pushed: a generator left suspended by the error
        // must not keep it on its stack.)
        if self.depth >= self.recursion_limit {
            g.frame.set(Some(frame));
            return Err(crate::interp::call::recursion_error());
        }
        if throw.is_none() && frame.pc > 0 {
            if sent.is_none() {
                // `next(g)` / a `for` loop: the common case, pushed as one whole store.
                frame.push_none();
            } else {
                frame.push(sent);
            }
        }
        let mut throw = throw;
        if let Some(err) = throw.take() {
            // Paused in `yield from`: the exception goes to the sub-iterator first.
            let in_yield_from = frame.code.instrs.get(frame.pc).map(|i| i.op)
                == Some(pyjit_bytecode::Op::YieldFrom);
            if in_yield_from {
                let sub = frame.top().clone();
                g.running.set(true);
                let r = self.throw_into_subiterator(&sub, err);
                g.running.set(false);
                match r {
                    Ok(GenStep::Yielded(v)) => {
                        g.frame.set(Some(frame));
                        return Ok(GenStep::Yielded(v));
                    }
                    Ok(GenStep::Returned(v)) => {
                        // The `yield from` expression is finished; go on after it.
                        frame.pop();
                        frame.push(v);
                        frame.pc += 1;
                    }
                    Err(e) => throw = Some(e),
                }
            } else {
                throw = Some(err);
            }
        }
        let saved = std::mem::take(&mut frame.saved_exc);
        self.exc_info.extend(saved);
        g.running.set(true);
        self.depth += 1;
        let r = match throw {
            None => self.dispatch(&mut frame),
            Some(e) => self.dispatch_raising(&mut frame, e),
        };
        self.depth -= 1;
        g.running.set(false);
        self.finish_resume(g, frame, r)
    }

    /// The end of a resumption of `g` that ran `frame` to `r`: a yield keeps the frame in
    /// `g` (with the handled exceptions its `except` blocks hold), a return or an error
    /// frees it.
    pub(crate) fn finish_resume(
        &mut self,
        g: &Generator,
        mut frame: Box<Frame>,
        r: PyResult<Exit>,
    ) -> PyResult<GenStep> {
        match r {
            Ok(Exit::Yield) => {
                let v = frame.pop();
                let n = frame.exc_pushed as usize;
                if n > 0 {
                    // (`split_off` would reallocate even when nothing is split off.)
                    let at = self.exc_info.len() - n;
                    frame.saved_exc = self.exc_info.split_off(at);
                }
                g.frame.set(Some(frame));
                Ok(GenStep::Yielded(v))
            }
            Ok(Exit::Return) => {
                let v = frame.pop();
                self.recycle_frame(frame);
                Ok(GenStep::Returned(v))
            }
            Err(e) => {
                self.recycle_frame(frame);
                Err(generator_error(e))
            }
        }
    }

    /// Resume `g` with `None` sent — `next(g)`, a `for` loop over `g`, `yield from g` — and
    /// move what it yields (`Ok(true)`) or returns (`Ok(false)`) onto `dest`.
    ///
    /// The common case of `gen_resume`, without its `sent`/`throw` arguments and `GenStep`
    /// result: the value goes from the generator's stack to the consumer's as one 16-byte
    /// copy. A `Value` returned inside an enum is stored in pieces (tag, payload) and read
    /// back whole by the next push, a store-forwarding stall per item — per level of a
    /// `yield from` chain.
    pub fn gen_next_into(&mut self, g: &Rc<Generator>, dest: &mut Vec<Value>) -> PyResult<bool> {
        self.gen_next_with(g, |frame, yielded| move_out(frame, yielded, dest))
    }

    /// `gen_next_into` once `g`'s suspended frame has been taken out of it (`g` not
    /// running): `gen_for_iter` looks at the frame before it decides how to resume, and
    /// resumes it from there instead of putting it back for `gen_next_into` to take again.
    #[inline(always)]
    pub(crate) fn gen_next_into_taken(
        &mut self,
        g: &Generator,
        frame: Box<Frame>,
        dest: &mut Vec<Value>,
    ) -> PyResult<bool> {
        self.resume_taken(g, frame, |frame, yielded| move_out(frame, yielded, dest))
    }

    /// `next(g)`: `None` when the generator is exhausted.
    pub fn generator_next(&mut self, g: &Rc<Generator>) -> PyResult<Option<Value>> {
        self.gen_next_with(g, take_yielded)
    }

    /// `generator_next` once `g`'s suspended frame has been taken out of it (`g` not
    /// running), as `gen_next_into_taken`. (Out of line, the ~22 instructions a plain
    /// generator's item this saves `generator_next_deep` were lost again.)
    #[inline(always)]
    pub(crate) fn generator_next_taken(
        &mut self,
        g: &Generator,
        frame: Box<Frame>,
    ) -> PyResult<Option<Value>> {
        self.resume_taken(g, frame, take_yielded)
    }

    /// `next(g)` with what the generator yielded or returned.
    pub fn generator_step(&mut self, g: &Rc<Generator>) -> PyResult<GenStep> {
        self.gen_next_with(g, |frame, yielded| {
            let v = frame.map_or(Value::None, |f| f.pop());
            if yielded {
                GenStep::Yielded(v)
            } else {
                GenStep::Returned(v)
            }
        })
    }

    /// Resume `g` with `None` sent; `take` receives the suspended or finished frame (with
    /// the yielded or returned value on top of its stack; `None` if `g` had already
    /// finished) and whether it yielded, and takes what it needs from it.
    #[inline(always)]
    fn gen_next_with<R>(
        &mut self,
        g: &Rc<Generator>,
        take: impl FnOnce(Option<&mut crate::interp::frame::Frame>, bool) -> R,
    ) -> PyResult<R> {
        if g.running.get() {
            return Err(PyErr::new("ValueError", "generator already executing"));
        }
        let Some(frame) = g.frame.take() else {
            return Ok(take(None, false));
        };
        self.resume_taken(g, frame, take)
    }

    /// The rest of `gen_next_with`: `frame` was taken out of `g`, which is not running.
    #[inline(always)]
    fn resume_taken<R>(
        &mut self,
        g: &Generator,
        mut frame: Box<Frame>,
        take: impl FnOnce(Option<&mut crate::interp::frame::Frame>, bool) -> R,
    ) -> PyResult<R> {
        if self.depth >= self.recursion_limit {
            g.frame.set(Some(frame));
            return Err(crate::interp::call::recursion_error());
        }
        if frame.pc > 0 {
            frame.push_none();
        }
        if !frame.saved_exc.is_empty() {
            let saved = std::mem::take(&mut frame.saved_exc);
            self.exc_info.extend(saved);
        }
        g.running.set(true);
        self.depth += 1;
        let r = self.dispatch(&mut frame);
        self.depth -= 1;
        g.running.set(false);
        match r {
            Ok(Exit::Yield) => {
                let out = take(Some(&mut frame), true);
                let n = frame.exc_pushed as usize;
                if n > 0 {
                    let at = self.exc_info.len() - n;
                    frame.saved_exc = self.exc_info.split_off(at);
                }
                g.frame.set(Some(frame));
                Ok(out)
            }
            Ok(Exit::Return) => {
                let out = take(Some(&mut frame), false);
                self.recycle_frame(frame);
                Ok(out)
            }
            Err(e) => {
                self.recycle_frame(frame);
                Err(generator_error(e))
            }
        }
    }

    /// `throw`/`close` forwarded to the iterator a `yield from` delegates to. `GeneratorExit`
    /// closes it and is then raised in the delegating generator (returned as `Err`).
    fn throw_into_subiterator(&mut self, sub: &Value, err: PyErr) -> PyResult<GenStep> {
        if err.is("GeneratorExit") {
            match sub {
                Value::Generator(inner) => self.generator_close(inner)?,
                Value::Instance(_) => {
                    if let Ok(close) = self.getattr(sub, "close") {
                        self.call(&close, vec![])?;
                    }
                }
                _ => {}
            }
            return Err(err);
        }
        match sub {
            Value::Generator(inner) => self.gen_resume(inner, Value::None, Some(err)),
            Value::Instance(_) => {
                let Ok(throw) = self.getattr(sub, "throw") else {
                    return Err(err);
                };
                match self.call(&throw, vec![err.exc]) {
                    Ok(v) => Ok(GenStep::Yielded(v)),
                    Err(e) if e.is("StopIteration") => Ok(GenStep::Returned(
                        e.args().first().cloned().unwrap_or(Value::None),
                    )),
                    Err(e) => Err(e),
                }
            }
            _ => Err(err),
        }
    }

    /// A finalization point: run what freed objects queued, if anything (one flag test
    /// when nothing is).
    #[inline(always)]
    pub fn finalization_point(&mut self) {
        if has_pending_finalizers() {
            self.run_pending_finalizers();
        }
    }

    /// Close the generators freed while suspended in `try`/`with` blocks (CPython closes them
    /// as soon as they are freed; pyjit does it at the next finalization point: popping a
    /// generator, `del`, leaving a loop early, error unwinding, the end of the program). An
    /// exception escaping such a `close` is reported as "Exception ignored" and dropped.
    pub fn run_pending_finalizers(&mut self) {
        while has_pending_finalizers() {
            if crate::gc::pending() {
                crate::gc::collect();
            }
            let batch = ABANDONED.with(|q| std::mem::take(&mut *q.borrow_mut()));
            HAS_ABANDONED.with(|h| h.set(false));
            for f in batch {
                let a = match f {
                    Finalizer::Generator(a) => a,
                    Finalizer::Del(inst) => {
                        self.call_del(inst);
                        continue;
                    }
                };
                let g = Rc::new(Generator {
                    frame: std::cell::Cell::new(Some(a.frame)),
                    running: std::cell::Cell::new(false),
                    name: a.name,
                    qualname: a.qualname,
                });
                // The exceptions being handled around the finalization point are not the
                // generator's: it runs with an empty handled-exception stack, as in CPython.
                let outer = std::mem::take(&mut self.exc_info);
                let r = self.generator_close(&g);
                self.exc_info = outer;
                if let Err(e) = r {
                    self.flush_out();
                    let text = crate::traceback::format_exception(self, &e);
                    eprint!(
                        "Exception ignored in: <generator object {} at {:#x}>\n{text}",
                        g.qualname,
                        Rc::as_ptr(&g) as usize
                    );
                }
                // A generator that ignored `GeneratorExit` is suspended again, but CPython
                // closes it only once: its frame is cleared without running its `finally`
                // blocks. Dropping the frame itself (not `g`) queues nothing.
                drop(g.frame.take());
            }
        }
    }

    /// Call `__del__` on a freed instance; an exception is reported and dropped.
    fn call_del(&mut self, inst: Rc<crate::object::Instance>) {
        let cls = inst.class.borrow().clone();
        let obj = Value::Instance(inst.clone());
        if let Some(del) = cls.lookup("__del__") {
            let outer = std::mem::take(&mut self.exc_info);
            let r = self.call(&del, vec![obj.clone()]);
            self.exc_info = outer;
            if let Err(e) = r {
                self.flush_out();
                let text = crate::traceback::format_exception(self, &e);
                eprint!(
                    "Exception ignored in: <function {}.__del__ at {:#x}>\n{text}",
                    cls.qualname.borrow(),
                    del.ptr().unwrap_or(0)
                );
            }
        }
        // `__del__` runs once: when this revived instance is freed again, it is not queued.
        if Rc::strong_count(&inst) == 2 {
            *inst.class.borrow_mut() = crate::builtin_types::types().object.clone();
        }
        drop(obj);
    }

    /// One step of `yield from it`: `Ok(yielded)` or `Err(return value)`.
    pub fn delegate(&mut self, it: &Value, sent: Value) -> PyResult<Result<Value, Value>> {
        match it {
            Value::Generator(g) => match self.gen_resume(g, sent, None)? {
                GenStep::Yielded(v) => Ok(Ok(v)),
                GenStep::Returned(v) => Ok(Err(v)),
            },
            other => {
                if !sent.is_none() {
                    let send = self.getattr(other, "send")?;
                    return match self.call(&send, vec![sent]) {
                        Ok(v) => Ok(Ok(v)),
                        Err(e) if e.is("StopIteration") => {
                            Ok(Err(e.args().first().cloned().unwrap_or(Value::None)))
                        }
                        Err(e) => Err(e),
                    };
                }
                match self.next(other)? {
                    Some(v) => Ok(Ok(v)),
                    None => Ok(Err(Value::None)),
                }
            }
        }
    }

    /// `g.send(v)`: raises `StopIteration(value)` when the generator returns.
    pub fn generator_send(
        &mut self,
        g: &Rc<Generator>,
        v: Value,
        throw: Option<PyErr>,
    ) -> PyResult<Value> {
        match self.gen_resume(g, v, throw)? {
            GenStep::Yielded(v) => Ok(v),
            GenStep::Returned(v) => Err(stop_iteration(v)),
        }
    }

    /// `g.close()`.
    pub fn generator_close(&mut self, g: &Rc<Generator>) -> PyResult<()> {
        if g.running.get() {
            return Err(PyErr::new("ValueError", "generator already executing"));
        }
        let frame = g.frame.take();
        let started = frame.as_ref().is_some_and(|f| f.pc > 0);
        if !started {
            // Never started (or finished): closing just drops the frame.
            drop(frame);
            return Ok(());
        }
        g.frame.set(frame);
        match self.gen_resume(g, Value::None, Some(PyErr::bare("GeneratorExit"))) {
            Ok(GenStep::Yielded(_)) => Err(PyErr::new(
                "RuntimeError",
                "generator ignored GeneratorExit",
            )),
            Ok(GenStep::Returned(_)) => Ok(()),
            Err(e) if e.is("GeneratorExit") || e.is("StopIteration") => Ok(()),
            Err(e) => Err(e),
        }
    }
}

/// An exception leaving a generator's frame: `StopIteration` becomes `RuntimeError` (PEP 479).
fn generator_error(e: PyErr) -> PyErr {
    if e.is("StopIteration") {
        let err = PyErr::new("RuntimeError", "generator raised StopIteration");
        if let Some(mut st) = err.state() {
            st.cause = Some(e.exc.clone());
        }
        return err;
    }
    e
}

pub fn stop_iteration(v: Value) -> PyErr {
    if v.is_none() {
        PyErr::bare("StopIteration")
    } else {
        PyErr::with_args("StopIteration", vec![v])
    }
}

/// What `generator_next` takes from a resumed generator's frame: the item it yielded.
#[inline(always)]
fn take_yielded(frame: Option<&mut Frame>, yielded: bool) -> Option<Value> {
    match frame {
        Some(f) if yielded => Some(f.pop()),
        _ => None,
    }
}

/// Move what a resumed generator's frame yielded or returned (the top of its stack) onto
/// `dest`, or `None` when the generator had already finished; `yielded` passes through.
#[inline(always)]
fn move_out(frame: Option<&mut Frame>, yielded: bool, dest: &mut Vec<Value>) -> bool {
    match frame {
        Some(f) => {
            let at = f.stack.len().saturating_sub(1);
            crate::value::move_tail(&mut f.stack, at, dest);
        }
        None => crate::value::push_none(dest),
    }
    yielded
}
