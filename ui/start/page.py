"""The start page: the state of the programmes at a glance; every figure leads to the filtered case list.

The figures come from `app.administration.start_page` in a worker. Qt Charts is imported only when the first
chart is drawn, so the window opens without waiting for it. Other views add their own panel with
`add_panel` (payment reminders, expiring documents …).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.kernel import clock
from ui import formatting
from ui.context import UiContext
from ui.operations import Operation
from ui.start import tables
from ui.start.charts import budget_chart, count_chart
from ui.start.navigation import CaseQuery
from ui.start.setup_gaps import SetupGapsPanel
from ui.widgets.record_table import RecordTable

if TYPE_CHECKING:  # the queries are imported in the worker that first runs them, after the list (issue 26)
    from app.administration.dashboard import Dashboard
    from app.kernel.budget import BudgetFigures
    from app.kernel.uow import UnitOfWork


class StartPage(QScrollArea):
    open_case = Signal(str)  # file number
    show_cases = Signal(object)  # CaseQuery
    show_deadlines = Signal()
    loaded = Signal(object)  # the Dashboard once it is on screen

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.context = context
        self.board: Dashboard | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(objectName="startBody")
        outer = QVBoxLayout(body)
        outer.setContentsMargins(10, 6, 10, 10)
        # time limits about to run out and a missing base rate: above everything, hidden while there are none
        self.warnings = QLabel(objectName="startWarnings", wordWrap=True)
        self.warnings.setStyleSheet("QLabel { color: #8a1c1c; font-weight: bold; }")
        self.warnings.setVisible(False)
        outer.addWidget(self.warnings)
        self.setup_gaps = SetupGapsPanel()  # administrators: what the office still lacks, each with a way to fix it
        outer.addWidget(self.setup_gaps)
        self.grid = QGridLayout()
        outer.addLayout(self.grid, 1)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self.setWidget(body)
        self.panels: dict[str, QGroupBox] = {}
        self._budget_panel()
        self._status_panel()
        self.pending = tables.pending_table()
        self.deadlines = tables.deadline_table("startDeadlineTable")
        self.activity = tables.activity_table()
        self._table_panels()
        for table in (self.pending, self.deadlines, self.activity):
            table.case_requested.connect(self.open_case)
        context.changes.case_changed.connect(lambda _ref: self.reload())
        context.changes.cases_changed.connect(self.reload)

    # -- building -----------------------------------------------------------------------------
    def _panel(self, title: str, name: str, content: QWidget, row: int, column: int,
               header: QWidget | None = None) -> QGroupBox:
        box = QGroupBox(title, objectName=name)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 8, 8, 8)
        if header is not None:
            layout.addWidget(header)
        layout.addWidget(content, 1)
        self.grid.addWidget(box, row, column)
        self.panels[title] = box
        return box

    def _budget_panel(self) -> None:
        self.year = QComboBox(objectName="budgetYear")
        self.year.currentIndexChanged.connect(lambda _i: self._show_budgets())
        header = QWidget()
        line = QHBoxLayout(header)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(QLabel(self.tr("Haushaltsjahr")))
        line.addWidget(self.year)
        line.addStretch(1)
        line.addWidget(QLabel(self.tr("Ein Klick auf einen Balken zeigt die Vorgänge."), objectName="hint"))
        self.budget_holder = QVBoxLayout()
        self.budget_table = RecordTable([self.tr("Programm"), self.tr("Ansatz"), self.tr("Bewilligt"),
                                         self.tr("Ausgezahlt"), self.tr("Verfügbar")], "budgetTable",
                                        stretch=0, right=frozenset({1, 2, 3, 4}))
        self.budget_table.setMaximumHeight(130)
        self.budget_table.activated.connect(lambda index: self._budget_clicked(index.row()))
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.budget_holder, 1)
        column.addWidget(self.budget_table)
        self.budget_chart: QWidget | None = None
        self._panel(self.tr("Haushalt je Programm"), "budgetPanel", content, 0, 0, header)

    def _status_panel(self) -> None:
        self.status_holder = QVBoxLayout()
        content = QWidget()
        content.setLayout(self.status_holder)
        self.status_chart: QWidget | None = None
        self.status_total = QLabel(objectName="statusTotal")
        self._panel(self.tr("Vorgänge nach Status"), "statusPanel", content, 0, 1, self.status_total)

    def _table_panels(self) -> None:
        self.pending_hint = QLabel(objectName="pendingHint", wordWrap=True)
        self._panel(self.tr("Entscheidungen zur Bestätigung"), "pendingPanel", self.pending, 1, 0, self.pending_hint)
        header = QWidget()
        line = QHBoxLayout(header)
        line.setContentsMargins(0, 0, 0, 0)
        self.deadline_summary = QLabel(objectName="deadlineSummary")
        all_deadlines = QPushButton(self.tr("Alle Fristen …"), objectName="allDeadlines")
        all_deadlines.clicked.connect(self.show_deadlines)
        due_cases = QPushButton(self.tr("Vorgänge mit fälliger Frist"), objectName="dueCases")
        due_cases.clicked.connect(lambda: self.show_cases.emit(CaseQuery(deadline_due=True)))
        line.addWidget(self.deadline_summary, 1)
        line.addWidget(due_cases)
        line.addWidget(all_deadlines)
        self._panel(self.tr("Fristen: überfällig und diese Woche"), "deadlinePanel", self.deadlines, 1, 1, header)
        self._panel(self.tr("Letzte Aktivitäten"), "activityPanel", self.activity, 2, 0)
        for row, height in ((0, 420), (1, 260), (2, 240)):
            self.grid.setRowMinimumHeight(row, height)

    def add_panel(self, title: str, widget: QWidget) -> QGroupBox:
        """Place another view's panel on the start page (next free cell, two columns)."""
        count = len(self.panels)
        row, column = divmod(count, 2)
        box = self._panel(title, f"panel{count}", widget, row, column)
        self.grid.setRowMinimumHeight(row, 240)
        return box

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """The figures in a worker, ahead of the jobs still waiting: the start page is the window's first sight."""
        uow = self.context.uow()
        Operation(self, self.context, lambda: figures(uow)).ahead().success(self.show_board).run()

    def show_board(self, board: Dashboard) -> None:
        self.board = board
        self._fill_years(board.budgets)
        self._show_budgets()
        self._show_statuses()
        tables.fill_pending(self.pending, board.pending)
        mine = sum(1 for p in board.pending if p.mine_to_confirm)
        self.pending_hint.setText(self.tr("{count} Vorschläge offen, davon {mine} von Ihnen zu bestätigen "
                                          "(fett). Doppelklick öffnet den Vorgang.").format(
            count=len(board.pending), mine=mine) if board.pending else self.tr("Keine Entscheidung wartet."))
        tables.fill_deadlines(self.deadlines, [*board.overdue, *board.due_this_week])
        self.deadline_summary.setText(self.tr("{overdue} überfällig · {week} in den nächsten 7 Tagen").format(
            overdue=board.overdue_count, week=board.due_this_week_count))
        tables.fill_activity(self.activity, board.recent)
        self._show_warnings(board)
        self.setup_gaps.show_gaps(board.setup_gaps)
        self.loaded.emit(board)

    def _show_warnings(self, board: Dashboard) -> None:
        lines = [board.base_rate_warning] if board.base_rate_warning else []
        lines += [self.tr("{kind}: {case} – {title} (Frist {due})").format(
            kind=item.kind_label, case=item.file_number or "", title=item.title, due=formatting.date(item.due_on))
            for item in board.time_limits]
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))

    # -- budgets ------------------------------------------------------------------------------
    def _fill_years(self, budgets: list[BudgetFigures]) -> None:
        years = sorted({b.fiscal_year for b in budgets}, reverse=True)
        current = self.year.currentData()
        if current is None:
            this_year = clock.today().year
            current = this_year if this_year in years else (years[0] if years else None)
        self.year.blockSignals(True)
        self.year.clear()
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(current)))
        self.year.blockSignals(False)

    def shown_budgets(self) -> list[BudgetFigures]:
        if self.board is None:
            return []
        year = self.year.currentData()
        return [b for b in self.board.budgets if b.fiscal_year == year]

    def _show_budgets(self) -> None:
        rows = self.shown_budgets()
        self.budget_table.set_rows([[b.programme_code, formatting.money(b.allocation), formatting.money(b.approved),
                                     formatting.money(b.paid), formatting.money(b.available)] for b in rows])
        series = [(self.tr("Ansatz"), [b.allocation for b in rows]), (self.tr("Bewilligt"), [b.approved for b in rows]),
                  (self.tr("Ausgezahlt"), [b.paid for b in rows]), (self.tr("Verfügbar"), [b.available for b in rows])]
        chart = budget_chart([b.programme_code for b in rows], series, self._budget_clicked, self.tr("Tsd. €"))
        self.budget_chart = self._replace(self.budget_holder, self.budget_chart, chart)

    def _budget_clicked(self, index: int) -> None:
        rows = self.shown_budgets()
        if 0 <= index < len(rows):
            self.show_cases.emit(CaseQuery(programme=rows[index].programme_code, fiscal_year=rows[index].fiscal_year))

    # -- statuses -----------------------------------------------------------------------------
    def _show_statuses(self) -> None:
        assert self.board is not None
        shown = list(reversed(self.board.statuses))  # horizontal bars are drawn bottom-up
        chart = count_chart([s.label for s in shown], [s.count for s in shown],
                            lambda index: self.status_clicked(shown[index].status.value), self.tr("Vorgänge"))
        self.status_chart = self._replace(self.status_holder, self.status_chart, chart)
        self.status_total.setText(self.tr("{count} Vorgänge insgesamt; ein Klick auf einen Balken filtert "
                                          "die Liste.").format(count=sum(s.count for s in self.board.statuses)))

    def status_clicked(self, status: str) -> None:
        self.show_cases.emit(CaseQuery(status=status))

    @staticmethod
    def _replace(holder: QVBoxLayout, old: QWidget | None, new: QWidget) -> QWidget:
        if old is not None:
            holder.removeWidget(old)
            old.deleteLater()
        holder.addWidget(new)
        return new


def figures(uow: UnitOfWork) -> Dashboard:
    """`app.administration.start_page.start_page`, imported by the worker that first runs it."""
    from app.administration.start_page import start_page

    return start_page(uow)
