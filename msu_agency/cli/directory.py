"""``msu-agency directory …``: build a directory version from the Statistical Committee's
workbook and a merger sheet, sign it as a ``.msudir``, compare two versions, install one."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from msu_agency.directory_import import build_directory, read_mergers, read_workbook
from msu_desktop.domain.municipality import DirectoryRecord, diff_directories
from msu_desktop.errors import UserError
from msu_desktop.i18n import language as current_language
from msu_desktop.i18n import tr
from msu_desktop.services import directory, directory_package
from msu_exchange.files import write_bytes_atomic
from msu_exchange.signing.minisign import PublicKey, SecretKey, SignatureError
from msu_exchange.signing.trusted import TrustedKey

INSTALLED = "directory.json"


def register(sub: argparse._SubParsersAction) -> None:
    d = sub.add_parser(
        "directory", help=tr("CLI", "the municipality directory (versions, mergers)")
    )
    dsub = d.add_subparsers(dest="directory_command", required=True)
    imp = dsub.add_parser(
        "import",
        help=tr(
            "CLI", "build a directory from the Statistical Committee's workbook and a merger sheet"
        ),
    )
    imp.add_argument("workbook", type=Path)
    imp.add_argument("--mergers", type=Path, default=None)
    imp.add_argument(
        "--previous",
        type=Path,
        default=None,
        help=tr("CLI", "the previous directory (.json or .msudir)"),
    )
    imp.add_argument(
        "--out", type=Path, required=True, help=tr("CLI", "the directory.json to write")
    )
    imp.set_defaults(func=cmd_import, needs_workspace=False)
    b = dsub.add_parser("build", help=tr("CLI", "sign a directory.json as a .msudir package"))
    b.add_argument("directory", type=Path)
    b.add_argument("--key", type=Path, action="append", required=True)
    b.add_argument("--password-file", type=Path, default=None)
    b.add_argument("--version", dest="dir_version", required=True)
    b.add_argument("--out", type=Path, required=True)
    b.set_defaults(func=cmd_build, needs_workspace=False)
    df = dsub.add_parser("diff", help=tr("CLI", "what changes between two directory versions"))
    df.add_argument("old", type=Path)
    df.add_argument("new", type=Path)
    df.add_argument("--pub", type=Path, action="append", default=[])
    df.set_defaults(func=cmd_diff, needs_workspace=False)
    ins = dsub.add_parser("install", help=tr("CLI", "install a signed .msudir at the agency"))
    ins.add_argument("package", type=Path)
    ins.add_argument("--pub", type=Path, action="append", required=True)
    ins.add_argument("--dry-run", action="store_true")
    ins.set_defaults(func=cmd_install, needs_workspace=False)


def _keys(paths: list[Path]) -> list[TrustedKey]:
    out = []
    for p in paths:
        try:
            out.append(TrustedKey(PublicKey.from_text(p.read_text(encoding="utf-8")), "manual"))
        except (OSError, UnicodeDecodeError, SignatureError) as exc:
            raise UserError("Cannot read the public key {path}.", path=str(p)) from exc
    return out


def load_any(path: Path, pubs: list[Path] | None = None) -> list[DirectoryRecord]:
    """A directory from a .json/.csv file, or a .msudir checked against ``pubs``."""
    if path.suffix.lower() == directory_package.SUFFIX:
        if not pubs:
            raise UserError("A .msudir is checked against the agency's public key: add --pub.")
        return directory_package.verify_package(path, _keys(pubs)).records
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise UserError("Cannot read {path}.", path=str(path)) from exc
    return directory.parse(path.name.lower(), content)


def installed(agency_dir: Path) -> list[DirectoryRecord]:
    path = agency_dir / INSTALLED
    return directory.parse(INSTALLED, path.read_bytes()) if path.is_file() else []


def cmd_import(args: argparse.Namespace, _ws: None) -> int:
    units = read_workbook(args.workbook)
    mergers = read_mergers(args.mergers) if args.mergers else []
    previous = load_any(args.previous) if args.previous else []
    records = build_directory(units, mergers, previous)
    doc = directory.document_of(records)
    write_bytes_atomic(args.out, json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))
    print(
        tr(
            "CLI",
            "%n record(s) written to {path} ({mergers} merger row(s)).",
            n=len(records),
            path=str(args.out),
            mergers=str(len(mergers)),
        )
    )
    for line in diff_directories(previous, records, current_language()) if previous else []:
        print("  " + line)
    return 0


def cmd_build(args: argparse.Namespace, _ws: None) -> int:
    from msu_agency.cli.keys import password

    pw = password(args)
    keys = []
    for path in args.key:
        try:
            keys.append(SecretKey.from_pem(path.read_bytes(), pw))
        except OSError as exc:
            raise UserError("Cannot read the key file {path}.", path=str(path)) from exc
    records = load_any(args.directory)
    print(directory_package.build(records, keys, args.out, version=args.dir_version))
    return 0


def cmd_diff(args: argparse.Namespace, _ws: None) -> int:
    old = load_any(args.old, args.pub)
    new = load_any(args.new, args.pub)
    lines = diff_directories(old, new, current_language())
    for line in lines:
        print(line)
    if not lines:
        print(tr("CLI", "The two directory versions are the same."))
    return 0


def cmd_install(args: argparse.Namespace, _ws: None) -> int:
    from msu_agency.cli.collect import agency_dir

    folder = agency_dir(args)
    verified = directory_package.verify_package(args.package, _keys(args.pub))
    for line in diff_directories(installed(folder), verified.records, current_language()):
        print(line)
    if args.dry_run:
        print(tr("CLI", "Dry run: nothing was installed."))
        return 0
    folder.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(folder / INSTALLED, verified.content)
    print(tr("CLI", "Directory version {version} installed.", version=verified.version or "?"))
    return 0
