"""The office becomes its successor: when the installed directory says that this office's
municipality was merged into another (or renamed, or recoded), :func:`offer` says into which,
and :func:`accept` moves the identity to the new code and name in one transaction.

Kept: the former identity (code, names, until when, the decision) in the setting
``municipality.former`` and a history line; the packages already built stay under the old code
(their files are never touched); the office's signing key stays (``keys/`` is not touched), and
the agency's registry moves it to the new code on confirmation.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from msu_desktop.domain.municipality import (
    DirectoryRecord,
    Municipality,
    final_successor,
    latest_record,
)
from msu_desktop.errors import UserError
from msu_desktop.i18n import tr
from msu_desktop.services import change_log, directory, settings
from msu_desktop.storage.models.core import MunicipalityRow


@dataclass(frozen=True)
class Offer:
    current: Municipality
    successor: DirectoryRecord
    merged: bool  # False: a rename or a recoding of this one municipality

    def text(self, lang: str) -> str:
        if self.merged:
            return tr(
                "Succession",
                "The directory says that {old} was merged into {new} from {date}. New reports "
                "and packages will carry the new code; those already sent stay under the old "
                "one.",
                lang=lang,
                old=f"{self.current.name(lang)} ({self.current.soate})",
                new=self.successor.label(lang),
                date=_date_text(self.successor.valid_from),
            )
        return tr(
            "Succession",
            "The directory says that {old} is now {new} from {date}. New reports and packages "
            "will carry the new name and code; those already sent stay under the old ones.",
            lang=lang,
            old=f"{self.current.name(lang)} ({self.current.soate})",
            new=self.successor.label(lang),
            date=_date_text(self.successor.valid_from),
        )


def _date_text(d: dt.date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else "?"


def offer(ws: Any) -> Offer | None:
    """What the installed directory says happened to this office's municipality, or None."""
    muni = ws.municipality()
    if muni is None:
        return None
    records = directory.load(ws)
    target = final_successor(records, muni.soate)
    if target is not None:
        return Offer(muni, target, len(target.succeeded) > 1)
    latest = latest_record(records, muni.soate)
    if latest is None or not latest.valid_from:
        return None
    older = [r for r in records if r.soate == muni.soate and r is not latest]
    if older and (latest.name_ru, latest.name_ky) != (muni.name_ru, muni.name_ky):
        return Offer(muni, latest, False)
    return None


def former_identities(ws: Any) -> list[dict[str, str]]:
    raw = settings.FORMER_IDENTITIES.get(ws)
    try:
        data = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [d for d in data if isinstance(d, dict)] if isinstance(data, list) else []


def accept(ws: Any, the_offer: Offer) -> Municipality:
    """Become the successor. Refused when the office's municipality changed since the offer."""
    new = the_offer.successor
    with ws.transaction() as s:
        row = s.scalars(select(MunicipalityRow)).first()
        if row is None or row.soate != the_offer.current.soate:
            raise UserError(
                "The municipality was changed meanwhile; nothing was changed. Look again.",
                context="Succession",
            )
        old = {
            "soate": row.soate,
            "name_ky": row.name_ky,
            "name_ru": row.name_ru,
            "rayon": row.rayon,
            "oblast": row.oblast,
            "until": (new.valid_from - dt.timedelta(days=1)).isoformat() if new.valid_from else "",
            "successor": new.soate,
            "decision": new.decision,
        }
        raw = settings.FORMER_IDENTITIES.read(s)
        try:
            former = json.loads(raw) if raw else []
        except ValueError:
            former = []
        former.append(old)
        settings.FORMER_IDENTITIES.write(s, json.dumps(former, ensure_ascii=False))
        user = ws.user_named(row.secretary_name)
        reason = tr("Succession", "succession by the directory ({decision})", decision=new.decision)
        for field, value in (
            ("soate", new.soate),
            ("name_ky", new.name_ky or row.name_ky),
            ("name_ru", new.name_ru or row.name_ru),
            ("rayon", new.rayon or row.rayon),
            ("oblast", new.oblast or row.oblast),
            ("kind", new.kind),
        ):
            before = getattr(row, field)
            if before != value:
                change_log.record(s, "municipality", "1", field, before, value, user, reason)
                setattr(row, field, value)
    result = ws.municipality()
    assert result is not None
    return result


def predecessors_not_brought_in(ws: Any) -> list[DirectoryRecord]:
    """The predecessors (by the installed directory) whose register has not been brought in."""
    from msu_desktop.domain.municipality import predecessors
    from msu_desktop.services.property.transfer import transferred_from

    muni = ws.municipality()
    if muni is None:
        return []
    done = transferred_from(ws)
    return [r for r in predecessors(directory.load(ws), muni.soate) if r.soate not in done]
