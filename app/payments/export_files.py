"""The file of an export batch can never be lost between the commit and the rename.

The file is written (and synced) under a hidden partial name before the commit; its bytes and target path are
committed with the batch (`PendingExportFile`). After the commit the partial file is renamed to its name and the
pending row deleted. A crash in between leaves the row: the next export (`complete_pending`) puts the file under
its name from the partial file if it is intact, otherwise from the committed bytes, so every batch ends with
exactly one file of exactly the recorded content (SHA-256). A batch whose file was once in place is never written
again on its own: the cash office may have taken it away; that is what the explicit re-export is for.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.kernel import atomic
from app.kernel.errors import FoerderDeskError, PermissionDenied, ValidationError
from app.kernel.i18n import _
from app.kernel.stored_text import N_, coded
from app.kernel.uow import UnitOfWork
from app.payments.lifecycles import ORDERS
from db.models import ExportBatch, PendingExportFile

# a test hook: called with "written", "committed" and "renamed"; raising there simulates a crash at that step
fault: Callable[[str], None] | None = None


def step(name: str) -> None:
    if fault is not None:
        fault(name)


class PendingFile:
    """The target written under a hidden partial name; renamed when the batch is committed."""

    def __init__(self, target: Path) -> None:
        self.target = Path(target)
        if self.target.is_dir():
            raise ValidationError(_("{path} ist ein Ordner; bitte einen Dateinamen angeben.").format(
                path=self.target), "path")
        if not self.target.parent.is_dir():
            raise ValidationError(_("Der Ordner {folder} existiert nicht.").format(folder=self.target.parent), "path")
        atomic.remove_stale(self.target.parent)
        self.partial = atomic.partial_name(self.target)

    def write(self, data: bytes) -> None:
        """Write and sync: once the batch is committed, the bytes are on the disk as well as in the database."""
        try:
            _write_synced(self.partial, data)
        except OSError as exc:
            self.discard()
            raise FoerderDeskError(_("{path} kann nicht geschrieben werden: {error}").format(
                path=self.target, error=exc.strerror or exc)) from exc

    def pending_row(self, batch_id: int, data: bytes) -> PendingExportFile:
        return PendingExportFile(batch_id=batch_id, path=str(self.target), partial=str(self.partial), content=data)

    def publish(self, batch_id: int) -> None:
        try:
            atomic.replace_atomically(self.partial, self.target)
        except OSError as exc:
            message = _("Der Zahlungslauf Nr. {id} ist gespeichert, aber die Datei {path} konnte nicht abgelegt "
                        "werden: {error} Sie wird beim nächsten Export erneut geschrieben.")
            raise FoerderDeskError(message.format(id=batch_id, path=self.target, error=exc.strerror or exc)) from exc

    def discard(self) -> None:
        self.partial.unlink(missing_ok=True)


def _write_synced(path: Path, data: bytes) -> None:
    with path.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _free_target(path: Path, batch_id: int, sha256: str) -> Path | None:
    """Where the batch's file goes: its own path, or beside it when another file took that name; None when the
    file already lies there complete. A vanished folder is refused (the user names the way out)."""
    if not path.parent.is_dir():
        raise FoerderDeskError(_("Die Datei des Zahlungslaufs Nr. {id} fehlt noch; ihr Ordner {folder} existiert "
                                 "nicht mehr. Bitte den Ordner wieder anlegen und erneut exportieren.").format(
            id=batch_id, folder=path.parent))
    if not path.exists():
        return path
    if _sha256(path) == sha256:
        return None
    return path.with_name(f"{path.stem}-lauf-{batch_id}{path.suffix}")


@dataclass(frozen=True)
class _Owed:
    batch_id: int
    path: Path
    partial: Path | None
    content: bytes
    sha256: str


def _place(owed: _Owed) -> Path:
    """Put the batch's file under its name: the synced partial if it is intact, else the committed bytes."""
    where = _free_target(owed.path, owed.batch_id, owed.sha256)
    partial = owed.partial
    if where is None:
        if partial is not None:
            partial.unlink(missing_ok=True)
        return owed.path
    if partial is None or _sha256(partial) != owed.sha256:
        if partial is not None:
            partial.unlink(missing_ok=True)
        partial = atomic.partial_name(where)
        _write_synced(partial, owed.content)
    atomic.replace_atomically(partial, where)
    return where


def publish(uow: UnitOfWork, file: PendingFile, batch_id: int, step_name: str = "export") -> None:
    """After the batch's commit: rename its file under a lock on its pending row, then release the row. A
    concurrent `complete_pending` that got there first has put the same bytes in place already."""
    with uow:
        uow.act("export-payments", coded(N_("Datei abgelegt")), permission=ORDERS.step(step_name).permission)
        pending = uow.session.get(PendingExportFile, batch_id, with_for_update=True)
        if pending is None:
            file.discard()
            return
        step("committed")
        file.publish(batch_id)
        step("renamed")
        uow.session.delete(pending)
        uow.commit()


def complete_pending(uow: UnitOfWork, step_name: str = "export") -> list[tuple[int, Path]]:
    """Write the files of committed batches whose file never reached its name (a crash after the commit);
    returns each such batch's id with where its file now lies. Whoever may export or re-export may do it.

    One transaction holding the pending rows: a batch whose own export is just putting its file in place is
    locked by it and skipped here (PostgreSQL; on SQLite write transactions queue anyway)."""
    completed = []
    with uow:
        uow.act("export-payments", coded(N_("Datei nach Unterbrechung abgelegt")),
                permission=ORDERS.step(step_name).permission)
        rows = list(uow.session.execute(select(PendingExportFile, ExportBatch).join(
            ExportBatch, ExportBatch.id == PendingExportFile.batch_id).order_by(ExportBatch.id)
            .with_for_update(of=PendingExportFile, skip_locked=True)))
        for pending, batch in rows:
            item = _Owed(batch.id, Path(pending.path), Path(pending.partial) if pending.partial else None,
                         pending.content, batch.sha256 or hashlib.sha256(pending.content).hexdigest())
            try:
                completed.append((item.batch_id, _place(item)))
            except OSError as exc:
                raise FoerderDeskError(_("Die Datei des Zahlungslaufs Nr. {id} ({path}) kann nicht geschrieben "
                                         "werden: {error}").format(id=item.batch_id, path=item.path,
                                                                   error=exc.strerror or exc)) from exc
            uow.session.delete(pending)
        uow.commit()
    return completed


def complete_at_start(uow: UnitOfWork) -> list[str]:
    """At program start: write the files an interrupted export left owed, if this person may export; German
    sentences saying where each went. Nothing (and no error) for a person who may not export: the next
    start or export by someone who may completes them."""
    try:
        completed = complete_pending(uow)
    except PermissionDenied:
        return []
    return [_("Die Datei des Zahlungslaufs Nr. {id} fehlte nach einer Unterbrechung und wurde jetzt unter {path} "
              "abgelegt.").format(id=batch_id, path=path) for batch_id, path in completed]
