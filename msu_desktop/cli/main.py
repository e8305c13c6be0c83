"""``msu-desktop``: with no command, the window; otherwise one of the commands below."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
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


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole parser; ``commands=False``: the window's options only (no command module is
    imported: they load the ORM, the report services and the PDF and Excel writers)."""
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
        nargs="?",
        const="every-page",
        choices=("every-page", "first-page"),
        default=None,
        help=tr(
            "CLI",
            "open the window, show every page (or only the first page: first-page), quit "
            "(checks a build, measures a start)",
        ),
    )
    if not commands:
        return parser
    sub = parser.add_subparsers(dest="command")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _open_window(args: argparse.Namespace) -> int:
    from msu_desktop.gui.app import run_gui

    return run_gui(data_dir=args.data_dir, lang=args.lang, smoke_test=args.smoke_test)


def main(argv: Sequence[str] | None = None) -> int:
    early_language(argv)  # the help texts are built in the user's language
    args = list(sys.argv[1:] if argv is None else argv)
    if _opens_the_window(args):
        # the everyday start: the window's first page is painted before any command's
        # modules are imported (issue 26: a start is mostly imports)
        return run(build_parser(commands=False), args, default=_open_window)
    return run(build_parser(), argv, default=_open_window)


def _opens_the_window(args: list[str]) -> bool:
    """Whether ``args`` are the window's options alone (no command, no help)."""
    if any(a in ("-h", "--help") for a in args):
        return False
    quiet = io.StringIO()
    try:  # a bad value, --version: the whole parser answers it, once
        with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):
            _known, rest = build_parser(commands=False).parse_known_args(args)
    except SystemExit:
        return False
    return not rest


if __name__ == "__main__":
    sys.exit(main())
