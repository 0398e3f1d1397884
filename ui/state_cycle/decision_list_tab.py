"""The decision list for the Jugendhilfeausschuss and the Kreistag: the projects proposed for a year, "PDF erstellen" /
"Excel erstellen", and the committee's resolution recorded on the chosen case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.kernel.money import format_eur
from app.social_plan.scoring import format_score
from app.state_cycle.committee_resolutions import ResolutionInput, record_resolution
from app.state_cycle.decision_list import DecisionList, ProposedProject
from app.state_cycle.documents import write_decision_list
from app.state_cycle.reader import StateCycleReader
from ui.context import UiContext
from ui.state_cycle.base import ERROR_STYLE, StateTab
from ui.widgets.column_fit import ColumnFit
from ui.widgets.file_choice import Files
from ui.widgets.record_table import RecordTable

PROJECT_FLOOR = 160  # room for a project title in two lines before the other columns give way


class DecisionListTab(StateTab):
    def __init__(self, context: UiContext, reader: StateCycleReader, parent: QWidget | None = None) -> None:
        super().__init__(context, "decisionListTab", parent)
        self.reader = reader
        self.found: DecisionList | None = None
        self.year_code: tuple[int, str] | None = None
        self.heading = QLabel(objectName="decisionListHeading", wordWrap=True)
        self.pdf_button = QPushButton(self.tr("PDF erstellen"), objectName="listPdf")
        self.xlsx_button = QPushButton(self.tr("Excel erstellen"), objectName="listXlsx")
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.xlsx_button)
        self.layout_.addLayout(bar)
        self.table = RecordTable([self.tr("Aktenzeichen"), self.tr("Projekt"), self.tr("Träger"), self.tr("Gemeinde"),
                                  self.tr("Handlungsfeld"), self.tr("Bewertung"), self.tr("beantragt"),
                                  self.tr("Vorschlag"), self.tr("Beschluss")], "decisionListTable", stretch=1,
                                 right=frozenset({5, 6, 7}))
        # "Projekt" takes the spare width; the others fit their contents, and long ones (Träger, Handlungsfeld,
        # Beschluss) give way and wrap before the project's title is squeezed (a laptop at 125 %)
        self.columns = ColumnFit(self.table, stretch=1, stretch_floor=PROJECT_FLOOR)
        self._rows_later = QTimer(self, singleShot=True, interval=0)
        self._rows_later.timeout.connect(self.table.resizeRowsToContents)
        self.table.horizontalHeader().sectionResized.connect(lambda *_a: self._rows_later.start())
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self._resolution_box())
        self.layout_.addWidget(self.message)

    def _resolution_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Beschluss zum gewählten Projekt erfassen"), objectName="resolutionEditor")
        self.committee = QComboBox(objectName="resolutionCommittee")
        self.committee.addItem(self.tr("Jugendhilfeausschuss"), "youth_welfare")
        self.committee.addItem(self.tr("Kreistag"), "district_council")
        self.number = QLineEdit(objectName="resolutionNumber")
        self.day = QLineEdit(objectName="resolutionDate")
        self.day.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.outcome = QComboBox(objectName="resolutionOutcome")
        self.outcome.addItem(self.tr("zugestimmt"), "approved")
        self.outcome.addItem(self.tr("abgelehnt"), "rejected")
        self.outcome.addItem(self.tr("mit geändertem Betrag zugestimmt"), "changed")
        self.amount = QLineEdit(objectName="resolutionAmount")
        self.record_button = QPushButton(self.tr("Beschluss erfassen"), objectName="recordResolution")
        self.record_button.clicked.connect(self.record)
        grid = QGridLayout(box)
        for column, (label, widget) in enumerate(((self.tr("Gremium"), self.committee),
                                                  (self.tr("Beschluss-Nr."), self.number),
                                                  (self.tr("Datum"), self.day), (self.tr("Ergebnis"), self.outcome),
                                                  (self.tr("Betrag (nur bei Änderung)"), self.amount))):
            grid.addWidget(QLabel(label), 0, column)
            grid.addWidget(widget, 1, column)
        grid.addWidget(self.record_button, 1, 5)
        return box

    def load(self, year: int, code: str) -> None:
        self.year_code = (year, code)
        self.run(lambda: self.reader.decision_list(year, code), self._show, writes=False)

    def _show(self, found: DecisionList) -> None:
        self.found = found
        self.heading.setText(self.tr("{programme} {year}: {n} Projekte, beantragt {requested}, vorgeschlagen "
                                     "{proposed}").format(programme=found.programme_name, year=found.year,
                                                          n=len(found.projects), requested=format_eur(found.requested),
                                                          proposed=format_eur(found.proposed)))
        keep = max(0, self.table.currentRow())
        self.table.set_rows([[p.file_number, p.title, p.applicant, p.municipality or "–", p.field_of_action or "–",
                              format_score(p.score) if p.score is not None else "–", format_eur(p.requested),
                              format_eur(p.proposed), p.resolution or "–"] for p in found.projects],
                            list(found.projects))
        self.columns.apply()
        self.table.resizeRowsToContents()
        if found.projects:
            self.table.setCurrentCell(min(keep, len(found.projects) - 1), 0)

    def record(self) -> None:
        project: ProposedProject | None = self.table.current_value()
        if project is None or self.year_code is None:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Bitte zuerst ein Projekt der Liste wählen."))
            return
        data = ResolutionInput(self.committee.currentData(), self.number.text(), self.day.text(),
                               self.outcome.currentData(), self.amount.text() or None)
        uow, ref = self.context.uow(), project.file_number
        year, code = self.year_code
        self.run(lambda: record_resolution(uow, ref, data), lambda _r: self._recorded(ref, year, code))

    def _recorded(self, ref: str, year: int, code: str) -> str:
        self.load(year, code)
        return self.tr("Beschluss zu {ref} erfasst.").format(ref=ref)

    def export(self, kind: str) -> None:
        if self.year_code is None:
            return
        year, code = self.year_code
        target = Files.save_as(self, self.tr("Beschlussliste speichern"), f"beschlussliste-{code}-{year}.{kind}",
                               self.tr("PDF-Dokument (*.pdf)") if kind == "pdf" else
                               self.tr("Excel-Arbeitsmappe (*.xlsx)"))
        if target is None:
            return
        uow = self.context.uow()
        self.run(lambda: write_decision_list(uow, year, target, code),
                 lambda path: self.tr("Gespeichert: {path}").format(path=Path(path)), writes=False)
