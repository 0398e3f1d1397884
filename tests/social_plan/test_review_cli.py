"""`foerderdesk review add|show|remove` (issue 23), on both backends."""

from __future__ import annotations

import json

import pytest

from app.administration import settings_service as admin
from tests.fixtures.database import Today
from tests.letters import cases
from tests.letters.test_cli_letters import cli
from tests.social_plan.test_reviews import CODES
from tests.support import Office


def points(*values: int) -> list[str]:
    return [arg for code, value in zip(CODES, values, strict=True) for arg in ("--points", f"{code}={value}")]


def test_reviewers_add_their_scores_and_show_the_summary(office: Office, today: Today, db_url: str,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    admin.set_setting(office.admin, "panel_review", "ja")
    file_number = cases.reviewed(office, today)
    code, out, err = cli(capsys, db_url, "anna", "review", "add", file_number, *points(4, 4, 4, 4, 4, 4),
                         "--comment", "Tragfähiges Konzept")
    assert code == 0 and "Bewertung gespeichert: 80,00 %" in out, err
    code, out, err = cli(capsys, db_url, "bernd", "review", "add", file_number, *points(2, 2, 2, 2, 2, 2))
    assert code == 0 and "40,00 %" in out, err
    code, _out, err = cli(capsys, db_url, "leser", "review", "add", file_number, *points(5, 5, 5, 5, 5, 5))
    assert code == 1 and "Antrag im Gremium bewerten" in err
    code, out, _err = cli(capsys, db_url, "leser", "review", "show", file_number)
    assert code == 0 and "Tragfähiges Konzept" in out
    assert "2 Bewertungen: Mittelwert 60,00 %, Spanne 40,00 % bis 80,00 %, Standardabweichung 20,00" in out
    code, out, _err = cli(capsys, db_url, "leser", "review", "show", file_number, "--json")
    shown = json.loads(out)
    assert code == 0 and [r["reviewer"] for r in shown["reviews"]] == ["anna", "bernd"]
    assert (shown["summary"]["mean"], shown["summary"]["stdev"], shown["summary"]["count"]) == ("60.00", "20.00", 2)
    code, out, _err = cli(capsys, db_url, "bernd", "review", "remove", file_number)
    assert code == 0
    code, out, _err = cli(capsys, db_url, "leser", "review", "show", file_number, "--json")
    assert [r["reviewer"] for r in json.loads(out)["reviews"]] == ["anna"]
