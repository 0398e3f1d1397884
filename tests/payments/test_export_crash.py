"""A crash at any step of the payment export never leaves a committed batch without its file (issue 22).

A crash is injected through `app.payments.export_files.fault` after the file is written (before the commit),
after the commit (before the rename) and after the rename (before the committed bytes are released); the next
export recovers each: exactly one file per batch, with exactly the content recorded at the commit."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.kernel.errors import ValidationError
from app.payments import export_files
from app.payments.cash_export import describe, export_orders, reexport_batch
from db.enums import OrderState
from db.models import PendingExportFile
from tests.fixtures.database import Today
from tests.payments.cases import D, approved, batches, order, ordered
from tests.support import Office


class Crash(BaseException):
    """Stands for the process dying: not an Exception, so nothing on the way treats it as an expected error."""


@pytest.fixture
def crash_at() -> Iterator[list[str]]:
    steps: list[str] = []

    def fault(name: str) -> None:
        if name in steps:
            raise Crash(name)

    export_files.fault = fault
    yield steps
    export_files.fault = None


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The export folder (the SQLite test database lies in tmp_path itself)."""
    path = tmp_path / "kasse"
    path.mkdir()
    return path


def visible_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def pending_rows(office: Office) -> int:
    with office.database.read() as session:
        return int(session.scalar(select(func.count()).select_from(PendingExportFile)) or 0)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("step", ["committed", "renamed"])
def test_crash_after_the_commit_is_completed_by_the_next_export(office: Office, today: Today, folder: Path,
                                                                crash_at: list[str], step: str) -> None:
    file_number = approved(office, today)
    first, second = ordered(office, file_number, "1234.56"), ordered(office, file_number, "765.44")
    target = folder / "lauf.xml"
    crash_at.append(step)
    with pytest.raises(Crash):
        export_orders(office.bernd, "sepa", target)
    crash_at.clear()
    [batch] = batches(office)  # committed: the orders are in the batch …
    assert (batch.order_count, batch.control_sum) == (2, D("2000.00"))
    assert [order(office, i).state for i in (first, second)] == [OrderState.exported] * 2
    assert pending_rows(office) == 1  # … and its file is still owed
    assert target.exists() == (step == "renamed")

    result = export_orders(office.bernd, "sepa", folder / "naechster.xml")

    assert (result.batch_id, result.completed) == (batch.id, ((batch.id, target),))
    assert describe(result) == (f"Die Datei des Zahlungslaufs Nr. {batch.id} fehlte nach einer Unterbrechung und "
                                f"wurde jetzt unter {target} abgelegt.")
    assert visible_files(folder) == ["lauf.xml"] and sha(target) == batch.sha256
    assert not list(folder.glob(".~foerderdesk-*")) and pending_rows(office) == 0
    assert len(batches(office)) == 1
    with pytest.raises(ValidationError, match="keine angeordneten, noch nicht exportierten"):
        export_orders(office.bernd, "sepa", folder / "naechster.xml")  # done is done
    assert visible_files(folder) == ["lauf.xml"]


def test_lost_partial_file_is_written_again_from_the_committed_bytes(office: Office, today: Today, folder: Path,
                                                                      crash_at: list[str]) -> None:
    file_number = approved(office, today)
    ordered(office, file_number, "3000.00")
    target = folder / "lauf.csv"
    crash_at.append("committed")
    with pytest.raises(Crash):
        export_orders(office.bernd, "csv", target)
    crash_at.clear()
    [partial] = folder.glob(".~foerderdesk-*")
    written = partial.read_bytes()
    partial.unlink()  # the hidden file is gone (cleaned up, or the disk lost it)
    ordered(office, file_number, "1000.00")  # and a new order waits meanwhile

    result = export_orders(office.bernd, "csv", folder / "lauf2.csv")

    first, second = batches(office)
    assert result.completed == ((first.id, target),) and result.batch_id == second.id
    assert target.read_bytes() == written and sha(target) == first.sha256
    assert sha(folder / "lauf2.csv") == second.sha256 and (second.order_count, second.control_sum) == (1, D("1000.00"))
    assert visible_files(folder) == ["lauf.csv", "lauf2.csv"] and pending_rows(office) == 0
    assert describe(result).splitlines()[0] == (f"Die Datei des Zahlungslaufs Nr. {first.id} fehlte nach einer "
                                                f"Unterbrechung und wurde jetzt unter {target} abgelegt.")


def test_crash_before_the_commit_leaves_nothing_and_the_orders_go_into_the_next_batch(
        office: Office, today: Today, folder: Path, crash_at: list[str]) -> None:
    file_number = approved(office, today)
    order_id = ordered(office, file_number, "2500.00")
    crash_at.append("written")
    with pytest.raises(Crash):
        export_orders(office.bernd, "sepa", folder / "lauf.xml")
    crash_at.clear()
    assert batches(office) == [] and pending_rows(office) == 0 and order(office, order_id).state == OrderState.ordered
    assert list(folder.iterdir()) == []

    result = export_orders(office.bernd, "sepa", folder / "lauf.xml")

    [batch] = batches(office)
    assert (result.batch_id, result.completed, batch.order_count) == (batch.id, (), 1)
    assert visible_files(folder) == ["lauf.xml"] and sha(folder / "lauf.xml") == batch.sha256


def test_a_name_taken_meanwhile_is_kept_and_the_batch_file_goes_beside_it(office: Office, today: Today,
                                                                            folder: Path, crash_at: list[str]) -> None:
    file_number = approved(office, today)
    ordered(office, file_number, "3000.00")
    target = folder / "lauf.csv"
    crash_at.append("committed")
    with pytest.raises(Crash):
        export_orders(office.bernd, "csv", target)
    crash_at.clear()
    target.write_text("fremde Datei", encoding="utf-8")
    [batch] = batches(office)

    result = export_orders(office.bernd, "csv", folder / "egal.csv")

    beside = folder / f"lauf-lauf-{batch.id}.csv"
    assert result.completed == ((batch.id, beside),) and sha(beside) == batch.sha256
    assert target.read_text(encoding="utf-8") == "fremde Datei"
    assert visible_files(folder) == ["lauf-lauf-1.csv", "lauf.csv"]


def test_crash_in_a_reexport_is_completed_too(office: Office, today: Today, folder: Path,
                                              crash_at: list[str]) -> None:
    file_number = approved(office, today)
    ordered(office, file_number, "3000.00")
    first = export_orders(office.bernd, "csv", folder / "lauf.csv")
    (folder / "lauf.csv").unlink()  # the cash office lost it
    crash_at.append("committed")
    with pytest.raises(Crash):
        reexport_batch(office.sabine, first.batch_id, "csv", folder / "erneut.csv", "Kasse hat die Datei verloren.")
    crash_at.clear()
    again = batches(office)[1]
    assert again.repeat_of_id == first.batch_id and not (folder / "erneut.csv").exists()

    result = export_orders(office.bernd, "csv", folder / "neu.csv")

    assert result.completed == ((again.id, folder / "erneut.csv"),)
    assert sha(folder / "erneut.csv") == again.sha256 and visible_files(folder) == ["erneut.csv"]


def test_an_export_putting_its_file_in_place_is_not_completed_by_another(office: Office, today: Today,
                                                                         folder: Path) -> None:
    """Between its commit and its rename an export holds its pending row; a second export arriving then (on the
    server: another workstation) skips that batch instead of writing its file as well."""
    if office.database.backend != "postgresql":
        pytest.skip("SQLite queues write transactions: no second writer can come in between")
    from app.payments.export_files import complete_pending

    file_number = approved(office, today)
    ordered(office, file_number, "3000.00")
    seen: list[list[tuple[int, Path]]] = []

    def other_workstation(name: str) -> None:
        if name == "committed":
            seen.append(complete_pending(office.anna))

    export_files.fault = other_workstation
    try:
        result = export_orders(office.bernd, "csv", folder / "lauf.csv")
    finally:
        export_files.fault = None
    assert seen == [[]] and result.completed == ()
    assert visible_files(folder) == ["lauf.csv"] and sha(folder / "lauf.csv") == result.sha256
    assert pending_rows(office) == 0
