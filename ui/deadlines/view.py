"""Wiedervorlage: my follow-ups or all open deadlines, sortable; "erledigt" and "verschieben (mit Begründung)".

The writes go through `app.cases.deadlines` with the row's version (optimistic locking); after each
change the "what changed" notice refreshes the start page and the case views.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.administration.dashboard import DeadlineItem
from app.administration.start_page import open_deadlines
from app.cases import deadlines
from ui.context import UiContext
from ui.deadlines.model import DeadlineModel
from ui.dialogs.small_dialogs import PostponeDialog
from ui.operations import Operation
from ui.widgets.lazy_tab import LazyTab


class DeadlineView(LazyTab):
    open_case = Signal(str)
    loaded = Signal(int)  # number of rows shown

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, stale=True)
        self.setObjectName("deadlineView")
        self.context = context
        self.mine = QRadioButton(self.tr("Meine Wiedervorlagen"), objectName="mineDeadlines")
        self.everyone = QRadioButton(self.tr("Alle offenen Fristen"), objectName="allOpenDeadlines")
        (self.mine if context.may("deadline.manage") else self.everyone).setChecked(True)
        self.mine.toggled.connect(lambda _on: self.refresh())
        self.model = DeadlineModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(self.model.sortRole())
        self.proxy.setFilterKeyColumn(-1)  # the filter field looks in every column
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(objectName="deadlineSearch",
                                placeholderText=self.tr("Filtern: Aktenzeichen, Betreff …"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView(objectName="deadlineTable")
        self._configure_view()
        self.summary = QLabel(objectName="deadlineCount")
        self.done_button = QPushButton(self.tr("Erledigt"), objectName="deadlineDone")
        self.postpone_button = QPushButton(self.tr("Verschieben …"), objectName="deadlinePostpone")
        self.open_button = QPushButton(self.tr("Vorgang öffnen"), objectName="deadlineOpenCase")
        self.done_button.clicked.connect(self.complete_current)
        self.postpone_button.clicked.connect(self.postpone_current)
        self.open_button.clicked.connect(self._open_current)
        self._layout()
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self._enable()
        context.changes.case_changed.connect(lambda _ref: self.refresh())
        context.changes.cases_changed.connect(self.refresh)

    def _configure_view(self) -> None:
        view = self.view
        view.setModel(self.proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between deadlines
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(24)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        view.doubleClicked.connect(lambda _index: self._open_current())

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.mine)
        top.addWidget(self.everyone)
        top.addStretch(1)
        top.addWidget(self.search)
        top.addWidget(self.summary)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.postpone_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    # -- loading ------------------------------------------------------------------------------
    def load(self) -> None:
        """Called when shown (or by `refresh` while shown): the page is not needed for the start."""
        uow, mine = self.context.uow(), self.mine.isChecked()
        Operation(self, self.context, lambda: open_deadlines(uow, mine_only=mine)).success(self._show).latest().run()

    def _show(self, items: list[DeadlineItem]) -> None:
        self.model.set_items(items)
        overdue = sum(1 for i in items if i.overdue)
        self.summary.setText(self.tr("{count} offen, davon {overdue} überfällig").format(
            count=len(items), overdue=overdue))
        self._enable()
        self.loaded.emit(len(items))

    # -- actions ------------------------------------------------------------------------------
    def current(self) -> DeadlineItem | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.item_at(self.proxy.mapToSource(index).row())

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)

    def _enable(self) -> None:
        item = self.current()
        may = self.context.may("deadline.manage")
        self.done_button.setEnabled(item is not None and may)
        self.postpone_button.setEnabled(item is not None and may)
        self.open_button.setEnabled(item is not None and item.file_number is not None)

    def _write(self, item: DeadlineItem, call: Callable[[], object]) -> None:
        """A deadline of a case: every view of the case hears of it; one of the office: this list reloads."""
        operation = Operation(self, self.context, call)
        if item.file_number:
            operation.notice_case(item.file_number)
        else:
            operation.success(lambda _r: self.refresh())
        operation.run()

    def complete_current(self) -> None:
        item = self.current()
        if item is None:
            return
        uow = self.context.uow()
        self._write(item, lambda: deadlines.complete_deadline(uow, item.id, item.version))

    def postpone_current(self) -> PostponeDialog | None:
        item = self.current()
        if item is None:
            return None
        dialog = PostponeDialog(item.due_on, self)
        uow = self.context.uow()

        def postpone() -> None:
            values = dialog.result_values()
            self._write(item, lambda: deadlines.postpone_deadline(
                uow, item.id, values["due_on"], values["reason"], item.version))

        dialog.accepted.connect(postpone)
        dialog.open()
        return dialog

    def _open_current(self) -> None:
        item = self.current()
        if item is not None and item.file_number:
            self.open_case.emit(item.file_number)
