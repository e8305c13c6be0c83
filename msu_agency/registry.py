"""The agency's registry of municipality keys: trust on first use, with a person in the loop.

``<agency data>/key_registry.json`` holds, per СОАТЕ code, the registered key of the
municipality and the keys seen but not (yet) trusted ("pending"):

* The first collect that sees packages of a municipality, all signed by ONE key, registers that
  key (its fingerprint is printed on the stamped paper report, to compare).
* If one collect sees two or more keys for a municipality that has no registered key, none is
  registered: they are all pending, a conflict, and its packages wait.
* A package signed by another key than the registered one (a reinstalled PC, or a forgery)
  waits too; its key is pending.
* ``msu-agency keys confirm SOATE FINGERPRINT`` -- once the stamped paper with that fingerprint
  has arrived -- makes a pending key the registered one; the next collect consolidates the
  packages it signed. The key it replaces is kept in the entry's history.

* ``msu-agency keys confirm SOATE FINGERPRINT`` for a municipality none of whose packages has
  arrived yet records the fingerprint off the stamped paper as *expected*: the first package
  signed by a key with that fingerprint registers it (pre-registration).

The inbox (``msu-agency serve``, ``receive``, ``reply``) and ``collect`` share this one file.
Every change is made under a lock file (:func:`locked`), re-reading the file first, so a
``keys confirm`` typed while the inbox runs is neither lost nor overwritten. One key signs for
one municipality only (:meth:`KeyRegistry.owner_of`).

Older registries (a flat ``{soate: entry}`` map) are read as they are.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from msu_desktop.errors import UserError
from msu_desktop.services import clock
from msu_exchange.files import write_bytes_atomic
from msu_exchange.signing.minisign import PublicKey, SignatureError
from msu_exchange.signing.trusted import normalise_fingerprint

FORMAT = 2


@dataclass(frozen=True)
class PendingKey:
    soate: str
    key: PublicKey
    package: str
    seen: str

    @property
    def fingerprint(self) -> str:
        return self.key.fingerprint()


def _now() -> str:
    return clock.now().isoformat(timespec="seconds")


class KeyRegistry:
    def __init__(self, path: Path, text: bytes | None = None) -> None:
        """The registry in ``path``; ``text``: its bytes, already read (by :func:`locked`)."""
        self.path = Path(path)
        self.keys: dict[str, dict[str, Any]] = {}
        self.pending: dict[str, list[dict[str, str]]] = {}
        self.expected: dict[str, dict[str, str]] = {}
        # bumped by every change (each is a method below), so that :func:`locked` saves only a
        # changed registry
        self.revision = 0
        # key -> the municipalities it is registered for, in the order of ``keys``; expected
        # fingerprint -> the first municipality expecting it: built when first asked, kept up
        # to date by the changes below (a scan per package made a collect quadratic)
        self._by_key: dict[str, list[str]] | None = None
        self._by_fingerprint: dict[str, str] | None = None
        if text is None and self.path.exists():
            try:
                text = self.path.read_bytes()
            except OSError as exc:
                raise self._damaged() from exc
        if text is not None:
            try:
                doc = json.loads(text.decode("utf-8"))
                if not isinstance(doc, dict):
                    raise ValueError("not a map")
                if doc.get("format") == FORMAT:
                    self.keys = dict(doc.get("keys") or {})
                    self.pending = dict(doc.get("pending") or {})
                    self.expected = dict(doc.get("expected") or {})
                else:
                    self.keys = doc
                for entry in self.keys.values():
                    PublicKey.from_b64(str(entry["key"]))
                for entries in self.pending.values():
                    for entry in entries:
                        PublicKey.from_b64(str(entry["key"]))
            except (
                UnicodeDecodeError,
                ValueError,
                KeyError,
                TypeError,
                AttributeError,
                SignatureError,
            ) as exc:
                raise self._damaged() from exc

    def _damaged(self) -> UserError:
        return UserError("The agency's key registry {path} is damaged.", path=str(self.path))

    # -- reading -------------------------------------------------------------------------
    def key_for(self, soate: str) -> PublicKey | None:
        entry = self.keys.get(soate)
        return PublicKey.from_b64(entry["key"]) if entry else None

    def pending_for(self, soate: str) -> list[PendingKey]:
        return [
            PendingKey(soate, PublicKey.from_b64(e["key"]), e.get("package", ""), e.get("seen", ""))
            for e in self.pending.get(soate, [])
        ]

    def other_owner_of(self, key: PublicKey, other_than: str) -> str | None:
        """The other municipality this key is registered for (after a merger the successor's
        packages are signed with a predecessor's key), or None."""
        owners = self._key_index().get(key.b64, [])
        return min((soate for soate in owners if soate != other_than), default=None)

    def is_held(self, soate: str) -> bool:
        """Keys of this municipality are waiting for a person to confirm one (or the agency
        expects a key it has not seen yet: then no key is trusted on first use)."""
        return bool(self.pending.get(soate)) or soate in self.expected

    def owner_of(self, key: PublicKey) -> str | None:
        """The municipality this key is registered (or expected) for: one key, one municipality."""
        owners = self._key_index().get(key.b64)
        if owners:
            return owners[0]
        return self._fingerprint_index().get(normalise_fingerprint(key.fingerprint()))

    def _key_index(self) -> dict[str, list[str]]:
        if self._by_key is None:
            by_key: dict[str, list[str]] = {}
            for soate, entry in self.keys.items():
                if entry.get("key") is not None:
                    by_key.setdefault(entry["key"], []).append(soate)
            self._by_key = by_key
        return self._by_key

    def _fingerprint_index(self) -> dict[str, str]:
        if self._by_fingerprint is None:
            by_fingerprint: dict[str, str] = {}
            for soate, entry in self.expected.items():
                if entry.get("fingerprint") is not None:
                    by_fingerprint.setdefault(entry["fingerprint"], soate)
            self._by_fingerprint = by_fingerprint
        return self._by_fingerprint

    def already_trusts(self, soate: str, key: PublicKey) -> bool:
        """:meth:`trust` would answer "trusted" and change nothing: ``key`` is the registered
        key of ``soate`` and of no code before it. Reads the indexes only as they are built (see
        :func:`trusted_as_is`): False when they are not."""
        by_key, by_fingerprint = self._by_key, self._by_fingerprint
        if by_key is None or by_fingerprint is None:
            return False
        owners = by_key.get(key.b64)
        owner = (
            owners[0] if owners else by_fingerprint.get(normalise_fingerprint(key.fingerprint()))
        )
        entry = self.keys.get(soate)
        return owner == soate and entry is not None and entry.get("key") == key.b64

    def _set_key(self, soate: str, entry: dict[str, Any]) -> None:
        """``keys[soate] = entry``, the index kept up to date."""
        self.revision += 1
        if self._by_key is not None:
            if soate in self.keys:  # a key replaced: its old one leaves the index
                self._by_key = None
            else:
                self._by_key.setdefault(entry["key"], []).append(soate)
        self.keys[soate] = entry

    def signs_for_another(self, soate: str, key: PublicKey) -> str | None:
        """The other municipality ``key`` is registered or expected for, when a package of
        ``soate`` is signed with it -- except the one case a person may still map: ``soate``
        has no key yet and ``key`` is registered for another code (after a merger the successor
        keeps its predecessor's PC and key; ``keys confirm`` moves it, issue 25). One key signs
        for one municipality only: the inbox and ``collect`` refuse the rest alike."""
        owner = self.owner_of(key)
        if owner is None or owner == soate:
            return None
        if self.key_for(soate) is None and owner in self.keys:
            return None
        return owner

    def trust(
        self, soate: str, key: PublicKey, package: str, predecessors: Collection[str] = ()
    ) -> str:
        """What the inbox does with a package of ``soate`` signed by ``key``:

        ``trusted`` (its registered key, or the expected fingerprint, now registered),
        ``other`` (the key belongs to another municipality: refused), or
        ``held`` (remembered as pending until a person confirms it).

        A successor (``soate`` has no key yet) signing with the key registered for one of its
        ``predecessors`` (the directory's, issue 25) is held like a new key: ``keys confirm``
        moves the key to it. A key of any other municipality is refused (one key, one
        municipality)."""
        owner = self.owner_of(key)
        if owner is not None and owner != soate:
            if not (owner in predecessors and owner in self.keys and self.key_for(soate) is None):
                return "other"
            self.hold(soate, key, Path(package))
            return "held"
        current = self.key_for(soate)
        if current is not None and current.raw == key.raw:
            return "trusted"
        expected = self.expected.get(soate)
        if expected and expected.get("fingerprint") == normalise_fingerprint(key.fingerprint()):
            self._switch(soate, key, package, confirmed=expected.get("entered", _now()))
            return "trusted"
        self.hold(soate, key, Path(package))
        return "held"

    # -- changing ------------------------------------------------------------------------
    def register(self, soate: str, key: PublicKey, package: Path) -> None:
        self._set_key(
            soate,
            {
                "key": key.b64,
                "fingerprint": key.fingerprint(),
                "first_package": package.name,
                "registered": _now(),
            },
        )

    def hold(self, soate: str, key: PublicKey, package: Path) -> None:
        """Remember a key seen on a package that is not trusted (yet)."""
        entries = self.pending.setdefault(soate, [])
        if not any(e["key"] == key.b64 for e in entries):
            self.revision += 1
            entries.append(
                {
                    "key": key.b64,
                    "fingerprint": key.fingerprint(),
                    "package": package.name,
                    "seen": _now(),
                }
            )

    def confirm(
        self, soate: str, fingerprint: str, *, expect_if_unseen: bool = False
    ) -> PublicKey | None:
        """Make the pending key with ``fingerprint`` the municipality's registered key.

        With ``expect_if_unseen``, and no package of the municipality waiting, a fingerprint no
        package has shown yet is recorded as the expected one (pre-registration from the
        stamped paper) and None is returned. While packages wait, the fingerprint must be one
        of theirs: a mistyped one changes nothing."""
        want = normalise_fingerprint(fingerprint)
        if len(want) != 32:
            raise UserError(
                "Type the whole fingerprint (32 characters) from the municipality's stamped "
                "paper report."
            )
        current = self.key_for(soate)
        if current is not None and normalise_fingerprint(current.fingerprint()) == want:
            raise UserError("This key is already the registered key of {soate}.", soate=soate)
        match = next(
            (p for p in self.pending_for(soate) if normalise_fingerprint(p.fingerprint) == want),
            None,
        )
        if match is None and expect_if_unseen and not self.pending.get(soate):
            for other, entry in self.expected.items():
                if other != soate and entry.get("fingerprint") == want:
                    raise UserError(
                        "This fingerprint is already expected for {other}; one key signs for "
                        "one municipality only.",
                        other=other,
                    )
            for other, entry in self.keys.items():
                if other != soate and normalise_fingerprint(entry.get("fingerprint", "")) == want:
                    raise UserError(
                        "This fingerprint is already registered for {other}; one key signs for "
                        "one municipality only.",
                        other=other,
                    )
            self.revision += 1
            self._by_fingerprint = None
            self.expected[soate] = {"fingerprint": want, "entered": _now()}
            return None
        if match is None:
            raise UserError(
                "No package of {soate} signed by a key with this fingerprint has been collected; "
                "nothing was changed. Collect the folder with that package first.",
                soate=soate,
            )
        owner = self.owner_of(match.key)
        if owner is not None and owner != soate:
            if owner not in self.keys:
                raise UserError(
                    "This key is already registered for {other}; one key signs for one "
                    "municipality only.",
                    other=owner,
                )
            # A person compared the stamped paper and confirms that this municipality now signs
            # with the key registered for ``owner`` (after a merger the successor keeps its
            # predecessor's PC and key, issue 25): the key MOVES, so that it still signs for one
            # municipality only; the old entry is kept in the new one's history.
            self.revision += 1
            self._by_key = None
            moved = dict(self.keys.pop(owner))
            moved.pop("previous", None)
            moved.update(moved_from=owner, moved=_now())
            self._switch(soate, match.key, match.package, confirmed=_now())
            self.keys[soate]["previous"].append(moved)
            return match.key
        self._switch(soate, match.key, match.package, confirmed=_now())
        return match.key

    def _switch(self, soate: str, key: PublicKey, package: str, *, confirmed: str) -> None:
        history = list(self.keys.get(soate, {}).get("previous", []))
        if soate in self.keys:
            old = dict(self.keys[soate])
            old.pop("previous", None)
            old["replaced"] = _now()
            history.append(old)
        self._set_key(
            soate,
            {
                "key": key.b64,
                "fingerprint": key.fingerprint(),
                "first_package": package,
                "registered": _now(),
                "confirmed": confirmed,
                "previous": history,
            },
        )
        self.pending.pop(soate, None)
        if self.expected.pop(soate, None) is not None:
            self._by_fingerprint = None

    def save(self) -> bytes:
        """Write the registry (atomically); returns the bytes written."""
        payload = dumps_registry(
            {
                "format": FORMAT,
                "keys": self.keys,
                "pending": self.pending,
                "expected": self.expected,
            }
        ).encode("utf-8")
        write_bytes_atomic(self.path, payload)
        return payload


def dumps_registry(doc: dict[str, Any]) -> str:
    """The registry's text, by the json module's C encoder in one call (an indented dump is
    written in Python and took most of an upload's time once a few hundred offices had
    registered: the file is written again whole at each change). ``msu-agency keys list``
    shows it to people."""
    return json.dumps(doc, ensure_ascii=False, sort_keys=True) + "\n"


# The registry last read or written under the lock, by path: read again (parsed and every key
# checked) only when the file's bytes differ, i.e. when another process changed it.
_LAST: dict[Path, tuple[bytes, KeyRegistry]] = {}


@contextmanager
def locked(path: Path) -> Iterator[KeyRegistry]:
    """The registry read fresh under an exclusive lock and saved when the block ends without an
    error, if it changed: the inbox's server and ``msu-agency keys`` may change it at the same
    time. The file is read every time; when its bytes are those last seen here, the registry
    parsed from them is reused (dropped if a block fails half-way)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(str(path) + ".lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _lock(fd)
        try:
            text = path.read_bytes()
        except FileNotFoundError:
            text = b""
        except OSError as exc:
            raise UserError("The agency's key registry {path} is damaged.", path=str(path)) from exc
        last = _LAST.pop(path.absolute(), None)
        if last is not None and last[0] == text:
            registry = last[1]
        else:
            registry = KeyRegistry(path, text or None)
        before = registry.revision
        yield registry
        if registry.revision != before:
            text = registry.save()
        registry._key_index(), registry._fingerprint_index()  # built here, under the lock
        _LAST[path.absolute()] = (text, registry)
    finally:
        os.close(fd)  # closing releases the lock


def trusted_as_is(path: Path, soate: str, key: PublicKey) -> bool:
    """Whether the registry file, as it is now, already trusts ``key`` for ``soate`` (so that
    :meth:`KeyRegistry.trust` would change nothing), answered without the lock: the inbox's
    second and later uploads of an office no longer queue behind the first uploads' registry
    writes. Only from the registry last seen under the lock, when the file still holds exactly
    its bytes and no locked block took it meanwhile; otherwise False (ask under the lock)."""
    path = Path(path).absolute()
    try:
        text = path.read_bytes()
    except OSError:
        return False
    last = _LAST.get(path)
    if last is None or last[0] != text:
        return False
    trusted = last[1].already_trusts(soate, key)
    return trusted and _LAST.get(path) is last  # not taken by a locked block while we read


def _lock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - the agency's Windows PCs
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX)
