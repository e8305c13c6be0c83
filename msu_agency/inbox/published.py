"""The plan the agency published last, as the inbox offers it to the offices (no web stack).

``msu-agency plan publish`` (and the staff page's publish, through the same
:func:`msu_agency.cli.keys.keep_issued_plan`) keeps a copy of the signed ``.msuplan`` in
``<plans>/published/<sha256>.msuplan`` and points ``<plans>/published/latest.json`` at it::

    {"plan_id": "…", "version": 3, "sha256": "…", "size": 12345,
     "issued": "2026-12-06", "published": "2026-12-06T10:00:00+00:00"}

The inbox (``plan_routes.py``) serves that file to anyone: the plan is public and the offices
verify its signature against the agency key they trust, so a copy here needs no more trust.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from msu_agency.config import DEFAULT_FOLDERS, load_config
from msu_desktop.errors import UserError
from msu_exchange.files import copy_file_atomic, sha256_file, write_bytes_atomic
from msu_exchange.plan_package import EXTENSION, read_unverified_manifest

FOLDER = "published"
LATEST = "latest.json"
SHA_RE = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Published:
    plan_id: str
    version: int
    sha256: str
    size: int
    issued: str
    published: str
    path: Path

    def to_json(self) -> dict[str, object]:
        return {
            "plan_id": self.plan_id,
            "version": self.version,
            "sha256": self.sha256,
            "size": self.size,
            "issued": self.issued,
            "published": self.published,
        }


def published_dir(data_dir: Path) -> Path:
    """``<plans>/published`` of the agency whose data folder this is."""
    config = load_config(Path(data_dir))
    plans = config.plans_dir if config else Path(data_dir) / DEFAULT_FOLDERS["plans"]
    return plans / FOLDER


def keep_published(data_dir: Path, package: Path) -> Published:
    """Copy the signed ``package`` beside the agency's plans and make it the one offered."""
    folder = published_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    sha = sha256_file(package)
    target = folder / f"{sha}{EXTENSION}"
    if not target.exists():
        copy_file_atomic(Path(package), target)
    manifest = read_unverified_manifest(target)
    entry = Published(
        plan_id=str(manifest["plan_id"]),
        version=int(manifest["version"]),
        sha256=sha,
        size=target.stat().st_size,
        issued=str(manifest.get("issued") or ""),
        published=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        path=target,
    )
    doc = json.dumps(entry.to_json(), ensure_ascii=False, indent=1).encode("utf-8")
    write_bytes_atomic(folder / LATEST, doc)
    return entry


def published_file(data_dir: Path, sha256: str) -> Path | None:
    """The published package with this SHA-256, or None."""
    if not SHA_RE.match(sha256):
        return None
    try:
        path = published_dir(data_dir) / f"{sha256}{EXTENSION}"
    except UserError:  # a damaged agency.json: nothing is offered until it is mended
        return None
    return path if path.is_file() else None


def latest_published(data_dir: Path) -> Published | None:
    """The plan offered now, or None (nothing published, or its file is gone)."""
    try:
        folder = published_dir(data_dir)
        doc = json.loads((folder / LATEST).read_text(encoding="utf-8"))
        sha = str(doc["sha256"])
        if not SHA_RE.match(sha):
            return None
        path = folder / f"{sha}{EXTENSION}"
        if not path.is_file():
            return None
        return Published(
            plan_id=str(doc["plan_id"]),
            version=int(doc["version"]),
            sha256=sha,
            size=path.stat().st_size,
            issued=str(doc.get("issued") or ""),
            published=str(doc.get("published") or ""),
            path=path,
        )
    except (OSError, ValueError, KeyError, TypeError, UserError):
        return None
