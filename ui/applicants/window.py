"""The window "Antragsteller": organisation search beside the applicant file; merge for administrators."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QSplitter, QVBoxLayout, QWidget
from shiboken6 import isValid

from app.cases.choices import FormChoices
from ui.applicants.file_view import ApplicantFileView
from ui.applicants.merge_dialog import MergeDialog
from ui.applicants.search import ApplicantSearch
from ui.context import UiContext
from ui.dialogs.applicant_dialog import ApplicantDialog
from ui.operations import Operation

DEFAULT_SIZE = (1600, 960)


class ApplicantsWindow(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applicantsWindow")
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Antragsteller – Trägerakte"))
        self.context = context
        self.choices: FormChoices | None = None
        self.merge_dialog: MergeDialog | None = None
        self.search = ApplicantSearch(context)
        self.file = ApplicantFileView(context)
        self.new_button = QPushButton(self.tr("Neuer Antragsteller …"), objectName="newApplicant")
        self.new_button.setVisible(context.may("applicant.edit"))
        self.new_button.clicked.connect(self.new_applicant)
        self.merge_button = QPushButton(self.tr("Zusammenführen …"), objectName="mergeApplicants")
        self.merge_button.setToolTip(self.tr("Zwei Einträge derselben Organisation zusammenführen (Administration)"))
        self.merge_button.setVisible(context.may("admin.configure"))  # the service refuses everyone else anyway
        self.merge_button.clicked.connect(self.open_merge)
        self.search.chosen.connect(self._chosen)
        self.file.changed.connect(lambda _id: self.search.search_now())
        self.file.loaded.connect(self._loaded)
        find = QAction(self.tr("Antragsteller suchen"), self, shortcut=QKeySequence.StandardKey.Find)
        find.setObjectName("findApplicant")
        find.triggered.connect(lambda: (self.search.field.setFocus(Qt.FocusReason.ShortcutFocusReason),
                                        self.search.field.selectAll()))
        self.addAction(find)  # Ctrl+F in this window: its own search box
        self._layout()

    def _layout(self) -> None:
        left = QWidget(objectName="applicantSearchPane")
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(QLabel(self.tr("<b>Antragsteller suchen</b>")))
        column.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="applicantsSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.file)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(320)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

    def start(self) -> None:
        """Load the form choices and the first result list (in workers)."""
        reader = self.context.reader
        Operation(self, self.context, reader.form_choices).success(self._choices_loaded).run()
        self.search.search_now()

    def _choices_loaded(self, choices: FormChoices) -> None:
        if isValid(self):
            self.choices = choices
            self.file.set_choices(choices)

    def place(self) -> None:
        """A sensible first size: the default, but never larger than the screen (1366×768 included)."""
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        width, height = min(DEFAULT_SIZE[0], screen.width() - 20), min(DEFAULT_SIZE[1], screen.height() - 40)
        self.resize(width, height)
        left = max(340, int(width * 0.27))
        self.splitter.setSizes([left, width - left])

    def _chosen(self, applicant_id: int) -> None:
        if not self.file.open(applicant_id) and self.file.applicant_id is not None:
            self.search.mark(self.file.applicant_id)  # the user kept the unsaved input

    def show_applicant(self, applicant_id: int) -> None:
        """Open a file from outside (a case, the expiring list); the search list follows if it shows the row."""
        if self.file.open(applicant_id):
            self.search.mark(applicant_id)

    def _loaded(self, _applicant_id: int) -> None:
        if self.file.view is not None:
            self.setWindowTitle(self.tr("Trägerakte – {name}").format(name=self.file.view.file.name))

    def new_applicant(self) -> ApplicantDialog | None:
        if self.choices is None:
            return None
        dialog = ApplicantDialog(self.context, self.choices, self)
        dialog.created.connect(lambda applicant_id, _name: self._created(applicant_id))
        dialog.open()
        return dialog

    def _created(self, applicant_id: int) -> None:
        self.search.search_now()
        self.show_applicant(applicant_id)

    def open_merge(self) -> MergeDialog:
        if self.merge_dialog is not None and isValid(self.merge_dialog):
            self.merge_dialog.close()
        dialog = MergeDialog(self.context, self.file.view, self)
        dialog.merged.connect(self._merged)
        self.merge_dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

    def _merged(self, keep_id: int) -> None:
        self.search.search_now()
        self.file.view = None  # show the kept record afresh, even if it was shown before
        self.show_applicant(keep_id)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.file.confirm_discard():
            self.file.discard_input()  # reopened, the window shows the stored record
            event.accept()
        else:
            event.ignore()


def open_applicants(window: QMainWindow, context: UiContext, applicant_id: int | None = None) -> ApplicantsWindow:
    """Show the applicants window of this main window (one per main window), optionally with one file open."""
    view = window.findChild(ApplicantsWindow)
    if view is None:
        view = ApplicantsWindow(context, window)
        view.file.case_chosen.connect(lambda file_number: _open_case(window, file_number))
        view.place()
        view.start()
    if applicant_id is not None:
        view.show_applicant(applicant_id)
    view.show()
    view.raise_()
    view.activateWindow()
    return view


def _open_case(window: QMainWindow, file_number: str) -> None:
    detail = getattr(window, "case_detail", None)
    if detail is not None:
        detail.open_case(file_number)
    window.raise_()
    window.activateWindow()
