"""``msu-desktop demo`` and ``msu-desktop report ...``: periods, status, validation, history."""

from __future__ import annotations

import argparse
import datetime as dt

from msu_desktop import i18n
from msu_desktop.cli.common import print_json
from msu_desktop.errors import UserError
from msu_desktop.i18n import pick, tr
from msu_desktop.services import report_service as rs
from msu_desktop.services.labels import period_name, period_name_short
from msu_desktop.services.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser(
        "demo", help=tr("CLI", "fill an empty data folder with a demo municipality")
    )
    demo.add_argument("--seed", type=int, default=2019, help=argparse.SUPPRESS)
    demo.set_defaults(func=cmd_demo, needs_workspace=False)

    p = sub.add_parser("report", help=tr("CLI", "semi-annual progress reports"))
    psub = p.add_subparsers(dest="report_command", required=True)
    periods = psub.add_parser(
        "periods", help=tr("CLI", "reporting periods with due dates and state")
    )
    periods.add_argument("--json", action="store_true")
    periods.set_defaults(func=cmd_periods)
    status = psub.add_parser("status", help=tr("CLI", "the measures of a period and their status"))
    status.add_argument("--period", required=True, help=tr("CLI", "e.g. 2019-H1"))
    status.add_argument("--json", action="store_true", help=tr("CLI", "every field, as JSON"))
    status.set_defaults(func=cmd_status)
    check = psub.add_parser(
        "check", help=tr("CLI", "validate a period; exit 1 when it has problems")
    )
    check.add_argument("--period", required=True)
    check.set_defaults(func=cmd_check)
    hist = psub.add_parser("history", help=tr("CLI", "who changed what in a measure's report"))
    hist.add_argument("--period", required=True)
    hist.add_argument("--measure", required=True)
    hist.set_defaults(func=cmd_history)
    carry = psub.add_parser("carry-forward", help=tr("CLI", "start a period from the previous one"))
    carry.add_argument("--period", required=True)
    carry.set_defaults(func=cmd_carry)
    dashb = psub.add_parser("dashboard", help=tr("CLI", "where every period stands"))
    dashb.set_defaults(func=cmd_dashboard)


def cmd_demo(args: argparse.Namespace, _ws: None) -> int:
    from msu_desktop.services.demo import make_demo_folder
    from msu_desktop.services.workspace import default_data_dir

    data_dir = args.data_dir or default_data_dir()

    def log(msg: str) -> None:
        print("  " + msg, flush=True)

    print(tr("CLI", "Filling {path} with demo data…", path=str(data_dir)), flush=True)
    ctx = make_demo_folder(data_dir, seed=args.seed, log=log)
    with Workspace.open(data_dir) as ws:
        m = ws.municipality()
    print(
        tr(
            "CLI",
            "Done: {name}, {periods}, {files}.",
            name=m.name(i18n.language()) if m else "",
            periods=tr("CLI", "reports for %n period(s)", n=len(ctx.content["periods"])),
            files=tr("CLI", "%n attached file(s)", n=ctx.counts.get("attachments", 0)),
        )
    )
    print(tr("CLI", "Open it with: msu-desktop --data-dir {path}", path=str(data_dir)))
    return 0


def _date(d: dt.date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else ""


def cmd_periods(args: argparse.Namespace, ws: Workspace) -> int:
    infos = rs.periods(ws)
    d = rs.dashboard(ws)
    if args.json:
        print_json(
            [
                {
                    "period": p.id,
                    "start": p.spec.start,
                    "end": p.spec.end,
                    "due": p.spec.due,
                    "state": p.state,
                    "timeliness": p.timeliness,
                    "days_left": p.days_left,
                    "approved_by": p.approved_by,
                    "approved_on": p.approved_on,
                    "reported": c.reported if (c := d.period(p.id)) else 0,
                    "total": c.total if c else 0,
                }
                for p in infos
            ]
        )
        return 0
    for p in infos:
        c = d.period(p.id)
        line = (
            f"{p.id}  {period_name(p.id)}  {_date(p.spec.start)}–{_date(p.spec.end)}  "
            f"{tr('CLI', 'due')} {_date(p.spec.due)}  "
            f"{rs.timeliness_label(p.timeliness)} / {rs.state_label(p.state)}"
        )
        if c:
            line += "  " + tr("CLI", "{n} of {total} reported", n=c.reported, total=c.total)
        if p.approved_by:
            line += "  " + tr(
                "CLI", "approved by {name} on {date}", name=p.approved_by, date=_date(p.approved_on)
            )
        elif p.timeliness in ("due_soon", "current"):
            line += "  " + tr("CLI", "%n day(s) left", n=p.days_left)
        print(line)
    return 0


def cmd_status(args: argparse.Namespace, ws: Workspace) -> int:
    rows = rs.report_rows(ws, args.period)
    if args.json:
        print(rs.to_json(rows))
        return 0
    lang = i18n.language()
    info = rs.period_info(ws, args.period)
    print(
        f"{period_name(info.id)} ({info.id}): {rs.state_label(info.state)} · "
        f"{rs.timeliness_label(info.timeliness)} · "
        f"{tr('CLI', 'due')} {_date(info.spec.due)}"
    )
    for r in rows:
        flag = " !" if r.deadline_missed else ""
        status = pick(r.status_label, lang) or tr("CLI", "(not reported)")
        print(f"{r.measure_code:6} {status}{flag}  {pick(r.title, lang)[:70]}")
        if r.validation:
            print("       " + tr("CLI", "%n problem(s)", n=len(r.validation)))
    return 0


def cmd_check(args: argparse.Namespace, ws: Workspace) -> int:
    problems = rs.validate_period(ws, args.period, i18n.language())
    if not problems:
        print(
            tr(
                "CLI",
                "No problems: the report for {period} can be marked complete.",
                period=period_name(args.period),
            )
        )
        return 0
    rules = rs.rules_for(ws.plan())
    plan = ws.plan()
    for code, items in problems.items():
        for p in items:
            label = rules.label_of(p.field, plan.measure(code), i18n.language())
            print(f"{code}  {label}: {p.message}")
    return 1


def cmd_history(args: argparse.Namespace, ws: Workspace) -> int:
    plan = ws.plan()
    try:
        measure = plan.measure(args.measure)
    except KeyError:
        raise UserError(
            "The plan has no measure {code}.", code=args.measure, context="Report"
        ) from None
    rules = rs.rules_for(plan)
    for h in rs.history(ws, args.period, args.measure):
        label = rules.label_of(h.field, measure, i18n.language())
        reason = rs.reason_text(h.reason)
        old = rs.value_text(rules, h.field, h.old)
        new = rs.value_text(rules, h.field, h.new)
        line = f"{h.at:%d.%m.%Y %H:%M}  {h.user}  {label}: «{old}» → «{new}»"
        print(line + (f"  ({reason})" if reason else ""))
    return 0


def cmd_carry(args: argparse.Namespace, ws: Workspace) -> int:
    n = rs.carry_forward(ws, args.period)
    print(
        tr(
            "CLI",
            "%n value(s) carried forward into {period}.",
            n=n,
            period=period_name(args.period),
        )
    )
    return 0


def cmd_dashboard(args: argparse.Namespace, ws: Workspace) -> int:
    d = rs.dashboard(ws)
    lang = i18n.language()
    if d.next_due:
        nd = d.next_due
        if nd.days_left >= 0:
            msg = tr(
                "CLI",
                "Next report: {period}, due {date} ({days} days left).",
                period=period_name(nd.period.id),
                date=_date(nd.period.due),
                days=nd.days_left,
            )
        else:
            msg = tr(
                "CLI",
                "Next report: {period}, due {date}, overdue by {days} days.",
                period=period_name(nd.period.id),
                date=_date(nd.period.due),
                days=-nd.days_left,
            )
        print(msg)
    elif d.ended and d.programme_end is not None:
        print(
            tr(
                "CLI",
                "The programme ended on {date}: its reports are an archive and can still be "
                "completed. Import the current programme's plan package from the agency: "
                "msu-desktop import-plan PACKAGE.",
                date=_date(d.programme_end),
            )
        )
    for c in d.periods:
        bar = (
            "#" * c.completed + "+" * c.in_progress + "." * (c.total - c.completed - c.in_progress)
        )
        print(
            f"{c.period.id} {period_name_short(c.period.id):>8} [{bar:<15}] "
            + tr(
                "CLI",
                "reported {r}/{t}, completed {c}, deadline missed {o}",
                r=c.reported,
                t=c.total,
                c=c.completed,
                o=c.deadline_missed,
            )
        )
    if d.selected:
        print(tr("CLI", "By direction ({period}):", period=period_name(d.selected)))
        for x in d.directions:
            print(f"  {x.code}. {pick(x.title, lang)[:60]}: {x.completed}/{x.total}")
    return 0
