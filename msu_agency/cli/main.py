"""``msu-agency``: the agency's tools (keys, plan packages, collecting municipality packages)."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from msu_desktop.cli.common import add_global_options, early_language, run
from msu_desktop.i18n import tr

COMMAND_MODULES: list[str] = [
    "msu_agency.cli.keys",
    "msu_agency.cli.collect",
    "msu_agency.cli.inbox",
    "msu_agency.cli.directory",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="msu-agency",
        description=tr(
            "CLI",
            "MSU Desktop for the agency: sign plan packages, verify and consolidate the "
            "municipalities' report packages.",
        ),
    )
    add_global_options(parser)
    sub = parser.add_subparsers(dest="command")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    early_language(argv)
    return run(build_parser(), argv)


if __name__ == "__main__":
    sys.exit(main())
