"""A text field that edits a database column holds no more than the column: its maxLength comes from app/.

`bound(edit, "Entity.field")` sets the field's maxLength to the column's length (`app.kernel.field_limits`) and
names the column on the widget (property "column"), so tests/ui/test_field_limits.py can check every form.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from app.kernel.field_limits import field_limit

COLUMN = "column"


def bound(edit: QLineEdit, column: str) -> QLineEdit:
    """Limit `edit` to what `column` ("Entity.field") holds; returns the field."""
    edit.setMaxLength(field_limit(column))
    edit.setProperty(COLUMN, column)
    return edit
