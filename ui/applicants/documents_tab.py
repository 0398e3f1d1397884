"""Tab "Unterlagen": standing documents of the organisation with validity and state; record one, attach a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.applicants.file import DocumentRow
from app.applicants.reader import ApplicantView, StandingType
from app.kernel import clock
from app.kernel.errors import ValidationError
from ui import formatting
from ui.applicants.document_states import state_colour
from ui.applicants.file_picker import FilePicker
from ui.applicants.rows_model import Column, RowsModel, table_view
from ui.dialogs.small_dialogs import FormDialog
from ui.widgets.fields import DateField, with_error
from ui.widgets.text_area import TextArea


class StandingDocumentDialog(FormDialog):
    """Record a standing document: type, date of issue (validity runs from it), receipt, note, optional file."""

    def __init__(self, types: list[StandingType], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Unterlage erfassen"), "standingDocumentDialog", parent)
        self.types = types
        self.kind = QComboBox(objectName="standingKind")
        for kind in types:
            self.kind.addItem(kind.name, kind.code)
        self.validity = QLabel(objectName="standingValidity")
        self.issued = DateField(required=False)
        self.issued.setObjectName("standingIssued")
        self.received = DateField()
        self.received.set_value(clock.today())
        self.note = TextArea(objectName="standingNote")
        self.note.setFixedHeight(60)
        self.file = QLineEdit(objectName="standingFile", readOnly=True)
        self.file.setPlaceholderText(self.tr("keine Datei (kann später angehängt werden)"))
        choose = QPushButton(self.tr("Datei wählen …"), objectName="chooseStandingFile")
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        self.form.addRow(self.tr("Unterlage"), self.kind)
        self.form.addRow("", self.validity)
        self.form.addRow(self.tr("Ausgestellt am"), with_error(self.issued))
        self.form.addRow(self.tr("Eingang"), with_error(self.received))
        self.form.addRow(self.tr("Bemerkung"), self.note)
        self.form.addRow(self.tr("Datei"), row)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Erfassen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.setMinimumWidth(520)

    def _current(self) -> StandingType | None:
        return self.types[self.kind.currentIndex()] if 0 <= self.kind.currentIndex() < len(self.types) else None

    def _kind_changed(self) -> None:
        kind = self._current()
        if kind is not None and kind.valid_years:
            self.validity.setText(self.tr("gilt {n} Jahre ab Ausstellung").format(n=kind.valid_years))
        else:
            self.validity.setText(self.tr("unbefristet gültig"))

    def _choose(self) -> None:
        path = FilePicker.open_file(self, self.tr("Datei zur Unterlage wählen"))
        if path is not None:
            self.file.setText(str(path))

    def result_values(self) -> dict[str, Any]:
        kind = self._current()
        if kind is None:
            raise ValidationError(self.tr("Bitte die Art der Unterlage wählen."))
        issued = self.issued.value()
        if kind.valid_years and issued is None:
            raise ValidationError(self.tr("Bitte das Ausstellungsdatum angeben – davon hängt die Gültigkeit ab."))
        return {"kind": kind.code, "issued_on": issued, "received_on": self.received.value(),
                "note": self.note.toPlainText().strip() or None,
                "file": Path(self.file.text()) if self.file.text() else None}


class DocumentsTab(QWidget):
    record_requested = Signal()
    attach_requested = Signal(int, object)  # document id, Path
    open_requested = Signal(int)  # document id of the stored file to show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel([
            Column(self.tr("Unterlage"), lambda d: d.type_name),
            Column(self.tr("Ausgestellt"), lambda d: formatting.date(d.issued_on), right=True),
            Column(self.tr("Eingang"), lambda d: formatting.date(d.received_on), right=True),
            Column(self.tr("Gültig bis"), lambda d: formatting.date(d.valid_until), right=True),
            Column(self.tr("Stand"), lambda d: d.state, colour=lambda d: state_colour(d.state)),
            Column(self.tr("Datei"), lambda d: self.tr("gespeichert") if d.has_file else "–"),
        ], self)
        self.view = table_view(self.model, "standingDocuments", stretch=0)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.hint = QLabel(objectName="documentsHint")
        self.hint.setWordWrap(True)
        self.record = QPushButton(self.tr("Unterlage erfassen …"), objectName="recordStandingDocument")
        self.attach = QPushButton(self.tr("Datei anhängen …"), objectName="attachStandingFile")
        self.record.clicked.connect(self.record_requested)
        self.attach.clicked.connect(self._attach)
        self.open_file = QPushButton(self.tr("Datei öffnen"), objectName="openStandingFile")
        self.open_file.clicked.connect(self._open)
        self.view.doubleClicked.connect(lambda _index: self._open())
        self.may_record = False
        buttons = QHBoxLayout()
        buttons.addWidget(self.record)
        buttons.addWidget(self.attach)
        buttons.addWidget(self.open_file)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)

    def show_view(self, view: ApplicantView, may_record: bool) -> None:
        self.may_record = may_record and view.file.active
        self.model.set_rows(view.file.documents)
        self.hint.setText(self.tr(
            "Unterlagen der Trägerakte gelten für jeden Antrag dieses Trägers und werden nicht je Antrag neu "
            "angefordert. „läuft ab“: endet in den nächsten {days} Tagen.").format(days=view.expiring_days))
        self.record.setVisible(may_record)
        self.attach.setVisible(may_record)
        self.record.setEnabled(self.may_record)
        self._selection_changed()

    def current(self) -> DocumentRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _selection_changed(self, _s: QItemSelection | None = None, _d: QItemSelection | None = None) -> None:
        document = self.current()
        self.attach.setEnabled(self.may_record and document is not None and not document.has_file)
        self.open_file.setEnabled(document is not None and document.has_file)

    def _open(self) -> None:
        document = self.current()
        if document is not None and document.has_file:
            self.open_requested.emit(document.id)

    def _attach(self) -> None:
        document = self.current()
        if document is None or document.has_file:
            return
        path = FilePicker.open_file(self, self.tr("Datei für »{kind}« wählen").format(kind=document.type_name))
        if path is not None:
            self.attach_requested.emit(document.id, path)
