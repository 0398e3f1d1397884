"""Live organisation search (name or place), run in a worker; stale results are dropped."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.applicants.reader import ApplicantReader
from app.applicants.search import ApplicantRow
from ui.applicants.document_states import TWO_LINE_ROW_HEIGHT
from ui.applicants.rows_model import Column, RowsModel, table_view
from ui.context import UiContext
from ui.operations import Operation

SEARCH_DELAY_MS = 250
LIMIT = 50  # app.applicants.search.search returns at most this many


class ApplicantSearch(QWidget):
    chosen = Signal(int)  # applicant id of the selected row
    loaded = Signal()  # a result list is shown

    def __init__(self, context: UiContext, name: str = "applicantSearch", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.context = context
        self.reader = ApplicantReader(context.database, context.actor.username)
        self.selected_id: int | None = None  # kept across new result lists
        self.field = QLineEdit(objectName="applicantSearchField", clearButtonEnabled=True)
        self.field.setPlaceholderText(self.tr("Name oder Ort …"))
        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search_now)
        self.field.textChanged.connect(lambda _t: self.timer.start())
        self.field.returnPressed.connect(self.search_now)
        self.model = RowsModel([Column(self.tr("Antragsteller"), self._entry)], self)
        self.view = table_view(self.model, "applicantResults", stretch=0)
        self.view.verticalHeader().setDefaultSectionSize(TWO_LINE_ROW_HEIGHT)  # two lines: name, then place and number
        self.view.horizontalHeader().setVisible(False)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.count = QLabel(objectName="applicantCount")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)

    def _entry(self, row: ApplicantRow) -> str:
        place = " ".join(x for x in (row.postcode, row.city) if x) or self.tr("ohne Anschrift")
        number = self.tr("Nr. {id}").format(id=row.id)
        return f"{row.name}\n{place} · {number} · {row.type_name}"

    def search_now(self) -> None:
        self.timer.stop()
        text, reader = self.field.text(), self.reader
        # a newer search drops the answer of an older one (and a closed window drops both)
        Operation(self, self.context, lambda: reader.search(text)).success(self._show).latest().run()

    def _show(self, rows: list[ApplicantRow]) -> None:
        self.model.set_rows(rows)
        if not rows:
            self.count.setText(self.tr("Kein Antragsteller gefunden."))
        elif len(rows) >= LIMIT:
            self.count.setText(self.tr("Die ersten {n} Treffer – bitte die Suche eingrenzen.").format(n=len(rows)))
        else:
            self.count.setText(self.tr("{n} Antragsteller").format(n=len(rows)))
        if self.selected_id is not None:
            self.mark(self.selected_id)
        self.loaded.emit()

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.current()
        if row is not None:
            self.selected_id = row.id
            self.chosen.emit(row.id)

    def current(self) -> ApplicantRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def mark(self, applicant_id: int) -> None:
        """Highlight the applicant shown elsewhere (if listed), without announcing a choice."""
        self.selected_id = applicant_id
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        if not self.select_id(applicant_id):
            self.view.clearSelection()
        selection.blockSignals(False)
        self.view.viewport().update()

    def select_id(self, applicant_id: int) -> bool:
        """Select the row of this applicant if it is listed (announced via `chosen`); True when found."""
        for row, item in enumerate(self.model.rows):
            if item.id == applicant_id:
                self.view.selectRow(row)
                return True
        return False
