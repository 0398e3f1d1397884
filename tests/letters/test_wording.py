"""Per-letter wording (issue 23): a caseworker rewords paragraphs of one letter before issuing it; the template
stays, the issued PDF says the new words, the reworded paragraphs are stored with it and audited, and the legal
basis, amounts and deadlines cannot be dropped."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.cases.audit_sentences import audit_reason
from app.kernel.errors import ConcurrentEditError, ValidationError
from app.letters import service, templates
from app.letters.service import LetterProblem
from app.letters.wording import WordingBlock
from db.models import AuditEvent
from tests.fixtures.database import Today
from tests.letters import cases
from tests.letters.cases import letter_count, pdf_text
from tests.letters.test_cli_letters import cli
from tests.support import Office


def block(blocks: tuple[WordingBlock, ...], starts: str) -> WordingBlock:
    return next(b for b in blocks if b.text.startswith(starts) or b.label.startswith(starts))


def test_a_reworded_paragraph_is_issued_stored_and_audited_and_the_template_stays(office: Office,
                                                                                   today: Today) -> None:
    file_number = cases.decided(office, today)
    template_before = templates.get_template(office.admin, "approval")
    draft = service.preview_letter(office.anna, file_number, "approval")
    wish = block(draft.blocks, "Wir wünschen")
    assert all("Sehr geehrte" not in b.text for b in draft.blocks)  # the salutation stays as generated
    assert all(" :: " not in b.text for b in draft.blocks)  # so do the tables of amounts
    new_text = "Für Ihr Projekt wünschen wir Ihnen und allen Beteiligten viel Erfolg und gutes Gelingen."
    edited_draft = service.preview_letter(office.anna, file_number, "approval", wording={wish.name: new_text})
    assert edited_draft.reworded == (wish.name,) and not edited_draft.problems
    assert "allen Beteiligten viel Erfolg" in " ".join(pdf_text(edited_draft.pdf).split())

    issued = service.issue_letter(office.anna, file_number, "approval", wording={wish.name: new_text},
                                  template_version=draft.template_version)
    text = " ".join(pdf_text(service.stored_letter(office.leser, issued.id).pdf).split())
    assert "allen Beteiligten viel Erfolg" in text and "Wir wünschen Ihrem Projekt" not in text
    assert "Rechtsbehelfsbelehrung" in text and "10.000,00 €" in text
    assert issued.reworded == (wish.label,)
    stored = service.letter_wording(office.leser, issued.id)
    assert [(s.block, s.generated, s.edited) for s in stored] == [(wish.name, wish.text, new_text)]
    template_after = templates.get_template(office.admin, "approval")
    assert (template_after.body, template_after.version) == (template_before.body, template_before.version)
    assert "Wir wünschen Ihrem Projekt gutes Gelingen." in template_after.body
    with office.database.read() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.entity == "LetterWording")).all()
    assert len(events) == 1 and events[0].action == "issue-letter"
    assert wish.text in (events[0].new_value or "") and new_text in (events[0].new_value or "")
    reason = audit_reason(events[0].reason)
    assert wish.label in reason and "Wortlaut geändert" in reason


def test_the_legal_basis_and_amounts_cannot_be_reworded_away(office: Office, today: Today) -> None:
    file_number = cases.decided(office, today)
    draft = service.preview_letter(office.anna, file_number, "approval")
    reasons = block(draft.blocks, "Begründung")
    first = block(draft.blocks, "1. Für das Projekt")
    assert reasons.required and first.required  # legal basis; the amount
    without_basis = "Ihr Antrag erfüllt die Fördervoraussetzungen."
    refused = service.preview_letter(office.anna, file_number, "approval", wording={reasons.name: without_basis})
    assert any("Rechtsgrundlage" in p and reasons.required[0] in p for p in refused.problems)
    with pytest.raises(LetterProblem, match="muss unverändert stehen bleiben"):
        service.issue_letter(office.anna, file_number, "approval", wording={reasons.name: without_basis})
    with pytest.raises(LetterProblem, match=r"Betrag »10\.000,00 €«"):
        service.issue_letter(office.anna, file_number, "approval",
                             wording={first.name: first.text.replace("10.000,00 €", "9.000,00 €")})
    assert letter_count(office) == 0
    kept = f"Der Antrag ist gut begründet. Grundlage sind {reasons.required[0]}."
    issued = service.issue_letter(office.anna, file_number, "approval", wording={reasons.name: kept})
    assert "Der Antrag ist gut begründet." in " ".join(pdf_text(issued.pdf).split())


def test_fixed_or_unknown_paragraphs_and_a_changed_template_are_refused(office: Office, today: Today) -> None:
    file_number = cases.decided(office, today)
    draft = service.preview_letter(office.anna, file_number, "approval")
    with pytest.raises(ValidationError, match=r"absatz-1.*nicht änderbar"):  # the salutation
        service.issue_letter(office.anna, file_number, "approval", wording={"absatz-1": "Hallo,"})
    with pytest.raises(ValidationError, match="absatz-99"):
        service.issue_letter(office.anna, file_number, "approval", wording={"absatz-99": "Text"})
    current = templates.get_template(office.admin, "approval")
    templates.update_template(office.admin, "approval", subject=current.subject,
                              body=current.body.replace("gutes Gelingen", "viel Erfolg"),
                              expected_version=current.version)
    wish = block(draft.blocks, "Wir wünschen")
    with pytest.raises(ConcurrentEditError, match="Vorlage"):
        service.issue_letter(office.anna, file_number, "approval", wording={wish.name: "Alles Gute."},
                             template_version=draft.template_version)
    assert letter_count(office) == 0


def test_the_command_line_rewords_a_paragraph_from_a_text_file(office: Office, today: Today, db_url: str,
                                                               tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    file_number = cases.decided(office, today)
    wish = block(service.preview_letter(office.anna, file_number, "approval").blocks, "Wir wünschen")
    text = tmp_path / "dank.txt"
    text.write_text("Mit herzlichem Dank für Ihr Engagement im Landkreis.", encoding="utf-8")
    code, _out, err = cli(capsys, db_url, "anna", "letter", file_number, "approval", "-o", str(tmp_path / "e.pdf"))
    assert code == 0 and f"Änderbarer Absatz {wish.name}: {wish.label}" in err
    code, _out, err = cli(capsys, db_url, "anna", "letter", file_number, "approval", "-o", str(tmp_path / "b.pdf"),
                         "--issue", "--block", f"{wish.name}={text}")
    assert code == 0, err
    assert "Mit herzlichem Dank für Ihr Engagement" in " ".join(pdf_text((tmp_path / "b.pdf").read_bytes()).split())
    assert [w.block for w in service.letter_wording(office.leser, 1)] == [wish.name]
    code, _out, err = cli(capsys, db_url, "anna", "letter", file_number, "approval", "-o", str(tmp_path / "c.pdf"),
                          "--block", "ohne-gleich")
    assert code == 1 and "ABSATZ=DATEI" in err
