"""The tab "Verwendungsnachweis" of a case: planned against actual per cost line (flags highlighted), actual
funds, the receipt list with the sample and its results, the final calculation step by step, and the buttons
for each step of the review up to the Prüfvermerk and the auditor's dossier ("Prüfakte exportieren").

Buttons appear only for those who may use them and only while the case is in the proof-of-use review, but
every rule is enforced in the services. Data is loaded when the tab is (or becomes) visible; after a stored
change `changed` tells the case view to reload. The services, the dialogs and with them openpyxl and reportlab
are imported when first needed: the main window (which holds this tab) starts without them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.kernel.errors import FoerderDeskError
from app.proof.review import ReceiptFigures
from ui.context import UiContext
from ui.dialogs.ask import Ask
from ui.errors import show_message
from ui.operations import Operation
from ui.proof_of_use import rows
from ui.proof_of_use.look import named, wrapping_label
from ui.proof_of_use.receipt_grid import ReceiptGrid, ReceiptGridModel
from ui.widgets.file_choice import Files, with_suffix, write_atomically
from ui.widgets.lazy_tab import LazyCaseTab
from ui.widgets.text_area import TextArea
from ui.widgets.text_table import TextTableModel, table_view

if TYPE_CHECKING:
    from app.proof.queries import ProofReviewView
    from app.proof.receipt_entry import EntryCheck
    from ui.proof_of_use.dialogs import CheckDialog, FiguresDialog, ReceiptDialog
    from ui.proof_of_use.import_dialog import ReceiptImportDialog

EDIT_PERMISSION = "case.receive-proof"
MAX_REPORT_LINES = 6
MAX_STATEMENT_HEIGHT = 320  # a plan with many lines scrolls beyond this


def _button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    button = named(QPushButton(text), name)
    button.clicked.connect(lambda _checked=False: slot())
    return button


class ProofOfUseTab(LazyCaseTab):
    loaded = Signal()
    changed = Signal(str)  # file number, after a stored change
    reported = Signal(str)  # a message about what was just done (import, sample, Prüfvermerk, Prüfakte)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.view: ProofReviewView | None = None
        self.summary = wrapping_label("proofSummary")
        self.funds = wrapping_label("proofFunds")
        self.message = wrapping_label("proofMessage")
        self.message.setStyleSheet("color: #1d5e2f;")
        self.statement = TextTableModel([self.tr("Pos."), self.tr("Kostenposition"), self.tr("Plan"), self.tr("Ist"),
                                         self.tr("Differenz"), self.tr("über Plan"), self.tr("Belege"),
                                         self.tr("Hinweis")], right=frozenset({0, 2, 3, 4, 5, 6}), parent=self)
        self.receipts = ReceiptGridModel(self)
        self.statement_view = table_view(self.statement, "proofStatement", stretch=7)
        self.receipt_view = ReceiptGrid(self.receipts)
        self.receipt_view.doubleClicked.connect(lambda _index: self.check_receipt())
        self.receipts.checked.connect(self._show_entry_check)
        self.entry_report = wrapping_label("proofEntryReport")
        self.entry_report.setStyleSheet("color: #8a1c1c;")
        self.calculation = named(TextArea(), "proofCalculation")
        self.calculation.setReadOnly(True)
        self._buttons()
        self._layout()
        self.receipt_view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        context.changes.cases_changed.connect(self.refresh)

    def _buttons(self) -> None:
        self.figures_button = _button(self.tr("Zahlen und Sachbericht …"), "proofFigures", self.edit_figures)
        self.attach_button = _button(self.tr("Sachbericht-Datei anhängen …"), "proofAttach", self.attach_report)
        self.receipt_button = _button(self.tr("Beleg erfassen …"), "proofAddReceipt", self.add_receipt)
        self.save_receipts_button = _button(self.tr("Belege speichern"), "proofSaveReceipts", self.save_receipts)
        self.discard_button = _button(self.tr("Verwerfen"), "proofDiscardReceipts", self.discard_receipts)
        self._drop_drafts = False  # the next load forgets unsaved rows (after saving or discarding them)
        self.import_button = _button(self.tr("Belegliste importieren …"), "proofImport", self.import_list)
        self.remove_button = _button(self.tr("Beleg entfernen"), "proofRemoveReceipt", self.remove_receipt)
        self.sample_button = _button(self.tr("Stichprobe ziehen"), "proofSample", self.draw_sample)
        self.check_button = _button(self.tr("Beleg prüfen …"), "proofCheck", self.check_receipt)
        self.note_button = _button(self.tr("Prüfvermerk ausstellen …"), "proofNote", self.issue_note)
        self.dossier_button = _button(self.tr("Prüfakte exportieren …"), "exportDossier", self.export_dossier)

    def _layout(self) -> None:
        """Cost lines (plan beside actual) on the left, the receipt grid on the right, side by side: on a laptop
        screen (1366×768) both stay visible however little height the case view leaves."""
        top = QHBoxLayout()
        for button in (self.figures_button, self.attach_button):
            top.addWidget(button)
        top.addStretch(1)
        for button in (self.note_button, self.dossier_button):
            top.addWidget(button)
        receipt_bar = QHBoxLayout()
        for button in (self.save_receipts_button, self.discard_button, self.receipt_button, self.import_button,
                       self.remove_button, self.sample_button, self.check_button):
            receipt_bar.addWidget(button)
        receipt_bar.addStretch(1)
        figures, receipts = QWidget(), QWidget()
        upper = QVBoxLayout(figures)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addWidget(self.statement_view, 1)
        upper.addWidget(self.funds)
        left = QSplitter(Qt.Orientation.Vertical, objectName="proofFiguresSplitter")
        left.addWidget(figures)
        left.addWidget(self.calculation)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        left.setChildrenCollapsible(False)
        self.calculation.setMinimumHeight(48)
        lower = QVBoxLayout(receipts)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addLayout(receipt_bar)
        lower.addWidget(self.receipt_view, 1)
        lower.addWidget(self.entry_report)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="proofSplitter")
        splitter.addWidget(left)
        splitter.addWidget(receipts)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([500, 800])  # kept in proportion as the tab resizes
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

    # -- loading ------------------------------------------------------------------------------
    def load_case(self, file_number: str) -> None:
        from app.proof.queries import proof_review

        uow = self.context.uow()
        Operation(self, self.context, lambda: proof_review(uow, file_number)).success(self._show) \
            .failure(self._failed).latest().run()

    def _show(self, view: ProofReviewView | None) -> None:
        self.view = view
        if view is None:
            self.summary.setText(self.tr("Zu diesem Vorgang ist noch kein Verwendungsnachweis erfasst. Er wird mit "
                                         "der Aktion »Verwendungsnachweis erfassen« angelegt."))
            self.statement.set_rows([])
            self.funds.setText("")
            self.calculation.setPlainText("")
        else:
            self.summary.setText(rows.summary_text(view))
            self.statement.set_rows(rows.statement_rows(view.statement))
            self._fit_statement()
            self.funds.setText(rows.funds_text(view))
            self.calculation.setPlainText(rows.calculation_text(view))
        self.entry_report.setText("")
        same_case = view is not None and self.receipts.view is not None and \
            self.receipts.view.file_number == view.file_number
        self.receipts.load(view, self._list_open(view), keep_new=same_case and not self._drop_drafts)
        self._drop_drafts = False
        self._update_buttons()
        self.loaded.emit()

    def _fit_statement(self) -> None:
        """Every cost line and both sums stay visible: the table asks for their height (the text box gives way)."""
        view = self.statement_view
        rows_high = sum(view.rowHeight(r) for r in range(self.statement.rowCount()))
        scroll_bar = view.horizontalScrollBar().sizeHint().height()
        frame = 2 * view.frameWidth() + view.horizontalHeader().height() + scroll_bar
        view.setMinimumHeight(min(rows_high + frame, MAX_STATEMENT_HEIGHT))

    def _failed(self, error: FoerderDeskError) -> None:
        self.view = None
        self.summary.setText(error.message)
        self._update_buttons()

    def _list_open(self, view: ProofReviewView | None) -> bool:
        """Receipts may be typed, pasted, changed or removed: in the review, by who may, before the sample."""
        return view is not None and view.editable and view.draw is None and self.context.may(EDIT_PERMISSION)

    def _update_buttons(self) -> None:
        view = self.view
        editable = view is not None and view.editable and self.context.may(EDIT_PERMISSION)
        drawn = view is not None and view.draw is not None
        selected = self.selected_receipt()
        for button in (self.figures_button, self.attach_button):
            button.setVisible(editable)
        for button in (self.receipt_button, self.import_button, self.remove_button, self.save_receipts_button,
                       self.discard_button):
            button.setVisible(editable and not drawn)
        self.save_receipts_button.setEnabled(self.receipts.dirty)
        self.discard_button.setEnabled(self.receipts.dirty)
        self.remove_button.setEnabled(selected is not None)
        self.sample_button.setVisible(editable and not drawn and bool(view and view.receipts))
        self.sample_button.setEnabled(not self.receipts.dirty)  # unsaved receipts would miss the sample
        self.check_button.setVisible(editable and drawn)
        self.check_button.setEnabled(selected is not None and selected.in_sample)
        self.note_button.setVisible(view is not None and self.context.may(EDIT_PERMISSION))
        self.dossier_button.setVisible(self.detail is not None and self.context.may("audit.read"))

    def selected_receipt(self) -> ReceiptFigures | None:
        index = self.receipt_view.currentIndex()
        if self.view is None or not index.isValid():
            return None
        return self.receipts.receipt_at(index.row())

    # -- the receipt grid ---------------------------------------------------------------------------------
    def _show_entry_check(self, check: EntryCheck) -> None:
        lines = check.report()
        shown = lines[:MAX_REPORT_LINES]
        if len(lines) > len(shown):
            shown.append(self.tr("… und {n} weitere Hinweise (Tooltip der Zeile)").format(n=len(lines) - len(shown)))
        self.entry_report.setText("\n".join(shown))
        self._update_buttons()

    def save_receipts(self, confirm_duplicates: bool = False) -> None:
        if self.view is None or not self.receipts.dirty:
            return
        from app.proof.receipt_entry import save_receipts

        uow, file_number, rows_ = self.context.uow(), self.view.file_number, self.receipts.entries()
        self.save_receipts_button.setEnabled(False)
        Operation(self, self.context, lambda: save_receipts(uow, file_number, rows_,
                                                            confirm_duplicates=confirm_duplicates)) \
            .success(lambda counts: self._stored(self.tr("{added} Belege gespeichert, {changed} geändert.").format(
                added=counts[0], changed=counts[1]))).failure(self._save_refused).run()

    def _save_refused(self, error: FoerderDeskError) -> None:
        from app.proof.receipt_entry import DuplicateReceipts, ReceiptEntryRefused

        self._update_buttons()
        if isinstance(error, ReceiptEntryRefused | DuplicateReceipts):
            self.receipts.show_check(error.check)
            self.message.setText(error.message)
        if isinstance(error, DuplicateReceipts):
            if Ask.yes_no(self, self.tr("Doppelte Belege"), self.tr(
                    "{message}\n\nDie doppelten Belege trotzdem speichern?").format(message=error.message)):
                self.save_receipts(confirm_duplicates=True)
            return
        if not isinstance(error, ReceiptEntryRefused):
            show_message(self, error)

    # -- actions ------------------------------------------------------------------------------
    def discard_receipts(self) -> None:
        self._drop_drafts = True
        self.reload()

    def _stored(self, message: str = "") -> None:
        self._drop_drafts = True
        self.message.setText(message)
        if message:
            self.reported.emit(message)
        if self.detail is not None:
            self.changed.emit(self.detail.file_number)
        self.reload()

    def _run(self, call: Callable[[], Any], message: Callable[[Any], str]) -> None:
        Operation(self, self.context, call).success(lambda result: self._stored(message(result))) \
            .failure(lambda error: show_message(self, error)).run()

    def edit_figures(self) -> FiguresDialog | None:
        from ui.proof_of_use.dialogs import FiguresDialog

        return self._open(FiguresDialog(self.context, self.view, self)) if self.view else None

    def add_receipt(self) -> ReceiptDialog | None:
        from ui.proof_of_use.dialogs import ReceiptDialog

        return self._open(ReceiptDialog(self.context, self.view, self)) if self.view else None

    def check_receipt(self) -> CheckDialog | None:
        receipt = self.selected_receipt()
        if self.view is None or receipt is None or not receipt.in_sample or not self.view.editable:
            return None
        from ui.proof_of_use.dialogs import CheckDialog

        return self._open(CheckDialog(self.context, self.view.file_number, receipt, self))

    def _open(self, dialog: Any) -> Any:
        dialog.stored.connect(lambda _result: self._stored())
        dialog.open()
        return dialog

    def remove_receipt(self) -> None:
        receipt = self.selected_receipt()
        if self.view is None or receipt is None:
            return
        from app.proof import service as proof_of_use

        uow, file_number = self.context.uow(), self.view.file_number
        self._run(lambda: proof_of_use.remove_receipt(uow, file_number, receipt.id),
                  lambda _r: self.tr("Beleg Nr. {n} entfernt.").format(n=receipt.position))

    def import_list(self) -> ReceiptImportDialog | None:
        """Choose the file, then map, check and import in the dialog."""
        if self.view is None:
            return None
        path = Files.open_file(self, self.tr("Belegliste importieren"), self.tr("Excel-Arbeitsmappe (*.xlsx)"))
        if path is None:
            return None
        from ui.proof_of_use.import_dialog import ReceiptImportDialog

        dialog = ReceiptImportDialog(self.context, self.view.file_number, len(self.view.receipts), self)
        dialog.imported.connect(lambda plan: self._stored(self.tr("{n} Belege aus »{name}« importiert.").format(
            n=len(plan.receipts), name=dialog.path.name if dialog.path else "")))
        dialog.open()
        dialog.load(path)
        return dialog

    def draw_sample(self) -> None:
        if self.view is None or not Ask.yes_no(self, self.tr("Stichprobe ziehen"), self.tr(
                "Danach kann die Belegliste nicht mehr geändert werden. Stichprobe jetzt ziehen?")):
            return
        from app.proof import sample_check

        uow, file_number = self.context.uow(), self.view.file_number
        self._run(lambda: sample_check.draw_sample(uow, file_number),
                  lambda result: self.tr("Stichprobe gezogen: {k} von {n} Belegen, Startwert {seed}.").format(
                      k=len(result.positions), n=result.receipt_count, seed=result.seed))

    def attach_report(self) -> None:
        if self.view is None:
            return
        path = Files.open_file(self, self.tr("Sachbericht anhängen"), self.tr("Dokumente (*.pdf *.docx *.odt)"))
        if path is None:
            return
        try:
            content = path.read_bytes()
        except OSError as exc:
            show_message(self, FoerderDeskError(str(exc)))
            return
        from app.proof import service as proof_of_use

        uow, file_number = self.context.uow(), self.view.file_number
        self._run(lambda: proof_of_use.attach_report(uow, file_number, path.name, content),
                  lambda _sha: self.tr("Sachbericht »{name}« angehängt.").format(name=path.name))

    def issue_note(self) -> None:
        if self.view is None:
            return
        chosen = Files.save_as(self, self.tr("Prüfvermerk speichern"), f"Pruefvermerk_{self.view.file_number}.pdf",
                               self.tr("PDF-Dokument (*.pdf)"))
        if chosen is None:
            return
        from app.proof import review_note

        target, uow, file_number = with_suffix(chosen, ".pdf"), self.context.uow(), self.view.file_number

        def issue() -> Path:
            note = review_note.issue_review_note(uow, file_number)
            write_atomically(target, note.pdf)
            return target
        self._run(issue, lambda path: self.tr("Prüfvermerk ausgestellt, beim Vorgang gespeichert und als {name} "
                                              "geschrieben.").format(name=path.name))

    def export_dossier(self) -> None:
        if self.detail is None:
            return
        from app.proof import dossier

        file_number = self.detail.file_number
        chosen = Files.save_as(self, self.tr("Prüfakte exportieren"), dossier.dossier_name(file_number),
                               self.tr("ZIP-Archiv (*.zip)"))
        if chosen is None:
            return
        target, uow = with_suffix(chosen, ".zip"), self.context.uow()
        Operation(self, self.context, lambda: dossier.export_dossier(uow, file_number, target)).success(
            lambda result: self._exported(self.tr("Prüfakte mit {n} Dateien geschrieben: {name}").format(
                n=len(result.files) + 1, name=result.path.name))).failure(lambda error: show_message(self, error)).run()

    def _exported(self, message: str) -> None:
        self.message.setText(message)
        self.reported.emit(message)
