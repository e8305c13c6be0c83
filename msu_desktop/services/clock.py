"""The one clock below the GUI.

Dates the user's work is judged by -- due dates, days left, leases running out, the day a report
is approved -- come from :meth:`Workspace.today`, which honours the "as of" date of a demo data
folder (the setting ``report.today``), so a demo's due dates and leases read true on any day.
The computer's own clock (:func:`real_today`, :func:`now`, :func:`utc_now`, the one
:data:`BISHKEK` time zone) is msu_desktop/clock.py, re-exported here: it is for what is about
the files themselves (the day's automatic backup, a plan package's issue date). Nothing else
asks the system for the time (tests/services/test_settings.py keeps it so).
"""

from __future__ import annotations

from msu_desktop.clock import BISHKEK, bishkek_now, now, real_today, utc_now

__all__ = ["BISHKEK", "bishkek_now", "now", "real_today", "utc_now"]
