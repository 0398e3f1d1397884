"""First start on an empty database: demo data (with progress and cancel), when offered; the office set up with
its master data ("Amt einrichten", `ui.admin.setup_wizard`); or an empty office."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.administration.users import add_user
from app.kernel.database import Database
from app.kernel.errors import FoerderDeskError
from app.kernel.uow import UnitOfWork
from ui.demo_offer import DemoGenerator
from ui.tasks import CancelToken, Runner


class _Progress(QObject):
    advanced = Signal(int, int)


class FirstStartDialog(QDialog):
    def __init__(self, database: Database, user_name: str, parent: QWidget | None = None, *,
                 generate: DemoGenerator | None = None) -> None:
        super().__init__(parent)
        self.database, self.user_name, self.generate = database, user_name, generate
        self.runner = Runner(self)
        self.token = CancelToken()
        self.progress_signal = _Progress(self)
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(self.tr("FörderDesk – erster Start"))
        self.demo = QRadioButton(self.tr("Mit Demodaten beginnen (zum Kennenlernen)"), objectName="chooseDemo")
        self.demo.setChecked(generate is not None)
        self.empty = QRadioButton(self.tr("Leer beginnen – ich richte das Amt ein (Rolle Administration)"),
                                  objectName="chooseEmpty")
        self.setup = QRadioButton(self.tr("Amt einrichten – mit den Stammdaten des Jugend- und Sozialamts "
                                          "(Programme, Haushalt, Gemeinden, Briefkopf, erste Benutzer)"),
                                  objectName="chooseSetup")
        self.setup.setChecked(generate is None)
        self.wizard: QDialog | None = None
        self.cases = QSpinBox(objectName="demoCases", minimum=20, maximum=5000, value=200, singleStep=50)
        self.bar = QProgressBar(objectName="demoProgress")
        self.bar.setVisible(False)
        self.message = QLabel(objectName="fieldError")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Die Datenbank {url} ist noch leer.").format(url=database.display_url)))
        cases_label = QLabel(self.tr("Zahl der Demovorgänge:"))
        for widget in (self.demo, cases_label, self.cases):
            layout.addWidget(widget)
            if generate is None:  # demo data not installed: only the empty office
                widget.hide()
        layout.addWidget(self.setup)
        layout.addWidget(self.empty)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.progress_signal.advanced.connect(self._advanced, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        if self.setup.isChecked():
            self.open_setup()
            return
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        if self.empty.isChecked() or self.generate is None:
            uow = UnitOfWork(self.database, self.user_name)
            self.runner.submit(lambda: add_user(uow, self.user_name, "admin"), lambda _r: self.accept(), self._failed)
            return
        self.bar.setVisible(True)
        self.bar.setMaximum(self.cases.value())
        database, count, user, token, signal = (self.database, self.cases.value(), self.user_name, self.token,
                                                self.progress_signal)
        generate = self.generate

        def progress(done: int, total: int) -> bool:
            signal.advanced.emit(done, total)
            return not token.cancelled

        self.runner.submit(lambda: generate(database, count, extra_supervisor=user, progress=progress),
                           lambda _n: self.accept(), self._failed)

    def open_setup(self) -> None:
        """The assistant, over this dialog: when it has set up the office, the first start is done."""
        from ui.admin.setup_wizard import OfficeSetupWizard  # only ever needed once

        self.wizard = OfficeSetupWizard(self.database, self.user_name, self)
        self.wizard.accepted.connect(self.accept)
        self.wizard.open()

    def _advanced(self, done: int, total: int) -> None:
        self.bar.setMaximum(total)
        self.bar.setValue(done)

    def _cancel(self) -> None:
        if self.runner.busy:
            self.token.cancel()  # the generator stops after the current case; what exists is kept
            return
        self.reject()

    def _failed(self, error: FoerderDeskError) -> None:
        self.message.setText(error.message)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
