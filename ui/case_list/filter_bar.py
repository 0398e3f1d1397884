"""Filter controls above the case list; emits the resulting `CaseFilter`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from app.cases.case_list import CaseFilter, FilterChoices
from app.cases.workflow import STATUS_LABELS
from app.kernel import clock

SEARCH_DELAY_MS = 0  # next event-loop turn: coalesces what arrives at once; stale answers are dropped


class ShrinkingCombo(QComboBox):
    """As wide as its longest entry when there is room; on a narrow screen it gives way down to a few letters
    (the open list still shows the entries in full)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("Alle Jahre") + 40), hint.height())

    def showPopup(self) -> None:  # noqa: N802 - Qt override
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 24)
        super().showPopup()


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, own_username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.own_username = own_username
        self.search = QLineEdit(placeholderText=self.tr("Suche: Aktenzeichen, Titel, Antragsteller"))
        self.search.setObjectName("searchField")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self.status = self._combo(self.tr("Alle Status"), "statusFilter")
        for code, label in STATUS_LABELS.items():
            self.status.addItem(label, code.value)
        self.programme = self._combo(self.tr("Alle Programme"), "programmeFilter")
        self.year = self._combo(self.tr("Alle Jahre"), "yearFilter")
        self.municipality = self._combo(self.tr("Alle Gemeinden"), "municipalityFilter")
        self.caseworker = self._combo(self.tr("Alle Bearbeiter"), "caseworkerFilter")
        self.mine = QCheckBox(self.tr("Meine Vorgänge"), objectName="mineFilter")
        self.due = QCheckBox(self.tr("Frist fällig"), objectName="dueFilter")
        self.due.setToolTip(self.tr("Offene Fristen, die in den nächsten 7 Tagen enden oder überschritten sind"))
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        for combo in (self.status, self.programme, self.year, self.municipality, self.caseworker):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.mine.toggled.connect(lambda _on: self.changed.emit())
        self.due.toggled.connect(lambda _on: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search, self.status, self.programme, self.year, self.municipality, self.caseworker,
                       self.mine, self.due):
            layout.addWidget(widget)
        layout.addStretch(1)

    def _combo(self, all_label: str, name: str) -> QComboBox:
        combo = ShrinkingCombo(objectName=name)
        combo.addItem(all_label, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def set_choices(self, choices: FilterChoices) -> None:
        """Fill the combos without emitting a change for each item."""
        self.blockSignals(True)
        for combo, items in ((self.programme, [(p, p) for p in choices.programmes]),
                             (self.year, [(str(y), y) for y in choices.years]),
                             (self.municipality, [(m, m) for m in choices.municipalities]),
                             (self.caseworker, [(name, user) for user, name in choices.caseworkers])):
            combo.blockSignals(True)
            current = combo.currentData()
            while combo.count() > 1:
                combo.removeItem(1)
            for label, data in items:
                combo.addItem(label, data)
            if current is not None:
                combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.blockSignals(False)

    def current(self) -> CaseFilter:
        status: Any = self.status.currentData()
        caseworker = self.own_username if self.mine.isChecked() else self.caseworker.currentData()
        due = clock.today() + dt.timedelta(days=7) if self.due.isChecked() else None
        return CaseFilter(statuses=(status,) if status else (), programme=self.programme.currentData(),
                          fiscal_year=self.year.currentData(), municipality=self.municipality.currentData(),
                          caseworker=caseworker, deadline_due_by=due, text=self.search.text() or None)

    def set_status(self, status: str | None) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
