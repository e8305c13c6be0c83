"""``msu-agency collect DIR --out REPORT.xlsx [--pdf REPORT.pdf]`` and ``msu-agency demo``."""

from __future__ import annotations

import argparse
from pathlib import Path

import platformdirs

from msu_agency.collect import (
    KeyRegistry,
    choose_period,
    collect,
    default_plans,
    read_directory_csv,
)
from msu_agency.demo import make_demo_packages, synthetic_directory
from msu_agency.report import write_consolidated_pdf, write_consolidated_xlsx
from msu_desktop import i18n
from msu_desktop.domain.plan import Plan
from msu_desktop.i18n import tr
from msu_desktop.services import clock
from msu_desktop.services.labels import period_name
from msu_desktop.services.plan_files import load_plan_file, shipped_plan

EXIT_ALL_CONSOLIDATED = 0
EXIT_SOME_NOT_CONSOLIDATED = 3
PLANS_FOLDER = "plans"  # plan JSON files the agency keeps beside its key registry


def agency_dir(args: argparse.Namespace) -> Path:
    return (
        Path(args.data_dir)
        if args.data_dir
        else Path(platformdirs.user_data_dir("MSU Agency", "MSU"))
    )


def register(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser(
        "collect",
        help=tr("CLI", "verify and consolidate every report package in a folder"),
        description=tr(
            "CLI",
            "Verify every report package in a folder, check its content against the plan it "
            "names, and consolidate the good ones. The report is always written; packages "
            "that are rejected or await the confirmation of a key are listed on its sheet "
            "«Rejected» with their reasons and fingerprints. Exit status: 0 = every package "
            "was consolidated; 3 = some were rejected or await a key confirmation "
            "(msu-agency keys confirm); 2 = nothing could be done (the message says why).",
        ),
    )
    c.add_argument("folder", type=Path)
    c.add_argument(
        "--out", type=Path, required=True, help=tr("CLI", "the consolidated report (.xlsx)")
    )
    c.add_argument("--pdf", type=Path, default=None)
    c.add_argument(
        "--period",
        default=None,
        help=tr(
            "CLI",
            "YYYY-Hn (default: the period of the plan most packages report on, never one "
            "that has not begun)",
        ),
    )
    c.add_argument(
        "--plan",
        type=Path,
        action="append",
        default=[],
        help=tr(
            "CLI",
            "a plan JSON the packages may follow (besides the shipped plan and the plans in "
            "plans/ of the agency's data folder)",
        ),
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


def agency_plans(args: argparse.Namespace) -> list[Plan]:
    """The shipped plan, the plans in the agency's folder (plans/*.json), and --plan files."""
    plans = default_plans()
    folder = agency_dir(args) / PLANS_FOLDER
    kept = sorted(folder.glob("*.json")) if folder.is_dir() else []
    for path in [*kept, *args.plan]:
        plans.append(load_plan_file(path)[0])
    return plans


def cmd_collect(args: argparse.Namespace, _ws: None) -> int:
    today = clock.real_today()
    registry = KeyRegistry(agency_dir(args) / "key_registry.json")
    directory = read_directory_csv(args.directory) if args.directory else []
    result = collect(
        args.folder, registry, period=args.period, plans=agency_plans(args), today=today
    )
    period = choose_period(result, today, args.period)
    write_consolidated_xlsx(result, args.out, _lang(), period, directory)
    if args.pdf:
        try:
            write_consolidated_pdf(result, args.pdf, _lang(), period)
        except BaseException:
            # a full drive: no report half-delivered, and the key registry as it was
            Path(args.out).unlink(missing_ok=True)
            raise
    registry.save()  # after the report is written: a refused collect changes nothing
    in_report = sum(1 for _, p in result.accepted if p == period)
    print(
        tr(
            "CLI",
            "Packages found: {n}; accepted: {ok}; rejected: {bad}; older or duplicate: {dup}.",
            n=result.files_seen,
            ok=len(result.accepted),
            bad=len(result.verdicts) - len(result.awaiting),
            dup=len(result.superseded),
        )
    )
    print(
        tr(
            "CLI",
            "The report is for {period}: %n municipality(ies) consolidated.",
            period=period_name(period),
            n=in_report,
        )
    )
    others = sorted({p for _, p in result.accepted if p != period})
    if others:
        print(
            tr(
                "CLI",
                "Packages of other periods ({periods}) are not in this report; collect again "
                "with --period.",
                periods=", ".join(others),
            )
        )
    for v in result.verdicts:
        print(f"  {v.path.name}: {v.reason()}")
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
    for soate, fingerprints in result.conflicts.items():
        print(
            tr(
                "CLI",
                "  KEY CONFLICT for {soate}: {fingerprints}; none was registered.",
                soate=soate,
                fingerprints=" / ".join(fingerprints),
            )
        )
    if result.awaiting:
        print(
            tr(
                "CLI",
                "%n package(s) await the confirmation of a key: msu-agency keys confirm SOATE "
                "FINGERPRINT, once the stamped paper has arrived.",
                n=len(result.awaiting),
            )
        )
    print(args.out)
    return EXIT_SOME_NOT_CONSOLIDATED if result.verdicts else EXIT_ALL_CONSOLIDATED


def cmd_demo(args: argparse.Namespace, _ws: None) -> int:
    plan, _ = shipped_plan()
    directory = read_directory_csv(args.directory) if args.directory else []
    if len(directory) < args.municipalities:
        directory += synthetic_directory(args.municipalities - len(directory))
    paths = make_demo_packages(plan, directory[: args.municipalities], args.out, args.period)
    print(tr("CLI", "%n demo package(s) written to {path}", n=len(paths), path=str(args.out)))
    return 0
