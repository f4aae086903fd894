"""A deadline on a call into a parser we do not own.

pdfminer, the parser under pdfplumber, trusts a file's structure: a hostile or
broken PDF can send it round a loop that never ends (an object that refers to
itself, a cross-reference stream that claims a trillion entries).  Our own
code is bounded by review and by the fuzz campaign; a dependency's is not, so
its call runs in a thread of its own and, when the time is up, an exception is
raised *inside* that thread (CPython's ``PyThreadState_SetAsyncExc``), which
unwinds the parser at its next bytecode.  The exception derives from
:class:`BaseException`, so the ``except Exception`` clauses of the parser do not
swallow it.

No process is started, so this works in any thread, in the daemonic workers
of :mod:`multiprocessing` and on every platform.  What it cannot stop is a
single call into C that never returns (a regular expression, ``zlib``): what
we hand pdfminer is checked for that before (:mod:`._pdf_guard`).  On a Python
without ``ctypes.pythonapi`` (not CPython) the call runs without a deadline.

>>> within(5.0, sum, [1, 2, 3])
6
>>> def spin() -> None:
...     while True:
...         pass
>>> within(0.05, spin)
Traceback (most recent call last):
...
govinfo_report.readers._deadline.DeadlineExceeded: 0.05
"""

from __future__ import annotations

import ctypes
import threading
import time
from collections.abc import Callable
from typing import Final, TypeVar

__all__ = ["DeadlineExceeded", "within"]

_T = TypeVar("_T")

# How long the thread is given to unwind once told to stop, and how often it is told.
_GRACE: Final = 2.0
_RETRY: Final = 0.05


class DeadlineExceeded(Exception):
    """The call took longer than its deadline (the seconds are the argument)."""


class _Stop(BaseException):
    """Raised in the worker thread to unwind it: no ``except Exception`` catches it."""


def _stop(thread: threading.Thread) -> None:
    set_async_exc = getattr(ctypes, "pythonapi", None)
    if set_async_exc is None or thread.ident is None:  # not CPython: let it run out
        return
    set_async_exc.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread.ident), ctypes.py_object(_Stop))


def within(seconds: float | None, function: Callable[..., _T], *args: object) -> _T:
    """``function(*args)``, or :class:`DeadlineExceeded` after *seconds* (``None``: no limit).

    An exception of *function* is raised as it is.  A call that overruns is
    stopped, not left running (except inside a call into C that never returns).
    """
    if seconds is None:
        return function(*args)
    outcome: list[_T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(function(*args))
        except _Stop:
            pass
        except BaseException as error:  # handed to the caller's thread
            failure.append(error)

    thread = threading.Thread(target=run, name="govinfo_report deadline", daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        # Again and again: a clean-up on the way out (a ``with`` block's close) may loop too.
        given_up = time.monotonic() + _GRACE
        while thread.is_alive() and time.monotonic() < given_up:
            _stop(thread)
            thread.join(_RETRY)
        raise DeadlineExceeded(seconds)
    if failure:
        raise failure[0]
    return outcome[0]
