"""``msu-desktop``: with no command, the window; otherwise one of the commands below."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from msu_desktop.cli.common import add_global_options, early_language, run
from msu_desktop.i18n import tr

# Each module has ``register(subparsers)``; adding a command is adding its module here.
COMMAND_MODULES = [
    "msu_desktop.cli.plan",
    "msu_desktop.cli.report",
    "msu_desktop.cli.backup",
    "msu_desktop.cli.plan_import",
    "msu_desktop.cli.export",
    "msu_desktop.cli.inventory",
    "msu_desktop.cli.directory",
    "msu_desktop.cli.transfer",
    "msu_desktop.cli.replies",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="msu-desktop",
        description=tr(
            "CLI",
            "MSU Desktop: Local Self-Government Development Programme reports and the municipal "
            "property register.",
        ),
    )
    add_global_options(parser)
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=tr("CLI", "open the window, show every page, quit (checks a build)"),
    )
    sub = parser.add_subparsers(dest="command")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _open_window(args: argparse.Namespace) -> int:
    from msu_desktop.gui.app import run_gui

    return run_gui(data_dir=args.data_dir, lang=args.lang, smoke_test=args.smoke_test)


def main(argv: Sequence[str] | None = None) -> int:
    early_language(argv)  # the help texts are built in the user's language
    return run(build_parser(), argv, default=_open_window)


if __name__ == "__main__":
    sys.exit(main())
