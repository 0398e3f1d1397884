"""The column mapping of an Excel import: one combo per FörderDesk field, offering the file's columns.

Pre-filled with the suggestion from the header names (`app.excel.import_service.propose_mapping`: the
mapping kept for a list of the same layout, else the guess from the header words) or a saved mapping;
beside each field its guess says how the column was found ("erkannt", "ähnlich 91 %", "gespeichert") and
turns to "von Hand" when the user picks another column. Required fields are marked with *. Saved mappings
are loaded and saved by name.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.excel import saved_mappings  # noqa: F401 - declares the limit of a mapping's name
from app.excel.mapping import REQUIRED, TARGETS, ColumnMapping, MappingLine, normalise
from app.excel.row_cells import column_label
from ui.widgets.limits import bound

ROWS_PER_COLUMN = 12


class MappingPanel(QWidget):
    changed = Signal()  # the user changed a combo (the last check no longer fits)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers: tuple[str, ...] = ()
        self.corrections: dict[str, str] = {}
        self.combos: dict[str, QComboBox] = {}
        self.guesses: dict[str, QLabel] = {}
        self._quiet = False
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        for index, target in enumerate(TARGETS):
            combo = QComboBox(objectName=f"map-{target.key}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            combo.currentIndexChanged.connect(lambda _i, key=target.key: self._changed(key))
            self.combos[target.key] = combo
            label = QLabel(f"{target.label} *" if target.key in REQUIRED else target.label)
            label.setBuddy(combo)
            guess = QLabel(objectName=f"guess-{target.key}")
            guess.setStyleSheet("color: #56616e;")
            self.guesses[target.key] = guess
            row, pair = index % ROWS_PER_COLUMN, index // ROWS_PER_COLUMN
            grid.addWidget(label, row, pair * 3)
            grid.addWidget(combo, row, pair * 3 + 1)
            grid.addWidget(guess, row, pair * 3 + 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(4, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._saved_row())
        layout.addLayout(grid)
        note = QLabel(self.tr("* Pflichtfelder. Die Zuordnung merkt sich die Spaltenüberschriften, nicht die "
                              "Position – sie passt auch, wenn Spalten eingefügt werden."), wordWrap=True)
        note.setStyleSheet("color: #56616e;")
        layout.addWidget(note)
        layout.addStretch(1)
        self.set_headers(())

    def _saved_row(self) -> QHBoxLayout:
        self.saved = QComboBox(objectName="savedMappings")
        self.saved.setPlaceholderText(self.tr("(keine gespeichert)"))
        self.saved.setMinimumContentsLength(12)
        self.saved.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.load_button = QPushButton(self.tr("Laden"), objectName="loadMapping")
        self.name = bound(QLineEdit(objectName="mappingName", placeholderText=self.tr("Name der Zuordnung")),
                          "ImportMapping.name")
        self.save_button = QPushButton(self.tr("Speichern"), objectName="saveMapping")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Gespeichert:")))
        row.addWidget(self.saved, 1)
        row.addWidget(self.load_button)
        row.addSpacing(12)
        row.addWidget(self.name, 1)
        row.addWidget(self.save_button)
        return row

    def set_names(self, names: Sequence[str]) -> None:
        current = self.saved.currentText()
        self.saved.clear()
        self.saved.addItems(list(names))
        if current in names:
            self.saved.setCurrentText(current)
        self.load_button.setEnabled(bool(names) and bool(self.headers))
        self.saved.setPlaceholderText(self.tr("Zuordnung wählen") if names else self.tr("(keine gespeichert)"))

    def set_headers(self, headers: Sequence[str]) -> None:
        """Offer the columns of the chosen file (by letter and header text); clears every choice."""
        self.headers = tuple(headers)
        self._quiet = True
        for combo in self.combos.values():
            combo.clear()
            combo.addItem(self.tr("(nicht zugeordnet)"), None)
            for index, header in enumerate(self.headers):
                if header:
                    combo.addItem(column_label(self.headers, index), header)
            combo.setEnabled(bool(self.headers))
        self._quiet = False
        self.load_button.setEnabled(bool(self.saved.count()) and bool(self.headers))

    def set_mapping(self, mapping: ColumnMapping) -> list[str]:
        """Select the mapping's columns; returns the headers it names that this file does not have."""
        positions = {normalise(header): header for header in self.headers if header}
        missing = []
        self._quiet = True
        for key, combo in self.combos.items():
            wanted = mapping.columns.get(key)
            header = positions.get(normalise(wanted)) if wanted else None
            if wanted and header is None:
                missing.append(wanted)
            combo.setCurrentIndex(max(0, combo.findData(header)) if header else 0)
        self._quiet = False
        self.corrections = dict(mapping.municipalities)
        return missing

    def show_guesses(self, lines: Sequence[MappingLine]) -> None:
        """Say beside each field how its column was found (the preview of every guess)."""
        by_key = {line.key: line.guess for line in lines}
        for key, label in self.guesses.items():
            guess = by_key.get(key)
            label.setText(guess.short() if guess else "")
            label.setToolTip(guess.text() if guess else "")

    def mapping(self) -> ColumnMapping:
        columns = {key: combo.currentData() for key, combo in self.combos.items() if combo.currentData()}
        return ColumnMapping(columns, dict(self.corrections))

    def _changed(self, key: str) -> None:
        if not self._quiet:
            by_hand = self.tr("von Hand") if self.combos[key].currentData() else ""
            self.guesses[key].setText(by_hand)
            self.guesses[key].setToolTip(by_hand)
            self.changed.emit()
