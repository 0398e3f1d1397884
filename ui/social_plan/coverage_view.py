"""Coverage of the social plan: where funded projects serve which goals, and where nothing is funded (gaps).

A matrix of life phases and goals × the district and its municipalities with heat colouring by amount
(or amount per inhabitant of the target group), the gaps named above it, the target indicators of the
measures below it; a double-click on a cell lists its cases, and a case can be opened from there.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.kernel import clock
from app.social_plan.cells import CellKey
from app.social_plan.plans import PlanChoice
from app.social_plan.reader import SocialPlanReader
from app.social_plan.report import CoverageReport, MeasureTarget
from ui.case_detail.record_tabs import boxed
from ui.context import UiContext
from ui.operations import Operation
from ui.social_plan.cell_cases_dialog import CellCasesDialog
from ui.social_plan.coverage_model import FIRST_PLACE, CellRole, CoverageModel
from ui.social_plan.rotated_header import RotatedHeader
from ui.widgets.own_window import open_own_window
from ui.widgets.record_table import RecordTable

LABEL_WIDTH, DISTRICT_WIDTH, PLACE_WIDTH = 300, 80, 52
GAP_STYLE = "color:#a4231b; font-weight:600;"


class CoverageView(QWidget):
    cell_activated = Signal(int, str)  # goal id, municipality name: a double-clicked goal cell
    case_chosen = Signal(str)  # file number of a case opened from the drill-down
    loaded = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverageView")
        self.setWindowTitle(self.tr("Sozialplan-Abdeckung"))
        self.context = context
        self.reader = SocialPlanReader(context.database, context.actor.username)
        self.plans: list[PlanChoice] = []
        self.report: CoverageReport | None = None
        self.dialog: CellCasesDialog | None = None
        self._filters()
        self.model = CoverageModel(self)
        self.table = self._table()
        self.gaps = QLabel(objectName="gapSummary")
        self.gaps.setWordWrap(True)
        self.gaps.setStyleSheet("QLabel#gapSummary { background:#fdf0ef; border-left:5px solid #a4231b; "
                                "padding:6px 10px; font-size:10.5pt; }")
        self.legend = QLabel(objectName="coverageLegend")
        self.legend.setWordWrap(True)
        self.targets = RecordTable([self.tr("Maßnahme"), self.tr("Zielindikator"), self.tr("Sozialraum"),
                                    self.tr("Soll"), self.tr("Ist"), self.tr("Stand")], "targetsTable", stretch=0,
                                   right=frozenset({3, 4}))
        self._layout()
        context.changes.case_changed.connect(lambda _ref: self._changed())

    def _filters(self) -> None:
        self.plan = QComboBox(objectName="coveragePlan")
        self.year = QComboBox(objectName="coverageYear")
        self.measure = QComboBox(objectName="coverageMeasure")
        self.measure.addItem(self.tr("Bewilligte Summe"), False)
        self.measure.addItem(self.tr("€ je Einwohner der Zielgruppe"), True)
        for combo in (self.plan, self.year, self.measure):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.refresh = QPushButton(self.tr("Aktualisieren"), objectName="coverageRefresh")
        self.plan.currentIndexChanged.connect(self._plan_changed)
        self.year.currentIndexChanged.connect(lambda _i: self.reload())
        self.measure.currentIndexChanged.connect(self._measure_changed)
        self.refresh.clicked.connect(self.reload)

    def _table(self) -> QTableView:
        table = QTableView(objectName="coverageTable")
        table.setHorizontalHeader(RotatedHeader(FIRST_PLACE, table))
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        table.setWordWrap(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.doubleClicked.connect(self._drill_down)
        return table

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for label, widget in ((self.tr("Sozialplan"), self.plan), (self.tr("Jahr"), self.year),
                              (self.tr("Färbung nach"), self.measure)):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.refresh)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(boxed(self.tr("Zielindikatoren der Maßnahmen"), self.targets))
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.gaps)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.legend)

    def _measure_changed(self, _index: int) -> None:
        self._show_matrix()
        self._show_legend()

    # -- loading ------------------------------------------------------------------------------
    def start(self) -> None:
        Operation(self, self.context, self.reader.plans).success(self._plans_loaded).run()

    def _plans_loaded(self, plans: list[PlanChoice]) -> None:
        if not isValid(self):
            return
        self.plans = plans
        self.plan.blockSignals(True)
        self.plan.clear()
        for choice in plans:
            self.plan.addItem(choice.label, choice.id)
        current = next((i for i, p in enumerate(plans) if p.valid_from_year <= clock.today().year
                        <= (p.valid_to_year or 9999)), 0)
        self.plan.setCurrentIndex(current)
        self.plan.blockSignals(False)
        if not plans:
            self.gaps.setText(self.tr("Es ist noch kein Sozialplan angelegt."))
            return
        self._plan_changed()

    def _plan_changed(self) -> None:
        choice = next((p for p in self.plans if p.id == self.plan.currentData()), None)
        if choice is None:
            return
        last = choice.valid_to_year or max(clock.today().year, choice.valid_from_year)
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("Alle Jahre ({validity})").format(validity=f"{choice.valid_from_year}–{last}"), None)
        for year in range(choice.valid_from_year, last + 1):
            self.year.addItem(str(year), year)
        self.year.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        plan_id, year = self.plan.currentData(), self.year.currentData()
        if plan_id is None:
            return
        reader = self.reader
        Operation(self, self.context, lambda: reader.coverage(plan_id, [year] if year else None)) \
            .success(self.show_report).run()

    def _changed(self) -> None:
        if self.isVisible() and self.report is not None:
            self.reload()

    def set_year(self, year: int | None) -> None:
        self.year.setCurrentIndex(max(0, self.year.findData(year)))

    # -- showing ------------------------------------------------------------------------------
    def show_report(self, report: CoverageReport) -> None:
        if not isValid(self):
            return  # the window was closed while the report was computed
        self.report = report
        self._show_matrix()
        self._show_gaps(report)
        self._show_targets(report.measures)
        self._show_legend()
        self.loaded.emit()

    def _show_legend(self) -> None:
        if self.report is None:
            return
        second = self.tr("€ je Einwohner der Zielgruppe (Kindheit 0–11, Jugend 12–26, Erwachsene 27–64, Senioren ab "
                         "65 Jahre; übergreifend: alle)") if self.measure.currentData() else self.tr(
            "bewilligte Summe in Tausend Euro (abgeschlossen: endgültige Zuwendung)")
        self.legend.setText(self.tr(
            "<b>Zelle:</b> oben Zahl der geförderten Projekte, unten {second} – je dunkler das Blau, desto mehr. "
            "<span style='{style}'>Rot mit ⚠ bzw. „LÜCKE“</span>: Ziel oder Gemeinde ohne gefördertes Projekt. "
            "Ein Projekt mit zwei Zielen zählt in beiden Zeilen, in den Summen einmal. Außerhalb des Plans "
            "gefördert: {count} Projekte. Doppelklick auf eine Zelle zeigt die Vorgänge.").format(
            second=second, style=GAP_STYLE, count=self.report.outside.count))

    def _show_matrix(self) -> None:
        self.model.set_report(self.report, bool(self.measure.currentData()))
        header = self.table.horizontalHeader()
        if self.report is None:
            return
        header.resizeSection(0, LABEL_WIDTH)
        header.resizeSection(1, DISTRICT_WIDTH)
        for column in range(FIRST_PLACE, self.model.columnCount()):
            header.resizeSection(column, PLACE_WIDTH)
        header.setFixedHeight(header.sizeHint().height())
        self.table.resizeRowsToContents()
        self.splitter.setSizes([int(self.height() * 0.74), int(self.height() * 0.2)])

    def _show_gaps(self, report: CoverageReport) -> None:
        years = ", ".join(str(y) for y in report.years)
        goals = ", ".join(f"{g.code} {g.title}" for g in report.goal_gaps) or self.tr("keine")
        places = ", ".join(m.name for m in report.municipality_gaps) or self.tr("keine")
        missed = len(report.missed_targets)
        self.gaps.setText(self.tr(
            "<span style='{style}'>⚠ Lücken {years}:</span> <b>{goal_count} Ziele</b> ohne gefördertes Projekt: "
            "{goals}<br><b>{place_count} von {all_places} Gemeinden</b> ohne gefördertes Projekt: {places}<br>"
            "<b>{missed} Zielindikatoren</b> nicht erreicht.").format(
            style=GAP_STYLE, years=years, goal_count=len(report.goal_gaps), goals=goals,
            place_count=len(report.municipality_gaps), all_places=len(report.municipalities), places=places,
            missed=missed))

    def _show_targets(self, measures: tuple[MeasureTarget, ...]) -> None:
        shown = sorted((m for m in measures if m.target_count is not None), key=lambda m: m.met is not False)
        states = {True: self.tr("✓ erreicht"), False: self.tr("✗ nicht erreicht")}
        self.targets.set_rows([[f"{m.goal_code} · {m.code} {m.title}", m.indicator or "–", m.social_area or "–",
                                str(m.target_count), str(m.achieved), states[bool(m.met)]] for m in shown],
                              [m.id for m in shown], ["#a4231b" if m.met is False else "#1f6b35" for m in shown])

    # -- drill-down ---------------------------------------------------------------------------
    def _drill_down(self, index: QModelIndex) -> CellCasesDialog | None:
        key = self.model.data(index, CellRole)
        if key is None or self.report is None:
            return None
        kind, value, municipality_id = key
        place = self.model.municipality_at(index.column())
        if kind == "goal" and place is not None:
            self.cell_activated.emit(int(value), place[1])
        cell = CellKey(self.report.plan_id, self.report.years, goal_id=value if kind == "goal" else None,
                       phase=kind == "phase", phase_code=value if kind == "phase" else None,
                       municipality_id=municipality_id)
        return self.open_cell(cell, self._cell_title(index))

    def _cell_title(self, index: QModelIndex) -> str:
        label = self.model.rows[index.row()].label.strip()
        place = self.model.municipality_at(index.column())
        where = place[1] if place else self.tr("ganzer Landkreis")
        return f"{label} · {where}"

    def open_cell(self, key: CellKey, title: str) -> CellCasesDialog:
        if self.dialog is not None:
            self.dialog.close()
        dialog = CellCasesDialog(title, self)
        dialog.case_chosen.connect(self.case_chosen)
        self.dialog = dialog
        reader = self.reader
        Operation(dialog, self.context, lambda: reader.cell_cases(key)).success(dialog.show_cases).run()
        dialog.open()
        return dialog


def open_coverage(window: QMainWindow, context: UiContext) -> CoverageView:
    """Show the coverage window of the main window (one per main window); opened cases go to its detail."""
    def first(view: CoverageView) -> None:
        detail = getattr(window, "case_detail", None)
        if detail is not None:
            view.case_chosen.connect(detail.open_case)
        view.case_chosen.connect(lambda _file_number: _bring_to_front(window))
        view.start()

    # a laptop gets its screen, scroll bars show the rest
    return open_own_window(window, CoverageView, lambda: CoverageView(context, window), (1880, 1000), first)


def _bring_to_front(window: QMainWindow) -> None:
    window.raise_()
    window.activateWindow()
