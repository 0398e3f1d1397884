"""Tab order for dialogs whose buttons are created before their fields (issue 23).

Qt walks a window's widgets with Tab in the order they were created and puts the cursor into the first of them
when the window opens. A base dialog that builds its button box in its constructor, before the subclass adds the
fields, would open on its OK button and walk OK → Cancel → fields. `fields_first` (called when the dialog is
shown) opens it in the first field and puts the buttons behind the last field, as they are laid out.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget


def focus_chain(window: QWidget) -> list[QWidget]:
    """Every widget of the window's focus chain once, starting after the window itself."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def fields_first(window: QWidget, box: QDialogButtonBox) -> None:
    fields = [w for w in focus_chain(window) if w.focusPolicy() & Qt.FocusPolicy.TabFocus
              and window.isAncestorOf(w) and not box.isAncestorOf(w) and w.isVisibleTo(window) and w.isEnabled()]
    if not fields:
        return
    order = fields + [b for b in box.buttons() if b.isVisibleTo(window)]
    for before, after in itertools.pairwise(order):
        QWidget.setTabOrder(before, after)
    if window.focusWidget() is None or box.isAncestorOf(window.focusWidget()):
        fields[0].setFocus(Qt.FocusReason.TabFocusReason)
