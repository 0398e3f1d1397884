"""`foerderdesk letter`, `letters`, `letter-list` and `letter-export` on both backends."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli.main import run
from tests.fixtures.database import Today
from tests.letters import cases
from tests.letters.cases import letter_count, pdf_text
from tests.support import Office, run_cli


def cli(capsys: pytest.CaptureFixture[str], db_url: str, user: str, *argv: str) -> tuple[int, str, str]:
    code = run_cli(["--db", db_url, "--user", user, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_letter_writes_a_draft_and_with_issue_stores_it(office: Office, today: Today, db_url: str, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    file_number = cases.decided(office, today)
    draft = tmp_path / "entwurf.pdf"
    code, out, err = cli(capsys, db_url, "anna", "letter", file_number, "approval", "-o", str(draft))
    assert code == 0, err
    assert "Entwurf geschrieben" in out and "ENTWURF" in pdf_text(draft.read_bytes())
    assert letter_count(office) == 0
    issued = tmp_path / "bescheid.pdf"
    code, out, err = cli(capsys, db_url, "anna", "letter", file_number, "approval", "-o", str(issued), "--issue",
                         "--posted-on", "03.03.2026")
    assert code == 0, err
    assert "Ausgestellt als Nr. 1" in out and "Aufgabe zur Post am 03.03.2026" in out
    assert "ENTWURF" not in pdf_text(issued.read_bytes()) and letter_count(office) == 1
    code, out, _err = cli(capsys, db_url, "leser", "letter-list", file_number, "--json")
    rows = json.loads(out)
    assert code == 0 and [(r["id"], r["kind"], r["posted_on"]) for r in rows] == [(1, "approval", "2026-03-03")]
    exported = tmp_path / "kopie.pdf"
    code, out, _err = cli(capsys, db_url, "leser", "letter-export", "1", "-o", str(exported))
    assert code == 0 and exported.read_bytes() == issued.read_bytes()
    assert leftovers(tmp_path) == []


def test_refusals_exit_1_with_a_german_message_and_leave_no_file(office: Office, today: Today, db_url: str,
                                                                  tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    file_number = cases.registered(office, today)
    target = tmp_path / "x.pdf"
    code, _out, err = cli(capsys, db_url, "anna", "letter", file_number, "approval", "-o", str(target), "--issue")
    assert code == 1 and "»Zuwendungsbescheid« passt nicht zu diesem Vorgang" in err and "Traceback" not in err
    code, _out, err = cli(capsys, db_url, "leser", "letter", file_number, "receipt", "-o", str(target), "--issue")
    assert code == 1 and "darf »Schreiben ausstellen« nicht ausführen" in err
    code, _out, err = cli(capsys, db_url, "anna", "letter", "LPF-2026-9999", "receipt", "-o", str(target))
    assert code == 1 and "LPF-2026-9999" in err
    code, _out, err = cli(capsys, db_url, "anna", "letter", file_number, "receipt", "-o",
                          str(tmp_path / "fehlt" / "x.pdf"), "--issue")
    assert code == 1 and "fehlt existiert nicht" in err  # refused before anything is issued
    assert not target.exists() and leftovers(tmp_path) == [] and letter_count(office) == 0


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_url = f"sqlite:///{tmp_path / 'nie.sqlite3'}"  # never opened: argparse refuses first
    with pytest.raises(SystemExit) as exited:
        run(["--db", db_url, "letter", "LPF-2026-0001", "bescheid", "-o", str(tmp_path / "x.pdf")])
    assert exited.value.code == 2 and "Fehlerhafter Aufruf" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        run(["--db", db_url, "letters", "--kind", "approval", "-o", str(tmp_path)])
    assert exited.value.code == 2


def test_batch_writes_fitting_letters_skips_the_rest_and_reports_progress(office: Office, today: Today, db_url: str,
                                                                          tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    approved = cases.decided(office, today)
    partial = cases.decided(office, today, "partial", "6000.00", "Nur die Personalkosten sind förderfähig.")
    folder = tmp_path / "bescheide"
    code, out, err = cli(capsys, db_url, "sabine", "letters", "--status", "approved", "--kind", "approval",
                         "-o", str(folder), "--issue")
    assert code == 0, err
    assert f"[1/2] {approved}: geschrieben" in err
    assert f"[2/2] {partial}: übersprungen – »Zuwendungsbescheid« passt nicht" in err
    assert "1 geschrieben und ausgestellt, 1 übersprungen, 0 fehlgeschlagen (2 Vorgänge)" in out
    assert sorted(p.name for p in folder.iterdir()) == [f"{approved}_approval.pdf"]
    assert letter_count(office) == 1
    code, out, err = cli(capsys, db_url, "anna", "letters", "--status", "approved", "--kind", "partial_approval",
                         "-o", str(folder))
    assert code == 0 and "1 geschrieben, 1 übersprungen" in out
    assert "höchstens 6.000,00 € bewilligt" in pdf_text((folder / f"{partial}_partial_approval.pdf").read_bytes())
    assert letter_count(office) == 1 and leftovers(folder) == []


def test_a_batch_stops_when_cancelled_and_keeps_what_was_issued(office: Office, today: Today) -> None:
    from app.letters import batch
    from app.letters.kinds import LetterKind

    file_numbers = [cases.decided(office, today) for _ in range(3)]
    written: list[str] = []
    seen: list[int] = []

    def cancel_after_two(done: int, total: int, item: batch.BatchItem) -> bool:
        seen.append(done)
        return done < 2

    items = batch.run_batch(office.sabine, file_numbers, LetterKind.approval, issue=True,
                            sink=lambda file_number, _pdf, _letter_id: written.append(file_number),
                            progress=cancel_after_two)
    assert seen == [1, 2] and written == file_numbers[:2]
    assert [item.outcome for item in items] == [batch.Outcome.written] * 2 and letter_count(office) == 2


def test_draft_batches_report_unknown_and_unfitting_cases_and_write_the_rest(office: Office, today: Today) -> None:
    from app.letters import batch
    from app.letters.kinds import LetterKind

    approved = cases.decided(office, today)
    rejected = cases.decided(office, today, "reject", None, "Der Bedarf ist im Sozialraum bereits gedeckt.")
    written: dict[str, bytes] = {}
    items = batch.run_batch(office.anna, ["LPF-2026-9999", rejected, approved], LetterKind.approval, issue=False,
                            sink=lambda file_number, pdf, _letter_id: written.__setitem__(file_number, pdf))
    assert [(item.file_number, item.outcome) for item in items] == [
        ("LPF-2026-9999", batch.Outcome.failed), (rejected, batch.Outcome.skipped), (approved, batch.Outcome.written)]
    assert "LPF-2026-9999" in items[0].message and "passt nicht" in items[1].message
    assert list(written) == [approved] and "ENTWURF" in pdf_text(written[approved])
    assert letter_count(office) == 0
