"""Group commit (msu_agency.group_commit): the writes that wait while one batch is flushed share
the next flush; each thread gets its own result or its own error, and a failed flush fails
every write of its batch. Real threads; the waits poll a condition with a deadline."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from msu_agency.group_commit import GroupCommit, Write
from tests.waiting import until


class Disk:
    """A flush that records its batches; the first one holds the disk until released."""

    def __init__(self, fail_batch: int | None = None) -> None:
        self.batches: list[list[object]] = []
        self.release = threading.Event()
        self.fail_batch = fail_batch
        self.kept: list[object] = []

    def flush(self, batch: list[Write[list[object]]]) -> None:
        self.batches.append([])
        if len(self.batches) == 1:
            assert self.release.wait(30)
        pending: list[object] = []
        for write in batch:
            if write.run(pending):
                self.batches[-1].append(write.result)
        if self.fail_batch == len(self.batches):
            raise OSError(28, "No space left on device")
        self.kept.extend(pending)


def _queued(commit: GroupCommit[list[object]]) -> int:
    with commit._queue_lock:
        return len(commit._queued)


class Run:
    """One thread's ``commit.run(fn)``: its result or its error once joined."""

    def __init__(self, commit: GroupCommit[list[object]], fn: Callable[[list[object]], object]):
        self.result: object = None
        self.error: Exception | None = None
        self.thread = threading.Thread(target=self._run, args=(commit, fn))
        self.thread.start()

    def _run(self, commit: GroupCommit[list[object]], fn: Callable[[list[object]], object]) -> None:
        try:
            self.result = commit.run(fn)
        except Exception as exc:
            self.error = exc

    def join(self) -> None:
        self.thread.join(30)
        assert not self.thread.is_alive()


def _start(commit: GroupCommit[list[object]], fn: Callable[[list[object]], object]) -> Run:
    return Run(commit, fn)


def _write(i: int) -> Callable[[list[object]], object]:
    def fn(pending: list[object]) -> object:
        pending.append(i)
        return i * 10

    return fn


def test_the_writes_that_wait_during_a_flush_share_the_next_one() -> None:
    disk = Disk()
    commit: GroupCommit[list[object]] = GroupCommit(threading.Lock(), disk.flush)
    first = _start(commit, _write(0))
    until(lambda: len(disk.batches) == 1)
    others = [_start(commit, _write(i)) for i in range(1, 10)]
    until(lambda: _queued(commit) == 9)
    disk.release.set()
    for t in [first, *others]:
        t.join()
    assert [len(b) for b in disk.batches] == [1, 9]  # ten writes, two flushes
    assert [t.result for t in [first, *others]] == [i * 10 for i in range(10)]
    assert sorted(int(str(k)) for k in disk.kept) == list(range(10))


def test_a_write_that_fails_fails_alone() -> None:
    disk = Disk()
    commit: GroupCommit[list[object]] = GroupCommit(threading.Lock(), disk.flush)
    first = _start(commit, _write(0))
    until(lambda: len(disk.batches) == 1)

    def broken(pending: list[object]) -> object:
        raise ValueError("this one's own mistake")

    good = _start(commit, _write(1))
    bad = _start(commit, broken)
    until(lambda: _queued(commit) == 2)
    disk.release.set()
    for t in (first, good, bad):
        t.join()
    assert first.result == 0 and good.result == 10
    assert isinstance(bad.error, ValueError)
    assert sorted(int(str(k)) for k in disk.kept) == [0, 1]


def test_a_failed_flush_fails_every_write_of_its_batch_and_keeps_none() -> None:
    disk = Disk(fail_batch=2)
    commit: GroupCommit[list[object]] = GroupCommit(threading.Lock(), disk.flush)
    first = _start(commit, _write(0))
    until(lambda: len(disk.batches) == 1)
    others = [_start(commit, _write(i)) for i in (1, 2, 3)]
    until(lambda: _queued(commit) == 3)
    disk.release.set()
    for t in [first, *others]:
        t.join()
    assert first.result == 0
    for t in others:
        assert isinstance(t.error, OSError) and t.result is None
    assert disk.kept == [0]
    # the next write gets a batch of its own, after the failed one
    assert commit.run(_write(4)) == 40 and disk.kept == [0, 4]


def test_one_thread_alone_flushes_its_own_write() -> None:
    disk = Disk()
    disk.release.set()
    commit: GroupCommit[list[object]] = GroupCommit(threading.Lock(), disk.flush)
    assert [commit.run(_write(i)) for i in range(3)] == [0, 10, 20]
    assert [len(b) for b in disk.batches] == [1, 1, 1]
    with pytest.raises(IndexError):
        commit.run(lambda pending: pending[5])
