"""The decision brief: one read with everything the supervisor confirms, and its one-page PDF (both backends)."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from app.cases import alignment, checking, decisions
from app.cases.decision_brief import read_decision_brief
from app.cases.decision_brief_print import brief_pdf, write_brief
from app.kernel.errors import ValidationError
from db.enums import DecisionOutcome, DecisionState
from tests.fixtures.database import Today
from tests.fixtures.social_plan import FULL_SCORES
from tests.support import YEAR, Office, record_case_documents, register, run_cli

D = Decimal
REASONS = "Teilbewilligung: die Honorare sind nur zur Hälfte angemessen."


def _reviewed(office: Office, today: Today, **changes: object) -> str:
    today.set(dt.date(YEAR, 2, 2))
    ref = register(office, **changes)
    record_case_documents(office, ref)
    checking.start_check(office.anna, ref)
    checking.confirm_eligible(office.anna, ref)
    return ref


def proposed_partial(office: Office, today: Today) -> str:
    """Another case approved with 10,000.00 first; this one scored (44 of 60 weighted points) and proposed as a
    partial grant of 8,000.00 of 12,500.00 eligible costs."""
    other = _reviewed(office, today, title="Elterncafé Nord")
    decisions.propose(office.anna, other, "approve", amount="10000.00", reasons="Bedarf belegt.")
    decisions.confirm_decision(office.sabine, other)
    ref = _reviewed(office, today)
    alignment.align_case(office.anna, ref, [], FULL_SCORES)
    decisions.propose(office.anna, ref, "partial", amount="8000,00", reasons=REASONS)
    return ref


def test_brief_has_every_figure_the_supervisor_needs(office: Office, today: Today) -> None:
    ref = proposed_partial(office, today)
    brief = read_decision_brief(office.sabine, ref)
    assert (brief.outcome, brief.state, brief.amount) == (DecisionOutcome.partial, DecisionState.proposed, D("8000.00"))
    assert brief.funding_rate == D("0.6400")  # 8,000.00 / 12,500.00
    assert brief.plan.total_costs == D("12500.00") and brief.plan.eligible_costs == D("12500.00")
    assert (brief.plan.own_funds, brief.plan.third_party_funds, brief.plan.requested) == (
        D("1500.00"), D("1000.00"), D("10000.00"))
    assert brief.score == "73,33 %"  # (4·3 + 3·2 + 2·1 + 5·2 + 3·2 + 4·2) / (12·5) = 44 / 60
    # 100,000.00 budget − 10,000.00 approved for the other case − 8,000.00 of this proposal
    assert (brief.budget.allocation, brief.budget.committed, brief.budget.this_decision) == (
        D("100000.00"), D("10000.00"), D("8000.00"))
    assert brief.budget.left_after == D("82000.00")
    assert brief.reasons == REASONS and brief.proposer == "Anna Arndt"
    assert brief.formal_checks and all(c.passed or c.overridden for c in brief.formal_checks)
    assert [c.passed for c in brief.content_checks] == [True] * 5


def test_confirmed_decision_counts_once(office: Office, today: Today) -> None:
    ref = proposed_partial(office, today)
    decisions.confirm_decision(office.tom, ref)
    budget = read_decision_brief(office.leser, ref).budget
    assert (budget.committed, budget.this_decision, budget.left_after) == (D("18000.00"), D("0.00"), D("82000.00"))


def test_no_proposal_no_brief(office: Office, today: Today) -> None:
    ref = _reviewed(office, today)
    with pytest.raises(ValidationError, match="kein Entscheidungsvorschlag"):
        read_decision_brief(office.sabine, ref)


def test_pdf_is_one_page_with_each_element(office: Office, today: Today, tmp_path: object) -> None:
    ref = proposed_partial(office, today)
    pdf = brief_pdf(office.sabine, ref)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    for expected in (ref, "Teilbewilligung", "8.000,00 €", "64 %", "Finanzierungsplan", "12.500,00 €",
                     "1.500,00 €", "Prüfergebnisse", "Formell:", "Inhaltlich: Höchstfördersatz 80 % eingehalten",
                     "73,33 %", "82.000,00 € (LPF 2026)", "Anna Arndt", "nur zur Hälfte angemessen"):
        assert expected in text, expected
    target = tmp_path / "vorlage.pdf"  # type: ignore[operator]
    assert write_brief(office.sabine, ref, target) == target
    assert PdfReader(target).pages[0].extract_text().count(ref) >= 1


def test_cli_writes_the_brief(office: Office, today: Today, db_url: str, tmp_path: object,
                              capsys: pytest.CaptureFixture[str]) -> None:
    ref = proposed_partial(office, today)
    target = tmp_path / "brief.pdf"  # type: ignore[operator]
    assert run_cli(["--db", db_url, "--user", "sabine", "case", "brief", ref, "-o", str(target)]) == 0
    assert str(target) in capsys.readouterr().out
    text = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "8.000,00 €" in text and "82.000,00 €" in text and "73,33 %" in text
    assert run_cli(["--db", db_url, "--user", "sabine", "case", "brief", "LPF-2026-9999", "-o", str(target)]) != 0
