"""Choosing files and folders, and writing files that appear complete or not at all.

The file dialogs live in one class so that tests replace them (as `Ask` for questions): no test
ever blocks on a native dialog. Writes go through `app.kernel.atomic` (hidden partial name, renamed
when complete), so a crash or a full disk never leaves a half-written letter behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from app.kernel import atomic
from app.kernel.errors import FoerderDeskError


def tr(text: str) -> str:
    return QCoreApplication.translate("Files", text)


class Files:
    """File and folder choosers; None when the user cancels."""

    last_folder: Path | None = None

    @classmethod
    def start_folder(cls) -> Path:
        if cls.last_folder is not None and cls.last_folder.is_dir():
            return cls.last_folder
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents else Path.home()

    @classmethod
    def save_as(cls, parent: QWidget | None, title: str, name: str, file_filter: str) -> Path | None:
        chosen, _selected = QFileDialog.getSaveFileName(parent, title, str(cls.start_folder() / name), file_filter)
        return cls._remember(chosen)

    @classmethod
    def open_file(cls, parent: QWidget | None, title: str, file_filter: str) -> Path | None:
        chosen, _selected = QFileDialog.getOpenFileName(parent, title, str(cls.start_folder()), file_filter)
        return cls._remember(chosen)

    @classmethod
    def folder(cls, parent: QWidget | None, title: str) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(parent, title, str(cls.start_folder()))
        if not chosen:
            return None
        cls.last_folder = Path(chosen)
        return Path(chosen)

    @classmethod
    def open_externally(cls, path: Path) -> bool:
        """Open the file in the program the system associates with it (PDF viewer, Excel)."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    @classmethod
    def _remember(cls, chosen: str) -> Path | None:
        if not chosen:
            return None
        cls.last_folder = Path(chosen).parent
        return Path(chosen)


def with_suffix(path: Path, suffix: str) -> Path:
    """The chosen name with the expected ending (a user may type "bescheid" without ".pdf")."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def write_atomically(target: Path, data: bytes) -> None:
    """Write `data` to `target` under a hidden partial name and rename it when complete."""
    target = Path(target)
    if target.is_dir():
        raise FoerderDeskError(tr("{path} ist ein Ordner; bitte einen Dateinamen angeben.").format(path=target))
    if not target.parent.is_dir():
        raise FoerderDeskError(tr("Der Ordner {folder} existiert nicht.").format(folder=target.parent))
    try:
        atomic.write_bytes(target, data)
    except OSError as exc:
        raise FoerderDeskError(tr("{path} kann nicht geschrieben werden: {error}").format(
            path=target, error=exc.strerror or exc)) from exc
