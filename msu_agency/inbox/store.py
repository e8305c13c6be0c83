"""The inbox's storage: packages in a folder, named by their SHA-256, and an embedded SQLite
index (``index.sqlite``) of what arrived, the municipalities' keys (trust on first use, as in
``collect``), receipts and the staff's decisions.

An upload is kept like this, so that nothing acknowledged is ever lost:

1. the body goes to ``tmp/<random>.part``;
2. it is verified with the same service as ``msu-agency collect`` (:func:`check_package`,
   the one place to swap in a stricter checker), then flushed to disk (fsync) -- a refused
   body never is;
3. it is renamed to ``packages/<sha[:2]>/<sha256>.msupkg`` and the folder is flushed;
4. its index row and its signed receipt are committed (SQLite, ``synchronous=FULL``) --
   only then is the receipt sent back. The uploads that wait at the same moment share one
   commit (group commit, :mod:`msu_agency.group_commit`): one fsync for the batch, and still
   no answer before its row is on the disk.

A crash between 3 and 4 leaves a file without a row and no answer, so the outbox sends it again
and the same file is renamed over itself. Nothing in a request names a file: the stored name
derives only from the SHA-256 of the body.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import secrets
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from msu_agency.collect import (
    DirectoryEntry,
    check_content,
    default_plans,
    formers,
    plans_by_id,
)
from msu_agency.group_commit import GroupCommit, Write
from msu_agency.registry import KeyRegistry, locked, trusted_as_is
from msu_desktop import i18n
from msu_desktop.clock import BISHKEK
from msu_desktop.domain.plan import Plan
from msu_desktop.errors import UserError
from msu_desktop.services import clock
from msu_exchange.files import fsync_dir
from msu_exchange.receipt import (
    HOLD_FORMAT,
    About,
    Decision,
    Receipt,
    package_comment,
    parse_decision,
    parse_unverified,
    sign_decision,
    sign_inbox_document,
    sign_receipt,
    utc_iso,
)
from msu_exchange.report_package import VerifiedPackage, prepare_verify, verify_package
from msu_exchange.signing.minisign import SecretKey

INDEX = "index.sqlite"
SCHEMA = """
CREATE TABLE IF NOT EXISTS packages (
    sha256 TEXT PRIMARY KEY,
    soate TEXT NOT NULL,
    period TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    supersedes INTEGER,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    created TEXT NOT NULL,
    received TEXT NOT NULL,
    state TEXT NOT NULL,
    receipt BLOB NOT NULL,
    receipt_sig TEXT NOT NULL,
    UNIQUE (soate, period, sequence)
);
CREATE INDEX IF NOT EXISTS packages_by_period ON packages (period, soate);
CREATE TABLE IF NOT EXISTS muni_keys (
    soate TEXT PRIMARY KEY,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    registered TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS decisions (
    sha256 TEXT PRIMARY KEY REFERENCES packages (sha256),
    decision TEXT NOT NULL,
    staff TEXT NOT NULL,
    decided TEXT NOT NULL,
    document BLOB NOT NULL,
    signature TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS held (
    sha256 TEXT PRIMARY KEY,
    soate TEXT NOT NULL,
    period TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    size INTEGER NOT NULL,
    arrived TEXT NOT NULL,
    document BLOB NOT NULL,
    signature TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS held_by_soate ON held (soate);
CREATE TABLE IF NOT EXISTS decision_history (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL,
    decision TEXT NOT NULL,
    staff TEXT NOT NULL,
    decided TEXT NOT NULL,
    comments TEXT NOT NULL,
    note TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS unverified_refusals (
    day TEXT NOT NULL,
    code TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (day, code)
);
CREATE TABLE IF NOT EXISTS refusals (
    id INTEGER PRIMARY KEY,
    soate TEXT NOT NULL,
    period TEXT NOT NULL,
    code TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
"""


class Refused(UserError):
    """An upload the inbox does not keep; ``code`` is for machines, the message for people.

    ``signed``: the signed refusal (document, signature) when the sender is known -- a package
    whose signature verified but whose content ``collect`` would reject."""

    def __init__(self, message: str, *, code: str, status: int = 409, **params: object) -> None:
        super().__init__(message)
        self.params = params
        self.code = code
        self.status = status
        self.signed: tuple[bytes, str] | None = None


def check_package(path: Path) -> VerifiedPackage:
    """The same verification as ``msu-agency collect`` (format, schema, hashes, signature)."""
    return verify_package(path)


REFUSAL_FORMAT = "msu-inbox-refusal"


def sign_refusal(
    key: SecretKey, about: About, *, code: str, reasons: list[UserError], refused: dt.datetime
) -> tuple[bytes, str]:
    """The signed answer "refused, and why" for a package whose content fails the checks."""
    fields = {
        "code": code,
        "reasons": {lang: [r.message(lang) for r in reasons] for lang in ("ky", "ru", "en")},
        "refused": utc_iso(refused),
    }
    return sign_inbox_document(
        key,
        REFUSAL_FORMAT,
        about,
        fields,
        answer_comment(REFUSAL_FORMAT, about),
        "refusal from the inbox",
    )


def answer_comment(fmt: str, about: About) -> str:
    a = about
    return package_comment(fmt, a.soate, a.period, a.sequence, a.package_sha256)


class Reasons(UserError):
    """Several reasons, one per line, each in the asked language."""

    def __init__(self, reasons: list[UserError]) -> None:
        super().__init__("{reasons}")
        self.reasons = reasons

    def message(self, lang: str | None = None) -> str:
        return "\n".join(r.message(lang) for r in self.reasons)


@dataclass(frozen=True)
class Held:
    """A package kept but not acknowledged: its key waits for the agency's confirmation."""

    sha256: str
    soate: str
    period: str
    sequence: int
    fingerprint: str
    arrived: str
    document: bytes
    signature: str


def hold_message(lang: str | None, fingerprint: str) -> str:
    return i18n.tr(
        "Inbox",
        "Received, held until your key is confirmed: the agency has not confirmed the key "
        "{fingerprint} for your municipality yet. Send the stamped paper report with this "
        "fingerprint to the agency; the receipt follows by itself once it is confirmed.",
        lang,
        fingerprint=fingerprint,
    )


def sign_hold(
    key: SecretKey, about: About, *, fingerprint: str, arrived: dt.datetime
) -> tuple[bytes, str]:
    """The signed answer "received, held until your key is confirmed" (docs/inbox-protocol.md)."""
    fields = {
        "key_fingerprint": fingerprint,
        "held": utc_iso(arrived),
        "message": {lang: hold_message(lang, fingerprint) for lang in ("ky", "ru", "en")},
    }
    return sign_inbox_document(
        key, HOLD_FORMAT, about, fields, answer_comment(HOLD_FORMAT, about), "held by the inbox"
    )


@dataclass(frozen=True)
class Stored:
    sha256: str
    soate: str
    period: str
    sequence: int
    supersedes: int | None
    state: str
    received: str
    path: Path
    receipt: Receipt
    decision: Decision | None = None


def package_name(pkg: VerifiedPackage) -> str:
    return f"{pkg.soate}_{pkg.period}_{pkg.sequence:04d}.msupkg"


def predecessors_by_successor(directory: list[DirectoryEntry]) -> dict[str, frozenset[str]]:
    """Each successor's former municipalities: the codes it succeeded itself and those whose
    chain of mergers and renames ends at it."""
    out: dict[str, set[str]] = {}
    for entry in directory:
        out.setdefault(entry.soate, set()).update(c for c in entry.succeeded if c != entry.soate)
    for code, former in formers(directory).items():
        out.setdefault(former.successor.soate, set()).add(code)
    return {soate: frozenset(codes) for soate, codes in out.items() if codes}


def utcnow() -> dt.datetime:
    return clock.utc_now()


class Inbox:
    def __init__(
        self,
        folder: Path,
        key: SecretKey,
        agency: str,
        clock: Callable[[], dt.datetime] = utcnow,
        registry: Path | None = None,
        plans: list[Plan] | None = None,
        directory: list[DirectoryEntry] | None = None,
    ) -> None:
        self.folder = Path(folder)
        # successor -> its former municipalities, by the directory (issue 25): a successor's
        # package signed with a predecessor's registered key is held, never refused
        self.predecessors = predecessors_by_successor(directory or [])
        # the one registry of municipalities' keys, shared with collect and ``msu-agency keys``
        self.registry_path = Path(registry) if registry else self.folder / "key_registry.json"
        self._registry_seen: int | None = None
        self._registry_writes: GroupCommit[KeyRegistry] = GroupCommit(
            threading.Lock(), self._flush_registry
        )
        # the plans the content is checked against, as collect's (default: the shipped plan)
        self.plans = plans_by_id(plans if plans is not None else default_plans())
        self.key = key
        self.agency = agency
        self.clock = clock
        self.packages_dir = self.folder / "packages"
        self.tmp_dir = self.folder / "tmp"
        for d in (self.folder, self.packages_dir, self.tmp_dir):
            d.mkdir(parents=True, exist_ok=True)
        for stale in self.tmp_dir.glob("*.part"):  # an upload cut short by a crash
            stale.unlink(missing_ok=True)
        self._lock = threading.Lock()
        # every write to the index (uploads' rows, refusals, decisions): committed in batches
        # under the writers' lock, one fsync a batch
        self._rows: GroupCommit[sqlite3.Connection] = GroupCommit(self._lock, self._flush_rows)
        self._periods = [threading.Lock() for _ in range(64)]
        self.db = sqlite3.connect(
            self.folder / INDEX, isolation_level=None, check_same_thread=False
        )
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.executescript(SCHEMA)
        # Reads go through one connection per thread, without the writers' lock: in WAL mode a
        # reader sees the last commit and never waits for a write (32 uploads at once queued
        # behind each other's fsyncs just to look up their SHA-256).
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        # The count of refusals of unverified senders (junk) is committed without waiting for
        # the disk: losing the last few counts at a power cut loses no package, and an attack
        # no longer queues the honest uploads behind one fsync per junk body. Used under the
        # lock, like ``db``.
        self._counts = sqlite3.connect(
            self.folder / INDEX, isolation_level=None, check_same_thread=False
        )
        self._counts.execute("PRAGMA synchronous=NORMAL")

    def prepare(self) -> None:
        """Do before the first upload what every upload needs once: the package's schemas
        compiled, each plan's report rules read (the first upload paid for them, a third of a
        second)."""
        from msu_desktop.services.report.rules import rules_for

        prepare_verify()
        for plan in self.plans.values():
            try:
                rules_for(plan)
            except UserError:  # a plan without rules: its packages say so when they arrive
                continue

    def _reader(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.folder / INDEX, isolation_level=None, check_same_thread=False)
            self._local.db = db
            with self._readers_lock:  # not the writers' lock: a batch may be committing
                self._readers.append(db)
        return db

    def close(self) -> None:
        with self._lock, self._readers_lock:
            for db in self._readers:
                db.close()
            self._readers.clear()
            self._counts.close()
            self.db.close()

    # -- reading --------------------------------------------------------------------------
    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError("not a SHA-256")
        return self.packages_dir / sha256[:2] / f"{sha256}.msupkg"

    def _stored(self, row: tuple[Any, ...]) -> Stored:
        sha, soate, period, seq, supersedes, state, received, doc, sig, ddoc, dsig = row
        return Stored(
            sha,
            soate,
            period,
            int(seq),
            supersedes,
            state,
            received,
            self.path_for(sha),
            parse_unverified(bytes(doc), sig),
            parse_decision(bytes(ddoc), dsig) if ddoc else None,
        )

    _COLUMNS = (
        "p.sha256, soate, period, sequence, supersedes, state, received, receipt, receipt_sig, "
        "d.document, d.signature"
    )
    _FROM = " FROM packages p LEFT JOIN decisions d ON d.sha256 = p.sha256"

    def get(self, sha256: str) -> Stored | None:
        row = (
            self._reader()
            .execute(f"SELECT {self._COLUMNS}{self._FROM} WHERE p.sha256 = ?", (sha256,))
            .fetchone()
        )
        return self._stored(row) if row else None

    def all(self, period: str | None = None) -> list[Stored]:
        sql = f"SELECT {self._COLUMNS}{self._FROM}"
        args: tuple[str, ...] = ()
        if period:
            sql += " WHERE period = ?"
            args = (period,)
        with self._lock:
            rows = self.db.execute(sql + " ORDER BY soate, period, sequence", args).fetchall()
        return [self._stored(r) for r in rows]

    def refusals(self) -> list[tuple[str, str, str, str, str]]:
        with self._lock:
            return self.db.execute(
                "SELECT soate, period, code, reason, at FROM refusals ORDER BY id"
            ).fetchall()

    # -- receiving ------------------------------------------------------------------------
    def receive(self, body: bytes, claimed_sha256: str = "") -> tuple[Stored | Held, bool]:
        """Keep one uploaded package; returns (what is stored, whether it is new).

        The same package again gets the same receipt. Raises :class:`Refused` with the reason.
        """
        tmp = self.new_part()
        try:
            with open(tmp, "wb") as fh:
                fh.write(body)
            return self.receive_file(tmp, hashlib.sha256(body).hexdigest(), claimed_sha256)
        finally:
            tmp.unlink(missing_ok=True)

    def new_part(self) -> Path:
        """A fresh temporary file name in the inbox's ``tmp/`` (same file system as packages/)."""
        return self.tmp_dir / f"{secrets.token_hex(8)}.part"

    def receive_file(
        self,
        tmp: Path,
        sha: str,
        claimed_sha256: str = "",
        allow_key: Callable[[str], bool] | None = None,
    ) -> tuple[Stored | Held, bool]:
        """:meth:`receive` for a body already streamed into ``tmp`` (its SHA-256 computed on
        the way); the caller removes ``tmp`` unless it was kept. ``allow_key``: the rate limit
        per verified key (by fingerprint), asked once the signature has verified."""
        if claimed_sha256 and claimed_sha256.lower() != sha:
            raise Refused(
                "The package was damaged on the way (its SHA-256 does not match); send it again.",
                code="sha_mismatch",
                status=400,
            )
        self.release_confirmed()
        existing = self.get(sha)
        if existing is not None:
            return existing, False
        held = self.held(sha)
        if held is not None:
            return held, False
        try:
            pkg = check_package(tmp)
        except UserError as exc:
            self._refusal("", "", "invalid", exc.message("en"))
            raise Refused(
                "The package was refused: {reason}", code="invalid", status=422, reason=exc
            ) from exc
        if allow_key is not None and not allow_key(pkg.public_key.fingerprint()):
            raise Refused(
                "Too many uploads signed by this key in one minute; the outbox tries again by "
                "itself.",
                code="rate_limited",
                status=429,
            )
        self._check_content(pkg, sha)
        with open(tmp, "rb+") as fh:  # on the disk before it is kept (junk never is: no fsync)
            os.fsync(fh.fileno())
        return self._keep(tmp, sha, tmp.stat().st_size, pkg)

    def _check_content(self, pkg: VerifiedPackage, sha: str) -> None:
        """The same content checks as ``collect``, before any receipt; a failing package gets a
        signed refusal with every reason in ky and ru."""
        today = self.clock().astimezone(BISHKEK).date()
        try:
            problems = check_content(pkg, self.plans, today)
        except Exception as exc:  # a kind of nonsense nobody foresaw: refused, never kept
            problems = [
                UserError(
                    "The package could not be read ({kind}); it was not consolidated.",
                    kind=type(exc).__name__,
                )
            ]
        if not problems:
            return
        refused = Refused(
            "The content of the package was refused: {reason}",
            code="content",
            status=422,
            reason=Reasons(problems),
        )
        refused.signed = sign_refusal(
            self.key,
            self._about(pkg.soate, pkg.period, pkg.sequence, sha),
            code="content",
            reasons=problems,
            refused=self.clock(),
        )
        raise self._record_refusal(pkg, refused)

    def _refusal(self, soate: str, period: str, code: str, reason: str) -> None:
        """A refusal from an unverified sender: counted per day and code, not listed row by row
        (300 junk uploads are one line on the staff page, not 300)."""
        day = self.clock().astimezone(BISHKEK).date().isoformat()
        with self._lock:
            self._counts.execute(
                "INSERT INTO unverified_refusals (day, code, n) VALUES (?, ?, 1) "
                "ON CONFLICT (day, code) DO UPDATE SET n = n + 1",
                (day, code),
            )

    def count_refusal(self, code: str) -> None:
        """Count a refusal made before anything was verified (too large, empty, throttled)."""
        self._refusal("", "", code, "")

    def unverified_refusals(self) -> list[tuple[str, str, int]]:
        with self._lock:
            return self.db.execute(
                "SELECT day, code, n FROM unverified_refusals ORDER BY day DESC, code"
            ).fetchall()

    def _refuse(self, db: sqlite3.Connection, pkg: VerifiedPackage, refused: Refused) -> None:
        """A verified sender's refusal, a row for the staff page (in ``db``'s transaction)."""
        db.execute(
            "INSERT INTO refusals (soate, period, code, reason, at) VALUES (?, ?, ?, ?, ?)",
            (
                pkg.soate,
                pkg.period,
                refused.code,
                refused.message("en"),
                self.clock().isoformat(timespec="seconds"),
            ),
        )

    def _keep(
        self, tmp: Path, sha: str, size: int, pkg: VerifiedPackage, *, released: bool = False
    ) -> tuple[Stored | Held, bool]:
        """Keep a verified package: checked against the index, moved in, its row committed.
        One municipality's period is kept by one thread at a time (:meth:`_one_period`), so
        the checks read the index without the writers' lock (nothing of this period changes
        meanwhile: its other uploads wait for this one), and the row is committed together
        with the rows of the uploads waiting at the same moment (:attr:`_rows`, one fsync for
        the batch instead of one each)."""
        # the registry has its own lock (and its own fsyncs when it changes): asked before the
        # index's, so that one upload's registry write does not hold up the others' commits
        trust = "trusted" if released else self._trust(pkg)
        with self._one_period(pkg.soate, pkg.period):
            existing = self.get(sha)
            if existing is not None:  # the same package, arrived twice at once
                return existing, False
            if trust == "other":
                refused: Refused | None = Refused(
                    "The key {fingerprint} that signed this package belongs to another "
                    "municipality; one key signs for one municipality only.",
                    code="key_of_another_municipality",
                    fingerprint=pkg.public_key.fingerprint(),
                )
            else:
                refused = None if trust == "held" else self._check_against_index(pkg)
            if refused is not None:
                raise self._record_refusal(pkg, refused, unhold=sha if released else None)
            self._move_in(tmp, sha)

            def insert(db: sqlite3.Connection) -> Stored | Held:
                if released and trust != "held":
                    db.execute("DELETE FROM held WHERE sha256 = ?", (sha,))
                if trust == "held":
                    return self._insert_held(db, sha, size, pkg)
                return self._insert_received(db, sha, size, pkg)

            kept = self._rows.run(insert)
        assert isinstance(kept, Stored | Held)
        return kept, True

    def _flush_rows(self, batch: list[Write[sqlite3.Connection]]) -> None:
        """One transaction for a batch of writes to the index (:class:`GroupCommit`), each in
        its own savepoint: a write that fails is undone alone, a refusal's reason is kept for the
        staff page, and the commit (``synchronous=FULL``) reaches the disk before anyone answers."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            for write in batch:
                db.execute("SAVEPOINT upload")
                if not write.run(db) and not isinstance(write.error, Refused):
                    db.execute("ROLLBACK TO upload")
                db.execute("RELEASE upload")
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def _record_refusal(
        self, pkg: VerifiedPackage, refused: Refused, *, unhold: str | None = None
    ) -> Refused:
        """Keep a verified sender's refusal for the staff page (``unhold``: the held package
        it ends) and return it to be raised."""

        def record(db: sqlite3.Connection) -> None:
            if unhold:
                db.execute("DELETE FROM held WHERE sha256 = ?", (unhold,))
            self._refuse(db, pkg, refused)

        self._rows.run(record)
        return refused

    def _one_period(self, soate: str, period: str) -> threading.Lock:
        """The lock of a municipality's period (one of 64, shared by a few periods): checking
        an upload against the index and committing its row are one step for its period."""
        return self._periods[hash((soate, period)) % len(self._periods)]

    def _about(self, soate: str, period: str, sequence: int, sha: str) -> About:
        return About(self.agency, soate, period, sequence, sha)

    def _move_in(self, tmp: Path, sha: str) -> None:
        final = self.path_for(sha)
        final.parent.mkdir(exist_ok=True)
        if tmp != final:
            os.replace(tmp, final)
            fsync_dir(final.parent)

    def _insert_received(
        self, db: sqlite3.Connection, sha: str, size: int, pkg: VerifiedPackage
    ) -> Stored:
        """The package's row with its signed receipt; an earlier one of its period is
        superseded. Inside ``db``'s transaction; returns what is stored."""
        receipt = sign_receipt(
            self.key, self._about(pkg.soate, pkg.period, pkg.sequence, sha), self.clock()
        )
        supersedes = (pkg.data.get("supersedes") or {}).get("sequence")
        db.execute(
            "UPDATE packages SET state = 'superseded' WHERE soate = ? AND period = ?",
            (pkg.soate, pkg.period),
        )
        db.execute(
            "INSERT INTO packages (sha256, soate, period, sequence, supersedes, name, "
            "size, created, received, state, receipt, receipt_sig) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?)",
            (
                sha,
                pkg.soate,
                pkg.period,
                pkg.sequence,
                int(supersedes) if isinstance(supersedes, int) else None,
                package_name(pkg),
                size,
                str(pkg.manifest["created"]),
                receipt.received,
                receipt.document,
                receipt.signature,
            ),
        )
        return Stored(
            sha,
            pkg.soate,
            pkg.period,
            pkg.sequence,
            int(supersedes) if isinstance(supersedes, int) else None,
            "received",
            receipt.received,
            self.path_for(sha),
            receipt,
        )

    def _trust(self, pkg: VerifiedPackage) -> str:
        """The registry's verdict on the package's key (:meth:`KeyRegistry.trust`). Answered
        from the file as it is when it already trusts the key; otherwise asked under the
        registry's lock, together with the uploads asking at the same moment (the first
        uploads of many offices: one registry write and its fsyncs for the batch)."""
        if trusted_as_is(self.registry_path, pkg.soate, pkg.public_key):
            return "trusted"
        predecessors = self.predecessors.get(pkg.soate, frozenset())
        verdict = self._registry_writes.run(
            lambda registry: registry.trust(
                pkg.soate, pkg.public_key, package_name(pkg), predecessors
            )
        )
        self._registry_seen = self._registry_mtime()
        assert isinstance(verdict, str)
        return verdict

    def _flush_registry(self, batch: list[Write[KeyRegistry]]) -> None:
        """A batch of verdicts under the registry's file lock, saved once if any changed it."""
        with locked(self.registry_path) as registry:
            for write in batch:
                write.run(registry)

    def _insert_held(
        self, db: sqlite3.Connection, sha: str, size: int, pkg: VerifiedPackage
    ) -> Held:
        now = self.clock()
        fp = pkg.public_key.fingerprint()
        doc, sig = sign_hold(
            self.key,
            self._about(pkg.soate, pkg.period, pkg.sequence, sha),
            fingerprint=fp,
            arrived=now,
        )
        arrived = utc_iso(now)
        db.execute(
            "INSERT OR IGNORE INTO held (sha256, soate, period, sequence, key, fingerprint, size, arrived, "
            "document, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                sha,
                pkg.soate,
                pkg.period,
                pkg.sequence,
                pkg.public_key.b64,
                fp,
                size,
                arrived,
                doc,
                sig,
            ),
        )
        return Held(sha, pkg.soate, pkg.period, pkg.sequence, fp, arrived, doc, sig)

    _HELD = "SELECT sha256, soate, period, sequence, fingerprint, arrived, document, signature"

    def held(self, sha256: str) -> Held | None:
        row = (
            self._reader().execute(f"{self._HELD} FROM held WHERE sha256 = ?", (sha256,)).fetchone()
        )
        return self._held(row) if row else None

    def all_held(self) -> list[Held]:
        with self._lock:
            rows = self.db.execute(f"{self._HELD} FROM held ORDER BY soate, arrived").fetchall()
        return [self._held(r) for r in rows]

    @staticmethod
    def _held(row: tuple[Any, ...]) -> Held:
        sha, soate, period, seq, fp, arrived, doc, sig = row
        return Held(sha, soate, period, int(seq), fp, arrived, bytes(doc), sig)

    def _registry_mtime(self) -> int | None:
        try:
            return self.registry_path.stat().st_mtime_ns
        except OSError:
            return None

    def release_confirmed(self, force: bool = False) -> int:
        """Acknowledge the held packages whose key has been confirmed since (by ``msu-agency
        keys confirm`` or the staff page); returns how many got their receipt."""
        mtime = self._registry_mtime()
        if not force and mtime == self._registry_seen:
            return 0
        self._registry_seen = mtime
        rows = self._reader().execute("SELECT sha256, soate, key, size FROM held").fetchall()
        if not rows:
            return 0
        registry = KeyRegistry(self.registry_path)
        released = 0
        for sha, soate, key, size in rows:
            known = registry.key_for(soate)
            if known is None or known.b64 != key:
                continue
            path = self.path_for(sha)
            try:
                pkg = check_package(path)
                self._keep(path, sha, int(size), pkg, released=True)
                released += 1
            except Refused:
                continue
        return released

    def _check_against_index(self, pkg: VerifiedPackage) -> Refused | None:
        """Whether the index already holds this period's package of the same or a later
        sequence; read without the writers' lock, under the period's (see :meth:`_keep`)."""
        latest = (
            self._reader()
            .execute(
                "SELECT MAX(sequence) FROM packages WHERE soate = ? AND period = ?",
                (pkg.soate, pkg.period),
            )
            .fetchone()[0]
        )
        if latest is not None and pkg.sequence == latest:
            return Refused(
                "A different package with the same sequence number {seq} arrived already.",
                code="sequence_conflict",
                seq=pkg.sequence,
            )
        if latest is not None and pkg.sequence < latest:
            return Refused(
                "A newer package (sequence {latest}) of this period arrived already; this "
                "older one is not kept.",
                code="older_sequence",
                latest=latest,
            )
        return None

    def decide(
        self,
        sha256: str,
        decision: str,
        *,
        comments: dict[str, str] | None = None,
        note: str = "",
        staff: str = "",
    ) -> Stored:
        """Accept the package, or return it for correction with comments per measure."""
        stored = self.get(sha256)
        if stored is None:
            raise UserError("The inbox has no package with this SHA-256.", context="Inbox")
        if stored.state == "superseded":
            raise UserError(
                "A newer package of this period has arrived; decide on that one.",
                context="Inbox",
            )
        if decision == "returned" and not (note.strip() or any(comments or {})):
            raise UserError(
                "Say what to correct: a package is returned with at least one comment.",
                context="Inbox",
            )
        measures = {m["code"] for m in self._measures(stored)}
        unknown = sorted(set(comments or {}) - measures)
        if unknown:
            raise UserError("The package has no measure {code}.", context="Inbox", code=unknown[0])
        now = self.clock()
        signed = sign_decision(
            self.key,
            self._about(stored.soate, stored.period, stored.sequence, sha256),
            decision=decision,
            comments={k: v.strip() for k, v in (comments or {}).items() if v.strip()},
            note=note.strip(),
            decided=now,
        )

        def record(db: sqlite3.Connection) -> None:
            db.execute(
                "INSERT OR REPLACE INTO decisions (sha256, decision, staff, decided, "
                "document, signature) VALUES (?, ?, ?, ?, ?, ?)",
                (sha256, decision, staff, signed.decided, signed.document, signed.signature),
            )
            db.execute("UPDATE packages SET state = ? WHERE sha256 = ?", (decision, sha256))
            db.execute(
                "INSERT INTO decision_history (sha256, decision, staff, decided, comments, "
                "note) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    sha256,
                    decision,
                    staff,
                    signed.decided,
                    json.dumps(signed.comments, ensure_ascii=False),
                    signed.note,
                ),
            )

        self._rows.run(record)
        result = self.get(sha256)
        assert result is not None
        return result

    def _measures(self, stored: Stored) -> list[dict[str, Any]]:
        return list(check_package(stored.path).data.get("measures", []))

    def history(self, soate: str, period: str) -> list[tuple[str, int, str, str, str, str, str]]:
        """Every decision on this municipality's packages of the period: (sha256, sequence,
        decision, staff, when, comments as JSON, note), oldest first."""
        with self._lock:
            return self.db.execute(
                "SELECT h.sha256, p.sequence, h.decision, h.staff, h.decided, h.comments, h.note "
                "FROM decision_history h JOIN packages p ON p.sha256 = h.sha256 "
                "WHERE p.soate = ? AND p.period = ? ORDER BY h.id",
                (soate, period),
            ).fetchall()

    def previous(self, stored: Stored) -> Stored | None:
        """The package this one replaces: the highest lower sequence of its period."""
        with self._lock:
            row = self.db.execute(
                "SELECT sha256 FROM packages WHERE soate = ? AND period = ? AND sequence < ? "
                "ORDER BY sequence DESC LIMIT 1",
                (stored.soate, stored.period, stored.sequence),
            ).fetchone()
        return self.get(row[0]) if row else None

    def key_registry(self) -> KeyRegistry:
        return KeyRegistry(self.registry_path)


def dump_json(stored: Stored | Held) -> dict[str, Any]:
    if isinstance(stored, Held):
        return {
            "status": "pending",
            "code": "key_pending",
            "package_sha256": stored.sha256,
            "state": "held",
            "key_fingerprint": stored.fingerprint,
            "hold": stored.document.decode("utf-8"),
            "hold_signature": stored.signature,
            "message": {
                lang: hold_message(lang, stored.fingerprint) for lang in ("en", "ky", "ru")
            },
        }
    doc: dict[str, Any] = {
        "status": "received",
        "package_sha256": stored.sha256,
        "state": stored.state,
        "receipt": stored.receipt.document.decode("utf-8"),
        "signature": stored.receipt.signature,
    }
    if stored.decision is not None:
        doc["decision"] = stored.decision.document.decode("utf-8")
        doc["decision_signature"] = stored.decision.signature
    return doc


def json_bytes(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def reply_items(stored: list[Stored]) -> list[dict[str, str]]:
    out = []
    for st in stored:
        item = {"receipt": st.receipt.document.decode("utf-8"), "signature": st.receipt.signature}
        if st.decision is not None:
            item["decision"] = st.decision.document.decode("utf-8")
            item["decision_signature"] = st.decision.signature
        out.append(item)
    return out


def write_replies(inbox: Inbox, out_dir: Path, soate: str | None = None) -> list[Path]:
    """One signed ``.msureply`` per municipality with its receipts and decisions."""
    from msu_exchange.reply import EXTENSION, build_reply, judge_periods, write_reply

    by_soate: dict[str, list[Stored]] = {}
    for st in inbox.all():
        if soate is None or st.soate == soate:
            by_soate.setdefault(st.soate, []).append(st)
    out_dir.mkdir(parents=True, exist_ok=True)
    now = inbox.clock()
    paths = []
    for code, stored in sorted(by_soate.items()):
        received = [(st.period, st.received, st.sha256) for st in stored]
        verdicts = judge_periods(list(inbox.plans.values()), received, now)
        doc, sig = build_reply(inbox.key, inbox.agency, code, reply_items(stored), now, verdicts)
        stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S")
        paths.append(write_reply(out_dir / f"{code}_{stamp}{EXTENSION}", doc, sig))
    return paths
