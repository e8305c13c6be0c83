"""``msu-desktop backup``, ``restore``, ``backups`` and ``check``."""

from __future__ import annotations

import argparse
from pathlib import Path

from msu_desktop.errors import DatabaseDamaged, UserError
from msu_desktop.i18n import tr
from msu_desktop.services import backup
from msu_desktop.services.workspace import Workspace, default_data_dir
from msu_desktop.storage.db import DB_FILENAME
from msu_desktop.storage.migrate import check_database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help=tr("CLI", "back up the database, attached files and keys"))
    p.add_argument("--out", type=Path, default=None, help=tr("CLI", "folder (e.g. a USB stick)"))
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "restore", help=tr("CLI", "replace the data with a backup (the current data is kept aside)")
    )
    p.add_argument("file", type=Path)
    p.add_argument(
        "--other-municipality",
        action="store_true",
        help=tr("CLI", "restore even though the backup is another municipality's data"),
    )
    p.set_defaults(func=cmd_restore, needs_workspace=False)

    p = sub.add_parser(
        "backups", help=tr("CLI", "list the backups in the data folder and check them")
    )
    p.add_argument("--folder", type=Path, default=None)
    p.set_defaults(func=cmd_list, needs_workspace=False)

    p = sub.add_parser("check", help=tr("CLI", "check the database's integrity"))
    p.set_defaults(func=cmd_check, needs_workspace=False)


def cmd_backup(args: argparse.Namespace, ws: Workspace) -> int:
    path = backup.create_backup(ws, "manual", args.out)
    print(path)
    return 0


def cmd_restore(args: argparse.Namespace, _ws: None) -> int:
    data_dir = args.data_dir or default_data_dir()
    info = backup.verify_backup(args.file)
    try:
        aside = backup.restore(data_dir, args.file, other_municipality=args.other_municipality)
    except backup.BackupOtherMunicipality as exc:
        raise UserError(
            "{problem} To restore it anyway, add --other-municipality.", problem=str(exc)
        ) from exc
    print(
        tr(
            "CLI",
            "Restored the backup of {date} ({name}). The previous data was kept in {aside}.",
            date=info.created.strftime("%d.%m.%Y %H:%M"),
            name=info.municipality,
            aside=str(aside),
        )
    )
    return 0


def cmd_list(args: argparse.Namespace, _ws: None) -> int:
    data_dir = args.data_dir or default_data_dir()
    paths = backup.list_backups(data_dir, args.folder)
    if not paths:
        print(tr("CLI", "No backups found."))
        return 0
    bad = 0
    for path in paths:
        try:
            info = backup.verify_backup(path)
            print(
                f"{backup.backup_label(path)}  {info.reason:<10}  {info.size // 1024:>8} KB  {path}"
            )
        except UserError as exc:
            bad += 1
            print(f"{backup.backup_label(path)}  {tr('CLI', 'DAMAGED')}: {exc}")
    return 1 if bad else 0


def cmd_check(args: argparse.Namespace, _ws: None) -> int:
    data_dir = args.data_dir or default_data_dir()
    db = data_dir / DB_FILENAME
    if not db.exists():
        print(tr("CLI", "There is no database in {path}.", path=str(data_dir)))
        return 1
    try:
        check_database(db)
    except UserError as exc:
        print(str(exc))
        if isinstance(exc, DatabaseDamaged):
            latest = backup.latest_good_backup(data_dir)
            if latest:
                print(
                    tr(
                        "CLI",
                        "The latest good backup is {path}; restore it with: "
                        "msu-desktop restore {path}",
                        path=str(latest),
                    )
                )
            else:
                print(
                    tr(
                        "CLI",
                        "There is no good backup in {path}. If you have a backup on a USB "
                        "stick, restore it with: msu-desktop restore FILE",
                        path=str(backup.backups_dir(data_dir)),
                    )
                )
        return 1
    print(tr("CLI", "The database is sound."))
    return 0
