"""Data protection: closed cases whose retention has ended (anonymise: confirmed, audited, irreversible), then
their applicants once no case holds personal data and their own retention has ended, and the export of
everything stored about a contact person (Art. 15 DSGVO) as a JSON file.

Both go through administrators' services; for anyone else they refuse, whatever the menu shows.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.administration.data_protection import RetentionDue, anonymise_case, archive_offer
from app.administration.data_protection_reads import ContactRow, expired_cases, export_contact, find_contacts
from app.kernel.errors import FoerderDeskError
from app.proof.dossier import dossier_name
from ui import formatting
from ui.context import UiContext
from ui.data_protection.applicants_box import ExpiredApplicantsBox
from ui.data_protection.confirm_dialog import AnonymiseConfirmDialog
from ui.operations import Operation
from ui.widgets.dialog_look import fit_to_screen
from ui.widgets.file_choice import Files, with_suffix, write_atomically
from ui.widgets.record_table import RecordTable


class AnonymiseDialog(AnonymiseConfirmDialog):
    """The confirmation for a case: what goes, what stays, and the reason that is written to the audit trail."""

    def __init__(self, case: RetentionDue, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Vorgang anonymisieren"), "anonymiseDialog", self.tr(
            "<b>{ref}</b> – {title}<br>Aufbewahrung endete am {until}.<br><br>Namen und Kontaktdaten der "
            "Ansprechpersonen, Notizen, Beratungsnotizen, Stellungnahmen und Widerspruchsbegründungen sowie der "
            "Inhalt der gespeicherten Schreiben und Unterlagen werden <b>unwiderruflich</b> entfernt. Beträge, "
            "Daten, Entscheidungen, Prüfsummen und Metadaten der Dateien und das Protokoll bleiben erhalten. "
            "Anonymisiert wird erst, nachdem die Akte dem Archiv angeboten wurde (§ 11 ThürArchivG).").format(
            ref=case.file_number, title=case.title, until=formatting.date(case.retention_until)),
            self.tr("z. B. Aufbewahrungsfrist abgelaufen; Archiv hat am … abgelehnt"), parent)


class DataProtectionWindow(QMainWindow):
    loaded = Signal(int)  # number of expired cases shown
    anonymised = Signal(str)
    exported = Signal(str)  # path

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dataProtectionWindow")
        self.setWindowTitle(self.tr("FörderDesk – Datenschutz"))
        self.context = context
        self.cases: list[RetentionDue] = []
        self.contacts: list[ContactRow] = []
        self.message = QLabel(objectName="privacyMessage", wordWrap=True)
        self.offer_for: int | None = None  # the applicant of the case just anonymised: offered if now due
        self.applicants = ExpiredApplicantsBox(context)
        self.applicants.said.connect(self._say)
        self.applicants.failed.connect(self._failed)
        self.applicants.loaded.connect(lambda _n: self._offer_applicant())
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._expired_box(), 3)
        layout.addWidget(self.applicants, 2)
        layout.addWidget(self._person_box(), 2)
        layout.addWidget(self.message)
        self.setCentralWidget(body)
        fit_to_screen(self, 1200, 800)
        self.reload()

    def _expired_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Aufbewahrungsfrist abgelaufen"))
        self.case_table = RecordTable([self.tr("Aktenzeichen"), self.tr("Vorhaben"), self.tr("Antragsteller"),
                                       self.tr("Abgeschlossen"), self.tr("Aufbewahrung bis")], "retentionTable",
                                      stretch=1)
        self.anonymise_button = QPushButton(self.tr("Anonymisieren …"), objectName="anonymiseCase")
        self.anonymise_button.clicked.connect(self.anonymise_current)
        self.archive_button = QPushButton(self.tr("Dem Archiv anbieten (ZIP) …"), objectName="archiveOffer")
        self.archive_button.setToolTip(self.tr("Die abgeschlossene Akte mit allen Schreiben, Verlauf und Protokoll "
                                               "(§ 11 ThürArchivG)"))
        self.archive_button.clicked.connect(self.archive_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        buttons.addWidget(self.anonymise_button)
        layout = QVBoxLayout(box)
        layout.addWidget(QLabel(self.tr("Abgeschlossene Vorgänge, deren Aufbewahrungsfrist abgelaufen ist und die "
                                        "noch personenbezogene Daten enthalten."), wordWrap=True))
        layout.addWidget(self.case_table, 1)
        layout.addLayout(buttons)
        return box

    def _person_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Auskunft über eine Person (Art. 15 DSGVO)"))
        self.search = QLineEdit(objectName="contactSearch", placeholderText=self.tr("Name, E-Mail oder Träger"))
        self.search.returnPressed.connect(self.find)
        find = QPushButton(self.tr("Suchen"), objectName="findContacts")
        find.clicked.connect(self.find)
        self.contact_table = RecordTable([self.tr("Name"), self.tr("Träger"), self.tr("E-Mail"), self.tr("Stand")],
                                         "contactTable", stretch=1)
        self.export_button = QPushButton(self.tr("Alle Daten exportieren …"), objectName="exportContact")
        self.export_button.clicked.connect(self.export_current)
        line = QHBoxLayout()
        line.addWidget(self.search, 1)
        line.addWidget(find)
        layout = QVBoxLayout(box)
        layout.addLayout(line)
        layout.addWidget(self.contact_table, 1)
        layout.addWidget(self.export_button)
        return box

    # -- expired cases ------------------------------------------------------------------------
    def reload(self) -> None:
        uow = self.context.uow()
        Operation(self, self.context, lambda: expired_cases(uow)).success(self._show_cases).failure(self._failed).run()
        self.applicants.reload()

    def _show_cases(self, cases: list[RetentionDue]) -> None:
        self.cases = cases
        self.case_table.set_rows([[c.file_number, c.title, c.applicant, formatting.date(c.closed_on),
                                   formatting.date(c.retention_until)] for c in cases], cases)
        self.anonymise_button.setEnabled(bool(cases))
        self.archive_button.setEnabled(bool(cases))
        self.loaded.emit(len(cases))

    def anonymise_current(self) -> AnonymiseDialog | None:
        case: RetentionDue | None = self.case_table.current_value()
        if case is None:
            self._failed(FoerderDeskError(self.tr("Bitte zuerst einen Vorgang auswählen.")))
            return None
        dialog = AnonymiseDialog(case, self)
        uow = self.context.uow()

        def run() -> None:
            reason = dialog.result_values()["reason"]
            Operation(self, self.context, lambda: anonymise_case(uow, case.file_number, reason)) \
                .success(lambda count: self._anonymised(case, count)).failure(self._failed) \
                .notice_case(case.file_number).run()

        dialog.accepted.connect(run)
        dialog.open()
        return dialog

    def archive_current(self) -> None:
        case: RetentionDue | None = self.case_table.current_value()
        if case is None:
            self._failed(FoerderDeskError(self.tr("Bitte zuerst einen Vorgang auswählen.")))
            return
        target = Files.save_as(self, self.tr("Akte für das Archiv speichern"), dossier_name(case.file_number),
                               self.tr("ZIP-Archiv (*.zip)"))
        if target is None:
            return
        uow, path = self.context.uow(), with_suffix(target, ".zip")
        Operation(self, self.context, lambda: archive_offer(uow, case.file_number, path)) \
            .success(lambda result: self._exported(str(result.path))).failure(self._failed).run()

    def _anonymised(self, case: RetentionDue, count: int) -> None:
        self._say(self.tr("{ref} anonymisiert ({count} Einträge geändert).").format(ref=case.file_number,
                                                                                  count=count))
        self.offer_for = case.applicant_id
        self.anonymised.emit(case.file_number)
        self.reload()

    def _offer_applicant(self) -> None:
        """After the last case of an applicant was anonymised: say so and select the applicant below."""
        applicant_id, self.offer_for = self.offer_for, None
        if applicant_id is not None and self.applicants.offer(applicant_id):
            self.message.setText(self.message.text() + " " + self.tr(
                "Der Antragsteller hat keinen Vorgang mit personenbezogenen Daten mehr und kann jetzt ebenfalls "
                "anonymisiert werden (unten ausgewählt)."))

    # -- person export ------------------------------------------------------------------------
    def find(self) -> None:
        uow, text = self.context.uow(), self.search.text()
        Operation(self, self.context, lambda: find_contacts(uow, text)).success(self._show_contacts) \
            .failure(self._failed).run()

    def _show_contacts(self, contacts: list[ContactRow]) -> None:
        self.contacts = contacts
        self.contact_table.set_rows([[c.name, c.organisation, c.email or "–",
                                      self.tr("anonymisiert") if c.anonymised else ""] for c in contacts], contacts)

    def export_current(self) -> None:
        contact: ContactRow | None = self.contact_table.current_value()
        if contact is None:
            self._failed(FoerderDeskError(self.tr("Bitte zuerst eine Person auswählen.")))
            return
        target = Files.save_as(self, self.tr("Auskunft speichern"), f"auskunft_{contact.id}.json",
                               self.tr("JSON-Datei (*.json)"))
        if target is None:
            return
        path, uow = with_suffix(target, ".json"), self.context.uow()

        def run() -> str:
            data = export_contact(uow, contact.id)
            write_atomically(path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
            return str(path)

        Operation(self, self.context, run).success(self._exported).failure(self._failed).run()

    def _exported(self, path: str) -> None:
        self._say(self.tr("Gespeichert: {path}").format(path=path))
        self.exported.emit(path)

    def _say(self, text: str) -> None:
        self.message.setStyleSheet("color: #1f6b35;")
        self.message.setText(text)

    def _failed(self, error: FoerderDeskError) -> None:
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setText(error.message)


def open_data_protection(parent: QWidget, context: UiContext) -> DataProtectionWindow:
    window = DataProtectionWindow(context, parent)
    window.show()
    return window
