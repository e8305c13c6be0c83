"""When the agency received each package it collected from a stick (or a shared folder).

``<agency data>/received.json`` maps a package's SHA-256 to the first time the agency saw it,
so a later collect over the same files keeps the day the stick arrived instead of "today".
The time is the AGENCY's: the day given with ``collect --received`` (the day the stick came),
else the agency's clock at the collect that first saw the package. Lateness is judged against
it by :func:`msu_desktop.domain.deadline.judge`, never against the office's clock.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from msu_desktop.errors import UserError
from msu_exchange.files import write_bytes_atomic

FORMAT = "msu-agency-received"


def _parse(value: str) -> dt.datetime | dt.date:
    return dt.datetime.fromisoformat(value) if "T" in value else dt.date.fromisoformat(value)


class ReceivedLog:
    def __init__(self, path: Path | None) -> None:
        self.path = Path(path) if path is not None else None
        self.seen: dict[str, str] = {}
        self.changed = False
        if self.path is not None and self.path.exists():
            try:
                doc = json.loads(self.path.read_text(encoding="utf-8"))
                if not isinstance(doc, dict) or doc.get("format") != FORMAT:
                    raise ValueError("not a log of received packages")
                seen = doc.get("packages") or {}
                for value in seen.values():
                    _parse(str(value))
                self.seen = {str(k): str(v) for k, v in seen.items()}
            except (OSError, UnicodeDecodeError, ValueError, TypeError, AttributeError) as exc:
                raise UserError(
                    "The list of received packages {path} cannot be read; nothing was changed. "
                    "Restore it from the backup.",
                    path=str(self.path),
                ) from exc

    def received(self, sha256: str, default: dt.datetime | dt.date) -> dt.datetime | dt.date:
        """When the package was first received; ``default`` (recorded) if it is new."""
        known = self.seen.get(sha256)
        if known is not None:
            return _parse(known)
        self.seen[sha256] = default.isoformat()
        self.changed = True
        return default

    def save(self) -> None:
        if self.path is None or not self.changed:
            return
        doc = {"format": FORMAT, "packages": dict(sorted(self.seen.items()))}
        write_bytes_atomic(self.path, json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))
        self.changed = False
