"""The page "Kleinprojekte": proposed micro projects with checkboxes, "Auswahl bestätigen …" (one supervisor, one
transaction, never a proposer of any selected case), then the Bescheide and the payment orders for the confirmed
ones. The services decide; the page only offers what the user's role may do."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.micro_projects.reader import MicroProjectReader, ProposedMicroProject
from ui import formatting
from ui.context import UiContext
from ui.dialogs.ask import Ask
from ui.micro_projects.proposal_model import ProposalModel
from ui.operations import Operation
from ui.widgets.file_choice import Files, write_atomically
from ui.widgets.live_view import LiveView
from ui.widgets.result_line import ResultLine

if TYPE_CHECKING:  # the batch work (letters, orders) is loaded on first use, not when the start page is built
    from app.letters.batch import BatchItem
    from app.micro_projects import batch
    from ui.micro_projects.short_application_dialog import ShortApplicationDialog


class MicroProjectsView(LiveView):
    loaded = Signal()
    confirmed = Signal(list)  # [batch.Confirmed]
    letters_written = Signal(list)  # [BatchItem]
    orders_created = Signal(list)  # [batch.OrderItem]

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("microProjects")
        self.last_confirmed: list[str] = []
        self.model = ProposalModel(self)
        self.table = QTableView(objectName="microProposals")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel(self.tr("Kleinprojekte mit offenem Entscheidungsvorschlag. Bestätigen kann nur die "
                                   "Sachgebietsleitung, und nur wer keinen der ausgewählten Vorschläge selbst gemacht "
                                   "hat (Vier-Augen-Prinzip)."), wordWrap=True)
        self.summary = QLabel(objectName="microSelection")
        self.result = ResultLine("microResult")
        self.all_button = QPushButton(self.tr("Alle auswählen"), objectName="microSelectAll")
        self.none_button = QPushButton(self.tr("Keine"), objectName="microSelectNone")
        self.confirm_button = QPushButton(self.tr("Auswahl bestätigen …"), objectName="microConfirm")
        self.letters_button = QPushButton(self.tr("Bescheide ausstellen …"), objectName="microLetters")
        self.orders_button = QPushButton(self.tr("Auszahlungsanordnungen anlegen"), objectName="microOrders")
        self.apply_button = QPushButton(self.tr("Kurzantrag erfassen …"), objectName="microApply")
        self._connect()
        self._layout()

    def _connect(self) -> None:
        self.all_button.clicked.connect(lambda _c=False: self.model.set_all(True))
        self.none_button.clicked.connect(lambda _c=False: self.model.set_all(False))
        self.confirm_button.clicked.connect(lambda _c=False: self.confirm_selection())
        self.letters_button.clicked.connect(lambda _c=False: self.issue_letters())
        self.orders_button.clicked.connect(lambda _c=False: self.create_orders())
        self.apply_button.clicked.connect(lambda _c=False: self.open_short_application())
        self.apply_button.setVisible(self.context.may("case.create"))
        self.model.dataChanged.connect(lambda *_a: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        self.confirm_button.setVisible(self.context.may("case.confirm-decision"))
        self.letters_button.setVisible(self.context.may("letter.issue"))
        self.orders_button.setVisible(self.context.may("payment.order"))
        for button in (self.letters_button, self.orders_button):
            button.setEnabled(False)

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for button in (self.all_button, self.none_button):
            bar.addWidget(button)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.confirm_button)
        after = QHBoxLayout()
        after.addWidget(self.result, 1)
        after.addWidget(self.letters_button)
        after.addWidget(self.orders_button)
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(after)

    def reload(self) -> None:
        reader = MicroProjectReader(self.context.database, self.context.actor.username)
        Operation(self, self.context, reader.proposed).success(self._show).latest().run()

    def _show(self, rows: list[ProposedMicroProject]) -> None:
        self.model.set_rows(rows)
        self.loaded.emit()

    def _selection_changed(self) -> None:
        chosen = set(self.model.selection())
        total = sum((r.amount or Decimal("0.00") for r in self.model.rows if r.file_number in chosen), Decimal("0.00"))
        self.summary.setText(self.tr("{count} von {all} ausgewählt, zusammen {sum}").format(
            count=len(chosen), all=len(self.model.rows), sum=formatting.money(total)))
        self.confirm_button.setEnabled(bool(chosen))

    # -- a new micro project ------------------------------------------------------------------------------
    def open_short_application(self) -> ShortApplicationDialog:
        from ui.micro_projects.short_application_dialog import ShortApplicationDialog  # on first use

        dialog = ShortApplicationDialog(self.context, self)
        dialog.registered.connect(self._registered)
        dialog.open()
        return dialog

    def _registered(self, file_number: str) -> None:
        self.result.say(self.tr("Kleinprojekt {ref} erfasst.").format(ref=file_number))

    # -- confirming ---------------------------------------------------------------------------------------
    def confirm_selection(self) -> None:
        numbers = self.model.selection()
        if not numbers or not Ask.yes_no(self, self.tr("Auswahl bestätigen"), self.tr(
                "{count} Entscheidungsvorschläge gemeinsam bestätigen? Alle oder keiner: Scheitert einer, bleibt "
                "alles unverändert.").format(count=len(numbers))):
            return
        from app.micro_projects import batch

        uow = self.context.uow()
        Operation(self, self.context, lambda: batch.confirm_batch(uow, numbers)).success(self._confirmed) \
            .failure(self.result.refuse).notice_cases().run()

    def _confirmed(self, done: list[batch.Confirmed]) -> None:
        self.last_confirmed = [c.file_number for c in done]
        self.result.say(self.tr("{count} Entscheidungen bestätigt: {cases}").format(
            count=len(done), cases=", ".join(self.last_confirmed)))
        for button in (self.letters_button, self.orders_button):
            button.setEnabled(True)
        self.confirmed.emit(done)

    # -- letters and orders for the confirmed cases -------------------------------------------------------
    def issue_letters(self) -> None:
        folder = Files.folder(self, self.tr("Ordner für die Bescheide"))
        if folder is None or not self.last_confirmed:
            return
        uow, numbers = self.context.uow(), list(self.last_confirmed)
        Path(folder).mkdir(parents=True, exist_ok=True)

        def sink(file_number: str, pdf: bytes, letter_id: int | None) -> None:
            write_atomically(Path(folder) / f"{file_number}_Bescheid.pdf", pdf)

        from app.micro_projects import batch

        Operation(self, self.context, lambda: batch.batch_letters(uow, numbers, sink)).success(self._letters) \
            .failure(self.result.refuse).notice_cases().run()

    def _letters(self, items: list[BatchItem]) -> None:
        from app.letters.batch import Outcome

        written = sum(1 for item in items if item.outcome == Outcome.written)
        refused = [f"{item.file_number}: {item.message}" for item in items if item.outcome != Outcome.written]
        self.result.say(" ".join([self.tr("{count} Bescheide ausgestellt.").format(count=written), *refused]))
        self.letters_written.emit(items)

    def create_orders(self) -> None:
        from app.micro_projects import batch

        uow, numbers = self.context.uow(), list(self.last_confirmed)
        Operation(self, self.context, lambda: batch.batch_orders(uow, numbers)).success(self._orders) \
            .failure(self.result.refuse).notice_cases().run()

    def _orders(self, items: list[batch.OrderItem]) -> None:
        made = [item for item in items if item.order_id]
        refused = [f"{item.file_number}: {item.message}" for item in items if not item.order_id]
        self.result.say(" ".join([self.tr("{count} Auszahlungsanordnungen angelegt, zusammen {sum}; sie brauchen noch "
                                    "»sachlich richtig« und »rechnerisch richtig« von zwei Personen.").format(
            count=len(made), sum=formatting.money(sum((i.amount for i in made), Decimal("0.00")))), *refused]))
        self.orders_created.emit(items)
