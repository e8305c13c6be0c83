"""``msu-agency collect DIR --out REPORT.xlsx [--pdf REPORT.pdf]`` and ``msu-agency demo``."""

from __future__ import annotations

import argparse
from pathlib import Path

import platformdirs

from msu_desktop import i18n
from msu_desktop.i18n import tr
from msu_desktop.services.agency.collect import KeyRegistry, collect, read_directory_csv
from msu_desktop.services.agency.demo import make_demo_packages, synthetic_directory
from msu_desktop.services.agency.report import write_consolidated_pdf, write_consolidated_xlsx
from msu_desktop.services.plan_files import shipped_plan


def agency_dir(args: argparse.Namespace) -> Path:
    return (
        Path(args.data_dir)
        if args.data_dir
        else Path(platformdirs.user_data_dir("MSU Agency", "MSU"))
    )


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    c = sub.add_parser(
        "collect", help=tr("CLI", "verify and consolidate every report package in a folder")
    )
    c.add_argument("folder", type=Path)
    c.add_argument(
        "--out", type=Path, required=True, help=tr("CLI", "the consolidated report (.xlsx)")
    )
    c.add_argument("--pdf", type=Path, default=None)
    c.add_argument(
        "--period", default=None, help=tr("CLI", "YYYY-Hn (default: the latest period found)")
    )
    c.add_argument(
        "--directory",
        type=Path,
        action="append",
        default=[],
        help=tr("CLI", "СОАТЕ directory CSV, to list municipalities without a package"),
    )
    c.set_defaults(func=cmd_collect, needs_workspace=False)

    d = sub.add_parser("demo", help=tr("CLI", "signed demo packages from N municipalities"))
    d.add_argument("--municipalities", type=int, required=True)
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--period", default="2021-H2")
    d.add_argument(
        "--directory",
        type=Path,
        action="append",
        default=[],
        help=tr("CLI", "СОАТЕ directory CSV for real names (e.g. ../shared/data/soate/*.csv)"),
    )
    d.set_defaults(func=cmd_demo, needs_workspace=False)


def _lang() -> str:
    return i18n.language() if i18n.language() in i18n.LANGUAGES else "ru"


def cmd_collect(args: argparse.Namespace, _ws: None) -> int:
    registry = KeyRegistry(agency_dir(args) / "key_registry.json")
    result = collect(args.folder, registry, period=args.period)
    periods = result.periods()
    period = args.period or (periods[-1] if periods else "")
    directory = read_directory_csv(args.directory) if args.directory else []
    if period:
        write_consolidated_xlsx(result, args.out, _lang(), period, directory)
        if args.pdf:
            try:
                write_consolidated_pdf(result, args.pdf, _lang(), period)
            except BaseException:
                # a full drive: no report half-delivered, and the key registry as it was
                Path(args.out).unlink(missing_ok=True)
                raise
    registry.save()  # after the report is written: a refused collect changes nothing
    print(
        tr(
            "CLI",
            "Packages found: {n}; accepted: {ok}; rejected: {bad}; older or duplicate: {dup}.",
            n=result.files_seen,
            ok=len(result.accepted),
            bad=len(result.rejected),
            dup=len(result.superseded),
        )
    )
    for path, reason in result.rejected:
        print(f"  {path.name}: {reason}")
    for soate, old, new, path in result.key_changes:
        print(
            tr(
                "CLI",
                "  KEY CHANGED for {soate}: {old} -> {new} ({name})",
                soate=soate,
                old=old,
                new=new,
                name=path.name,
            )
        )
    if period:
        print(args.out)
    return 0


def cmd_demo(args: argparse.Namespace, _ws: None) -> int:
    plan, _ = shipped_plan()
    directory = read_directory_csv(args.directory) if args.directory else []
    if len(directory) < args.municipalities:
        directory += synthetic_directory(args.municipalities - len(directory))
    paths = make_demo_packages(plan, directory[: args.municipalities], args.out, args.period)
    print(tr("CLI", "{n} demo packages written to {path}", n=len(paths), path=str(args.out)))
    return 0
