"""One declaration of each action's fields drives both the dialog and the `case transition` options."""

from __future__ import annotations

import argparse

import pytest

from app.cases.action_fields import FIELDS, FLAGS, FieldKind, dialog_fields
from app.cases.workflow import TRANSITIONS
from app.kernel.errors import ValidationError
from cli.transitions import ACTIONS, add_transition_arguments, cli_values


def parsed(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_transition_arguments(parser)
    return parser.parse_args(list(argv))


def test_every_action_declares_fields_and_every_flag_is_used() -> None:
    assert set(FIELDS) == {t.action for t in TRANSITIONS if t.direct} == set(ACTIONS)
    # payments only through an order, a clawback proposal only through `close`
    assert {t.action for t in TRANSITIONS if not t.direct} == {"pay", "pay-balance", "propose-clawback"}
    used = {f.flag for fields in FIELDS.values() for f in fields if f.flag}
    assert used == {f.option for f in FLAGS}
    for action, fields in FIELDS.items():
        assert len({f.name for f in fields}) == len(fields), action
        assert all(f.options or f.options_of for f in fields if f.kind == FieldKind.choice), action


def test_dialog_shows_the_declared_fields() -> None:
    assert [f.name for f in dialog_fields("request-payment")] == ["amount", "date"]
    assert [f.name for f in dialog_fields("propose")] == ["outcome", "amount", "reasons", "conditions", "score_basis"]
    assert [f.name for f in dialog_fields("close")] == ["closed_on", "ineffective_on", "reasons", "waive"]
    assert dialog_fields("register") == ()


def test_cli_options_come_from_the_declaration() -> None:
    args = parsed("--outcome", "partial", "--amount", "12,50", "--no-remedied")
    assert cli_values("propose", args) == {"outcome": "partial", "amount": "12,50", "reasons": None,
                                           "conditions": None, "score_basis": None}
    assert cli_values("request-payment", args)["amount"] == "12,50"
    assert args.remedied is False and args.channel == "written"
    assert cli_values("receive-proof", parsed("--actual-costs", "10", "--eligible-costs", "9"))["own"] == "0"
    with pytest.raises(SystemExit):
        parsed("--outcome", "maybe")


@pytest.mark.parametrize(("action", "missing"), [
    ("propose", "--outcome"), ("start-hearing", "--purpose"), ("receive-proof", "--actual-costs"),
    ("decide-objection", "--remedied oder --no-remedied"), ("record-repayment", "--amount"),
])
def test_cli_refuses_a_missing_required_option(action: str, missing: str) -> None:
    with pytest.raises(ValidationError, match=f"Für diese Aktion fehlt {missing}\\."):
        cli_values(action, parsed())
