"""Expected failures the user can act on, kept apart from bugs.

A :class:`UserError` carries an English source message and its parameters; ``str()`` gives it in
the current language (see :mod:`msu_desktop.i18n`). Anything else that escapes is a bug and goes
to the crash handler.
"""

from __future__ import annotations

from msu_desktop import i18n


class UserError(Exception):
    """An expected failure with a message for the user (bad file, wrong signature, full disk...)."""

    context = "Errors"

    def __init__(self, message: str, *, context: str | None = None, **params: object) -> None:
        super().__init__(message)
        self.source = message
        if context:
            self.context = context
        self.params = params

    def message(self, lang: str | None = None) -> str:
        """In ``lang``, with an inner reason (a UserError given as a parameter) in the same
        language."""
        params = {
            k: v.message(lang) if isinstance(v, UserError) else v for k, v in self.params.items()
        }
        return i18n.tr(self.context, self.source, lang, **params)

    def __str__(self) -> str:
        return self.message()


class Cancelled(UserError):
    """The user pressed Cancel: the job stopped and left nothing half-written. Not shown."""


class DatabaseTooNew(UserError):
    pass


class DatabaseDamaged(UserError):
    """The database cannot be trusted: the start-up offers the latest good backup."""


class DatabaseEmpty(DatabaseDamaged):
    """A 0-byte database file (a power cut, an antivirus): never created over."""


class DatabaseForeign(DatabaseDamaged):
    """A sound SQLite file that is not MSU Desktop's (another program's database)."""


class DatabaseReadOnly(UserError):
    """A database that cannot be written (read-only folder, drive or file) -- not damaged."""


class DatabaseLocked(UserError):
    """Another program holds the database."""


class DatabaseUnavailable(UserError):
    """The drive could not be read (an I/O error, a removed drive)."""


class InvalidData(UserError):
    """A data file (plan, directory, rules) that does not match its schema."""


class StorageFull(UserError):
    pass
