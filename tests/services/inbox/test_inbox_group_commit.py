"""The inbox's group commit (issue 26): offices' uploads that arrive while the index is being
written share the next commit, and still nobody is answered before their row is on the disk.
A commit that fails (a full or failing disk) fails every upload of its batch, answers none of
them, and leaves no row half-written; the same packages sent again are kept. Real threads,
a real SQLite index, real packages."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from msu_agency.demo import synthetic_directory
from msu_agency.group_commit import Write
from msu_agency.inbox.store import Inbox, Stored
from msu_exchange.receipt import verify_receipt
from msu_exchange.report_package import verify_package
from msu_exchange.signing.minisign import SecretKey
from msu_exchange.signing.trusted import TrustedKey
from tests.inbox_helpers import expect_packages, package
from tests.waiting import until


class FailingCommit:
    """The index's connection, whose COMMIT number ``fail_at`` fails as a full disk's would."""

    def __init__(self, db: sqlite3.Connection, fail_at: int) -> None:
        self._db = db
        self.fail_at = fail_at
        self.commits = 0

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql == "COMMIT":
            self.commits += 1
            if self.commits == self.fail_at:
                raise sqlite3.OperationalError("database or disk is full")
        return self._db.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)


@pytest.fixture
def offices(tmp_path: Path) -> tuple[list[Path], Path]:
    packages = [
        package(tmp_path / "usb", SecretKey.generate(), entry, 1)  # TEST keys of the offices
        for entry in synthetic_directory(30)
    ]
    registry = tmp_path / "agency" / "key_registry.json"
    expect_packages(registry, *packages)
    return packages, registry


def _apart(inbox: Inbox, packages: list[Path], n: int = 9) -> list[Path]:
    """``n`` offices whose periods have locks of their own (one of 64 slots each; two offices
    sharing a slot wait for each other, as they would in the inbox)."""
    chosen: dict[int, Path] = {}
    for path in packages:
        pkg = verify_package(path)
        chosen.setdefault(id(inbox._one_period(pkg.soate, pkg.period)), path)
    assert len(chosen) >= n
    return list(chosen.values())[:n]


def _held_first_batch(inbox: Inbox) -> tuple[list[int], threading.Event]:
    """The first batch holds the disk until released; the batches' sizes are recorded."""
    sizes: list[int] = []
    release = threading.Event()
    flush = inbox._flush_rows

    def slow(batch: list[Write[sqlite3.Connection]]) -> None:
        sizes.append(len(batch))
        if len(sizes) == 1:
            assert release.wait(60)
        flush(batch)

    inbox._rows._flush = slow
    return sizes, release


def _send(inbox: Inbox, body: bytes, out: dict[int, Any], i: int) -> threading.Thread:
    def run() -> None:
        try:
            out[i] = inbox.receive(body)
        except Exception as exc:
            out[i] = exc

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def _one_then_the_rest(inbox: Inbox, packages: list[Path]) -> tuple[dict[int, Any], list[int]]:
    """The first office's upload holds the disk in its commit while the other offices' rows
    queue behind it (nobody is answered meanwhile); then the disk is released. The answers by
    office, and the sizes of the batches committed."""
    sizes, release = _held_first_batch(inbox)
    answers: dict[int, Any] = {}
    threads = [_send(inbox, packages[0].read_bytes(), answers, 0)]
    until(lambda: len(sizes) == 1)
    threads += [_send(inbox, p.read_bytes(), answers, i) for i, p in enumerate(packages) if i]
    until(lambda: len(inbox._rows._queued) == len(packages) - 1)
    assert answers == {}  # nobody is answered while the rows are not on the disk
    release.set()
    for thread in threads:
        thread.join(60)
    return answers, sizes


def _rows(folder: Path) -> set[str]:
    with sqlite3.connect(folder / "index.sqlite") as db:
        return {r[0] for r in db.execute("SELECT sha256 FROM packages")}


def test_uploads_waiting_for_the_index_share_one_commit(
    tmp_path: Path, offices: tuple[list[Path], Path]
) -> None:
    packages, registry = offices
    agency_key = SecretKey.generate()  # TEST key of the inbox
    inbox = Inbox(tmp_path / "inbox", agency_key, "Test agency", registry=registry)
    packages = _apart(inbox, packages)
    try:
        answers, sizes = _one_then_the_rest(inbox, packages)
    finally:
        inbox.close()
    assert sizes == [1, len(packages) - 1]  # nine uploads, two commits
    for i, (stored, new) in answers.items():
        assert isinstance(stored, Stored) and new, answers[i]
        verify_receipt(
            [TrustedKey(agency_key.public_key(), "manual", purpose="receipts")],
            stored.receipt.document,
            stored.receipt.signature,
            package_sha256=stored.sha256,
            soate=stored.soate,
            period=stored.period,
            sequence=stored.sequence,
        )
        assert stored.path.is_file()
    assert _rows(tmp_path / "inbox") == {s.sha256 for s, _ in answers.values()}


def test_a_failed_commit_answers_none_of_its_batch_and_the_resend_is_kept(
    tmp_path: Path, offices: tuple[list[Path], Path]
) -> None:
    packages, registry = offices
    inbox = Inbox(tmp_path / "inbox", SecretKey.generate(), "Test agency", registry=registry)
    packages = _apart(inbox, packages)
    db = FailingCommit(inbox.db, fail_at=2)
    inbox.db = db  # type: ignore[assignment]
    try:
        answers, _sizes = _one_then_the_rest(inbox, packages)
        # the first batch is kept; the second batch's commit fails: each of its uploads fails
        assert isinstance(answers[0][0], Stored)
        assert db.commits == 2
        failed = [i for i in range(1, len(packages)) if isinstance(answers[i], Exception)]
        assert failed == list(range(1, len(packages))), answers
        assert all("disk is full" in str(answers[i]) for i in failed)
        assert _rows(tmp_path / "inbox") == {answers[0][0].sha256}
        assert not db.in_transaction
        # the outboxes send them again: kept, each with its receipt
        again = [inbox.receive(packages[i].read_bytes()) for i in failed]
    finally:
        inbox.close()
    assert all(isinstance(s, Stored) and new for s, new in again)
    assert len(_rows(tmp_path / "inbox")) == len(packages)
    assert list((tmp_path / "inbox" / "tmp").glob("*.part")) == []


def test_a_server_killed_among_batches_has_every_package_it_answered(tmp_path: Path) -> None:
    """60 offices upload at once and the server is killed (SIGKILL) as soon as 20 answers are
    in, batches still being committed: every package answered 201 has its row and its whole
    file in the index read straight after the kill; those not answered are sent again to the
    restarted inbox and kept, each once."""
    from concurrent.futures import ThreadPoolExecutor

    from tests.inbox_helpers import InboxProcess, Keys, post, registry_of

    folder = tmp_path / "inbox"
    keys = Keys(tmp_path / "keys")
    paths = [
        package(tmp_path / "usb", SecretKey.generate(), entry, 1)  # TEST keys of the offices
        for entry in synthetic_directory(60)
    ]
    expect_packages(registry_of(folder), *paths)
    server = InboxProcess(folder, keys.inbox_key_path, "--per-minute", "100")
    answered: list[tuple[int, dict[str, Any]]] = []
    lock = threading.Lock()

    def send(path: Path) -> None:
        try:
            answer = post(server.url, path.read_bytes(), path.name)
        except OSError:  # the server was killed under this upload
            return
        with lock:
            answered.append(answer)
            if len(answered) == 20:
                server.kill()  # SIGKILL: no shutdown, other batches half-way

    try:
        with ThreadPoolExecutor(max_workers=32) as pool:
            list(pool.map(send, paths))
    finally:
        server.kill()
    assert server.proc.returncode == -9
    kept = {a["package_sha256"] for status, a in answered if status == 201}
    assert len(kept) >= 20
    with sqlite3.connect(folder / "index.sqlite") as db:
        rows = {r[0] for r in db.execute("SELECT sha256 FROM packages")}
    assert kept <= rows  # nothing answered is missing
    for sha in rows:  # and nothing in the index lacks its whole file
        stored = folder / "packages" / sha[:2] / f"{sha}.msupkg"
        assert hashlib.sha256(stored.read_bytes()).hexdigest() == sha
    restarted = InboxProcess(folder, keys.inbox_key_path, "--per-minute", "100")
    try:
        again = [post(restarted.url, p.read_bytes(), p.name) for p in paths]
    finally:
        restarted.stop()
    statuses = {
        hashlib.sha256(p.read_bytes()).hexdigest(): s
        for p, (s, _) in zip(paths, again, strict=True)
    }
    assert all(statuses[sha] == 200 for sha in rows)  # already kept: the same receipt
    assert all(s in (200, 201) for s in statuses.values())
    with sqlite3.connect(folder / "index.sqlite") as db:
        assert db.execute("SELECT count(*) FROM packages").fetchone()[0] == len(paths)
