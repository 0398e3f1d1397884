"""The administration window: opened only after the service has confirmed the administrator role.

`open_administration` asks `app.administration.reads.administration` first; for anyone else the
service refuses and the window is never shown (the menu entry is only a convenience).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from app.administration.reads import Administration, administration
from app.kernel.errors import FoerderDeskError
from ui.admin.base import AdminTab
from ui.admin.budgets_tab import BudgetsTab
from ui.admin.catalogue_tab import CatalogueTab
from ui.admin.database_tab import DatabaseTab
from ui.admin.documents_tab import RequiredDocumentsTab
from ui.admin.goals_tab import GoalsTab
from ui.admin.letterhead_tab import LetterheadTab
from ui.admin.municipalities_tab import MunicipalitiesTab
from ui.admin.programmes_tab import ProgrammesTab
from ui.admin.settings_tab import SettingsTab
from ui.admin.templates_tab import TemplatesTab
from ui.admin.users_tab import UsersTab
from ui.context import UiContext
from ui.errors import show_message
from ui.operations import Operation
from ui.widgets.dialog_look import fit_to_screen


class AdminWindow(QMainWindow):
    loaded = Signal(object)  # Administration

    def __init__(self, context: UiContext, data: Administration, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminWindow")
        self.setWindowTitle(self.tr("FörderDesk – Administration"))
        self.context = context
        self.tabs = QTabWidget(objectName="adminTabs")
        self.programmes = ProgrammesTab(context)
        self.budgets = BudgetsTab(context)
        self.documents = RequiredDocumentsTab(context)
        self.municipalities = MunicipalitiesTab(context)
        self.goals = GoalsTab(context)
        self.catalogue = CatalogueTab(context)
        self.settings = SettingsTab(context)
        self.letterhead = LetterheadTab(context)
        self.templates = TemplatesTab(context)
        self.users = UsersTab(context)
        self.database = DatabaseTab(context)
        for tab, title in ((self.programmes, self.tr("Programme")), (self.budgets, self.tr("Haushalt")),
                           (self.documents, self.tr("Antragsteller und Unterlagen")),
                           (self.municipalities, self.tr("Gemeinden")),
                           (self.goals, self.tr("Ziele des Sozialplans")),
                           (self.catalogue, self.tr("Maßnahmenkatalog")),
                           (self.settings, self.tr("Fristen, Aufbewahrung, Zinsen")),
                           (self.letterhead, self.tr("Briefkopf")), (self.templates, self.tr("Vorlagen")),
                           (self.users, self.tr("Benutzer und Rollen")), (self.database, self.tr("Datenbank"))):
            self.tabs.addTab(tab, title)
            tab.saved.connect(lambda _text: self.reload())
        self.setCentralWidget(self.tabs)
        fit_to_screen(self, 1500, 900)
        self.show_data(data)

    def admin_tabs(self) -> list[AdminTab]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]  # type: ignore[misc]

    def reload(self) -> None:
        uow = self.context.uow()
        Operation(self, self.context, lambda: administration(uow)).success(self.show_data).run()

    def show_data(self, data: Administration) -> None:
        for tab in self.admin_tabs():
            tab.show_data(data)
        self.loaded.emit(data)


def open_administration(parent: QWidget, context: UiContext, tab: str | None = None) -> None:
    """Load the data (the service checks the role), then show the window — at the tab named by its attribute
    (`tab`, e.g. "letterhead"), when given; a refusal is shown as a message."""
    uow = context.uow()

    def show(data: Administration) -> None:
        window = AdminWindow(context, data, parent)
        if tab is not None and isinstance(getattr(window, tab, None), AdminTab):
            window.tabs.setCurrentWidget(getattr(window, tab))
        window.show()
        window.raise_()

    def refused(error: FoerderDeskError) -> None:
        show_message(parent, error, parent.tr("Administration"))

    Operation(parent, context, lambda: administration(uow)).success(show).failure(refused).run()
