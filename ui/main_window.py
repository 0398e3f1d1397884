"""The main window: case list beside the case detail, toolbar with the frequent actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QMessageBox, QSplitter

from app.kernel.database import set_up_mappers
from app.kernel.permissions import ROLE_LABELS
from ui.admin.menu import install_admin_menu
from ui.applicants.actions import add_applicant_actions
from ui.case_list.widget import CaseListWidget
from ui.context import UiContext
from ui.dialogs.blank_form import add_blank_form_menu
from ui.dialogs.sign_in import second_person_offered
from ui.errors import show_crash, show_message
from ui.excel.menu import install_evaluation_menu
from ui.language_menu import add_language_menu
from ui.operations import Operation
from ui.proof_of_use.menu import install_dossier_action
from ui.shortcuts import install_help_menu
from ui.start.pages import MainPages
from ui.state_cycle.menu import install_state_cycle_action
from ui.widgets.deferred_page import DeferredPage
from ui.window_geometry import place, remember

if TYPE_CHECKING:  # what the menus open is imported when first opened: the window starts faster (issue 26)
    from app.cases.choices import FormChoices
    from ui.case_detail.widget import CaseDetailWidget
    from ui.deadlines.view import DeadlineView
    from ui.dialogs.intake import IntakeWizard

GEOMETRY_KEY = "mainWindow"


class MainWindow(QMainWindow):
    exports_completed = Signal(list)  # German sentences: files of interrupted payment exports written at start

    def __init__(self, context: UiContext, demo_users: list[tuple[str, str]] | None = None) -> None:
        super().__init__()
        self.context = context
        self.choices: FormChoices | None = None
        self._sized = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("FörderDesk – {user}[*]").format(user=context.actor.display_name))
        self.case_list = CaseListWidget(context)
        # the detail with its tabs is built when the cases page is first shown or a case is opened (issue 26)
        self._detail = DeferredPage(self._build_case_detail, "caseDetailSlot")
        # list above, detail below: all eleven list columns fit, and the detail gets the full width
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="mainSplitter")
        splitter.addWidget(self.case_list)
        splitter.addWidget(self._detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setContentsMargins(6, 4, 6, 4)
        self.splitter = splitter
        # pages: Start (dashboard) first, then "Vorgänge" (this splitter), then deadlines (ui/start/pages.py)
        self.pages = MainPages(self, splitter)
        self.start_page = self.pages.start
        self.setCentralWidget(self.pages)
        # readable at 1366×768 and at 125 % scaling (1093×582 after the task bar): a few rows, the tabs and a form
        self.case_list.setMinimumHeight(150)
        self._detail.setMinimumHeight(300)
        self._actions()
        self._status_bar(demo_users)
        self.case_list.case_selected.connect(self._open_selected)
        self.pages.idea_conversion_requested.connect(self.new_case)
        context.runner.expected_error.connect(lambda error: show_message(self, error))
        context.runner.unexpected_error.connect(lambda exc: show_crash(self, exc))
        place(self, GEOMETRY_KEY)  # sized to the screen, or as left last time (ui/window_geometry.py)

    def _actions(self) -> None:
        toolbar = self.addToolBar(self.tr("Vorgänge"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        self.new_action = QAction(self.tr("Neuer Antrag"), self, shortcut=QKeySequence.StandardKey.New)
        self.new_action.setObjectName("newCase")
        self.new_action.triggered.connect(lambda _checked=False: self.new_case())
        self.new_action.setEnabled(self.context.may("case.create"))
        self.search_action = QAction(self.tr("Suchen"), self, shortcut=QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.focus_search)
        self.refresh_action = QAction(self.tr("Aktualisieren"), self, shortcut=QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        for action in (self.new_action, self.search_action, self.refresh_action):
            toolbar.addAction(action)
        menu = self.menuBar().addMenu(self.tr("&Datei"))
        menu.addAction(self.new_action)
        self.blank_form_menu = add_blank_form_menu(self, menu)  # the application form for Träger (PDF, xlsx)
        menu.addSeparator()
        quit_action = menu.addAction(self.tr("&Beenden"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        view = self.menuBar().addMenu(self.tr("&Ansicht"))
        view.addAction(self.search_action)
        view.addAction(self.refresh_action)
        self.coverage_action = view.addAction(self.tr("Sozialplan-Abdeckung"))
        self.coverage_action.setObjectName("socialPlanCoverage")
        self.coverage_action.triggered.connect(self.open_coverage)
        self.state_cycle_action = install_state_cycle_action(self, self.context, view)  # issue 25: Land
        self.payment_runs_action = view.addAction(self.tr("Zahlungsläufe …"))  # issue 14: export to the cash office
        self.payment_runs_action.setObjectName("paymentRuns")
        self.payment_runs_action.triggered.connect(self.open_payment_runs)
        self.land_money_action = view.addAction(self.tr("Mittel des Landes …"))  # issue 25
        self.land_money_action.setObjectName("landMoney")
        self.land_money_action.triggered.connect(self.open_land_money)
        self.evaluation_menu = install_evaluation_menu(self)  # Excel-Übersicht, Excel-Import, Schreiben (Stapel)
        self.dossiers_action = install_dossier_action(self)  # issue 15: Prüfakten der gefilterten Vorgänge
        # Trägerakte (ui/applicants): "Antragsteller …" (Ctrl+Shift+A), dock "Ablaufende Unterlagen", case link
        view.addSeparator()
        self.applicants_action, self.expiring_action = add_applicant_actions(self, view, self.context)
        self.language_menu = add_language_menu(self, view)  # Sprache ab dem nächsten Start (config.toml)
        # Verwaltung (ui/admin, ui/data_protection): enabled for administrators; the services refuse everyone else
        self.admin_action, self.privacy_action = install_admin_menu(self, self.context)
        self.shortcuts_action = install_help_menu(self)  # Hilfe → Tastenkürzel, read from the actions when opened

    def _status_bar(self, demo_users: list[tuple[str, str]] | None) -> None:
        actor = self.context.actor
        user = QLabel(self.tr("Angemeldet: {name} ({role})").format(name=actor.display_name,
                                                                    role=ROLE_LABELS[actor.role]))
        self.statusBar().addPermanentWidget(user)
        where = QLabel(self.context.database.display_url, toolTip=self.context.database.display_url)
        where.setMinimumWidth(120)  # a long file path must not widen the window beyond a laptop screen
        self.statusBar().addPermanentWidget(where)
        if second_person_offered(self.context):  # say plainly what the single workstation does not protect
            note = QLabel(self.tr("Einzelplatz – was geschützt ist"), objectName="singleWorkstationNote")
            note.setToolTip(self.tr(
                "Einzelplatz (SQLite): Wer handelt, ist das angemeldete Benutzerkonto dieses Rechners; eine andere "
                "Person – etwa die zweite für das Vier-Augen-Prinzip – meldet sich mit ihrem FörderDesk-Passwort an. "
                "FörderDesk prüft Rollen, Vier-Augen-Prinzip und die zwei Zeichnungen. Wer aber die Datenbankdatei "
                "selbst ändern kann, kann alles ändern, auch das Protokoll: Dagegen schützt nur der gemeinsame "
                "Server mit einer eigenen Anmeldung für jede Person."))
            self.statusBar().addPermanentWidget(note)
        self.busy = QLabel(self.tr("Lädt …"))
        self.busy.setVisible(False)
        self.statusBar().addWidget(self.busy)
        self.context.runner.busy_changed.connect(self.busy.setVisible)
        self.user_switch: QComboBox | None = None
        if demo_users:
            self.user_switch = QComboBox(objectName="demoUserSwitch")
            for username, label in demo_users:
                self.user_switch.addItem(label, username)
            self.user_switch.setCurrentIndex(max(0, self.user_switch.findData(actor.username)))
            self.statusBar().addPermanentWidget(QLabel(self.tr("Demo – wechseln zu:")))
            self.statusBar().addPermanentWidget(self.user_switch)

    # -- the parts built on first use -------------------------------------------------------------------------
    @property
    def case_detail(self) -> CaseDetailWidget:
        """The case below the list, built now if it was not yet."""
        return self._detail.page

    @property
    def deadline_view(self) -> DeadlineView:
        return self.pages.deadlines

    def _build_case_detail(self) -> CaseDetailWidget:
        from ui.case_detail.widget import CaseDetailWidget

        detail = CaseDetailWidget(self.context)
        detail.dirty_changed.connect(self.setWindowModified)
        detail.idea_conversion_requested.connect(self.new_case)
        detail.master.applicant_requested.connect(self.open_applicant)
        detail.loaded.connect(self.pages.case_loaded)
        if self.choices is not None:
            detail.set_choices(self.choices)
        return detail

    def _open_selected(self, file_number: str) -> None:
        self.case_detail.open_case(file_number)

    def may_discard_edits(self) -> bool:
        """True when nothing typed in the case would be lost, or the user agreed to lose it."""
        return not self._detail.built or self.case_detail.confirm_discard()

    def drop_edits(self) -> None:
        """What was typed in the case is given up (the user agreed): closing the window asks no more."""
        if self._detail.built:
            self.case_detail.dirty = False

    # -- behaviour ----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """First show: give the list about 40 % of the height, on a laptop 30 % (the user may move the splitter)."""
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            height = self.splitter.height()
            share = int(height * (0.42 if height > 700 else 0.3))
            self.splitter.setSizes([share, height - share])

    def start(self) -> None:
        """Fill the list, then the choices (in workers); the window is usable meanwhile."""
        self.case_list.reload()
        # the list's first page needs no ORM mapper: the mappers are set up beside it, for the start page's figures
        Operation(self, self.context, set_up_mappers).run()
        # the choices and the start page's figures next: queries running at the same time only slow each other
        # down, and the list is what a start waits for (issue 26)
        self.case_list.loaded.connect(self._first_list_loaded, Qt.ConnectionType.SingleShotConnection)

    def _first_list_loaded(self, _count: int) -> None:
        QTimer.singleShot(0, self._after_first_list)  # after the list has painted its first rows

    def _after_first_list(self) -> None:
        from app.payments.export_files import complete_at_start  # the export stack, after the list is shown

        self.pages.reload()  # the start page's figures first (queued ahead): the start page is what is shown
        Operation(self, self.context, self.context.reader.form_choices).success(self._choices_loaded).run()
        self.case_list.load_choices()
        uow = self.context.uow()  # a payment export interrupted after its commit: its file is written now
        Operation(self, self.context, lambda: complete_at_start(uow)).success(self._exports_completed) \
            .failure(lambda error: self.statusBar().showMessage(error.message)).run()

    def _exports_completed(self, sentences: list[str]) -> None:
        if sentences:
            self.statusBar().showMessage(" ".join(sentences))
            self.exports_completed.emit(sentences)

    def _choices_loaded(self, choices: FormChoices) -> None:
        self.choices = choices
        if self._detail.built:  # otherwise the detail gets them when it is built
            self.case_detail.set_choices(choices)

    def open_coverage(self) -> None:
        from ui.social_plan.coverage_view import open_coverage

        open_coverage(self, self.context)

    def open_applicant(self, applicant_id: int) -> None:
        from ui.applicants.window import open_applicants

        open_applicants(self, self.context, applicant_id)

    def open_land_money(self) -> None:
        from ui.state_cycle.land_money_view import open_land_money  # its forms, on first use (issue 26)

        open_land_money(self, self.context)

    def open_payment_runs(self) -> None:
        from ui.payments.runs_view import open_payment_runs  # the export stack (letterhead, SEPA) on first use

        open_payment_runs(self, self.context)

    def focus_search(self) -> None:
        """Ctrl+F: the visible search box of the page shown (the start page leads to the case list's)."""
        field = self.pages.search_field()
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()

    def refresh(self) -> None:
        self.case_list.load_choices()
        self.case_list.reload(keep_selection=True)
        if self._detail.built:
            self.case_detail.reload()
        self.pages.reload()

    def new_case(self, idea: str | None = None) -> IntakeWizard | None:
        """The intake wizard: a new application, or (`idea`) a project idea registered as an application."""
        if self.choices is None or not self.may_discard_edits():
            return None
        from ui.dialogs.intake import IntakeWizard

        wizard = IntakeWizard(self.context, self.choices, self, idea=idea)
        wizard.registered.connect(self._registered)
        wizard.open()
        return wizard

    def _registered(self, file_number: str) -> None:
        self.statusBar().showMessage(self.tr("Antrag {ref} registriert.").format(ref=file_number), 8000)
        self.case_detail.dirty = False
        self.case_detail._load(file_number)
        self.case_list.load_choices()
        self.case_list.reload()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Antrag registriert"),
                          self.tr("Der Antrag wurde unter dem Aktenzeichen {ref} registriert.").format(ref=file_number),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("registeredBox")
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Never lose typed input silently."""
        if self.may_discard_edits():
            remember(self, GEOMETRY_KEY)
            event.accept()
        else:
            event.ignore()
