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
