"""``msu-agency plan template|check|publish``: a programme from the decree's own table.

``template`` writes a blank Action Plan workbook; ``check`` names every problem by sheet, row
and column, or shows the whole plan in both languages and what changes against the agency's
installed version; ``publish`` does the same, asks for confirmation (``--yes`` in scripts) and
signs the .msuplan with the agency's key, keeping the plan as the agency's plan.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from msu_agency.action_plan import ActionPlan, preview, write_template
from msu_agency.cli.collect import agency_dir
from msu_agency.config import installed_plans
from msu_agency.plan_publish import changes, publish, read_plan
from msu_desktop.domain.plan import Plan
from msu_desktop.errors import UserError
from msu_desktop.i18n import tr

EXIT_PROBLEMS = 3


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("plan", help=tr("CLI", "publish a programme from its Action Plan workbook"))
    psub = p.add_subparsers(dest="plan_command", required=True)
    t = psub.add_parser("template", help=tr("CLI", "a blank Action Plan workbook (ky and ru)"))
    t.add_argument("--out", type=Path, required=True)
    t.set_defaults(func=cmd_template, needs_workspace=False)
    for name, helptext, func in (
        ("check", tr("CLI", "check the workbook; show the plan and what changes"), cmd_check),
        ("publish", tr("CLI", "check, confirm and sign the plan package"), cmd_publish),
    ):
        c = psub.add_parser(name, help=helptext)
        c.add_argument("workbook", type=Path)
        c.add_argument(
            "--docx",
            type=Path,
            action="append",
            default=[],
            help=tr(
                "CLI",
                "the annex's table pasted into Word (.docx), in place of the ky/ru sheets "
                "(repeat for a file per language)",
            ),
        )
        if name == "publish":
            c.add_argument(
                "--out",
                type=Path,
                required=True,
                help=tr("CLI", "the package file, or a folder to write PLAN-vVERSION.msuplan into"),
            )
            c.add_argument(
                "--yes", action="store_true", help=tr("CLI", "sign without asking (scripts)")
            )
            c.add_argument("--key", type=Path, action="append", default=[])
            c.add_argument("--rotation", type=Path, default=None)
            c.add_argument("--password-file", type=Path, default=None)
        c.set_defaults(func=func, needs_workspace=False)
    o = psub.add_parser(
        "offer",
        help=tr(
            "CLI",
            "offer a plan package signed elsewhere (on the offline computer) to the offices "
            "through the inbox",
        ),
    )
    o.add_argument("package", type=Path)
    o.add_argument(
        "--pub",
        type=Path,
        default=None,
        help=tr("CLI", "the agency's public key (default: keys/agency.pub of the data folder)"),
    )
    o.set_defaults(func=cmd_offer, needs_workspace=False)


def cmd_template(args: argparse.Namespace, _ws: None) -> int:
    if args.out.exists():
        raise UserError("{path} exists already; nothing was written.", path=str(args.out))
    print(write_template(args.out))
    return 0


def _read(args: argparse.Namespace, lang: str) -> tuple[ActionPlan, Plan | None, list[Plan]]:
    plans = installed_plans(agency_dir(args))
    action, plan = read_plan(args.workbook, list(args.docx), plans)
    for problem in action.problems:
        print(problem.message(lang))
    if plan is None:
        print(tr("CLI", "%n problem(s); nothing was signed.", n=len(action.problems)))
    return action, plan, plans


def _show(plan: Plan, plans: list[Plan], lang: str) -> None:
    for other in ("ky", "ru"):
        print(f"== {other}")
        for line in preview(plan, other):
            print(line)
    print("== " + tr("CLI", "Against the installed version", lang))
    for line in changes(plan, plans, lang):
        print(line)


def _lang() -> str:
    from msu_desktop import i18n

    return i18n.language() if i18n.language() in i18n.LANGUAGES else "ru"


def cmd_check(args: argparse.Namespace, _ws: None) -> int:
    lang = _lang()
    _action, plan, plans = _read(args, lang)
    if plan is None:
        return EXIT_PROBLEMS
    _show(plan, plans, lang)
    return 0


def cmd_publish(args: argparse.Namespace, _ws: None) -> int:
    from msu_agency.cli.keys import package_path, password, signing_key_path
    from msu_agency.config import load_config
    from msu_exchange.signing.minisign import SecretKey

    lang = _lang()
    action, plan, plans = _read(args, lang)
    if plan is None or action.document is None:
        return EXIT_PROBLEMS
    _show(plan, plans, lang)
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError("Nothing was signed: confirm with --yes, or run it in a terminal.")
        answer = input(tr("CLI", "Sign this plan? [y/N] ")).strip().lower()
        if answer not in ("y", "yes", "д", "да", "о", "ооба"):
            print(tr("CLI", "Nothing was signed."))
            return 1
    key_paths = args.key or [signing_key_path(args)]
    pw = password(args)
    keys = [SecretKey.from_pem(p.read_bytes(), pw) for p in key_paths]
    rotation = None
    if args.rotation:
        rotation = (
            args.rotation.read_bytes(),
            args.rotation.with_name(args.rotation.name + ".minisig").read_text(encoding="utf-8"),
        )
    target = package_path(args.out, action.document)
    config = load_config(agency_dir(args))
    print(publish(config, action.document, keys, target, rotation))
    return 0


def cmd_offer(args: argparse.Namespace, _ws: None) -> int:
    """The package must verify against the agency's own public key; then the inbox offers it
    (inbox/published.py) and it becomes the agency's plan, as after ``publish``."""
    from msu_agency.cli.keys import keep_issued_plan
    from msu_agency.config import load_config
    from msu_agency.inbox.published import published_dir
    from msu_exchange.plan_package import verify_plan_package
    from msu_exchange.signing.minisign import PublicKey
    from msu_exchange.signing.trusted import TrustedKey

    config = load_config(agency_dir(args))
    pub = args.pub or (config.keys_dir / "agency.pub" if config else None)
    if pub is None or not pub.is_file():
        raise UserError(
            "The agency's public key was not found: run msu-agency init first, or give --pub."
        )
    key = PublicKey.from_text(pub.read_text(encoding="utf-8"))
    verified = verify_plan_package(args.package, [TrustedKey(key, "agency")])
    keep_issued_plan(args, verified.plan_doc, args.package)
    print(
        tr(
            "CLI",
            "The inbox now offers plan {plan} version {version} to the offices ({path}).",
            plan=verified.plan.plan_id,
            version=verified.plan.version,
            path=str(published_dir(agency_dir(args))),
        )
    )
    return 0
