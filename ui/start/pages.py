"""The pages of the main window: Start, Vorgänge (list above detail), Fristen, Beratung; and the way between
them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLineEdit, QTabWidget, QWidget

from ui.applicants.expiring import ExpiringDocumentsPanel
from ui.consultations.calendar_view import ConsultationCalendar
from ui.deadlines.view import DeadlineView
from ui.micro_projects.view import MicroProjectsView
from ui.payments.reminder_list import ReminderList
from ui.start.navigation import CaseQuery, apply_query
from ui.start.page import StartPage
from ui.start.setup_gaps import open_fix
from ui.state_cycle.land_money_panel import LandMoneyPanel

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class MainPages(QTabWidget):
    """Start first; a click on a figure or a row switches to the case list or opens the case."""

    def __init__(self, window: MainWindow, cases: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("mainPages")
        self.setDocumentMode(True)
        self.window_ = window
        self.start = StartPage(window.context)
        self.deadlines = DeadlineView(window.context)
        self.cases = cases
        self.addTab(self.start, self.tr("Start"))
        self.addTab(cases, self.tr("Vorgänge"))
        self.addTab(self.deadlines, self.tr("Fristen und Wiedervorlage"))
        self.consultations = ConsultationCalendar(window.context)  # issue 23: Beratung, Projektideen
        self.addTab(self.consultations, self.tr("Beratung"))
        self.micro_projects = MicroProjectsView(window.context)  # issue 25: Kleinprojekte, confirmed together
        self.addTab(self.micro_projects, self.tr("Kleinprojekte"))
        self.start.open_case.connect(self.open_case)
        self.start.show_cases.connect(self.show_cases)
        self.start.show_deadlines.connect(lambda: self.setCurrentWidget(self.deadlines))
        self.start.setup_gaps.fix_requested.connect(lambda place: open_fix(window, window.context, place,
                                                                          self.reload))
        self.deadlines.open_case.connect(self.open_case)
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
        window.case_detail.loaded.connect(self._case_loaded)

    def reload(self) -> None:
        self.start.reload()
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

    def _case_loaded(self, file_number: str) -> None:
        """Another case was opened (from a list, the wizard, a link): show it; a reload stays where it is."""
        if file_number != self.shown_file_number:
            self.shown_file_number = file_number
            self.setCurrentWidget(self.cases)

    def search_field(self) -> QLineEdit:
        """The search box of the page shown (Ctrl+F); the start page has none, so the case list's is shown."""
        if self.currentWidget() is self.deadlines:
            return self.deadlines.search
        self.setCurrentWidget(self.cases)
        return self.window_.case_list.filters.search

    def open_case(self, file_number: str) -> None:
        self.setCurrentWidget(self.cases)
        self.window_.case_detail.open_case(file_number)
