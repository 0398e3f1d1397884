"""„Wortlaut anpassen“: the paragraphs of one letter that a caseworker may reword before issuing it.

Each rewordable paragraph (`app.letters.wording`) is a text field pre-filled with the text the template gives
this case; a field that differs from it is marked and sent with the preview and with "Ausstellen". Only this
letter changes, never the template. The required values of a paragraph (legal basis, amounts, deadlines) are
named under it; the service refuses a text that drops one, and the dialog shows why.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.letters.wording import WordingBlock
from ui.widgets.text_area import TextArea

CHANGED_STYLE = "QPlainTextEdit { border: 2px solid #c77700; }"


def _plain(text: str) -> str:
    return " ".join(text.split())


class WordingEditor(QWidget):
    """The rewordable paragraphs of the current draft as text fields."""

    changed = Signal()  # a text was changed or reset
    refresh_requested = Signal()  # "Vorschau mit diesem Wortlaut"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterWording")
        self.blocks: list[WordingBlock] = []
        self.fields: dict[str, QPlainTextEdit] = {}
        self.template_version = 0
        hint = QLabel(self.tr(
            "Hier lässt sich der Wortlaut dieses einen Schreibens anpassen; die Vorlage bleibt unverändert. Anrede, "
            "Tabellen mit Beträgen und Daten, Rechtsbehelfsbelehrung und GiroCode bleiben wie erzeugt. "
            "Rechtsgrundlage, Beträge und Fristen müssen in ihrem Absatz wörtlich stehen bleiben."),
            objectName="wordingHint", wordWrap=True)
        hint.setStyleSheet("color: #56616e;")
        self.holder = QWidget()
        self.column = QVBoxLayout(self.holder)
        self.column.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea(objectName="wordingScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.holder)
        self.refresh_button = QPushButton(self.tr("Vorschau mit diesem Wortlaut"), objectName="wordingPreview")
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.reset_button = QPushButton(self.tr("Alle Absätze zurücksetzen"), objectName="wordingReset")
        self.reset_button.clicked.connect(self.reset)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._update()

    def set_blocks(self, blocks: tuple[WordingBlock, ...], template_version: int) -> None:
        """Show the paragraphs of a new draft (a different kind of letter): every earlier change is dropped."""
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.blocks, self.fields, self.template_version = list(blocks), {}, template_version
        for block in blocks:
            self._add_field(block)
        if not blocks:
            self.column.addWidget(QLabel(self.tr("Dieses Schreiben hat keine Absätze, deren Wortlaut sich anpassen "
                                                 "lässt."), wordWrap=True))
        self.column.addStretch(1)
        self._update()

    def _add_field(self, block: WordingBlock) -> None:
        title = QLabel(f"<b>{escape(block.label)}</b>", objectName="letterWordingLabel", wordWrap=True)
        field = TextArea(block.text, objectName=block.name)
        field.setTabChangesFocus(True)
        field.setMinimumHeight(70)
        field.setMaximumHeight(max(90, min(260, 20 * (len(block.text) // 90 + 2))))
        title.setBuddy(field)
        field.textChanged.connect(self._text_changed)
        self.column.addWidget(title)
        self.column.addWidget(field)
        if block.required:
            needed = QLabel(self.tr("Muss stehen bleiben: {values}").format(
                values=" · ".join(f"»{value}«" for value in block.required)), objectName="letterWordingRequired",
                wordWrap=True)
            needed.setStyleSheet("color: #56616e; font-size: 90%;")
            self.column.addWidget(needed)
        self.fields[block.name] = field

    def _text_changed(self) -> None:
        self._update()
        self.changed.emit()

    def changes(self) -> dict[str, str]:
        """The reworded paragraphs: block name → text (only those that differ from the generated text)."""
        return {block.name: self.fields[block.name].toPlainText() for block in self.blocks
                if _plain(self.fields[block.name].toPlainText()) != _plain(block.text)}

    def reset(self) -> None:
        for block in self.blocks:
            if self.fields[block.name].toPlainText() != block.text:
                self.fields[block.name].setPlainText(block.text)

    def set_editable(self, editable: bool) -> None:
        for field in self.fields.values():
            field.setReadOnly(not editable)
        self.refresh_button.setEnabled(editable and bool(self.blocks))
        self.reset_button.setEnabled(editable and bool(self.changes()))

    def _update(self) -> None:
        changed = self.changes()
        for name, field in self.fields.items():
            field.setStyleSheet(CHANGED_STYLE if name in changed else "")
        self.refresh_button.setEnabled(bool(self.blocks))
        self.reset_button.setEnabled(bool(changed))
