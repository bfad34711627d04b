"""Blocking work that only reads (a big report's evaluation, the reviu), run so that quitting never
waits for it.

Textual's thread workers run on asyncio's default executor, and leaving the app joins that
executor's threads (``asyncio.run`` shuts it down, and Python joins its threads at exit; Textual
issue #3966): a user who pressed ``q`` while a huge report was being evaluated got the terminal
back, but not the prompt, until the evaluation ended. :func:`off_thread` runs the function in a
daemon thread instead, awaited by an async worker (``@work`` without ``thread=True``): leaving the
app cancels the worker, and the process ends without waiting for the thread. Nothing is lost, since
the function writes nothing. Work that writes (a save, an export, an import, a sync) stays a thread
worker, so leaving still waits for it to end.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


async def off_thread(fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """``fn(*args, **kwargs)`` in a daemon thread; its result or its exception. Cancelling the
    awaiting task (a newer worker of an exclusive group, the app leaving) abandons the thread: what
    it returns then is dropped."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[T] = loop.create_future()

    def settle(result: T | None, error: Exception | None) -> None:  # in the app's loop
        if done.done():  # cancelled meanwhile
            return
        if error is not None:
            done.set_exception(error)
        else:
            done.set_result(result)  # type: ignore[arg-type]

    def run() -> None:
        result: T | None = None
        error: Exception | None = None
        try:
            result = fn(*args, **kwargs)
        except Exception as exc:
            error = exc
        with contextlib.suppress(RuntimeError):  # a closed loop: the app has left
            loop.call_soon_threadsafe(settle, result, error)

    name = f"lkj-{getattr(fn, '__name__', 'work')}"
    threading.Thread(target=run, name=name, daemon=True).start()
    return await done
