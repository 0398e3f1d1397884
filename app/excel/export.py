"""The supervisor workbook as a file: read the filtered cases, render them, publish the file when complete.

One use case for the GUI dialog and `foerderdesk export overview`. The workbook is rendered
(`reports.excel`) into a hidden partial file beside the target and renamed when complete
(`app.kernel.atomic`): a cancel, an error or a crash never leaves a half-written or missing overview
behind, and an older file of the same name stays intact until the new one is ready.
"""

from __future__ import annotations

from pathlib import Path

from app.excel.overview import OverviewRequest, load_overview, load_summary
from app.kernel import atomic, permissions
from app.kernel.database import Database
from app.kernel.errors import FoerderDeskError
from app.kernel.i18n import _
from app.kernel.uow import load_actor
from reports.excel.cases_sheet import Cancelled
from reports.excel.model import Overview, Progress
from reports.excel.writer import write_workbook


class ExportCancelled(FoerderDeskError):
    """The user cancelled; no file was written."""


class ExportFailed(FoerderDeskError):
    """The file could not be written (folder missing, no permission, file open in Excel …)."""


def export_overview(database: Database, request: OverviewRequest, user_name: str, target: Path,
                    progress: Progress | None = None) -> int:
    """Read the filtered cases and write the workbook to `target`; returns the number of case rows."""
    atomic.check_target(Path(target))  # a device, pipe or folder is refused before anything is read
    return write_overview(target, load_overview(database, request, user_name), progress)


def write_overview(target: Path, overview: Overview, progress: Progress | None = None) -> int:
    """Write the workbook to `target`; returns the number of case rows. Raises ExportCancelled/ExportFailed."""
    target = Path(target)
    if not target.parent.is_dir():
        overview.close()
        raise ExportFailed(_("Der Ordner {folder} existiert nicht.").format(folder=target.parent))
    try:
        atomic.check_target(target)
    except FoerderDeskError:
        overview.close()  # releases the read transaction (on PostgreSQL it would hold its locks)
        raise
    try:
        with atomic.replacing(target) as partial:
            return write_workbook(partial, overview, progress)
    except Cancelled:
        raise ExportCancelled(_("Der Export wurde abgebrochen; es wurde keine Datei geschrieben.")) from None
    except OSError as exc:
        raise ExportFailed(_("Die Datei {path} kann nicht geschrieben werden ({error}). Ist sie gerade in Excel "
                             "geöffnet?").format(path=target, error=exc.strerror or exc)) from exc


def export_summary_pdf(database: Database, request: OverviewRequest, user_name: str, target: Path) -> int:
    """The one-page summary per programme and year as PDF at `target`; returns the number of pages' blocks."""
    from reports.summary.pdf import render_summary  # reportlab: loaded for the PDF only, not for the workbook

    target = Path(target)
    if not target.parent.is_dir():
        raise ExportFailed(_("Der Ordner {folder} existiert nicht.").format(folder=target.parent))
    atomic.check_target(target)
    with database.read() as session:
        actor = load_actor(session, user_name)
        permissions.require(actor, "case.read")
        summary = load_summary(session, request, actor.display_name)
    try:
        atomic.write_bytes(target, render_summary(summary))
    except OSError as exc:
        raise ExportFailed(_("Die Datei {path} kann nicht geschrieben werden ({error}). Ist sie gerade "
                             "geöffnet?").format(path=target, error=exc.strerror or exc)) from exc
    return len(summary.blocks)
