"""The one clock below the GUI.

Dates the user's work is judged by -- due dates, days left, leases running out, the day a report
is approved -- come from :meth:`Workspace.today`, which honours the "as of" date of a demo data
folder (the setting ``report.today``), so a demo's due dates and leases read true on any day.
:func:`real_today` is the computer's calendar, for what is about the files themselves: the
day's automatic backup, a plan package's issue date. Nothing else below ``gui/`` asks the
system for today's date (a test keeps it so).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from msu_desktop.services import settings

if TYPE_CHECKING:
    from msu_desktop.services.workspace import Workspace


def real_today() -> dt.date:
    """The computer's calendar date."""
    return dt.date.today()


def today(ws: Workspace) -> dt.date:
    """Today for the user's work: the demo's "as of" date when one is set, else the real date."""
    return settings.AS_OF.get(ws) or real_today()
