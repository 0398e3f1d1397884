"""The supervisor's confirm dialog shows the decision brief: amount, score, budget left; the PDF button writes it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from app.cases.workflow import transition_named
from db.enums import Status
from tests.cases.test_decision_brief import proposed_partial
from tests.fixtures.database import Today
from tests.fixtures.gui import make_context
from tests.support import Office
from ui.dialogs.action_dialog import ActionDialog
from ui.dialogs.action_specs import SPECS
from ui.tasks import Runner
from ui.widgets.file_choice import Files


def _dialog(qtbot: QtBot, office: Office, runner: Runner, ref: str) -> ActionDialog:
    context = make_context(office.database, "sabine", runner)
    detail = context.reader.case(ref)
    dialog = ActionDialog(context, detail, transition_named("confirm-decision"), SPECS["confirm-decision"])
    qtbot.addWidget(dialog)
    assert dialog.brief is not None
    with qtbot.waitSignal(dialog.brief.loaded, timeout=20000):
        dialog.open()
    return dialog


def test_confirm_dialog_shows_amount_score_and_budget_left(qtbot: QtBot, office: Office, today: Today,
                                                           runner: Runner, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    ref = proposed_partial(office, today)
    dialog = _dialog(qtbot, office, runner, ref)
    panel = dialog.brief
    assert panel is not None and panel.isVisible()
    shown = {label: widget.text() for label, widget in panel.values.items()}
    assert shown["Ergebnis"] == "Teilbewilligung"
    assert shown["Betrag"] == "8.000,00 €"
    assert shown["Fördersatz"] == "64 %"
    assert shown["Sozialplan-Bewertung"] == "73,33 %"
    assert shown["Haushalt danach frei"] == "82.000,00 € (LPF 2026)"
    qtbot.waitUntil(lambda: all(panel.values[label].isVisible() for label in shown), timeout=5000)
    assert "12.500,00 €" in panel.plan.text() and "Anteilfinanzierung" in panel.plan.text()
    assert "17 von 17 Regeln erfüllt" in panel.checks.text()
    assert "nur zur Hälfte angemessen" in panel.reason.text() and "Anna Arndt" in panel.reason.text()
    qtbot.wait(50)
    dialog.grab().save("/tmp/confirm_brief.png")

    target = tmp_path / "vorlage.pdf"
    monkeypatch.setattr(Files, "save_as", classmethod(lambda cls, *_a: target))
    panel.pdf_button.click()
    qtbot.waitUntil(lambda: target.exists() and not runner.busy, timeout=20000)
    assert "82.000,00 €" in PdfReader(target).pages[0].extract_text()

    today.set(dt.date(2026, 3, 2))
    with qtbot.waitSignal(dialog.succeeded, timeout=20000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert make_context(office.database, "sabine", runner).reader.case(ref).status == Status.approved
