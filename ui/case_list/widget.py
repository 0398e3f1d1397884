"""The case list: filter bar, lazily filled table, totals of the filtered set."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.cases.case_list import CaseFilter, CaseTotals
from app.kernel import clock
from ui import formatting
from ui.case_list.filter_bar import FilterBar
from ui.case_list.model import COLUMNS, PAGE, CaseTableModel
from ui.context import UiContext
from ui.operations import Operation

FIXED_WIDTHS = {"file_number": 115, "programme": 85, "fiscal_year": 55, "status": 165, "requested": 105,
                "approved": 105, "paid": 105, "next_deadline": 100}
# the text columns share what is left: (share, minimum width)
FLEXIBLE = {"title": (0.45, 150), "applicant": (0.35, 130), "municipality": (0.20, 95)}


REST_DELAY_MS = 250  # a search's sums and further hits are asked for once typing paused this long


class CaseTableView(QTableView):
    """Fits its columns to the viewport: fixed ones keep their size, text columns share the rest."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Refit whenever the visible width changes (window size, scroll bar appearing)."""
        super().resizeEvent(event)
        header = self.horizontalHeader()
        available = self.viewport().width() - sum(FIXED_WIDTHS.values()) - 2
        for column, (key, _title, _value) in enumerate(COLUMNS):
            if key in FLEXIBLE:
                share, minimum = FLEXIBLE[key]
                header.resizeSection(column, max(minimum, int(available * share)))


class CaseListWidget(QWidget):
    case_selected = Signal(str)  # file number
    loaded = Signal(int)  # number of cases after a (re)load

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.sort_key, self.descending = "fiscal_year", True
        self.generation = 0
        self.started = False  # the first load (the window's start) shows a first page before the whole list
        self.filters = FilterBar(context.actor.username)
        self.model = CaseTableModel(context.reader.rows, clock.today, self)
        self.view = CaseTableView(objectName="caseTable")
        self.view.setModel(self.model)
        self._configure_view()
        self.totals = QLabel(objectName="totals")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals)
        self.filters.changed.connect(self.reload)
        self.model.sort_requested.connect(self._sort)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        context.changes.case_changed.connect(lambda _ref: self.reload(keep_selection=True))
        context.changes.cases_changed.connect(lambda: self.reload(keep_selection=True))

    def _configure_view(self) -> None:
        view = self.view
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setTabKeyNavigation(False)  # Tab leaves the list for the detail; arrows move between cases
        view.setAlternatingRowColors(True)
        view.horizontalHeader().setSortIndicator([c[0] for c in COLUMNS].index("fiscal_year"),
                                                 Qt.SortOrder.DescendingOrder)
        view.setSortingEnabled(True)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(24)
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        for column, (key, _title, _value) in enumerate(COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, FIXED_WIDTHS.get(key, 150))



    # -- loading ------------------------------------------------------------------------------
    def load_choices(self) -> None:
        Operation(self, self.context, self.context.reader.filter_choices).success(self.filters.set_choices).run()

    def reload(self, keep_selection: bool = False) -> None:
        """Re-run the query for the current filter and sort in a worker; stale answers are dropped."""
        self.generation += 1
        generation, flt = self.generation, self.filters.current()
        selected = self.model.id_at(self.view.currentIndex().row()) if keep_selection else None
        reader, key, descending = self.context.reader, self.sort_key, self.descending
        # a search shows its first page first: the database stops after a page instead of ordering every hit;
        # so does the start, which shows rows at once and the rest of the 100,000 ids a moment later (issue 26)
        first_page = PAGE if (flt.text and flt.text.strip()) or not self.started else None
        self.started = True
        Operation(self, self.context, lambda: reader.case_ids(flt, key, descending, first_page)) \
            .success(lambda ids: self._show(generation, ids, selected, flt, first_page)).run()

    def _show(self, generation: int, ids: list[int], selected: int | None, flt: CaseFilter,
              first_page: int | None = None) -> None:
        if generation != self.generation:
            return
        rest = first_page is not None and len(ids) == first_page
        if not rest:  # the whole result is shown: its sums are as quick to find
            self._load_rest(generation, flt, selected, rest=False)
        self.model.set_ids(ids)
        if selected is not None:
            self.select_id(selected)
        self.loaded.emit(len(ids))
        if rest:  # while the user types on, neither the other hits nor the sums are worth asking for; at the start
            # (no typing to wait for) they come after what `loaded` set off: the start page's figures are shown first
            delay = REST_DELAY_MS if flt.text and flt.text.strip() else 0
            QTimer.singleShot(delay, lambda: self._load_rest(generation, flt, selected, rest=True))

    def _load_rest(self, generation: int, flt: CaseFilter, selected: int | None, rest: bool) -> None:
        """The sums (a second query, so the list itself appears as early as possible) and, after a first
        page, the rest of the ids."""
        if generation != self.generation:
            return
        reader, key, descending = self.context.reader, self.sort_key, self.descending
        if rest:
            Operation(self, self.context, lambda: reader.case_ids(flt, key, descending)) \
                .success(lambda every: self._show_rest(generation, every, selected)).run()
        Operation(self, self.context, lambda: reader.totals(flt)) \
            .success(lambda totals: self._show_totals(generation, totals)).run()

    def _show_rest(self, generation: int, ids: list[int], selected: int | None) -> None:
        if generation != self.generation:
            return
        had_selection = self.view.currentIndex().isValid()
        self.model.extend_ids(ids)
        if selected is not None and not had_selection:
            self.select_id(selected)

    def _show_totals(self, generation: int, totals: CaseTotals) -> None:
        if generation != self.generation:
            return
        self.totals.setText(self.tr("{count} Vorgänge · beantragt {requested} · bewilligt {approved} · "
                                    "ausgezahlt {paid}").format(
            count=f"{totals.count:,}".replace(",", "."), requested=formatting.money(totals.requested),
            approved=formatting.money(totals.approved), paid=formatting.money(totals.paid)))

    def _sort(self, key: str, descending: bool) -> None:
        self.sort_key, self.descending = key, descending
        self.reload(keep_selection=True)

    # -- selection ----------------------------------------------------------------------------
    def current_file_number(self) -> str | None:
        index = self.view.currentIndex()
        row = self.model.case_row(index.row()) if index.isValid() else None
        return row.file_number if row else None

    def select_id(self, case_id: int) -> bool:
        row = self.model.row_of(case_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        return True

    def _current_changed(self, current: object, _previous: object) -> None:
        file_number = self.current_file_number()
        if file_number:
            self.case_selected.emit(file_number)
