"""Entry point for the frozen build (PyInstaller): the ``msu-desktop`` command, or the agency's
``msu-agency`` when started as msu-agency(.exe) (one script, so one analysis for all three
executables)."""

import sys
from pathlib import Path

if __name__ == "__main__":
    if Path(sys.executable).stem.lower() == "msu-agency":
        from msu_agency.cli.main import main
    else:
        from msu_desktop.cli.main import main
    sys.exit(main())
