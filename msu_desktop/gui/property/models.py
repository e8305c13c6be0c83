"""The register's table: one query into a QAbstractTableModel that stays fast with 10,000
objects, and a QSortFilterProxyModel for sorting and filtering (category, use, condition,
village, search as you type)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from msu_desktop.domain.numbers import amount, quantity
from msu_desktop.i18n import pick
from msu_desktop.services import property_service as ps

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class PropertyTableModel(QAbstractTableModel):
    # the table's columns, headings and widths: the field registry's (data/property/fields.json)
    COLUMNS = tuple(key for key, _label, _width in ps.table_columns())

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.headings = [label for _key, label, _width in ps.table_columns(lang)]
        self.rows: list[ps.RegisterRow] = []
        self._haystacks: list[str] | None = []
        data = ps.categories()
        self.labels = {
            kind: {c["id"]: pick(c["label"], lang) for c in data[kind]}
            for kind in ("categories", "conditions", "uses", "units")
        }

    def load(self, rows: list[ps.RegisterRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._haystacks = None
        self.endResetModel()

    @property
    def haystacks(self) -> list[str]:
        """What the search looks in, one text per row: made at the first search after a load
        rather than once per row per keystroke (or at every opening of the page); the notes
        too: an object brought in from a predecessor is found by its former inventory number
        and the predecessor's name there (issue 25)."""
        if self._haystacks is None:
            self._haystacks = [
                f"{r.inventory_number} {r.name_ru} {r.name_ky} {r.address} {r.cadastral_code} "
                f"{r.village} {r.notes}".casefold()
                for r in self.rows
            ]
        return self._haystacks

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,  # a heading cut by a narrow column, in full
        ):
            return None
        return self.headings[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == SORT_ROLE:
            value = getattr(row, key, None) if key != "name" else self._name(row)
            return value if value is not None else 0 if key in ("area", "book_value") else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("area", "book_value"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.status != "active":
            from PySide6.QtGui import QColor

            return QColor("#888888")
        if role == Qt.ItemDataRole.ToolTipRole:  # a cut value, in full
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if key == "name":
            return self._name(row)
        if key == "category":
            return self.labels["categories"].get(row.category, row.category)
        if key == "condition":
            return self.labels["conditions"].get(row.condition, row.condition)
        if key == "use":
            return self.labels["uses"].get(row.use, row.use)
        if key == "area":
            unit = self.labels["units"].get(row.unit, row.unit)
            if row.area is None:
                return ""
            return f"{quantity(row.area)} {unit}"  # "3 шт.", not "3,00 шт."
        if key == "book_value":
            return amount(row.book_value) if row.book_value is not None else ""
        return getattr(row, key)

    def _name(self, row: ps.RegisterRow) -> str:
        return (row.name_ky if self.lang == "ky" else row.name_ru) or row.name_ru or row.name_ky


class PropertyFilter(QSortFilterProxyModel):
    """Sorting when a heading is clicked, and the filter: computed for every row at once when
    the filter or the rows change (one list comprehension), so that Qt's call per row is a
    look-up. With 10,000 objects the filter in Python per call and a second pass over the rows
    for the totals were most of opening the page."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.category = self.use = self.condition = self.village = ""
        self.show_disposed = False
        self.object_ids: frozenset[int] | None = None  # one predecessor's objects (issue 25)
        self._mask: list[bool] | None = None  # the filter's answer per source row
        self.setSortRole(SORT_ROLE)

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self._forget)

    def _forget(self) -> None:
        self._mask = None

    def set_filter(self, **kw: Any) -> None:
        """Change the filter (``text``, ``category``, ``use``, ``condition``, ``village``,
        ``show_disposed``; ``object_ids``: a frozenset of ids, or None for every object); the
        rows are filtered again only when something changed."""
        new = {k: (v.casefold().strip() if k == "text" else v) for k, v in kw.items()}
        if all(getattr(self, k) == v for k, v in new.items()):
            return
        self.beginFilterChange()
        for key, value in new.items():
            setattr(self, key, value)
        self._mask = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, parent: Index) -> bool:
        mask = self._mask
        if mask is None:
            mask = self._mask = self._compute()
        return mask[source_row]

    def _compute(self) -> list[bool]:
        model = self.sourceModel()
        rows = model.rows  # type: ignore[attr-defined]
        accepts = self.accepts
        if not (self.category or self.use or self.condition or self.village or self.text) and (
            self.object_ids is None
        ):  # the page as it opens: every active object (and the disposed when asked)
            return (
                [True] * len(rows) if self.show_disposed else [r.status == "active" for r in rows]
            )
        if not self.text:  # the search's texts are made only for a search
            return [accepts(row, "") for row in rows]
        hays = model.haystacks  # type: ignore[attr-defined]
        return [accepts(row, hay) for row, hay in zip(rows, hays, strict=True)]

    def accepts(self, row: ps.RegisterRow, haystack: str) -> bool:
        """The filter on one row."""
        if not self.show_disposed and row.status != "active":
            return False
        if self.category and row.category != self.category:
            return False
        if self.use and row.use != self.use:
            return False
        if self.condition and row.condition != self.condition:
            return False
        if self.village and row.village != self.village:
            return False
        if self.object_ids is not None and row.id not in self.object_ids:
            return False
        return not self.text or self.text in haystack

    def accepted(self) -> list[ps.RegisterRow]:
        """The rows the filter lets through, in the source model's order (the totals are
        summed over them, without the proxy's indexes)."""
        rows = self.sourceModel().rows  # type: ignore[attr-defined]
        mask = self._mask
        if mask is None or len(mask) != len(rows):
            mask = self._mask = self._compute()
        return [row for row, shown in zip(rows, mask, strict=True) if shown]
