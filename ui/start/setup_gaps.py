"""The start page's "Einrichtung: was noch fehlt" for administrators: each gap with a button to the place that
fixes it (the assistant "Amt einrichten" or a tab of the administration window)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from ui.context import UiContext

if TYPE_CHECKING:  # loaded with the start page's first figures (issue 26)
    from app.administration.setup_gaps import SetupGap


class SetupGapsPanel(QGroupBox):
    fix_requested = Signal(str)  # the place: "setup" or an administration tab (app.administration.setup_gaps)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupGaps")
        self.setTitle(self.tr("Einrichtung: was noch fehlt"))
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(0, 1)
        self.buttons: dict[str, QPushButton] = {}
        self.setVisible(False)

    def show_gaps(self, gaps: tuple[SetupGap, ...]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = {}
        for row, gap in enumerate(gaps):
            text = QLabel(gap.text, objectName=f"gap_{gap.key}", wordWrap=True)
            button = QPushButton(self.tr("Amt einrichten …") if gap.place == "setup" else self.tr("Beheben …"),
                                 objectName=f"fixGap_{gap.key}")
            button.clicked.connect(lambda _checked=False, place=gap.place: self.fix_requested.emit(place))
            self.grid.addWidget(text, row, 0)
            self.grid.addWidget(button, row, 1)
            self.buttons.setdefault(gap.key, button)
        self.setVisible(bool(gaps))


def open_fix(window: QWidget, context: UiContext, place: str, done: Callable[[], None]) -> QWidget | None:
    """Open the place that fixes a gap: the assistant (then `done`), or the administration window at its tab."""
    if place == "setup":
        from ui.admin.setup_wizard import OfficeSetupWizard  # on first use, like the administration

        wizard = OfficeSetupWizard(context.database, context.actor.username, window)
        wizard.accepted.connect(done)
        wizard.open()
        return wizard
    from ui.admin.window import open_administration

    open_administration(window, context, tab=place)
    return None
