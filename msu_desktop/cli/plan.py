"""``msu-desktop plan show``: the installed plan, as text or JSON."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
from typing import Any

from msu_desktop import i18n
from msu_desktop.cli.common import print_json
from msu_desktop.domain.plan import Measure, Plan, deadline_text
from msu_desktop.domain.programme import programme_as_text
from msu_desktop.i18n import pick, tr
from msu_desktop.services import plan_service
from msu_desktop.services.workspace import Workspace
from msu_exchange.documents import load_programme


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("plan", help=tr("CLI", "the installed plan"))
    psub = p.add_subparsers(dest="plan_command", required=True)
    show = psub.add_parser("show", help=tr("CLI", "print the installed plan"))
    show.add_argument(
        "--json", action="store_true", help=tr("CLI", "every field of every item, as JSON")
    )
    show.set_defaults(func=cmd_show)
    ls = psub.add_parser(
        "list", help=tr("CLI", "the installed programmes; * marks the one the app works on")
    )
    ls.set_defaults(func=cmd_list)
    use = psub.add_parser(
        "use", help=tr("CLI", "work on another installed programme (reports, exports follow)")
    )
    use.add_argument("plan_id", help=tr("CLI", "the programme's id, as 'plan list' prints it"))
    use.set_defaults(func=cmd_use)
    prog = psub.add_parser(
        "programme", help=tr("CLI", "print the decree and the text of the programme (Annex 1)")
    )
    prog.add_argument(
        "--width", type=int, default=100, help=tr("CLI", "wrap lines at this width (0: do not)")
    )
    prog.set_defaults(func=cmd_programme)


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def plan_as_json(plan: Plan, lang: str | None) -> dict[str, Any]:
    """The plan document as installed; with ``lang``, bilingual fields are narrowed to it."""
    doc = plan.raw

    def narrow(v: Any) -> Any:
        if isinstance(v, dict):
            if lang and set(v) == {"ky", "ru"}:
                return v[lang]
            return {k: narrow(x) for k, x in v.items() if k != "$schema"}
        if isinstance(v, list):
            return [narrow(x) for x in v]
        return v

    return narrow(doc)


def _measure_lines(m: Measure, plan: Plan, lang: str) -> list[str]:
    execs = []
    for code in m.executors:
        org = plan.organisation(code)
        execs.append(pick(org.abbr, lang) if org and org.abbr else code)
    lines = [
        f"    {m.code}. {pick(m.title, lang)}",
        f"        {tr('CLI', 'Deadline')}: {deadline_text(m.deadline, lang)}",
        f"        {tr('CLI', 'Executors')}: {', '.join(execs)}",
        f"        {tr('CLI', 'Expected result')}: {pick(m.expected_result, lang)}",
        f"        {tr('CLI', 'Funding')}: {pick(m.funding_text, lang)}",
    ]
    if m.has_discrepancy:
        lines.append(
            "        " + tr("CLI", "Note: the Kyrgyz and Russian texts of the decree differ here.")
        )
    return lines


def cmd_list(args: argparse.Namespace, ws: Workspace) -> int:
    lang = args.lang or i18n.language()
    current = ws.plan().plan_id
    with ws.session() as s:
        rows = plan_service.programmes(s)
    for p in rows:
        mark = "*" if p.plan_id == current else " "
        print(
            f"{mark} {p.plan_id}  v{p.version}  {p.valid_from} – {p.valid_to}  {pick(p.title, lang)}"
        )
    return 0


def cmd_use(args: argparse.Namespace, ws: Workspace) -> int:
    ws.choose_plan(args.plan_id)
    plan = ws.plan()
    print(tr("CLI", "Now working on {plan}.", plan=f"{plan.plan_id} (v{plan.version})"))
    return 0


def cmd_programme(args: argparse.Namespace, ws: Workspace) -> int:
    plan = ws.plan()
    doc = load_programme(plan)
    if doc is None:
        print(tr("CLI", "The text of the programme is not available for this plan."))
        return 1
    lang = args.lang or i18n.language()
    if lang not in ("ky", "ru"):
        lang = "ru"
    sys.stdout.write(programme_as_text(doc, lang, max(0, args.width)))
    return 0


def cmd_show(args: argparse.Namespace, ws: Workspace) -> int:
    plan = ws.plan()
    if args.json:
        print_json(plan_as_json(plan, args.lang))
        return 0
    lang = i18n.language()
    out = [f"{pick(plan.title, lang)} ({plan.plan_id}, v{plan.version})"]
    for d in plan.directions:
        out.append(f"{d.code}. {pick(d.title, lang)}")
        for t in d.tasks:
            out.append(f"  {t.code}. {pick(t.title, lang)}")
            for m in t.measures:
                out.extend(_measure_lines(m, plan, lang))
    print("\n".join(out))
    return 0
