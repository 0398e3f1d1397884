"""The sample of receipts: configurable share and minimum, reproducible from the seed in the audit trail,
one draw per proof, a result per receipt (on both backends)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.administration import settings_service as admin
from app.cases.audit_trail import audit_trail
from app.kernel.errors import PermissionDenied, ValidationError
from app.proof import sampling
from app.proof.queries import proof_review
from app.proof.sample_check import draw_sample, record_check
from app.proof.service import ReceiptInput, add_receipt
from tests.fixtures.database import Today
from tests.proof.cases import add_receipts, cost_line_ids, in_review
from tests.support import YEAR, Office

D = Decimal
pytestmark = pytest.mark.usefixtures("database")


def _ten_receipts(office: Office, file_number: str) -> list[int]:
    rows = [(dt.date(YEAR, 4, 10 + i), f"Firma {i}", f"{100 + i}.00", 1 + i % 3, dt.date(YEAR, 4, 12 + i))
            for i in range(10)]
    return add_receipts(office, file_number, rows)


def test_same_seed_draws_the_same_sample(office: Office, today: Today) -> None:
    first, second = in_review(office, today), in_review(office, today)
    _ten_receipts(office, first)
    _ten_receipts(office, second)
    a = draw_sample(office.anna, first, seed="pruefung-2027")
    b = draw_sample(office.bernd, second, seed="pruefung-2027")
    assert a.positions == b.positions
    assert len(a.positions) == 5  # ⌈20 % × 10⌉ = 2, but at least the minimum of 5
    # pinned: an auditor must be able to reproduce a draw with any later version of the program
    assert a.positions == (10, 2, 7, 8, 5)
    view = proof_review(office.anna, first)
    assert view is not None and view.draw is not None
    assert view.draw.reproducible and view.draw.positions == a.positions
    assert {r.position for r in view.receipts if r.in_sample} == set(a.positions)


def test_pinned_draw_for_a_known_seed() -> None:
    assert sampling.draw(list(range(1, 21)), D("0.25"), 3, "0123456789abcdef") == [2, 18, 9, 13, 16]
    assert sampling.draw(list(range(1, 21)), D("0.25"), 3, "0123456789abcdef") == \
        sampling.draw(list(range(20, 0, -1)), D("0.25"), 3, "0123456789abcdef")
    assert sampling.sample_size(20, D("0.25"), 3) == 5
    assert sampling.sample_size(21, D("0.25"), 3) == 6  # rounded up
    assert sampling.sample_size(4, D("0.25"), 5) == 4  # never more than there are


def test_seed_share_and_minimum_are_in_the_audit_trail(office: Office, today: Today) -> None:
    file_number = in_review(office, today)
    _ten_receipts(office, file_number)
    admin.set_setting(office.admin, "sample_share_percent", 50)
    admin.set_setting(office.admin, "sample_minimum", 2)
    result = draw_sample(office.anna, file_number)
    assert len(result.positions) == 5 and result.share == D("0.5000") and result.minimum == 2
    assert len(result.seed) == 16
    reasons = [row.reason or "" for row in audit_trail(office.anna, file_number) if row.action == "draw-sample"]
    assert reasons and all(result.seed in reason for reason in reasons)
    assert any(row.entity == "SampleDraw" for row in audit_trail(office.anna, file_number))
    again = sampling.draw(range(1, 11), result.share, result.minimum, result.seed)
    assert tuple(again) == result.positions


def test_a_second_draw_and_a_changed_list_are_refused(office: Office, today: Today) -> None:
    file_number = in_review(office, today)
    _ten_receipts(office, file_number)
    draw_sample(office.anna, file_number, seed="eins")
    with pytest.raises(ValidationError, match="bereits"):
        draw_sample(office.anna, file_number, seed="zwei")
    line = cost_line_ids(office, file_number)[0]
    with pytest.raises(ValidationError, match="Stichprobe ist schon gezogen"):
        add_receipt(office.anna, file_number, ReceiptInput(dt.date(YEAR, 5, 5), "Nachzügler", "x", "10.00", line))


def test_draw_without_receipts_or_by_a_reader_is_refused(office: Office, today: Today) -> None:
    file_number = in_review(office, today)
    with pytest.raises(ValidationError, match="keine Belege"):
        draw_sample(office.anna, file_number)
    _ten_receipts(office, file_number)
    with pytest.raises(PermissionDenied):
        draw_sample(office.leser, file_number)


def test_results_per_receipt(office: Office, today: Today) -> None:
    file_number = in_review(office, today)
    ids = _ten_receipts(office, file_number)
    drawn = draw_sample(office.anna, file_number, seed="s")
    first, second = (ids[p - 1] for p in drawn.positions[:2])
    record_check(office.anna, file_number, first, True)
    with pytest.raises(ValidationError):  # a refusal needs a reason
        record_check(office.anna, file_number, second, False, "50.00", "")
    with pytest.raises(ValidationError, match="höchstens"):
        record_check(office.anna, file_number, second, False, "5000.00", "Rechnung nicht auf den Träger ausgestellt.")
    record_check(office.anna, file_number, second, False, "50.00", "Rechnung nicht auf den Träger ausgestellt.")
    view = proof_review(office.anna, file_number)
    assert view is not None
    by_id = {r.id: r for r in view.receipts}
    assert by_id[first].result == "accepted" and by_id[first].not_accepted == D("0")
    assert by_id[second].result == "not_accepted" and by_id[second].not_accepted == D("50.00")
    assert by_id[second].checked_by == "anna"
    assert view.sample_open == 3
    assert view.review.not_accepted_total == D("50.00")
