"""„Beratungstermin buchen“: slot, advisor, contact (applicant or free name), topic, notes, follow-up."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.applicants.search import ApplicantRow
from app.cases.consultation_reader import ConsultationReader
from app.cases.consultations import ConsultationInput, book
from app.kernel.errors import FoerderDeskError, ValidationError
from ui.context import UiContext
from ui.operations import Operation
from ui.widgets.fields import DateField, with_error
from ui.widgets.text_area import TextArea


class BookingDialog(QDialog):
    booked = Signal(int)  # consultation id

    def __init__(self, context: UiContext, slots: list[dt.datetime], start: dt.datetime | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("bookingDialog")
        self.setWindowTitle(self.tr("Beratungstermin buchen"))
        self.slot = QComboBox(objectName="slot")
        self.slots = list(slots)  # the combo's data would turn a datetime into a QDateTime: kept by index
        for slot in self.slots:
            self.slot.addItem(slot.strftime("%d.%m.%Y, %H:%M"))
        if start in self.slots:
            self.slot.setCurrentIndex(self.slots.index(start))
        self.advisor = QComboBox(objectName="advisor")
        self.applicant = QComboBox(objectName="applicant")
        self.applicant.addItem(self.tr("– kein Antragsteller (Kontakt unten) –"), None)
        self.contact, self.phone = QLineEdit(objectName="contactName"), QLineEdit(objectName="contactPhone")
        self.email, self.topic = QLineEdit(objectName="contactEmail"), QLineEdit(objectName="topic")
        self.notes = TextArea(objectName="notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.follow_up = DateField(required=False)
        self.follow_up.setObjectName("followUp")
        form = QFormLayout()
        for label, widget in ((self.tr("Termin"), self.slot), (self.tr("Berät"), self.advisor),
                              (self.tr("Antragsteller"), self.applicant), (self.tr("Kontaktperson"), self.contact),
                              (self.tr("Telefon"), self.phone), (self.tr("E-Mail"), self.email),
                              (self.tr("Thema"), self.topic), (self.tr("Notizen"), self.notes),
                              (self.tr("Wiedervorlage"), with_error(self.follow_up))):
            form.addRow(label, widget)
        self.error = QLabel(objectName="fieldError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buchen"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 460)
        reader = ConsultationReader(context.database, context.actor.username)
        Operation(self, context, reader.advisors).success(self._advisors).run()
        Operation(self, context, lambda: context.reader.applicants("")).success(self._applicants).run()

    def _advisors(self, advisors: list[tuple[str, str]]) -> None:
        for username, name in advisors:
            self.advisor.addItem(name, username)
        self.advisor.setCurrentIndex(max(0, self.advisor.findData(self.context.actor.username)))

    def _applicants(self, rows: list[ApplicantRow]) -> None:
        for row in rows:
            self.applicant.addItem(f"{row.name} ({row.city or ''})", row.id)

    def booking(self) -> ConsultationInput:
        index = self.slot.currentIndex()
        start = self.slots[index] if index >= 0 else None
        if start is None:
            raise ValidationError(self.tr("In dieser Woche ist kein Termin frei."))
        return ConsultationInput(
            start=start, topic=self.topic.text(), advisor=self.advisor.currentData(),
            applicant_id=self.applicant.currentData(), contact_name=self.contact.text() or None,
            contact_phone=self.phone.text() or None, contact_email=self.email.text() or None,
            notes=self.notes.toPlainText() or None, follow_up_on=self.follow_up.value())

    def submit(self) -> None:
        try:
            data = self.booking()
        except FoerderDeskError as exc:
            self._failed(exc)
            return
        uow = self.context.uow()
        self.buttons.setEnabled(False)
        Operation(self, self.context, lambda: book(uow, data)).success(self._booked).failure(self._failed) \
            .notice_cases().run()

    def _booked(self, consultation_id: int) -> None:
        self.booked.emit(consultation_id)
        self.accept()

    def _failed(self, error: FoerderDeskError) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error.message)
