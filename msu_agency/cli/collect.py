"""``msu-agency collect DIR --out REPORT.xlsx [--pdf REPORT.pdf]`` and ``msu-agency demo``."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import platformdirs

from msu_agency.collect import (
    KeyRegistry,
    choose_period,
    collect,
    read_directory_csv,
)
from msu_agency.config import installed_plans, load_config
from msu_agency.demo import make_demo_packages, synthetic_directory
from msu_agency.received import ReceivedLog
from msu_agency.report import write_consolidated_pdf, write_consolidated_xlsx
from msu_desktop import i18n
from msu_desktop.domain.plan import Plan
from msu_desktop.errors import UserError
from msu_desktop.i18n import tr
from msu_desktop.services import clock
from msu_desktop.services.labels import period_name
from msu_exchange.documents import shipped_plan

EXIT_ALL_CONSOLIDATED = 0
EXIT_SOME_NOT_CONSOLIDATED = 3


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
    c.add_argument(
        "--received",
        default=None,
        metavar="DD.MM.YYYY",
        help=tr(
            "CLI",
            "the day the agency received these files (the stick); lateness is judged by it. "
            "Default: today. A package collected before keeps the day it was first received.",
        ),
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
    """The shipped plan, the plans the agency issued (plans/ of its data folder), and --plan
    files: ``collect`` uses the agency's installed plan without being told."""
    return installed_plans(agency_dir(args), list(args.plan))


def parse_received(text: str | None) -> dt.date | None:
    """``--received``: a day as people write it (25.01.2027) or as ISO (2027-01-25)."""
    if not text:
        return None
    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise UserError(
        "The day of receipt {value} is not a date; write it as 25.01.2027.", value=text[:40]
    )


def cmd_collect(args: argparse.Namespace, _ws: None) -> int:
    today = clock.real_today()
    received_on = parse_received(args.received)
    if received_on is not None and received_on > today:
        raise UserError(
            "The day of receipt {date} is in the future; nothing was collected.",
            date=received_on.strftime("%d.%m.%Y"),
        )
    registry = KeyRegistry(agency_dir(args) / "key_registry.json")
    received_log = ReceivedLog(agency_dir(args) / "received.json")
    directory = read_directory_csv(args.directory) if args.directory else []
    result = collect(
        args.folder,
        registry,
        period=args.period,
        plans=agency_plans(args),
        today=today,
        received_log=received_log,
        received_on=received_on,
    )
    config = load_config(agency_dir(args))
    if config is not None:
        result.agency = config.display_name(_lang())
    period = choose_period(result, today, args.period)
    write_consolidated_xlsx(result, args.out, _lang(), period, directory)
    if args.pdf:
        try:
            write_consolidated_pdf(result, args.pdf, _lang(), period, directory)
        except BaseException:
            # a full drive: no report half-delivered, and the key registry as it was
            Path(args.out).unlink(missing_ok=True)
            raise
    registry.save()  # after the report is written: a refused collect changes nothing
    received_log.save()
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
