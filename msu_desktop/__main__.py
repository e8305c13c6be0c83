import sys

from msu_desktop.cli.main import main

sys.exit(main())
