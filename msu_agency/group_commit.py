"""Group commit: many threads' small writes made durable by one flush.

The inbox answers an upload only once its row is on the disk, and a commit that reaches the
disk costs an fsync. With 32 uploads at once, one fsync per upload queues them all behind each
other. Here each thread puts its write in a queue and waits for the writers' lock; whoever
takes it first (the leader) runs every write queued by then in one batch and flushes once,
then each waiting thread finds its own write done -- committed, or failed with its own error --
and answers. No write is answered before its batch is on the disk, so the guarantee is the
same as one commit per write; only the number of fsyncs changes (as in PostgreSQL's and
SQLite-WAL servers' group commit).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

C = TypeVar("C")  # what a write is given: the open transaction (a connection, a registry)


class Write(Generic[C]):
    """One thread's write in a batch: ``run`` it against the batch's transaction; its result
    or its own error is kept for the thread that queued it."""

    __slots__ = ("done", "error", "fn", "result")

    def __init__(self, fn: Callable[[C], object]) -> None:
        self.fn = fn
        self.result: object = None
        self.error: BaseException | None = None
        self.done = False

    def run(self, context: C) -> bool:
        """Run the write; False (and the error kept) when it raised."""
        try:
            self.result = self.fn(context)
        except Exception as exc:  # the write's own failure, answered to its own thread
            self.error = exc
            return False
        return True


class GroupCommit(Generic[C]):
    """Run writes in batches under ``lock``; ``flush(batch)`` runs each :class:`Write` of the
    batch (``Write.run``) inside one transaction and makes it durable. When ``flush`` raises,
    every write of the batch that has no error of its own fails with that error: nothing of
    the batch was kept."""

    def __init__(self, lock: threading.Lock, flush: Callable[[list[Write[C]]], None]) -> None:
        self._lock = lock
        self._flush = flush
        self._queued: list[Write[C]] = []
        self._queue_lock = threading.Lock()

    def run(self, fn: Callable[[C], object]) -> object:
        """Queue ``fn``, wait until a batch holding it is durable, and return its result (or
        raise its error)."""
        write: Write[C] = Write(fn)
        with self._queue_lock:
            self._queued.append(write)
        with self._lock:
            if not write.done:  # nobody took it yet: lead a batch of all that is queued
                with self._queue_lock:
                    batch, self._queued = self._queued, []
                try:
                    self._flush(batch)
                except BaseException as exc:
                    for w in batch:
                        if w.error is None:
                            w.error = exc
                    if not isinstance(exc, Exception):
                        raise
                finally:
                    for w in batch:
                        w.done = True
        if write.error is not None:
            raise write.error
        return write.result
