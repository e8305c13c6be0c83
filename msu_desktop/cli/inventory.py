"""``msu-desktop inventory import FILE.xlsx [--dry-run]`` and ``inventory export``."""

from __future__ import annotations

import argparse
from pathlib import Path

from msu_desktop import i18n
from msu_desktop.errors import UserError
from msu_desktop.i18n import tr
from msu_desktop.services import property_import
from msu_desktop.services.export import register_xlsx
from msu_desktop.services.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("inventory", help=tr("CLI", "the municipal property register"))
    psub = p.add_subparsers(dest="inventory_command", required=True)
    imp = psub.add_parser("import", help=tr("CLI", "import an Excel register"))
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--dry-run", action="store_true", help=tr("CLI", "check every row, write nothing")
    )
    imp.add_argument(
        "--mapping",
        default="",
        help=tr("CLI", "override columns: field=COLUMN_LETTER,... e.g. name=B,area=F"),
    )
    imp.add_argument(
        "--keep-in-notes",
        default="",
        metavar="COLUMNS",
        help=tr(
            "CLI",
            "columns that are not imported to keep in each object's notes: letters (H,K) or all",
        ),
    )
    imp.set_defaults(func=cmd_import)
    exp = psub.add_parser("export", help=tr("CLI", "export the register to Excel or PDF"))
    exp.add_argument("--out", type=Path, help=tr("CLI", "the Excel file to write"))
    exp.add_argument(
        "--pdf",
        type=Path,
        metavar="FILE",
        help=tr("CLI", "the PDF file to write: the register as of today, with its totals"),
    )
    exp.add_argument(
        "--public", action="store_true", help=tr("CLI", "the public version (measure 3.2.2)")
    )
    exp.add_argument(
        "--template", action="store_true", help=tr("CLI", "a blank template to fill in")
    )
    exp.set_defaults(func=cmd_export)


def _override(mapping: property_import.Mapping, text: str) -> None:
    from openpyxl.utils import column_index_from_string

    for part in filter(None, (x.strip() for x in text.split(","))):
        field, _, col = part.partition("=")
        try:
            mapping.columns[field.strip()] = column_index_from_string(col.strip().upper()) - 1
        except ValueError as exc:
            raise UserError("Not a column letter: {col}", col=col) from exc


def _keep(mapping: property_import.Mapping, sheet: property_import.Sheet, text: str) -> None:
    from openpyxl.utils import column_index_from_string

    if text.strip().lower() == "all":
        mapping.keep = mapping.unmapped(sheet)
        return
    for col in filter(None, (x.strip() for x in text.split(","))):
        try:
            mapping.keep.append(column_index_from_string(col.upper()) - 1)
        except ValueError as exc:
            raise UserError("Not a column letter: {col}", col=col) from exc


def cmd_import(args: argparse.Namespace, ws: Workspace) -> int:
    sheet = property_import.read_workbook(args.file)
    mapping = property_import.guess_mapping(sheet)
    _override(mapping, args.mapping)
    _keep(mapping, sheet, args.keep_in_notes)
    check = property_import.dry_run(ws, sheet, mapping)
    for line in property_import.summary_lines(check):
        print(line)
    if check.leases or check.decisions:
        print(
            tr(
                "CLI",
                "Leases: {leases}, council decisions: {decisions}.",
                leases=len(check.leases),
                decisions=len(check.decisions),
            )
        )
    if args.dry_run:
        print(
            tr(
                "CLI",
                "Dry run: {new} new, {matched} already in the register, {bad} rejected. Nothing was written.",
                new=len(check.new),
                matched=len(check.matched),
                bad=len(check.rejected),
            )
        )
    else:
        added, updated = property_import.apply(ws, check)
        print(
            tr(
                "CLI",
                "Imported: {added} added, {updated} updated, {bad} rejected.",
                added=added,
                updated=updated,
                bad=len(check.rejected),
            )
        )
    return 1 if check.rejected else 0


def cmd_export(args: argparse.Namespace, ws: Workspace) -> int:
    lang = i18n.language() if i18n.language() in i18n.LANGUAGES else "ru"
    if args.out is None and args.pdf is None:
        raise UserError("Say where to write the register: --out FILE.xlsx or --pdf FILE.pdf.")
    if args.pdf is not None and args.template:
        raise UserError("A blank template is written as Excel only (--out).")
    if args.out is not None:
        register_xlsx.write_register(ws, args.out, lang, public=args.public, template=args.template)
        print(args.out)
    if args.pdf is not None:
        from msu_desktop.services.export.register_pdf import write_register_pdf

        write_register_pdf(ws, args.pdf, lang, public=args.public)
        print(args.pdf)
    return 0
