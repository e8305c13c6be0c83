"""The one signed-zip envelope every exchange file travels in.

An envelope is a zip written atomically: a JSON manifest (``format``, ``format_version``, the
format's own fields and, for packages, ``files``: every member's SHA-256 and size), one or more
minisign signatures of the manifest's bytes, and the members. The report package
(:mod:`msu_exchange.report_package`), the plan package (:mod:`msu_exchange.plan_package`) and the
reply (:mod:`msu_exchange.reply`, whose manifest is ``reply.json`` itself) are envelopes.

Opening one goes through the safe-zip reader (:mod:`msu_exchange.safe_zip`), then: the manifest
is there, small, readable JSON of the expected format, version and schema; the signatures are
checked by the format, against the keys handed in; exactly the listed files are there, each with
its size and SHA-256. A failed check raises :class:`EnvelopeProblem` naming which; each format
turns it into its own refusal, in its own words.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from msu_desktop.errors import InvalidData
from msu_exchange.documents import validate
from msu_exchange.files import sha256_file
from msu_exchange.safe_zip import SafeZip, open_archive, write_archive
from msu_exchange.signing.minisign import SignatureError, signature_key_id, verify
from msu_exchange.signing.trusted import TrustedKey

Member = tuple[str, bytes | Path]
SIGNATURE_LIMIT = 8192


class EnvelopeProblem(Exception):
    """Which check an envelope failed (``kind``) and its details; not shown as it is: each
    format says it in its own words.

    Kinds: ``no_manifest``, ``manifest_too_large``, ``manifest_unreadable``, ``foreign``,
    ``version`` (version), ``manifest_invalid`` (detail), ``unlisted`` (name), ``missing``
    (name), ``changed`` (name), ``signature_damaged`` (reason), ``signature_mismatch``.
    """

    def __init__(self, kind: str, **params: str) -> None:
        super().__init__(kind)
        self.kind = kind
        self.params = params


@dataclass(frozen=True)
class Layout:
    """What one format's envelope looks like."""

    format: str
    version: int
    manifest: str = "manifest.json"
    max_manifest: int = 1024 * 1024
    schema: str | None = None  # the manifest's schema in data/schema/
    lists_files: bool = True  # the manifest lists every member (a reply lists none)


def canonical(doc: Any) -> bytes:
    """The bytes a manifest is signed and stored as."""
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def file_entries(members: Sequence[Member]) -> dict[str, dict[str, Any]]:
    """Every member's SHA-256 and size, as a manifest lists them (files are read in chunks)."""
    files: dict[str, dict[str, Any]] = {}
    for name, content in members:
        if isinstance(content, (bytes, bytearray)):
            files[name] = {"sha256": hashlib.sha256(content).hexdigest(), "size": len(content)}
        else:
            files[name] = {"sha256": sha256_file(content), "size": Path(content).stat().st_size}
    return files


def seal(
    out: Path,
    layout: Layout,
    manifest: dict[str, Any],
    sign: Callable[[bytes], Sequence[tuple[str, bytes]]],
    members: Sequence[Member] = (),
    *,
    unlisted: Sequence[Member] = (),
) -> bytes:
    """Write an envelope atomically to ``out``: ``manifest`` (with ``files`` added when the
    layout lists them), the signatures ``sign`` makes of its bytes (member name, content),
    the members, and ``unlisted`` members that carry their own signature. Returns the
    manifest's bytes."""
    doc = {"format": layout.format, "format_version": layout.version, **manifest}
    if layout.lists_files:
        doc["files"] = file_entries(members)
    raw = canonical(doc)
    write_envelope(out, layout, raw, sign(raw), members, unlisted=unlisted)
    return raw


def write_envelope(
    out: Path,
    layout: Layout,
    raw: bytes,
    signatures: Sequence[tuple[str, bytes]],
    members: Sequence[Member] = (),
    *,
    unlisted: Sequence[Member] = (),
) -> None:
    """Write an envelope whose manifest ``raw`` is signed already (a reply kept in the inbox's
    store until a stick goes out): manifest, signatures, members, atomically."""
    write_archive(out, [(layout.manifest, raw), *signatures, *members, *unlisted])


class Envelope:
    """An envelope opened through the safe-zip reader; nothing in it is trusted yet."""

    def __init__(self, archive: SafeZip, layout: Layout) -> None:
        self.archive = archive
        self.layout = layout
        self.names = set(archive.names())

    def manifest(self) -> tuple[bytes, dict[str, Any]]:
        """The manifest's bytes (what the signatures cover) and its document, checked for
        size, JSON, format, version and schema."""
        name = self.layout.manifest
        if name not in self.names:
            raise EnvelopeProblem("no_manifest")
        if self.archive.size(name) > self.layout.max_manifest:
            raise EnvelopeProblem("manifest_too_large")
        raw = self.archive.read(name, limit=self.layout.max_manifest)
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise EnvelopeProblem("manifest_unreadable") from exc
        if not isinstance(doc, dict) or doc.get("format") != self.layout.format:
            raise EnvelopeProblem("foreign")
        if doc.get("format_version") != self.layout.version:
            raise EnvelopeProblem("version", version=str(doc.get("format_version")))
        if self.layout.schema is not None:
            try:
                validate(doc, self.layout.schema, name)
            except InvalidData as exc:
                raise EnvelopeProblem("manifest_invalid", detail=str(exc)) from exc
        return raw, doc

    def text(self, name: str, limit: int = SIGNATURE_LIMIT) -> str:
        """A small text member (a signature)."""
        return self.archive.read(name, limit=limit).decode("ascii", "replace")

    def listed_files(
        self,
        manifest: dict[str, Any],
        allowed_extra: Collection[str],
        keep: Callable[[str], bool] = lambda name: True,
    ) -> dict[str, bytes]:
        """Check that the envelope holds exactly the files its manifest lists (besides
        ``allowed_extra``), each with its size and SHA-256; returns the content of those
        ``keep`` asks for."""
        listed: dict[str, dict[str, Any]] = manifest["files"]
        extra = sorted(self.names - set(listed) - {self.layout.manifest, *allowed_extra})
        if extra:
            raise EnvelopeProblem("unlisted", name=extra[0])
        kept: dict[str, bytes] = {}
        for name, meta in listed.items():
            if name not in self.names:
                raise EnvelopeProblem("missing", name=name)
            data = self.archive.read(name, limit=int(meta["size"]))
            if len(data) != meta["size"] or hashlib.sha256(data).hexdigest() != meta["sha256"]:
                raise EnvelopeProblem("changed", name=name)
            if keep(name):
                kept[name] = data
        return kept

    def close(self) -> None:
        self.archive.close()

    def __enter__(self) -> Envelope:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def open_envelope(path: Path, layout: Layout, **limits: int) -> Envelope:
    """Open ``path`` through the safe-zip reader (raises its :class:`UnsafeArchive`)."""
    return Envelope(open_archive(Path(path), **limits), layout)


def trusted_signers(
    raw: bytes, signatures: Sequence[str], keys: Sequence[TrustedKey]
) -> list[TrustedKey]:
    """The keys of ``keys`` whose signature among ``signatures`` covers ``raw``. A signature by
    a trusted key that does not verify means the manifest was changed (``signature_mismatch``);
    one that cannot be read at all is ``signature_damaged``; signatures by other keys count
    for nothing."""
    signers: list[TrustedKey] = []
    for text in signatures:
        try:
            key_id = signature_key_id(text)
        except SignatureError as exc:
            raise EnvelopeProblem("signature_damaged", reason=str(exc)) from exc
        for trusted in keys:
            if trusted.key.key_id != key_id:
                continue
            try:
                verify(trusted.key, raw, text)
            except SignatureError as exc:
                raise EnvelopeProblem("signature_mismatch") from exc
            signers.append(trusted)
    return signers
