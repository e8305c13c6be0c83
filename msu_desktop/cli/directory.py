"""``msu-desktop directory import FILE`` (CSV or JSON from the agency) and ``directory find TEXT``."""

from __future__ import annotations

import argparse
from pathlib import Path

from msu_desktop.errors import UserError
from msu_desktop.i18n import tr
from msu_desktop.services import directory
from msu_desktop.services.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("directory", help=tr("CLI", "the municipality directory (СОАТЕ)"))
    psub = p.add_subparsers(dest="directory_command", required=True)
    imp = psub.add_parser("import", help=tr("CLI", "load a directory file (CSV or JSON)"))
    imp.add_argument("file", type=Path, nargs="+")
    imp.set_defaults(func=cmd_import)
    find = psub.add_parser("find", help=tr("CLI", "look a municipality up by name or code"))
    find.add_argument("text")
    find.set_defaults(func=cmd_find)
    ins = psub.add_parser(
        "install", help=tr("CLI", "install a signed directory package (.msudir) from the agency")
    )
    ins.add_argument("package", type=Path)
    ins.add_argument("--dry-run", action="store_true")
    ins.set_defaults(func=cmd_install)
    suc = psub.add_parser(
        "successor",
        help=tr("CLI", "what the directory says happened to this municipality (merged, renamed)"),
    )
    suc.add_argument("--accept", action="store_true", help=tr("CLI", "become the successor"))
    suc.set_defaults(func=cmd_successor)


def cmd_import(args: argparse.Namespace, ws: Workspace) -> int:
    entries = []
    for path in args.file:
        try:
            content = path.read_bytes()
        except OSError as exc:
            raise UserError("Cannot read {path}.", path=str(path)) from exc
        entries += directory.parse(path.name.lower(), content)
    with ws.transaction() as s:
        directory.store(s, entries)
    print(tr("CLI", "%n municipality(ies) in the directory.", n=len(entries)))
    return 0


def cmd_find(args: argparse.Namespace, ws: Workspace) -> int:
    for e in directory.search(directory.load(ws), args.text):
        print(f"{e.soate}  {e.name_ru}  {e.rayon}  {e.oblast}")
    return 0


def cmd_install(args: argparse.Namespace, ws: Workspace) -> int:
    """Install a signed ``.msudir`` (checked against the trusted agency keys), showing first
    what changes; ``--dry-run`` shows it only."""
    from msu_desktop.domain.municipality import diff_directories
    from msu_desktop.i18n import language
    from msu_desktop.services import directory_package, trust

    verified = directory_package.verify_package(args.package, trust.trusted_keys(ws.data_dir))
    lines = diff_directories(directory.load(ws), verified.records, language())
    for line in lines or [tr("CLI", "The two directory versions are the same.")]:
        print(line)
    for line in directory.describe_records(ws, verified.records)[1:]:
        print(line)
    if args.dry_run:
        print(tr("CLI", "Dry run: nothing was installed."))
        return 0
    with ws.transaction() as s:
        directory.store(s, verified.records, version=verified.version)
    print(tr("CLI", "Directory version {version} installed.", version=verified.version or "?"))
    return 0


def cmd_successor(args: argparse.Namespace, ws: Workspace) -> int:
    from msu_desktop.i18n import language
    from msu_desktop.services import succession

    offer = succession.offer(ws)
    if offer is None:
        print(tr("CLI", "The directory names no successor of this municipality."))
        return 0
    print(offer.text(language()))
    if not args.accept:
        print(tr("CLI", "Run again with --accept to become the successor."))
        return 0
    muni = succession.accept(ws, offer)
    print(
        tr(
            "CLI",
            "This office is now {name} ({code}).",
            name=muni.name(language()),
            code=muni.soate,
        )
    )
    return 0
