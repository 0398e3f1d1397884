"""Start-view list "Ablaufende Unterlagen": standing documents run out or running out soon; a click opens the file.

`ExpiringDocumentsPanel(context)` is a self-contained widget for the start view: it loads its list when first shown
(again after every change notice while visible, or on `refresh()`) and announces a chosen row with
`applicant_chosen`; `link_to(main_window)` opens that row's file in the main window's applicants window. Until the
start view places it, the main window shows it as a window of its own ("Ansicht → Ablaufende Unterlagen …", see
`ui.applicants.actions`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from ui import formatting
from ui.applicants.document_states import TWO_LINE_ROW_HEIGHT, state_colour
from ui.applicants.rows_model import Column, RowsModel, table_view
from ui.context import UiContext
from ui.operations import Operation

if TYPE_CHECKING:
    from app.applicants.reader import ExpiringList
    from app.kernel.database import Database


class ExpiringDocumentsPanel(QWidget):
    applicant_chosen = Signal(int)  # applicant id of a clicked row
    loaded = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expiringDocuments")
        self.context = context
        self.requested = False  # a list was asked for at least once
        self.heading = QLabel(objectName="expiringHeading")
        self.heading.setWordWrap(True)
        self.model = RowsModel([
            Column(self.tr("Gültig bis"), lambda r: f"{formatting.date(r.valid_until)}\n{r.state}",
                   colour=lambda r: state_colour(r.state)),
            Column(self.tr("Antragsteller und Unterlage"), lambda r: f"{r.applicant}\n{r.type_name}"),
        ], self)
        self.view = table_view(self.model, "expiringTable", stretch=1)
        self.view.verticalHeader().setDefaultSectionSize(TWO_LINE_ROW_HEIGHT)  # two lines per document
        self.view.setToolTip(self.tr("Klick öffnet die Trägerakte."))
        self.view.clicked.connect(self._open)
        self.view.activated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        context.changes.cases_changed.connect(self._changed)

    def link_to(self, window: QMainWindow) -> None:
        """A chosen row opens its applicant file in the applicants window of `window`."""
        def open_file(applicant_id: int) -> None:
            from ui.applicants.window import open_applicants  # the applicant file's stack, on first use (issue 26)

            open_applicants(window, self.context, applicant_id)
        self.applicant_chosen.connect(open_file)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.requested:
            self.refresh()

    def refresh(self) -> None:
        self.requested = True
        database, user = self.context.database, self.context.actor.username
        Operation(self, self.context, lambda: expiring_list(database, user)).success(self._show).latest().run()

    def _show(self, result: ExpiringList) -> None:
        self.model.set_rows(result.rows)
        self.heading.setText(self.tr("{n} Unterlagen der Träger sind abgelaufen oder laufen in den nächsten {days} "
                                     "Tagen ab.").format(n=len(result.rows), days=result.days) if result.rows else
                             self.tr("Keine Unterlage läuft in den nächsten {days} Tagen ab.").format(days=result.days))
        self.loaded.emit()

    def _changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.applicant_chosen.emit(row.applicant_id)


def expiring_list(database: Database, user_name: str) -> ExpiringList:
    """The list, read in a worker; the applicant file's reader (and the domain under it) is imported there, with the
    first list, not with the window (issue 26)."""
    from app.applicants.reader import ApplicantReader

    return ApplicantReader(database, user_name).expiring()
