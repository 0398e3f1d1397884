"""Exporting the auditor's dossier (Prüfakte): one ZIP per case, or one per case of a filtered set.

Reading the case happens in one read transaction, writing the ZIP afterwards (under a temporary name,
renamed when complete). Who may read the audit trail may export it. The same export is the file offered to
the public archive before a case is anonymised (`app.administration.data_protection.archive_offer`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.cases import case_list
from app.cases.case_list import CaseFilter
from app.kernel import atomic
from app.kernel.audit_anchor import anchor_of
from app.kernel.case_records import case_file_number, load_case
from app.kernel.errors import FoerderDeskError, ValidationError
from app.kernel.i18n import _
from app.kernel.uow import UnitOfWork
from app.proof.dossier_contents import dossier_files
from db.base import utcnow
from db.models import Application
from reports.dossier import DossierFile, ManifestEntry, csv_bytes, safe_part, zip_bytes

AUDIT_PURPOSE = "Prüfakte für die Rechnungsprüfung"
ARCHIVE_PURPOSE = "Anbietung an das öffentliche Archiv (§ 11 ThürArchivG)"
Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class DossierResult:
    file_number: str
    path: Path
    sha256: str
    files: tuple[ManifestEntry, ...]


def dossier_name(file_number: str) -> str:
    return f"Pruefakte_{safe_part(file_number)}.zip"


def _check_target(target: Path) -> Path:
    target = Path(target)
    if target.is_dir():
        raise ValidationError(_("{path} ist ein Ordner; bitte einen Dateinamen angeben.").format(path=target))
    if not target.parent.is_dir():
        raise ValidationError(_("Der Ordner {folder} existiert nicht.").format(folder=target.parent))
    return target


def _files(uow: UnitOfWork, file_number: str, purpose: str) -> tuple[str, list[DossierFile]]:
    with uow:
        actor = uow.act("export-dossier", permission="audit.read")
        app = load_case(uow.session, file_number)
        files = dossier_files(uow.session, app, actor.username, utcnow(), purpose)
        # a signed checkpoint of the whole audit chain on the day of the export (app.kernel.audit_anchor)
        files.append(DossierFile("02_verlauf/protokollanker.json", anchor_of(uow.session.connection()).to_json()))
        return case_file_number(app), files


def _write(file_number: str, target: Path, files: list[DossierFile]) -> DossierResult:
    data, entries = zip_bytes(files)
    try:
        atomic.write_bytes(target, data)
    except OSError as exc:
        raise FoerderDeskError(_("{path} kann nicht geschrieben werden: {error}").format(
            path=target, error=exc.strerror or exc)) from exc
    return DossierResult(file_number, target, hashlib.sha256(data).hexdigest(), tuple(entries))


def export_dossier(uow: UnitOfWork, file_number: str, target: Path, purpose: str = AUDIT_PURPOSE) -> DossierResult:
    """The dossier of one case as `target` (.zip)."""
    path = _check_target(target)
    canonical, files = _files(uow, file_number, purpose)
    return _write(canonical, path, files)


def file_numbers(uow: UnitOfWork, flt: CaseFilter) -> list[str]:
    with uow:
        uow.act("list-dossiers", permission="audit.read")
        ids = case_list.case_ids(uow.session, flt)
        found: dict[int, str] = {a.id: case_file_number(a) for a in uow.session.scalars(
            select(Application).where(Application.id.in_(ids)))} if ids else {}
        return [found[i] for i in ids if i in found]


def export_dossiers(uow: UnitOfWork, flt: CaseFilter, folder: Path, progress: Progress | None = None,
                    purpose: str = AUDIT_PURPOSE) -> list[DossierResult]:
    """One dossier per case of the filtered set in `folder`, plus `uebersicht.csv` with each ZIP's SHA-256."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FoerderDeskError(_("Der Ordner {path} kann nicht angelegt werden: {error}").format(
            path=folder, error=exc.strerror or exc)) from exc
    chosen = file_numbers(uow, flt)
    results = []
    for done, file_number in enumerate(chosen, start=1):
        canonical, files = _files(uow, file_number, purpose)
        results.append(_write(canonical, folder / dossier_name(canonical), files))
        if progress is not None and not progress(done, len(chosen)):
            break
    overview = csv_bytes((_("Aktenzeichen"), _("Datei"), _("Dateien"), _("SHA-256 der ZIP-Datei")),
                         [[r.file_number, r.path.name, str(len(r.files)), r.sha256] for r in results])
    atomic.write_bytes(folder / "uebersicht.csv", overview)
    return results
