"""The computer's clock: the one place in msu_desktop that asks the system for the time.

Below everything (like errors.py), so the domain and storage can use it too. The user's work
date -- which honours a demo folder's "as of" date -- is :meth:`Workspace.today`
(services/clock.py); these are for what is about the files and messages themselves: a backup's
or a crash log's name, a signed package's creation time, a two-digit year's century.

Kyrgyzstan keeps one time zone all year, UTC+6 with no summer time: :data:`BISHKEK`.
tests/services/test_settings.py forbids ``date.today()``, ``datetime.now(`` and
``datetime.utcnow(`` anywhere else.
"""

from __future__ import annotations

import datetime as dt

BISHKEK = dt.timezone(dt.timedelta(hours=6), "Asia/Bishkek")


def real_today() -> dt.date:
    """The computer's calendar date."""
    return dt.date.today()


def now() -> dt.datetime:
    """The computer's local time, naive (for file names and local time stamps)."""
    return dt.datetime.now()


def utc_now() -> dt.datetime:
    """The current time in UTC, aware (for what is signed or sent)."""
    return dt.datetime.now(dt.UTC)


def bishkek_now() -> dt.datetime:
    """The current time in Bishkek, aware."""
    return dt.datetime.now(BISHKEK)
