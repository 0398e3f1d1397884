"""The pages of the main window: Start, Vorgänge (list above detail), Fristen, Beratung; and the way between
them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QTabWidget, QWidget

from ui.applicants.expiring import ExpiringDocumentsPanel
from ui.payments.reminder_list import ReminderList
from ui.start.navigation import CaseQuery, apply_query
from ui.start.page import StartPage
from ui.start.setup_gaps import open_fix
from ui.state_cycle.land_money_panel import LandMoneyPanel
from ui.widgets.deferred_page import DeferredPage

if TYPE_CHECKING:  # the pages behind the tabs are built, and imported, when first shown (issue 26)
    from ui.consultations.calendar_view import ConsultationCalendar
    from ui.deadlines.view import DeadlineView
    from ui.main_window import MainWindow
    from ui.micro_projects.view import MicroProjectsView


class MainPages(QTabWidget):
    """Start first; a click on a figure or a row switches to the case list or opens the case.

    Only the start page and the case list are built with the window; the other pages when first shown or asked for
    (`deadlines`, `consultations`, `micro_projects`)."""

    # "In Antrag umwandeln" on a project idea of the consultation calendar: the main window opens the intake wizard
    idea_conversion_requested = Signal(str)

    def __init__(self, window: MainWindow, cases: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("mainPages")
        self.setDocumentMode(True)
        self.window_ = window
        self.start = StartPage(window.context)
        self.cases = cases
        self._deadlines = DeferredPage(self._build_deadlines, "deadlinesPage")
        self._consultations = DeferredPage(self._build_consultations, "consultationsPage")  # issue 23
        self._micro_projects = DeferredPage(self._build_micro_projects, "microProjectsPage")  # issue 25
        self.addTab(self.start, self.tr("Start"))
        self.addTab(cases, self.tr("Vorgänge"))
        self.addTab(self._deadlines, self.tr("Fristen und Wiedervorlage"))
        self.addTab(self._consultations, self.tr("Beratung"))
        self.addTab(self._micro_projects, self.tr("Kleinprojekte"))
        self.start.open_case.connect(self.open_case)
        self.start.show_cases.connect(self.show_cases)
        self.start.show_deadlines.connect(lambda: self.setCurrentWidget(self._deadlines))
        self.start.setup_gaps.fix_requested.connect(lambda place: open_fix(window, window.context, place,
                                                                          self.reload))
        # panels of other views: overdue repayments (issue 14) and standing documents running out (issue 13)
        self.reminders = ReminderList(window.context)
        self.reminders.case_chosen.connect(self.open_case)
        self.start.add_panel(self.tr("Mahnungen: überfällige Rückforderungen"), self.reminders)
        self.expiring = ExpiringDocumentsPanel(window.context)
        self.expiring.link_to(window)
        self.start.add_panel(self.tr("Ablaufende Unterlagen der Träger"), self.expiring)
        self.land_money = LandMoneyPanel(window.context)  # issue 25: both sources of the budgets
        self.start.add_panel(self.tr("Mittel des Landes"), self.land_money)
        # the panels load with the start page's figures (`reload`, once the case list has its first rows), not when
        # the window is first shown: queries at the same time only slow each other down (issue 26)
        self.reminders.stale, self.expiring.requested, self.land_money.held = False, True, True
        self.shown_file_number: str | None = None

    # -- the pages built on first use -----------------------------------------------------------------------
    @property
    def deadlines(self) -> DeadlineView:
        return self._deadlines.page

    @property
    def consultations(self) -> ConsultationCalendar:
        return self._consultations.page

    @property
    def micro_projects(self) -> MicroProjectsView:
        return self._micro_projects.page

    def _build_deadlines(self) -> DeadlineView:
        from ui.deadlines.view import DeadlineView

        view = DeadlineView(self.window_.context)
        view.open_case.connect(self.open_case)
        return view

    def _build_consultations(self) -> ConsultationCalendar:
        from ui.consultations.calendar_view import ConsultationCalendar

        calendar = ConsultationCalendar(self.window_.context)
        calendar.convert_requested.connect(self.idea_conversion_requested)
        return calendar

    def _build_micro_projects(self) -> MicroProjectsView:
        from ui.micro_projects.view import MicroProjectsView

        return MicroProjectsView(self.window_.context)

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt override
        """A page built on first use sits in its stand-in: showing the page shows the stand-in's tab."""
        for stand_in in (self._deadlines, self._consultations, self._micro_projects):
            if stand_in.built and widget is stand_in.page:
                widget = stand_in
        super().setCurrentWidget(widget)

    def currentWidget(self) -> QWidget:  # noqa: N802 - Qt override
        """The page shown: for a stand-in, the page it holds (built by now, as it is shown)."""
        shown = super().currentWidget()
        return shown.page if isinstance(shown, DeferredPage) else shown

    def reload(self) -> None:
        self.start.reload()
        if self._deadlines.built:  # otherwise it loads when first shown
            self.deadlines.refresh()
        self.reminders.refresh()
        self.expiring.requested = False
        if self.expiring.isVisible():
            self.expiring.refresh()
        self.land_money.held = False
        if self.land_money.isVisible():
            self.land_money.reload()

    def show_cases(self, query: CaseQuery) -> None:
        apply_query(self.window_.case_list.filters, query)
        self.setCurrentWidget(self.cases)

    def case_loaded(self, file_number: str) -> None:
        """Another case was opened (from a list, the wizard, a link): show it; a reload stays where it is."""
        if file_number != self.shown_file_number:
            self.shown_file_number = file_number
            self.setCurrentWidget(self.cases)

    def search_field(self) -> QLineEdit:
        """The search box of the page shown (Ctrl+F); the start page has none, so the case list's is shown."""
        if self._deadlines.built and self.currentWidget() is self.deadlines:
            return self.deadlines.search
        self.setCurrentWidget(self.cases)
        return self.window_.case_list.filters.search

    def open_case(self, file_number: str) -> None:
        self.setCurrentWidget(self.cases)
        self.window_.case_detail.open_case(file_number)
