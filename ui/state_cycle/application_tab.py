"""The county's application to the Land for one year: ceiling and co-financing rule, the planned lines (standing
projects from the cases, the micro-project fund and the county's own posts entered here), the totals, the checks in
German, and "PDF erstellen" / "Excel erstellen"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.kernel import clock
from app.kernel.errors import FoerderDeskError, NotFound
from app.kernel.money import format_eur
from app.kernel.periods import format_date
from app.state_cycle import application_setup as setup
from app.state_cycle.cofinancing import SHORT_LABELS
from app.state_cycle.documents import write_application
from app.state_cycle.land_application import LandApplication, PlannedLine
from app.state_cycle.reader import Choices, StateCycleReader
from ui.context import UiContext
from ui.state_cycle.base import ERROR_STYLE, StateTab
from ui.state_cycle.submitted_dialog import SubmittedDialog
from ui.widgets.column_fit import ColumnFit
from ui.widgets.file_choice import Files
from ui.widgets.record_table import RecordTable

MEASURE_FLOOR = 160  # room for a measure's title in two lines before the other columns give way


def _eur(value: object) -> str:
    return format_eur(value)  # type: ignore[arg-type]


class ApplicationTab(StateTab):
    def __init__(self, context: UiContext, reader: StateCycleReader, parent: QWidget | None = None) -> None:
        super().__init__(context, "landApplicationTab", parent)
        self.reader = reader
        self.figures: LandApplication | None = None
        self._bar()
        self._settings()
        self.table = RecordTable([self.tr("Art"), self.tr("Aktenzeichen"), self.tr("Maßnahme"),
                                  self.tr("Handlungsfeld"), self.tr("Gemeinde"), self.tr("zuwendungsfähig"),
                                  self.tr("Zuwendung"),
                                  self.tr("Landesanteil"), self.tr("Kofinanzierung")], "landLinesTable", stretch=2,
                                 right=frozenset({5, 6, 7, 8}))
        self.columns = ColumnFit(self.table, stretch=2, stretch_floor=MEASURE_FLOOR)  # the title is not squeezed
        self._rows_later = QTimer(self, singleShot=True, interval=0)
        self._rows_later.timeout.connect(self.table.resizeRowsToContents)
        self.table.horizontalHeader().sectionResized.connect(lambda *_a: self._rows_later.start())
        self.table.currentCellChanged.connect(lambda *_a: self._select())
        self._line_editor()
        self.totals = QLabel(objectName="landTotals", wordWrap=True)
        self.checks = QLabel(objectName="landChecks", wordWrap=True)
        self.checks.setStyleSheet("QLabel#landChecks { background:#f6f7f9; padding:6px 10px; }")
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.line_box)
        self.layout_.addWidget(self.totals)
        self.layout_.addWidget(self.checks)
        self.layout_.addWidget(self.message)

    # -- layout --------------------------------------------------------------------------------------------

    def _bar(self) -> None:
        self.programme = QComboBox(objectName="landProgramme")
        self.year = QSpinBox(objectName="landYear", minimum=2000, maximum=2100, value=clock.today().year + 1)
        self.load_button = QPushButton(self.tr("Laden"), objectName="landLoad")
        self.load_button.clicked.connect(self.load)
        self.pdf_button = QPushButton(self.tr("PDF erstellen"), objectName="landPdf")
        self.xlsx_button = QPushButton(self.tr("Excel erstellen"), objectName="landXlsx")
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.submitted = QLabel(objectName="landSubmitted")
        self.submit_button = QPushButton(self.tr("Als eingereicht markieren …"), objectName="landSubmit",
                                         enabled=False)
        self.submit_button.clicked.connect(self.mark_submitted)
        bar = QHBoxLayout()
        for label, widget in ((self.tr("Programm"), self.programme), (self.tr("Programmjahr"), self.year)):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addWidget(self.load_button)
        bar.addStretch(1)
        bar.addWidget(self.submitted)
        bar.addWidget(self.submit_button)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.xlsx_button)
        self.layout_.addLayout(bar)

    def _settings(self) -> None:
        box = QGroupBox(self.tr("Obergrenze, Kofinanzierung und Fristen des Jahres"), objectName="landSettings")
        self.ceiling = QLineEdit(objectName="landCeiling")
        self.rate = QLineEdit(objectName="landRate")
        self.base = QComboBox(objectName="landBase")
        for base, label in SHORT_LABELS.items():  # the one rule's labels (app.state_cycle.cofinancing)
            self.base.addItem(label, base.value)
        self.due = QLineEdit(objectName="landDue")
        self.applicant_due = QLineEdit(objectName="landApplicantDue")
        self.save_settings = QPushButton(self.tr("Einstellungen speichern"), objectName="landSaveSettings")
        self.save_settings.clicked.connect(self.save_year)
        grid = QGridLayout(box)
        for column, (label, widget) in enumerate(((self.tr("Obergrenze (€)"), self.ceiling),
                                                  (self.tr("Anteil Landkreis (%)"), self.rate),
                                                  (self.tr("bemessen an"), self.base),
                                                  (self.tr("Frist Land"), self.due),
                                                  (self.tr("Frist Träger"), self.applicant_due))):
            grid.addWidget(QLabel(label), 0, column)
            grid.addWidget(widget, 1, column)
        grid.addWidget(self.save_settings, 1, 5)
        self.layout_.addWidget(box)

    def _line_editor(self) -> None:
        self.line_box = QGroupBox(self.tr("Eigene Planzeile (Mikroprojektefonds, Planungsstelle)"),
                                  objectName="landLineEditor")
        self.kind = QComboBox(objectName="lineKind")
        self.kind.addItem(self.tr("Mikroprojektefonds"), "micro_fund")
        self.kind.addItem(self.tr("Planungsstelle"), "planning_post")
        self.title = QLineEdit(objectName="lineTitle")
        self.field = QComboBox(objectName="lineField")
        self.place = QComboBox(objectName="linePlace")
        self.costs = QLineEdit(objectName="lineCosts")
        self.funding = QLineEdit(objectName="lineFunding")
        self.add_line_button = QPushButton(self.tr("Zeile hinzufügen"), objectName="addLine")
        self.save_line_button = QPushButton(self.tr("Zeile speichern"), objectName="saveLine")
        self.remove_line_button = QPushButton(self.tr("Zeile entfernen"), objectName="removeLine")
        self.add_line_button.clicked.connect(self.add_line)
        self.save_line_button.clicked.connect(self.save_line)
        self.remove_line_button.clicked.connect(self.remove_line)
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("Art"), self.kind)
        left.addRow(self.tr("Bezeichnung"), self.title)
        left.addRow(self.tr("Handlungsfeld"), self.field)
        right.addRow(self.tr("Gemeinde"), self.place)
        right.addRow(self.tr("zuwendungsfähige Ausgaben (€)"), self.costs)
        right.addRow(self.tr("Zuwendung (€)"), self.funding)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_line_button)
        buttons.addWidget(self.save_line_button)
        buttons.addWidget(self.remove_line_button)
        buttons.addStretch(1)
        right.addRow(buttons)
        row = QHBoxLayout(self.line_box)
        row.addLayout(left, 1)
        row.addLayout(right, 1)

    # -- loading ---------------------------------------------------------------------------------------------

    def set_choices(self, choices: Choices) -> None:
        current = self.programme.currentText()
        self.programme.clear()
        self.programme.addItems(list(choices.programmes))
        planned = [code for code, year in choices.years if year == self.year.value()]
        self.programme.setCurrentText(current or (planned[0] if planned else "LPF"))
        self.field.clear()
        self.field.addItem(self.tr("– ohne –"), None)
        for name in choices.fields_of_action:
            self.field.addItem(name, name)
        self.place.clear()
        self.place.addItem(self.tr("kreisweit"), None)
        for name in choices.municipalities:
            self.place.addItem(name, name)

    def load(self) -> None:
        year, code = self.year.value(), self.programme.currentText() or None
        self.run(lambda: self.reader.application(year, code), self._show, writes=False)

    def show_error(self, error: FoerderDeskError) -> None:
        super().show_error(error)
        if isinstance(error, NotFound):
            self.figures = None
            self.submitted.setText("")
            self.submit_button.setEnabled(False)
            self.table.set_rows([])
            self.totals.setText(self.tr("Mit »Einstellungen speichern« wird der Antrag für dieses Jahr angelegt."))
            self.checks.setText("")

    def _show(self, figures: LandApplication) -> None:
        self.figures = figures
        self.message.setText("")
        self.ceiling.setText(_eur(figures.ceiling).replace(" €", "") if figures.ceiling is not None else "")
        self.rate.setText(f"{figures.rule.rate * 100:.2f}".rstrip("0").rstrip(".").replace(".", ","))
        self.base.setCurrentIndex(max(0, self.base.findData(figures.rule.base.value)))
        self.base.setToolTip(figures.rule.explanation)
        self.due.setText(figures.submission_due_on.strftime("%d.%m.%Y"))
        self.submitted.setText(self.tr("Eingereicht am {day}").format(day=format_date(figures.submitted_on))
                               if figures.submitted_on else
                               self.tr("Nicht eingereicht (Frist {due})").format(
                                   due=format_date(figures.submission_due_on)))
        self.submit_button.setEnabled(True)
        self.applicant_due.setText(figures.applicant_due_on.strftime("%d.%m.%Y") if figures.applicant_due_on else "")
        keep = max(0, self.table.currentRow())
        self.table.set_rows([[line.kind_label, line.reference, line.title, line.field_of_action or "–",
                              line.municipality or self.tr("kreisweit"), _eur(line.split.eligible_costs),
                              _eur(line.split.funding), _eur(line.split.state_share), _eur(line.split.county_share)]
                             for line in figures.lines], list(figures.lines))
        self.columns.apply()
        self.table.resizeRowsToContents()
        if figures.lines:
            self.table.setCurrentCell(min(keep, len(figures.lines) - 1), 0)
        total = figures.total
        self.totals.setText(self.tr("Summe: {n} Maßnahmen · zuwendungsfähig {costs} · Zuwendung {funding} · "
                                    "Landesanteil (beantragt) {state} · Kofinanzierung Landkreis {county} – {rule}")
                            .format(n=total.count, costs=_eur(total.eligible_costs), funding=_eur(total.funding),
                                    state=_eur(total.state_share), county=_eur(total.county_share),
                                    rule=figures.rule_text))
        self.checks.setText("<br/>".join(
            f"<span style='color:{'#1f6b35' if c.ok else '#b3261e'}'>{'✓' if c.ok else '✗'}</span> "
            f"{c.message.replace('&', '&amp;').replace('<', '&lt;')}" for c in figures.checks))

    def _select(self) -> None:
        line: PlannedLine | None = self.table.current_value()
        entered = line is not None and line.line_id is not None
        self.save_line_button.setEnabled(entered)
        self.remove_line_button.setEnabled(entered)
        if line is None or not entered:
            return
        self.kind.setCurrentIndex(max(0, self.kind.findData(line.kind)))
        self.title.setText(line.title)
        self.field.setCurrentIndex(max(0, self.field.findText(line.field_of_action.split(" ", 2)[-1])
                                       if line.field_of_action else 0))
        self.place.setCurrentIndex(max(0, self.place.findData(line.municipality) if line.municipality else 0))
        self.costs.setText(_eur(line.split.eligible_costs).replace(" €", ""))
        self.funding.setText(_eur(line.split.funding).replace(" €", ""))

    # -- writing ---------------------------------------------------------------------------------------------

    def save_year(self) -> None:
        uow, code, year = self.context.uow(), self.programme.currentText(), self.year.value()
        settings = setup.YearSettings(ceiling=self.ceiling.text(), cofinancing_rate=self.rate.text() or None,
                                      cofinancing_base=self.base.currentData(),
                                      submission_due_on=self.due.text() or None,
                                      applicant_due_on=self.applicant_due.text())
        version = self.figures.version if self.figures is not None and self.figures.year == year else None
        self.run(lambda: setup.save_year(uow, code, year, settings, version),
                 lambda _r: self._reloaded(self.tr("Antrag an das Land {year} gespeichert.").format(year=year)))

    def mark_submitted(self) -> None:
        """Ask for the day it went out (today by default); the service closes the deadline and the reminder."""
        figures = self.figures
        if figures is None:
            return
        day = SubmittedDialog.ask(self, figures.year)
        if day is None:
            return
        uow, code, year, version = self.context.uow(), figures.programme_code, figures.year, figures.version
        self.run(lambda: setup.mark_submitted(uow, code, year, day, version),
                 lambda _r: self._reloaded(self.tr("Antrag an das Land {year} als eingereicht am {day} vermerkt; "
                                                   "Frist und Erinnerung sind erledigt.").format(
                     year=year, day=format_date(day))))

    def _line_input(self) -> setup.LineInput:
        return setup.LineInput(self.kind.currentData(), self.title.text(), self.costs.text(), self.funding.text(),
                               self.field.currentData(), self.place.currentData())

    def add_line(self) -> None:
        uow, code, year, data = self.context.uow(), self.programme.currentText(), self.year.value(), self._line_input()
        self.run(lambda: setup.add_line(uow, code, year, data),
                 lambda _r: self._reloaded(self.tr("Planzeile »{title}« hinzugefügt.").format(title=data.title)))

    def save_line(self) -> None:
        line: PlannedLine | None = self.table.current_value()
        if line is None or line.line_id is None:
            return
        uow, data, line_id, version = self.context.uow(), self._line_input(), line.line_id, line.version
        self.run(lambda: setup.update_line(uow, line_id, data, version),
                 lambda _r: self._reloaded(self.tr("Planzeile »{title}« gespeichert.").format(title=data.title)))

    def remove_line(self) -> None:
        line: PlannedLine | None = self.table.current_value()
        if line is None or line.line_id is None:
            return
        uow, line_id, version = self.context.uow(), line.line_id, line.version
        self.run(lambda: setup.remove_line(uow, line_id, version),
                 lambda _r: self._reloaded(self.tr("Planzeile »{title}« entfernt.").format(title=line.title)))

    def _reloaded(self, text: str) -> str:
        self.load()
        return text

    def export(self, kind: str) -> None:
        if self.figures is None:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Bitte zuerst den Antrag eines Jahres laden."))
            return
        figures = self.figures
        name = f"antrag-land-{figures.programme_code}-{figures.year}.{kind}"
        target = Files.save_as(self, self.tr("Antrag an das Land speichern"), name,
                               self.tr("PDF-Dokument (*.pdf)") if kind == "pdf" else
                               self.tr("Excel-Arbeitsmappe (*.xlsx)"))
        if target is None:
            return
        uow = self.context.uow()
        self.run(lambda: write_application(uow, figures.year, target, figures.programme_code),
                 lambda path: self.tr("Gespeichert: {path}").format(path=Path(path)), writes=False)
