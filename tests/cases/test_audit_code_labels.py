"""The audit trail shows stored codes as their labels in the reader's language, never `partial` or
`proof_of_use`; reasons the program wrote are read in the reader's language too (issue 23)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.cases.audit_sentences import Names, audit_reason, format_value
from app.cases.audit_trail import audit_trail
from app.cases.code_labels import CODE_LABELS, LETTER_KINDS
from app.kernel import i18n
from app.kernel.stored_text import N_, coded, pack
from db.enums import DeadlineKind
from tests.fixtures.database import Today
from tests.letters import cases
from tests.support import Office


@pytest.fixture
def language() -> Iterator[None]:
    yield
    i18n.install_language("de")


def test_every_stored_code_has_a_label() -> None:
    for enum_class, labels in CODE_LABELS.items():
        assert set(labels) == {member.value for member in enum_class}, enum_class


def test_codes_read_as_labels_in_both_languages(language: None) -> None:
    names = Names()
    assert format_value("Decision", "outcome", "partial", names) == "»Teilbewilligung«"
    assert format_value("Deadline", "kind", "proof_of_use", names) == "»Verwendungsnachweis«"
    assert format_value("FundingLine", "kind", "third_party", names) == "»Drittmittel«"
    assert format_value("Letter", "kind", "partial_approval", names) == "»Zuwendungsbescheid (Teilbewilligung)«"
    i18n.install_language("en")
    shown = [format_value("Decision", "outcome", "partial", names),
             format_value("Deadline", "kind", DeadlineKind.proof_of_use.value, names),
             format_value("Letter", "kind", "clawback", names)]
    assert all(s.startswith("»") and s.endswith("«") for s in shown)
    assert not {s.strip("»«") for s in shown} & {"partial", "proof_of_use", "clawback", "Teilbewilligung",
                                                  "Verwendungsnachweis", LETTER_KINDS["clawback"]}


def test_a_partial_approval_reads_as_labels_in_the_trail(office: Office, today: Today, language: None) -> None:
    file_number = cases.decided(office, today, outcome="partial", amount="6000.00")
    german = [r.sentence for r in audit_trail(office.sabine, file_number)]
    assert any(s.endswith("(Entscheidung vorschlagen): »Teilbewilligung« 6.000,00 €") for s in german), german
    assert any("von »vorgeschlagen« auf »bestätigt«" in s for s in german), german
    i18n.install_language("en")
    english = [r.sentence for r in audit_trail(office.sabine, file_number)]
    assert not any("»partial«" in s or "»proof_of_use«" in s for s in german + english)
    assert not any("»Teilbewilligung«" in s or "»vorgeschlagen«" in s for s in english), english


def test_a_reason_the_program_wrote_is_read_in_the_reader_s_language(language: None) -> None:
    stored = pack(coded(N_("Prüfvermerk zum Verwendungsnachweis")))
    assert stored is not None and stored.startswith('{"m": ')
    assert audit_reason(stored) == "Prüfvermerk zum Verwendungsnachweis"
    assert audit_reason("Ersteinrichtung") == "Ersteinrichtung"  # written in German before schema 0021
    assert audit_reason("Rückruf vereinbart") == "Rückruf vereinbart"  # typed: as typed
    i18n.install_language("en")
    assert audit_reason(stored) != "Prüfvermerk zum Verwendungsnachweis"
    assert "Prüfvermerk" not in audit_reason(stored) and audit_reason("Ersteinrichtung") != "Ersteinrichtung"
    assert audit_reason("Rückruf vereinbart") == "Rückruf vereinbart"
