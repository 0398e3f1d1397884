"""`foerderdesk consultation book|list` and `idea add` on both backends."""

from __future__ import annotations

import json

import pytest

from tests.support import Office, run_cli


def cli(office: Office, capsys: pytest.CaptureFixture[str], *argv: str, user: str = "anna") -> tuple[int, str, str]:
    try:
        code = run_cli(["--db", office.database.url, "--user", user, *argv])
    except SystemExit as usage:  # argparse refuses a malformed option before the command runs
        code = int(usage.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_book_list_and_record_an_idea(office: Office, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(office, capsys, "consultation", "book", "--date", "05.02.2026", "--time", "14:00",
                         "--topic", "Elterncafé", "--contact", "Frau Beispiel", "--email", "beispiel@example.org",
                         "--follow-up", "19.02.2026")
    assert code == 0, err
    assert "gebucht: 05.02.2026 14:00 Uhr" in out
    consultation_id = out.split("Nr. ")[1].split(" ")[0]
    code, _out, err = cli(office, capsys, "consultation", "book", "--date", "05.02.2026", "--time", "14:30",
                          "--topic", "Zweiter", "--contact", "Herr Zwei", "--phone", "0361 1")
    assert code == 1 and "bereits vergeben: Anna Arndt berät am 05.02.2026 um 14:00 Uhr" in err
    code, _out, err = cli(office, capsys, "consultation", "book", "--date", "06.02.2026", "--time", "10",
                          "--topic", "Freitag", "--contact", "Herr Drei", "--phone", "0361 2")
    assert code == 1 and "kein Beratungstag" in err
    code, _out, err = cli(office, capsys, "consultation", "book", "--date", "05.02.2026", "--time", "25:00",
                          "--topic", "x", "--contact", "y", "--phone", "1")
    assert code == 2 and "keine Uhrzeit" in err
    code, _out, err = cli(office, capsys, "idea", "add", "--consultation", consultation_id, "--title", "Zirkus",
                          "--programme", "LPF")
    assert code == 1 and "--applicant" in err
    code, out, err = cli(office, capsys, "idea", "add", "--consultation", consultation_id, "--title", "Zirkus",
                         "--programme", "LPF", "--applicant", str(office.applicant_id))
    assert code == 0, err
    idea = out.split()[1]
    assert idea.startswith("IDEE-")
    code, out, _err = cli(office, capsys, "consultation", "list", "--from", "01.02.2026", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 1
    row = rows[0]
    assert (row["id"], row["start"], row["contact"], row["advisor"], row["topic"], row["idea"], row["follow_up_on"]) \
        == (int(consultation_id), "2026-02-05T14:00:00", "Familienzentrum Sonnenblume e.V. (Frau Beispiel)", "anna",
            "Elterncafé", idea, "2026-02-19")
    code, out, _err = cli(office, capsys, "consultation", "list", "--from", "01.02.2026")
    assert code == 0 and "Frau Beispiel" in out and "1 Beratungen" in out
    code, _out, err = cli(office, capsys, "consultation", "book", "--date", "10.02.2026", "--time", "9:00",
                          "--topic", "x", "--contact", "y", "--phone", "1", user="leser")
    assert code == 1 and err
