"""The one answer to "changed by someone else meanwhile" (`ConcurrentEditError`) while editing a form.

The user chooses: reload what is stored now (their entries are discarded) or keep editing (their entries
stay; saving again will meet the same conflict until they reload). The box is window-modal, not blocking.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from app.kernel.errors import ConcurrentEditError, FoerderDeskError, ValidationError
from ui.errors import show_message


class ConflictDialog(QMessageBox):
    def __init__(self, error: ConcurrentEditError, parent: QWidget, object_name: str = "conflictBox") -> None:
        super().__init__(QMessageBox.Icon.Warning, "", error.message, QMessageBox.StandardButton.NoButton, parent)
        self.setWindowTitle(self.tr("Gleichzeitige Änderung"))
        self.setObjectName(object_name)
        self.reload_button = self.addButton(self.tr("Neu laden (meine Eingaben verwerfen)"),
                                            QMessageBox.ButtonRole.DestructiveRole)
        self.addButton(self.tr("Weiter bearbeiten"), QMessageBox.ButtonRole.RejectRole)

    def reload_chosen(self) -> bool:
        return self.clickedButton() is self.reload_button


def ask_on_conflict(parent: QWidget, error: ConcurrentEditError, reload: Callable[[], object],
                    object_name: str = "conflictBox") -> ConflictDialog:
    """Show the conflict; `reload` runs only when the user chooses to discard their entries."""
    box = ConflictDialog(error, parent, object_name)
    box.finished.connect(lambda _result: reload() if box.reload_chosen() else None)
    box.open()
    return box


def show_save_error(parent: QWidget, error: FoerderDeskError, reload: Callable[[], object],
                    field_error: Callable[[ValidationError], object], object_name: str = "conflictBox") -> None:
    """Why a form was not saved: the conflict choice, a field's message beside it, or the one message box."""
    if isinstance(error, ConcurrentEditError):
        ask_on_conflict(parent, error, reload, object_name)
    elif isinstance(error, ValidationError):
        field_error(error)
    else:
        show_message(parent, error)
