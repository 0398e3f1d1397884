"""A click on a figure of the start page becomes a filter of the case list."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox

from ui.case_list.filter_bar import FilterBar


@dataclass(frozen=True)
class CaseQuery:
    """What the case list should show; None = no restriction."""

    status: str | None = None
    programme: str | None = None
    fiscal_year: int | None = None
    deadline_due: bool = False
    mine: bool = False


def _select(combo: QComboBox, value: object, label: str) -> None:
    """Choose `value`; the choices may still be loading, so a missing entry is added (kept on reload)."""
    index = combo.findData(value)
    if index < 0:
        combo.addItem(label, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def apply_query(filters: FilterBar, query: CaseQuery) -> None:
    """Reset the filter bar to `query`, emitting one change at the end."""
    filters.blockSignals(True)
    try:
        filters.search.clear()
        filters.status.setCurrentIndex(max(0, filters.status.findData(query.status)))
        if query.programme is None:
            filters.programme.setCurrentIndex(0)
        else:
            _select(filters.programme, query.programme, query.programme)
        if query.fiscal_year is None:
            filters.year.setCurrentIndex(0)
        else:
            _select(filters.year, query.fiscal_year, str(query.fiscal_year))
        filters.municipality.setCurrentIndex(0)
        filters.caseworker.setCurrentIndex(0)
        filters.mine.setChecked(query.mine)
        filters.due.setChecked(query.deadline_due)
    finally:
        filters.blockSignals(False)
    filters.changed.emit()
