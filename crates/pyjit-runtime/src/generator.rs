//! Generators: resuming a suspended frame with `next`, `send`, `throw` and `close`.

use crate::error::{type_error, PyErr, PyResult};
use crate::interp::eval::FrameResult;
use crate::object::Generator;
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

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
        let Some(mut frame) = g.frame.borrow_mut().take() else {
            return match throw {
                Some(e) => Err(e),
                None => Ok(GenStep::Returned(Value::None)),
            };
        };
        if throw.is_none() {
            if frame.pc > 0 {
                frame.push(sent);
            } else if !sent.is_none() {
                *g.frame.borrow_mut() = Some(frame);
                return Err(type_error(
                    "can't send non-None value to a just-started generator",
                ));
            }
        } else if frame.pc == 0 {
            // Throwing into a generator that never started: it finishes at once.
            return Err(throw.unwrap_or_else(|| PyErr::bare("GeneratorExit")));
        }
        if self.depth >= self.recursion_limit {
            *g.frame.borrow_mut() = Some(frame);
            return Err(crate::interp::call::recursion_error());
        }
        let saved = std::mem::take(&mut frame.saved_exc);
        self.exc_info.extend(saved);
        g.running.set(true);
        self.depth += 1;
        let r = self.eval_with(&mut frame, throw);
        self.depth -= 1;
        g.running.set(false);
        match r {
            Ok(FrameResult::Yield(v)) => {
                let n = frame.exc_pushed as usize;
                let at = self.exc_info.len() - n;
                frame.saved_exc = self.exc_info.split_off(at);
                *g.frame.borrow_mut() = Some(frame);
                Ok(GenStep::Yielded(v))
            }
            Ok(FrameResult::Return(v)) => Ok(GenStep::Returned(v)),
            Err(e) => {
                if e.is("StopIteration") {
                    let err = PyErr::new("RuntimeError", "generator raised StopIteration");
                    if let Some(mut st) = err.state() {
                        st.cause = Some(e.exc.clone());
                    }
                    return Err(err);
                }
                Err(e)
            }
        }
    }

    /// `next(g)`: `None` when the generator is exhausted.
    pub fn generator_next(&mut self, g: &Rc<Generator>) -> PyResult<Option<Value>> {
        match self.gen_resume(g, Value::None, None)? {
            GenStep::Yielded(v) => Ok(Some(v)),
            GenStep::Returned(_) => Ok(None),
        }
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
        let started = g.frame.borrow().as_ref().is_some_and(|f| f.pc > 0);
        if !started {
            g.frame.borrow_mut().take();
            return Ok(());
        }
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

pub fn stop_iteration(v: Value) -> PyErr {
    if v.is_none() {
        PyErr::bare("StopIteration")
    } else {
        PyErr::with_args("StopIteration", vec![v])
    }
}
