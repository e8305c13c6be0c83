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

Older registries (a flat ``{soate: entry}`` map) are read as they are.
"""

from __future__ import annotations

import json
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
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.keys: dict[str, dict[str, Any]] = {}
        self.pending: dict[str, list[dict[str, str]]] = {}
        if self.path.exists():
            try:
                doc = json.loads(self.path.read_text(encoding="utf-8"))
                if not isinstance(doc, dict):
                    raise ValueError("not a map")
                if doc.get("format") == FORMAT:
                    self.keys = dict(doc.get("keys") or {})
                    self.pending = dict(doc.get("pending") or {})
                else:
                    self.keys = doc
                for entry in self.keys.values():
                    PublicKey.from_b64(str(entry["key"]))
                for entries in self.pending.values():
                    for entry in entries:
                        PublicKey.from_b64(str(entry["key"]))
            except (
                OSError,
                UnicodeDecodeError,
                ValueError,
                KeyError,
                TypeError,
                AttributeError,
                SignatureError,
            ) as exc:
                raise UserError(
                    "The agency's key registry {path} is damaged.", path=str(self.path)
                ) from exc

    # -- reading -------------------------------------------------------------------------
    def key_for(self, soate: str) -> PublicKey | None:
        entry = self.keys.get(soate)
        return PublicKey.from_b64(entry["key"]) if entry else None

    def pending_for(self, soate: str) -> list[PendingKey]:
        return [
            PendingKey(soate, PublicKey.from_b64(e["key"]), e.get("package", ""), e.get("seen", ""))
            for e in self.pending.get(soate, [])
        ]

    def owner_of(self, key: PublicKey, other_than: str) -> str | None:
        """The other municipality this key is registered for (after a merger the successor's
        packages are signed with a predecessor's key), or None."""
        for soate, entry in sorted(self.keys.items()):
            if soate != other_than and entry.get("key") == key.b64:
                return soate
        return None

    def is_held(self, soate: str) -> bool:
        """Keys of this municipality are waiting for a person to confirm one."""
        return bool(self.pending.get(soate))

    # -- changing ------------------------------------------------------------------------
    def register(self, soate: str, key: PublicKey, package: Path) -> None:
        self.keys[soate] = {
            "key": key.b64,
            "fingerprint": key.fingerprint(),
            "first_package": package.name,
            "registered": _now(),
        }

    def hold(self, soate: str, key: PublicKey, package: Path) -> None:
        """Remember a key seen on a package that is not trusted (yet)."""
        entries = self.pending.setdefault(soate, [])
        if not any(e["key"] == key.b64 for e in entries):
            entries.append(
                {
                    "key": key.b64,
                    "fingerprint": key.fingerprint(),
                    "package": package.name,
                    "seen": _now(),
                }
            )

    def confirm(self, soate: str, fingerprint: str) -> PublicKey:
        """Make the pending key with ``fingerprint`` the municipality's registered key."""
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
        if match is None:
            raise UserError(
                "No package of {soate} signed by a key with this fingerprint has been collected; "
                "nothing was changed. Collect the folder with that package first.",
                soate=soate,
            )
        history = list(self.keys.get(soate, {}).get("previous", []))
        if soate in self.keys:
            old = dict(self.keys[soate])
            old.pop("previous", None)
            old["replaced"] = _now()
            history.append(old)
        self.keys[soate] = {
            "key": match.key.b64,
            "fingerprint": match.fingerprint,
            "first_package": match.package,
            "registered": _now(),
            "confirmed": _now(),
            "previous": history,
        }
        self.pending.pop(soate, None)
        return match.key

    def save(self) -> None:
        doc = {"format": FORMAT, "keys": self.keys, "pending": self.pending}
        payload = json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True)
        write_bytes_atomic(self.path, payload.encode("utf-8"))
