"""The window "Landesprogramm" (Sozialplanung): plan periods, the application to the Land, the decision list.

The year and programme chosen on the application tab also choose the decision list; every tab loads through the
runner, the services check who may read and write."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QMainWindow, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from app.state_cycle.reader import Choices, StateCycleReader
from ui.context import UiContext
from ui.operations import Operation
from ui.state_cycle.application_tab import ApplicationTab
from ui.state_cycle.decision_list_tab import DecisionListTab
from ui.state_cycle.plan_periods_tab import PlanPeriodsTab
from ui.widgets.dialog_look import fit_to_screen

PAGE_MINIMUM = (1100, 620)
LIST_MINIMUM = (900, 440)  # the decision list shares its columns out itself: it fits a laptop at 125 % (1053×522)


class StateCycleWindow(QWidget):
    loaded = Signal()  # the choices arrived and the first load started

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stateCycleWindow")
        self.setWindowTitle(self.tr("Landesprogramm – Antrag an das Land und Beschlussliste"))
        self.context = context
        self.reader = StateCycleReader(context.database, context.actor.username)
        self.tabs = QTabWidget(objectName="stateTabs")
        self.application = ApplicationTab(context, self.reader)
        self.decisions = DecisionListTab(context, self.reader)
        self.periods = PlanPeriodsTab(context, self.reader)
        for tab, title, minimum in ((self.application, self.tr("Antrag an das Land"), PAGE_MINIMUM),
                                    (self.decisions, self.tr("Beschlussliste"), LIST_MINIMUM),
                                    (self.periods, self.tr("Planperioden (Fachplan)"), PAGE_MINIMUM)):
            self.tabs.addTab(_scrolling(tab, minimum), title)  # a small screen scrolls the page rather than squash it
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        self.application.load_button.clicked.connect(self._load_list)

    def show_tab(self, tab: QWidget) -> None:
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if isinstance(page, QScrollArea) and page.widget() is tab:
                self.tabs.setCurrentIndex(index)

    def start(self) -> None:
        Operation(self, self.context, self.reader.choices).success(self._choices) \
            .failure(self.application.show_error).run()

    def _choices(self, choices: Choices) -> None:
        self.application.set_choices(choices)
        self.application.load()
        self._load_list()
        self.periods.load()
        self.loaded.emit()

    def _load_list(self) -> None:
        self.decisions.load(self.application.year.value(), self.application.programme.currentText() or "LPF")


def _scrolling(page: QWidget, minimum: tuple[int, int]) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    page.setMinimumSize(*minimum)  # below this the tables get too small: scroll instead
    return area


def open_state_cycle(window: QMainWindow, context: UiContext) -> StateCycleWindow:
    """One window per main window."""
    view = window.findChild(StateCycleWindow)
    if view is None:
        view = StateCycleWindow(context, window)
        view.setWindowFlag(Qt.WindowType.Window)
        fit_to_screen(view, 1500, 900)
        view.start()
    view.show()
    view.raise_()
    view.activateWindow()
    return view
