"""Applicants whose cases are all anonymised and whose own retention period has passed: anonymise them too.

Shown below the expired cases of the data-protection window; after the last case of an applicant is anonymised
the window reloads this list, so the applicant is offered right there (confirmed, with a reason, audited).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.administration.applicant_anonymisation import ApplicantAnonymised, ApplicantDue, anonymise_applicant
from app.administration.data_protection_reads import expired_applicants
from app.kernel.errors import FoerderDeskError
from ui import formatting
from ui.context import UiContext
from ui.data_protection.confirm_dialog import AnonymiseConfirmDialog
from ui.operations import Operation
from ui.widgets.record_table import RecordTable


class ApplicantAnonymiseDialog(AnonymiseConfirmDialog):
    """The confirmation for an applicant: what goes, what stays, and the reason for the audit trail."""

    def __init__(self, applicant: ApplicantDue, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Antragsteller anonymisieren"), "anonymiseApplicantDialog", self.tr(
            "<b>{name}</b> – {cases} Vorgänge, alle anonymisiert; letzte Tätigkeit am {last}, Aufbewahrung endete "
            "am {until}.<br><br>Name, Anschrift, Register, E-Mail, Telefon und Bankverbindung des Antragstellers, "
            "seine Bankkonten, die Daten seiner Ansprechpersonen und der Inhalt seiner eigenständigen Unterlagen "
            "werden <b>unwiderruflich</b> entfernt. Art, Rechtsform, Postleitzahl, Ort und Gemeinde, Prüfsummen "
            "und Metadaten der Unterlagen und das Protokoll bleiben erhalten.").format(
            name=applicant.name, cases=applicant.cases, last=formatting.date(applicant.last_activity),
            until=formatting.date(applicant.retention_until)),
            self.tr("z. B. Aufbewahrungsfrist abgelaufen; alle Vorgänge anonymisiert"), parent)


class ExpiredApplicantsBox(QGroupBox):
    loaded = Signal(int)  # number of applicants shown
    anonymised = Signal(int)  # applicant id
    said = Signal(str)  # a message for the window
    failed = Signal(object)  # FoerderDeskError

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Antragsteller ohne Vorgänge mit personenbezogenen Daten"), parent)
        self.context = context
        self.applicants: list[ApplicantDue] = []
        self.table = RecordTable([self.tr("Antragsteller"), self.tr("Vorgänge"), self.tr("Letzte Tätigkeit"),
                                  self.tr("Aufbewahrung bis")], "expiredApplicantsTable", stretch=0)
        self.button = QPushButton(self.tr("Antragsteller anonymisieren …"), objectName="anonymiseApplicant")
        self.button.clicked.connect(self.anonymise_current)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Antragsteller, deren Vorgänge alle anonymisiert sind und deren eigene "
                                        "Aufbewahrungsfrist seit der letzten Tätigkeit abgelaufen ist."),
                                wordWrap=True))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def reload(self) -> None:
        uow = self.context.uow()
        Operation(self, self.context, lambda: expired_applicants(uow)).success(self._show) \
            .failure(self.failed.emit).run()

    def _show(self, applicants: list[ApplicantDue]) -> None:
        self.applicants = applicants
        self.table.set_rows([[a.name, str(a.cases), formatting.date(a.last_activity),
                              formatting.date(a.retention_until)] for a in applicants], applicants)
        self.button.setEnabled(bool(applicants))
        self.loaded.emit(len(applicants))

    def offer(self, applicant_id: int) -> bool:
        """Select the applicant if it is due now (after its last case was anonymised); whether it is."""
        for row, applicant in enumerate(self.applicants):
            if applicant.id == applicant_id:
                self.table.setCurrentCell(row, 0)
                return True
        return False

    def anonymise_current(self) -> ApplicantAnonymiseDialog | None:
        applicant: ApplicantDue | None = self.table.current_value()
        if applicant is None:
            self.failed.emit(FoerderDeskError(self.tr("Bitte zuerst einen Antragsteller auswählen.")))
            return None
        dialog = ApplicantAnonymiseDialog(applicant, self)
        uow = self.context.uow()

        def run() -> None:
            reason = dialog.result_values()["reason"]
            Operation(self, self.context, lambda: anonymise_applicant(uow, applicant.id, reason)) \
                .success(lambda done: self._anonymised(applicant, done)).failure(self.failed.emit).run()

        dialog.accepted.connect(run)
        dialog.open()
        return dialog

    def _anonymised(self, applicant: ApplicantDue, done: ApplicantAnonymised) -> None:
        self.said.emit(self.tr("{name} anonymisiert: {accounts} Bankkonten, {contacts} Ansprechpersonen, "
                               "{documents} Unterlagen geleert.").format(
            name=applicant.name, accounts=done.accounts, contacts=done.contacts, documents=done.documents))
        self.anonymised.emit(applicant.id)
        self.reload()
