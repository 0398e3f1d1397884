"""The end of a letter batch: how many were written, and each case handled – written (issued letters with
their number) or refused, with the reason – in the order of the list. After "Abbrechen" these are exactly
the cases handled before the stop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.letters.batch import BatchItem, Outcome
from ui.widgets.text_table import TextRow, TextTableModel, table_view

if TYPE_CHECKING:
    from ui.letters.batch_dialog import BatchRun

COLOURS = {Outcome.skipped: "#8a5300", Outcome.failed: "#b3261e"}


class BatchSummary(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[BatchItem] = []
        self.text = QLabel(objectName="batchSummary", wordWrap=True)
        self.refused_only = QCheckBox(self.tr("Nur nicht geschriebene zeigen"), objectName="batchRefusedOnly")
        self.refused_only.toggled.connect(lambda _on: self._fill())
        self.model = TextTableModel([self.tr("Aktenzeichen"), self.tr("Ergebnis"), self.tr("Hinweis")], parent=self)
        self.table = table_view(self.model, "batchItems", stretch=2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.text, 1)
        head.addWidget(self.refused_only)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        self.clear()

    def clear(self) -> None:
        self.items = []
        self.text.clear()
        self._fill()

    def outcome_label(self, item: BatchItem) -> str:
        if item.outcome == Outcome.written:
            return (self.tr("ausgestellt, Nr. {id}").format(id=item.letter_id) if item.letter_id is not None
                    else self.tr("Entwurf geschrieben"))
        return self.tr("passt nicht") if item.outcome == Outcome.skipped else self.tr("Fehler")

    def show_run(self, run: BatchRun, *, cancelled: bool) -> str:
        """Fill the summary; returns its text."""
        counts = {outcome: sum(1 for item in run.items if item.outcome == outcome) for outcome in Outcome}
        written = (self.tr("{n} Schreiben ausgestellt, gespeichert und als Datei geschrieben") if run.issue
                   else self.tr("{n} Entwürfe geschrieben")).format(n=counts[Outcome.written])
        sentence = self.tr("{written}; {skipped} passen nicht, {failed} mit Fehler – von {total} Vorgängen.").format(
            written=written, skipped=counts[Outcome.skipped], failed=counts[Outcome.failed], total=run.total)
        if cancelled:
            kept = (self.tr("die ausgestellten Schreiben bleiben beim Vorgang gespeichert, ihre Dateien sind "
                            "vollständig") if run.issue else self.tr("die geschriebenen Dateien sind vollständig"))
            sentence += " " + self.tr("Abgebrochen: {rest} Vorgänge wurden nicht bearbeitet; {kept}.").format(
                rest=run.total - len(run.items), kept=kept)
        self.items = list(run.items)
        self.text.setText(sentence)
        self._fill()
        return sentence

    def _fill(self) -> None:
        refused = any(item.outcome != Outcome.written for item in self.items)
        shown = [item for item in self.items
                 if item.outcome != Outcome.written or not (refused and self.refused_only.isChecked())]
        self.model.set_rows([self._row(item) for item in shown])
        self.table.setVisible(bool(self.items))
        self.refused_only.setVisible(refused)

    def _row(self, item: BatchItem) -> TextRow:
        return TextRow((item.file_number, self.outcome_label(item), item.message), item.file_number,
                       colour=COLOURS.get(item.outcome))
