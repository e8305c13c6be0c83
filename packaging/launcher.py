"""Entry point for the frozen build (PyInstaller): the same ``msu-desktop`` command."""

import sys

from msu_desktop.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
