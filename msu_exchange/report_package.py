"""Municipality report packages (``.msupkg``): what leaves the aiyl okmotu for the agency.

An envelope (:mod:`msu_exchange.envelope`) of Excel + PDF + data.json + evidence, its manifest
listing every file's hash and signed with the municipality key. The office builds one from its
database (``msu_desktop/services/package/build.py``) and writes it with
:func:`write_signed_package`; :func:`verify_package` checks one (the app, the agency's
``msu-agency collect`` and inbox; the signature also with the standard ``minisign -V``). The
format is documented in ``docs/package-format.md``.

:func:`verify_package` raises :class:`PackageInvalid` with ONE sentence that says what is wrong:
not a package at all, an unknown format version, a missing, extra or changed (tampered) file, a
bad signature, or a key other than the one the agency registered for this municipality.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from msu_desktop.clock import utc_now
from msu_desktop.errors import InvalidData, UserError
from msu_exchange.documents import compile_schemas, problem_text, validate
from msu_exchange.envelope import EnvelopeProblem, Layout, Member, open_envelope, seal
from msu_exchange.safe_zip import UnsafeArchive
from msu_exchange.signing.minisign import PublicKey, SecretKey, SignatureError, verify

FORMAT = "msu-report-package"
FORMAT_VERSION = 1
EXTENSION = ".msupkg"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.minisig"
DATA = "data.json"
MAX_MANIFEST = 1024 * 1024
MiB = 1024 * 1024
# What a package may unpack to: the safe-zip reader checks these while the bytes stream
# (an upload is at most 64 MB; a member is a photo, a scan, the report's Excel and PDF).
PACKAGE_LIMITS = {
    "max_members": 5000,
    "max_member": 96 * MiB,
    "max_total_uncompressed": 256 * MiB,
    "max_ratio": 200,
    "max_depth": 2,
}
LAYOUT = Layout(
    FORMAT, FORMAT_VERSION, MANIFEST, MAX_MANIFEST, schema="package_manifest.schema.json"
)


class PackageInvalid(UserError):
    """A report package that does not verify; the message says why."""


@dataclass
class VerifiedPackage:
    path: Path
    manifest: dict[str, Any]
    data: dict[str, Any]
    public_key: PublicKey
    trusted_comment: str

    @property
    def soate(self) -> str:
        return str(self.manifest["municipality"]["soate"])

    @property
    def period(self) -> str:
        return str(self.manifest["period"])

    @property
    def sequence(self) -> int:
        return int(self.manifest["sequence"])


def write_signed_package(
    out_dir: Path,
    stem: str,
    key: SecretKey,
    *,
    soate: str,
    names: dict[str, str],
    period_id: str,
    plan: dict[str, Any],
    sequence: int,
    lang: str,
    members: list[Member],
    app_version: str,
    created: dt.datetime | None = None,
) -> Path:
    """The manifest (every member's SHA-256 and size), its signature, and the zip, atomically."""
    pub = key.public_key()
    manifest = {
        "municipality": {"soate": soate, "name": names},
        "period": period_id,
        "plan": {"id": plan["id"], "version": plan["version"]},
        "app_version": app_version,
        "created": (created or utc_now()).isoformat(timespec="seconds"),
        "sequence": sequence,
        "language": lang,
        "public_key": pub.b64,
        "key_fingerprint": pub.fingerprint(),
    }
    comment = f"msu-report-package soate={soate} period={period_id} seq={sequence}"
    out = Path(out_dir) / f"{stem}{EXTENSION}"

    def sign(raw: bytes) -> list[tuple[str, bytes]]:
        text = key.sign(raw, comment, f"signature of {stem}{EXTENSION}")
        return [(SIGNATURE, text.encode("ascii"))]

    seal(out, LAYOUT, manifest, sign, members)
    return out


def _refusal(problem: EnvelopeProblem) -> PackageInvalid:
    p = problem.params
    refusals = {
        "no_manifest": lambda: PackageInvalid("This is not a report package (it has no manifest)."),
        "manifest_too_large": lambda: PackageInvalid("The package's manifest is too large."),
        "manifest_unreadable": lambda: PackageInvalid(
            "The package's manifest is damaged (tampered file)."
        ),
        "foreign": lambda: PackageInvalid("This is not a report package (unknown manifest)."),
        "version": lambda: PackageInvalid(
            "Unknown package format version {version}; a newer MSU Desktop is needed.", **p
        ),
        "manifest_invalid": lambda: PackageInvalid(
            "The package's manifest is not valid: {detail}", **p
        ),
        "unlisted": lambda: PackageInvalid(
            "The package has a file its manifest does not list: {name}", **p
        ),
        "missing": lambda: PackageInvalid("Missing file in the package: {name}", **p),
        "changed": lambda: PackageInvalid("Tampered file in the package: {name}", **p),
    }
    return refusals[problem.kind]()


def prepare_verify() -> None:
    """Compile the package's schemas before the first :func:`verify_package` (a server)."""
    compile_schemas("package_manifest.schema.json", "package_data.schema.json")


def verify_package(path: Path, trusted_key: PublicKey | None = None) -> VerifiedPackage:
    """Check a report package completely; ``trusted_key``: the key the agency registered for
    the municipality (None: any key, the package's own signature still checked)."""
    path = Path(path)
    if not path.is_file():
        raise PackageInvalid("The file was not found: {path}", path=str(path))
    try:
        envelope = open_envelope(path, LAYOUT, **PACKAGE_LIMITS)
    except UnsafeArchive as exc:
        raise PackageInvalid("Not a valid package: {reason}", reason=exc) from exc
    try:
        with envelope:
            raw, manifest = envelope.manifest()
            if SIGNATURE not in envelope.names:
                raise PackageInvalid(
                    "The package is not signed (missing file {name}).", name=SIGNATURE
                )
            key = PublicKey.from_b64(manifest["public_key"])
            if trusted_key is not None and key.raw != trusted_key.raw:
                raise PackageInvalid(
                    "The package is signed with a different key than the one registered for "
                    "this municipality (fingerprint {fingerprint}).",
                    fingerprint=key.fingerprint(),
                )
            try:
                comment = verify(key, raw, envelope.text(SIGNATURE))
            except SignatureError as exc:
                raise PackageInvalid(
                    "Bad signature: the manifest was changed or signed by someone else ({reason})",
                    reason=str(exc),
                ) from exc
            files = envelope.listed_files(manifest, {SIGNATURE}, keep=lambda name: name == DATA)
    except EnvelopeProblem as problem:
        raise _refusal(problem) from problem
    except UnsafeArchive as exc:
        raise PackageInvalid("Not a valid package: {reason}", reason=exc) from exc
    if DATA not in files:
        raise PackageInvalid("Missing file in the package: {name}", name=DATA)
    try:
        data_doc = json.loads(files[DATA].decode("utf-8"))
        validate(data_doc, "package_data.schema.json", DATA)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError, InvalidData) as exc:
        raise PackageInvalid(
            "The package's data.json is not valid: {detail}", detail=problem_text(exc)
        ) from exc
    if data_doc["municipality"]["soate"] != manifest["municipality"]["soate"] or (
        data_doc["period"]["id"] != manifest["period"]
    ):
        raise PackageInvalid("The package's data does not match its manifest.")
    return VerifiedPackage(path, manifest, data_doc, key, comment)
