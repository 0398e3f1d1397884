"""Screenshots of the letter dialog and the Excel import dialog, for the README and the user guide.

    QT_QPA_PLATFORM=offscreen python -m devtools.screenshots.letters [--out docs/screenshots] [--cases 120]

Creates throw-away SQLite databases with demo data; shoots "Schreiben erstellen" of an approved case
and the import of the office list tests/data/foerderliste-2025.xlsx (with its planted problems),
each at the size it opens with on a 1920×1080 screen and at the largest size a 1366×768 screen allows;
and the letters for the filtered list after a run of drafts (its size fits both screens).
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QDialog

from demo.generator import generate
from demo.mode import demo_users
from devtools.screenshots.window import settle
from ui.application import GuiSession, open_database
from ui.excel.import_dialog import ImportDialog
from ui.excel.menu import open_batch_letters
from ui.letters.dialog import LetterDialog
from ui.main_window import MainWindow
from ui.style import apply_style

SIZES = {"": None, "-1366": (1366 - 40, 768 - 60)}  # None: the dialog's own size on a large screen
LIST = Path(__file__).resolve().parents[2] / "tests" / "data" / "foerderliste-2025.xlsx"


def save(app: QApplication, window: MainWindow, dialog: QDialog, size: tuple[int, int] | None, target: Path) -> None:
    if size is not None:
        dialog.resize(*size)
    settle(app, window, lambda: True)
    dialog.grab().save(str(target))
    print(f"{target} ({dialog.width()}×{dialog.height()})")


def shoot_letter(app: QApplication, window: MainWindow, out: Path) -> None:
    window.case_list.filters.set_status("approved")
    settle(app, window, lambda: window.case_list.model.rowCount() > 0)
    window.case_list.view.selectRow(0)
    settle(app, window, lambda: window.case_detail.detail is not None)
    tab = window.case_detail.letters
    window.case_detail.tabs.setCurrentWidget(tab)
    for suffix, size in SIZES.items():
        dialog = tab.create_letter()
        assert isinstance(dialog, LetterDialog)
        dialog.resize(1180, 820)
        settle(app, window, lambda d=dialog: d.pdf is not None)  # type: ignore[misc]
        save(app, window, dialog, size, out / f"schreiben-dialog{suffix}.png")
        dialog.close()


def shoot_batch(app: QApplication, window: MainWindow, folder: Path, out: Path) -> None:
    """Drafts of the approval for the whole list: most cases are written, the others named with the reason."""
    window.case_list.filters.set_status(None)
    settle(app, window, lambda: window.case_list.model.rowCount() > 0)
    dialog = open_batch_letters(window)
    dialog.resize(760, 600)
    dialog.kind.setCurrentIndex(dialog.kind.findData("approval"))
    dialog.folder.setText(str(folder))
    finished: list[object] = []
    dialog.finished_run.connect(finished.append)
    dialog.start()
    settle(app, window, lambda: bool(finished), timeout_ms=120000)
    dialog.summary.table.selectRow(0)
    save(app, window, dialog, None, out / "schreiben-stapel.png")
    dialog.close()


def shoot_import(app: QApplication, window: MainWindow, sample: Path, out: Path) -> None:
    for suffix, size in SIZES.items():
        dialog = ImportDialog(window.context, window)
        dialog.resize(1320, 800)
        dialog.show()
        dialog.load_file(sample)
        settle(app, window, lambda d=dialog: d.plan is not None and not d.busy)  # type: ignore[misc]
        dialog.report_view.selectRow(next((i for i, r in enumerate(dialog.report.rows) if r.cells[2] == "Fehler"), 0))
        save(app, window, dialog, size, out / f"excel-import{suffix}.png")
        dialog.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--cases", type=int, default=120)
    parser.add_argument("--list", default=str(LIST), help="Excel-Liste für den Import")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    apply_style(app)
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{Path(folder) / 'demo.sqlite3'}")
        generate(database, args.cases, seed=1)
        letters = GuiSession(database, "mueller", demo_users)
        assert letters.window is not None
        settle(app, letters.window, lambda: letters.window.case_list.model.rowCount() > 0)  # type: ignore[union-attr]
        shoot_letter(app, letters.window, out)
        shoot_batch(app, letters.window, Path(folder) / "schreiben", out)
        letters.window.close()
        empty = open_database(f"sqlite:///{Path(folder) / 'import.sqlite3'}")
        generate(empty, 0, seed=1)  # users, programmes and budgets; no cases that could collide with the list
        importing = GuiSession(empty, "weber", demo_users)
        assert importing.window is not None
        shoot_import(app, importing.window, Path(args.list), out)
        importing.window.close()
        database.dispose()
        empty.dispose()


if __name__ == "__main__":
    main()
