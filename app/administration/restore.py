"""Putting a backup back, with care: what would be lost is shown first, a safety copy is taken, and the restore is
recorded in the audit trail of the restored database (issue 22).

`preview_restore` compares the live database with the backup for what matters most when it is lost: payment
orders, letters and export batches (counts, and the newest items the backup lacks). An SQLite backup is read
directly, a PostgreSQL backup (pg_dump archive) through `pg_restore` without restoring it (`pg_archive`).
`restore_database` refuses without confirmation and refuses a backup that does not know the restoring person as an
active administrator (the restore could not be recorded there); then it takes a safety copy of the live database
(SQLite: beside the database, `….vor-wiederherstellung-<Zeit>.sqlite3`; PostgreSQL: pg_dump into the backup's
folder, `<Datenbank>.vor-wiederherstellung-<Zeit>.dump`), puts the backup back and records the restore
(`db.last_restore`, audited as "db-restore" with the file names as reason).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.administration import dbtools, pg_archive
from app.kernel.backup import backup_sqlite
from app.kernel.database import Database, sqlite_path
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.money import format_eur
from app.kernel.periods import format_date
from app.kernel.uow import UnitOfWork, reading
from db.base import utcnow
from db.models import Application, ConfigValue, ExportBatch, Letter, PaymentOrder

PERMISSION = "admin.configure"
RESTORE_KEY = "db.last_restore"
NEWEST = 5


@dataclass(frozen=True)
class Lacking:
    """One kind of record: how many the live database and the backup hold, and the newest the backup lacks."""

    label: str
    live: int
    in_backup: int
    lacking: tuple[str, ...]
    lacking_count: int


@dataclass(frozen=True)
class RestorePreview:
    backup: Path
    kinds: tuple[Lacking, ...]

    @property
    def loses_something(self) -> bool:
        return any(kind.lacking_count for kind in self.kinds)

    def lines(self) -> list[str]:
        """German lines for the question before the restore."""
        if not self.kinds:
            return [_("Die Sicherung {path} ersetzt den gesamten Inhalt der Datenbank.").format(path=self.backup)]
        lines = [_("Die Sicherung {path} ersetzt den gesamten Inhalt der Datenbank.").format(path=self.backup)]
        if not self.loses_something:
            return [*lines, _("Der Sicherung fehlen keine Auszahlungsanordnungen, Schreiben oder Zahlungsläufe.")]
        lines.append(_("Der Sicherung fehlt, was seither hinzukam (es ginge verloren):"))
        for kind in self.kinds:
            lines.append(_("{label}: {live} jetzt, {backup} in der Sicherung, {lacking} fehlen").format(
                label=kind.label, live=kind.live, backup=kind.in_backup, lacking=kind.lacking_count))
            lines.extend(f"  – {item}" for item in kind.lacking)
        return lines


@dataclass(frozen=True)
class RestoreResult:
    preview: RestorePreview
    safety_copy: Path


def _backup_ids(database: Database, source: Path, table: str) -> set[int]:
    if database.backend != "sqlite":
        return pg_archive.table_ids(source, table)
    try:
        with contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as conn:
            return {int(row[0]) for row in conn.execute(f"SELECT id FROM {table}")}
    except sqlite3.Error as exc:
        raise ValidationError(_("{path} ist keine FörderDesk-Sicherung.").format(path=source)) from exc


def _require_admin_in_backup(database: Database, source: Path, user_name: str) -> None:
    """The restore is recorded under the restoring person in the restored database: a backup (SQLite file or
    pg_dump archive) that does not know that person as an active administrator is refused before anything changes."""
    if database.backend == "sqlite":
        try:
            with contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as conn:
                row = conn.execute("SELECT role, active FROM users WHERE username = ?", (user_name,)).fetchone()
        except sqlite3.Error as exc:
            raise ValidationError(_("{path} ist keine FörderDesk-Sicherung.").format(path=source)) from exc
        known = row is not None and row[0] == "admin" and bool(row[1])
    else:
        known = any(user["username"] == user_name and user["role"] == "admin" and user["active"] == "t"
                    for user in pg_archive.table_rows(source, "users"))
    if not known:
        raise ValidationError(_("In der Sicherung ist »{user}« kein aktiver Administrator; die Wiederherstellung "
                                "ließe sich dort nicht protokollieren. Bitte als ein Administrator wiederherstellen, "
                                "den die Sicherung kennt. Nichts wurde geändert.").format(user=user_name))


def _describe_orders(database: Database, ids: list[int]) -> list[str]:
    with database.read() as session:
        rows = session.execute(select(PaymentOrder.id, PaymentOrder.amount, PaymentOrder.due_on,
                                      Application.file_number).join(Application).where(
            PaymentOrder.id.in_(ids)).order_by(PaymentOrder.id.desc())).all()
    return [_("Auszahlungsanordnung Nr. {id} über {amount}, fällig {due} ({file_number})").format(
        id=r.id, amount=format_eur(r.amount), due=format_date(r.due_on), file_number=r.file_number or "–")
        for r in rows]


def _describe_letters(database: Database, ids: list[int]) -> list[str]:
    with database.read() as session:
        rows = session.execute(select(Letter.id, Letter.subject, Letter.issued_at, Application.file_number)
                               .join(Application).where(Letter.id.in_(ids)).order_by(Letter.id.desc())).all()
    return [_("Schreiben Nr. {id} vom {day}: {subject} ({file_number})").format(
        id=r.id, day=format_date(r.issued_at.date()), subject=r.subject, file_number=r.file_number or "–")
        for r in rows]


def _describe_batches(database: Database, ids: list[int]) -> list[str]:
    with database.read() as session:
        rows = session.execute(select(ExportBatch.id, ExportBatch.created_at, ExportBatch.order_count,
                                      ExportBatch.control_sum).where(ExportBatch.id.in_(ids))
                               .order_by(ExportBatch.id.desc())).all()
    return [_("Zahlungslauf Nr. {id} vom {day}: {count} Anordnungen, {sum}").format(
        id=r.id, day=format_date(r.created_at.date()), count=r.order_count, sum=format_eur(r.control_sum))
        for r in rows]


def _kinds() -> tuple[tuple[str, type[PaymentOrder] | type[Letter] | type[ExportBatch], str,
                             Callable[[Database, list[int]], list[str]]], ...]:
    return (("payment_orders", PaymentOrder, _("Auszahlungsanordnungen"), _describe_orders),
            ("letters", Letter, _("Schreiben"), _describe_letters),
            ("export_batches", ExportBatch, _("Zahlungsläufe"), _describe_batches))


def preview_restore(database: Database, source: Path) -> RestorePreview:
    """What the backup lacks compared with the live data (payment orders, letters, export batches)."""
    if not source.is_file():
        raise ValidationError(_("Die Sicherungsdatei {path} gibt es nicht.").format(path=source))
    if database.backend != "sqlite":
        pg_archive.check_archive(source)
    kinds = []
    for table, model, label, describe in _kinds():
        in_backup = _backup_ids(database, source, table)
        with database.read() as session:
            live = set(session.scalars(select(model.id)))
        lacking = sorted(live - in_backup, reverse=True)
        kinds.append(Lacking(label, len(live), len(in_backup), tuple(describe(database, lacking[:NEWEST])),
                             len(lacking)))
    return RestorePreview(source, tuple(kinds))


def restore_database(database: Database, user_name: str, source: Path, *, confirmed: bool) -> RestoreResult:
    """Put the backup back: only for an administrator, only when `confirmed`, after a safety copy; audited."""
    with reading(database, user_name, PERMISSION):
        pass
    preview = preview_restore(database, source)
    _require_admin_in_backup(database, source, user_name)
    if not confirmed:
        raise ValidationError("\n".join([*preview.lines(), _("Nicht zurückgespielt: bitte bestätigen "
                                                             "(Befehlszeile: --yes).")]))
    safety = _safety_copy(database, source)
    dbtools.restore(database, source)
    _record(UnitOfWork(database, user_name), source, safety)
    return RestoreResult(preview, safety)


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    """A name not yet taken: a safety copy never replaces an earlier one (which may be the backup now restored)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")  # noqa: DTZ005 - local time in a file name
    target = folder / f"{stem}.vor-wiederherstellung-{stamp}{suffix}"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{stem}.vor-wiederherstellung-{stamp}-{number}{suffix}"
    return target


def _safety_copy(database: Database, source: Path) -> Path:
    """The live database as it is now, complete on disk (fsynced, renamed) before anything is replaced."""
    if database.backend == "sqlite":
        live = sqlite_path(database)
        return backup_sqlite(live, _free_name(live.parent, live.stem, live.suffix))
    folder = source.resolve().parent
    return dbtools.backup(database, _free_name(folder, database.url.database or "foerderdesk", ".dump"))


def _record(uow: UnitOfWork, source: Path, safety: Path) -> None:
    reason = _("Sicherung {path} zurückgespielt; Sicherheitskopie des vorherigen Stands: {copy}").format(
        path=source, copy=safety)
    with uow:
        actor = uow.act("db-restore", reason, permission=PERMISSION)
        row = uow.session.get(ConfigValue, RESTORE_KEY)
        value = json.dumps({"backup": str(source), "safety_copy": str(safety),
                            "at": utcnow().isoformat(timespec="seconds")}, ensure_ascii=False)
        if row is None:
            row = ConfigValue(key=RESTORE_KEY, value=value)
            uow.session.add(row)
        else:
            row.value = value
        row.updated_at, row.updated_by = utcnow(), actor.username
        uow.commit()
