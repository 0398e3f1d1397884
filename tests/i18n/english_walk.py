"""Walk the real windows in English and report every visible text that is still German.

    python -m tests.i18n.english_walk DATABASE_FILE     (prints JSON: {"seen": n, "found": [...]})

Runs in its own process: the language must be chosen before the modules with translated module-level
labels are imported, exactly as `foerderdesk` does at start (foerderdesk.main). The database gets demo data.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# the walk triggers every menu entry, View → Language too: it must never write the real user's config.toml
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="foerderdesk-walk-config-")

from app.kernel.i18n import install_language  # the language comes first

install_language("en")

from PySide6.QtCore import QEventLoop, QModelIndex, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
    QWizard,
    QWizardPage,
)

from tests.i18n.german import GermanText  # noqa: E402

Found = dict[str, str]
# widgets that show a letter's own (German) wording: letters to applicants are written in German
GERMAN_BY_DESIGN = {"letterState", "letterSubject", "letterWordingLabel", "letterWordingRequired"}
DUMP = open(os.environ["I18N_WALK_DUMP"], "w", encoding="utf-8") if os.environ.get("I18N_WALK_DUMP") else None  # noqa: SIM115


class Walker:
    """Collects (kind, text, where) from widgets; `found` keeps the German ones."""

    def __init__(self, german: GermanText) -> None:
        self.german = german
        self.seen = 0
        self.found: list[Found] = []
        self.english: set[str] = set()

    def note(self, kind: str, text: object, where: str) -> None:
        if not isinstance(text, str) or not text.strip():
            return
        self.seen += 1
        self.english.add(text)
        if DUMP:
            DUMP.write(f"{kind}\t{text!r}\t{where}\n")
        reason = self.german.reason(kind, text)
        if reason and not any(f["text"] == text and f["kind"] == kind for f in self.found):
            self.found.append({"kind": kind, "text": text, "where": where, "reason": reason})

    def widget_tree(self, root: QWidget, where: str) -> None:
        for widget in [root, *root.findChildren(QWidget)]:
            self.widget(widget, f"{where}/{type(widget).__name__}:{widget.objectName()}")
        for form in root.findChildren(QFormLayout):  # (QWidget.layout() returning None trips PySide's refcount)
            self.form(form, where)

    def widget(self, widget: QWidget, where: str) -> None:
        if widget.objectName() in GERMAN_BY_DESIGN:
            return
        if widget.isWindow():
            self.note("title", widget.windowTitle(), where)
        self.note("tooltip", widget.toolTip(), where)
        if isinstance(widget, QLabel):
            self.note("label", widget.text(), where)
        if isinstance(widget, QAbstractButton):
            self.note("button", widget.text(), where)
        if isinstance(widget, QToolButton) and widget.menu() is not None:
            self.menu(widget.menu(), where)
        if isinstance(widget, QGroupBox):
            self.note("group", widget.title(), where)
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            self.note("placeholder", widget.placeholderText(), where)
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                self.note("item", widget.itemText(index), where)
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                self.note("tab", widget.tabText(index), where)
                self.note("tooltip", widget.tabToolTip(index), where)
        if isinstance(widget, QAbstractItemView):
            self.item_view(widget, where)
        if isinstance(widget, QWizard):
            for page_id in widget.pageIds():
                self.note("title", QWizardPage.title(QWizard.page(widget, page_id)), where)
                self.note("label", QWizardPage.subTitle(QWizard.page(widget, page_id)), where)
        for action in widget.actions():
            self.action(action, where)

    def form(self, form: QFormLayout, where: str) -> None:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                self.note("formlabel", item.widget().text(), where)  # type: ignore[union-attr]

    def item_view(self, view: QAbstractItemView, where: str) -> None:
        model = view.model()
        if model is None:
            return
        columns = _count(model.columnCount)
        for column in range(columns):
            self.note("header", model.headerData(column, Qt.Orientation.Horizontal), where)
            self.note("tooltip", model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole),
                      where)
        for row in range(min(_count(model.rowCount), 25)):
            for column in range(columns):
                index = model.index(row, column)
                self.note("cell", _text(model.data(index)), where)
                self.note("celltip", _text(model.data(index, Qt.ItemDataRole.ToolTipRole)), where)

    def action(self, action: object, where: str) -> None:
        self.note("action", action.text(), where)  # type: ignore[attr-defined]
        self.note("tooltip", action.toolTip() if action.toolTip() != action.text().replace("&", "") else "",  # type: ignore[attr-defined]
                  where)
        menu = action.menu()  # type: ignore[attr-defined]
        if isinstance(menu, QMenu):
            self.menu(menu, where)

    def menu(self, menu: QMenu, where: str) -> None:
        self.note("menu", menu.title(), where)
        for action in menu.actions():
            self.action(action, f"{where}/{menu.title()}")


def _count(method: Callable[..., int]) -> int:
    """rowCount/columnCount: some models take the parent index, list models hide the overload."""
    try:
        return method(QModelIndex())
    except TypeError:
        try:
            return method()
        except TypeError:
            return 1


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def settle(until: Callable[[], bool] = lambda: True, busy: Callable[[], bool] = lambda: False,
           timeout_ms: int = 15000) -> None:
    waited = 0
    while waited < timeout_ms and not (until() and not busy()):
        loop = QEventLoop()
        QTimer.singleShot(40, loop.quit)
        loop.exec()
        waited += 40
    QApplication.processEvents()


class Modals:
    """Inspects and closes every dialog that opens modally (exec()) while an action runs."""

    def __init__(self, walker: Walker, known: Iterable[QWidget]) -> None:
        self.walker = walker
        self.known = set(known)
        self.timer = QTimer(interval=150)
        self.timer.timeout.connect(self.sweep)

    def sweep(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget not in self.known:
                self.walker.widget_tree(widget, type(widget).__name__)
                widget.close() if not isinstance(widget, QDialog) else widget.reject()


def walk_user(walker: Walker, session: object, user: str) -> None:
    from app.cases.workflow import available
    from db.enums import Status
    from ui.dialogs.action_dialog import ActionDialog
    from ui.dialogs.action_specs import SPECS

    window = session.open_window(user)  # type: ignore[attr-defined]
    window.resize(1600, 900)
    busy = lambda: window.context.runner.busy  # noqa: E731
    settle(lambda: window.case_list.model.rowCount() > 0 and window.choices is not None, busy)
    walker.widget_tree(window, f"MainWindow[{user}]")
    for status in Status:
        window.case_list.filters.set_status(status.value)
        settle(lambda: True, busy)
        if window.case_list.model.rowCount() == 0:
            continue
        window.case_list.view.selectRow(0)
        settle(lambda: window.case_detail.detail is not None, busy)
        detail = window.case_detail.detail
        for index in range(window.case_detail.tabs.count()):
            window.case_detail.tabs.setCurrentIndex(index)
            settle(lambda: True, busy)
        walker.widget_tree(window.case_detail, f"CaseDetail[{user},{status.value}]")
        for transition in available(detail.status, window.context.actor.role):
            if transition.action not in detail.actions or transition.action not in SPECS:
                continue
            dialog = ActionDialog(window.context, detail, transition, SPECS[transition.action], window)
            walker.widget_tree(dialog, f"ActionDialog[{transition.action}]")
            dialog.deleteLater()
        letter = window.case_detail.letters.create_letter()
        if letter is not None:
            settle(lambda: True, busy)
            walker.widget_tree(letter, "LetterDialog")
            letter.reject()
    window.case_list.filters.set_status("")
    settle(lambda: window.case_list.model.rowCount() > 0, busy)
    wizard = window.new_case()
    if wizard is not None:
        settle(lambda: True, busy)
        walker.widget_tree(wizard, "IntakeWizard")
        wizard.reject()
    small_dialogs(walker, window)
    trigger_menus(walker, window, busy)


def small_dialogs(walker: Walker, window: QWidget) -> None:
    """Dialogs opened from buttons deep inside tabs and windows: built directly, inspected, closed."""
    import datetime as dt

    from demo.generator import generate
    from ui.applicants.merge_dialog import MergeDialog
    from ui.dialogs.applicant_dialog import ApplicantDialog
    from ui.dialogs.first_start import FirstStartDialog
    from ui.dialogs.small_dialogs import OverrideDialog, PostponeDialog

    context = window.context  # type: ignore[attr-defined]
    dialogs = [ApplicantDialog(context, window.choices, window),  # type: ignore[attr-defined]
               OverrideDialog("rule (a data label)", "message from app/", window),
               PostponeDialog(dt.date(2026, 3, 1), window), MergeDialog(context, None, window),
               FirstStartDialog(context.database, context.actor.username, window, generate=generate)]
    for dialog in dialogs:
        walker.widget_tree(dialog, type(dialog).__name__)
        dialog.deleteLater()


def trigger_menus(walker: Walker, window: QWidget, busy: Callable[[], bool]) -> None:
    """Every menu entry that opens a window or dialog: inspect what it opens, then close it."""
    actions = [a for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()  # type: ignore[attr-defined]
               if a.text() and not a.menu() and a.isEnabled() and a.shortcut().toString() != "Ctrl+Q"]
    for action in actions:
        if action.text().replace("&", "") in {"Quit", "Beenden"}:
            continue
        modals = Modals(walker, QApplication.topLevelWidgets())
        modals.timer.start()
        action.trigger()
        settle(lambda: True, busy, timeout_ms=3000)
        settle(lambda: False, busy, timeout_ms=400)
        modals.sweep()
        modals.timer.stop()
    walker.widget_tree(window, "MainWindow(after menus)")  # docks and panels the menus showed


def stored_texts(database: object) -> set[str]:
    """Short texts stored in the database (names, titles, municipalities …): data, not program text."""
    from sqlalchemy import String, select

    from db.base import Base

    values: set[str] = set()
    with database.read() as session:  # type: ignore[attr-defined]
        for table in Base.metadata.sorted_tables:
            for column in table.columns:  # names and titles; long free texts and the audit log are not chrome
                short = isinstance(column.type, String) and 0 < (column.type.length or 0) <= 300
                if short and "audit" not in table.name:
                    values.update(v for v in session.scalars(select(column).distinct().limit(5000)) if v)
    return values


def main(database_file: str) -> None:
    from app.administration.reference_data import has_data
    from demo.generator import generate
    from demo.mode import demo_users
    from ui.application import GuiSession, open_database
    from ui.translation import install_translators

    _application = QApplication([])  # kept alive for the whole walk
    install_translators("en")
    database = open_database(f"sqlite:///{Path(database_file).as_posix()}")
    if not has_data(database):  # a second run on the same file (while fixing texts) reuses the data
        generate(database, 40, seed=1)
    walker = Walker(GermanText.load().with_data(stored_texts(database)))
    session = GuiSession(database, "mueller", demo_users)
    for user in ("mueller", "weber", "admin"):
        walk_user(walker, session, user)
    session.window.close()  # type: ignore[union-attr]
    database.dispose()
    json.dump({"seen": walker.seen, "found": walker.found,
               "sample": sorted(t for t in walker.english if re.fullmatch(r"[&A-Za-z ]{3,20}", t))[:400]},
              sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.flush()
    os._exit(0)  # the result is out; skip tearing down hundreds of Qt windows at interpreter exit


if __name__ == "__main__":
    main(sys.argv[1])
