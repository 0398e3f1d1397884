"""The deadline model passes Qt's model checks and sorts dates by value."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSortFilterProxyModel, Qt

from app.administration.dashboard import DeadlineItem
from db.enums import DeadlineKind
from ui.deadlines.model import DeadlineModel


def item(number: int, due: dt.date, overdue: bool) -> DeadlineItem:
    return DeadlineItem(number, 1, f"LPF-2026-{number:04d}", "Vorhaben", "Unterlagen", DeadlineKind.documents,
                        "Nachforderung", due, "Anna Arndt", overdue)


def test_model_checks_and_date_order(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = DeadlineModel()
    model.set_items([item(1, dt.date(2026, 12, 1), False), item(2, dt.date(2026, 2, 1), True),
                     item(3, dt.date(2026, 10, 1), False)])
    qtmodeltester.check(model)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(model.sortRole())
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 3).data() for r in range(3)] == ["LPF-2026-0002", "LPF-2026-0003", "LPF-2026-0001"]
    assert proxy.index(0, 0).data() == "01.02.2026 (überfällig)" and model.item_at(0).id == 1  # type: ignore[union-attr]


def test_the_window_module_does_not_load_qt_charts() -> None:
    """Qt Charts is imported when the first chart is drawn, not when the program starts."""
    import subprocess
    import sys

    code = "import sys, ui.main_window; sys.exit('PySide6.QtCharts' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
