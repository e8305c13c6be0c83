"""``msu-desktop transfer SOURCE [--dry-run]``: bring a predecessor's property register in
after a merger, from its backup (.zip) or its data folder (issue 25)."""

from __future__ import annotations

import argparse
from pathlib import Path

from msu_desktop.i18n import language, tr
from msu_desktop.services.property import transfer
from msu_desktop.services.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "transfer",
        help=tr(
            "CLI",
            "bring in a predecessor's property register after a merger (its backup or data folder)",
        ),
    )
    p.add_argument("source", type=Path)
    p.add_argument("--dry-run", action="store_true")
    p.set_defaults(func=cmd_transfer)


def cmd_transfer(args: argparse.Namespace, ws: Workspace) -> int:
    plan = transfer.transfer(ws, args.source, dry_run=args.dry_run)
    for line in plan.lines(language()):
        print(line)
    if args.dry_run:
        print(tr("CLI", "Dry run: nothing was changed."))
    return 0
