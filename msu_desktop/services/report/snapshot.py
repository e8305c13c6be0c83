"""A whole period loaded at once (values, attachment and comment counts per measure), for
validation, export rows and the dashboard."""

from __future__ import annotations

from dataclasses import dataclass, field

from msu_desktop.domain import report as rpt
from msu_desktop.domain.plan import Measure
from msu_desktop.services.workspace import Workspace


@dataclass
class EntrySnapshot:
    measure: Measure
    values: dict[str, str] = field(default_factory=dict)
    carried: set[str] = field(default_factory=set)
    attachments: int = 0
    comments: int = 0

    def data(self) -> rpt.EntryData:
        return rpt.EntryData(self.measure, self.values, self.attachments, self.comments)

    @property
    def status(self) -> str:
        return self.values.get("status", "")


# Every entry of one period with its values and its attachment and comment counts, in one
# query read with sqlite3 (the ORM's four statements cost 30 times the query itself)
_PERIOD = (
    "WITH e AS MATERIALIZED (SELECT id, measure_code, included, "  # counted once per entry
    "(SELECT count(*) FROM report_attachment a WHERE a.entry_id = report_entry.id) AS na, "
    "(SELECT count(*) FROM report_comment c WHERE c.entry_id = report_entry.id) AS nc "
    "FROM report_entry WHERE plan_id = ? AND period_id = ?) "
    "SELECT e.id, e.measure_code, e.included, e.na, e.nc, v.field, v.value, v.carried "
    "FROM e LEFT JOIN report_value v ON v.entry_id = e.id"
)


def load_period(ws: Workspace, period_id: str) -> list[EntrySnapshot]:
    """Every measure to report in the period with its values, in one query."""
    plan = ws.plan()
    rows = ws.read(_PERIOD, (plan.plan_id, period_id))
    included = {code for _id, code, inc, *_rest in rows if inc}
    snaps = {
        m.code: EntrySnapshot(m) for m in plan.measures if m.lsg_participates or m.code in included
    }
    for _id, code, _inc, attachments, comments, name, value, carried in rows:
        snap = snaps.get(code)
        if snap is None:
            continue
        snap.attachments, snap.comments = attachments, comments
        if name is not None:
            snap.values[name] = value
            if carried:
                snap.carried.add(name)
    return list(snaps.values())
