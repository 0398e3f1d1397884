"""Placeholder syntax and template markup, without a database."""

from __future__ import annotations

import pytest

from app.letters.defaults import DEFAULTS
from app.letters.kinds import REMEDY_BLOCK, LetterKind
from app.letters.markup import parse_blocks
from app.letters.placeholders import PLACEHOLDERS, Problems, check, fill, known_names
from reports.letters import Block, Bullet, Facts, Heading, Para

KNOWN = frozenset({"aktenzeichen", "frist", "titel"})


def test_fill_replaces_known_names_and_keeps_escaped_braces() -> None:
    problems = Problems()
    text = fill("Az. {aktenzeichen} {{wörtlich}} bis {frist}", {"aktenzeichen": "LPF-2026-0001", "frist": "20.02.2026"},
                KNOWN, problems)
    assert text == "Az. LPF-2026-0001 {wörtlich} bis 20.02.2026"
    assert not problems


def test_unknown_missing_and_malformed_placeholders_are_reported_by_name() -> None:
    problems = Problems()
    fill("{aktenzeichen} {gibtsnicht} {frist} {Titel} {titel", {"aktenzeichen": "X", "frist": None}, KNOWN, problems)
    assert problems.unknown == {"gibtsnicht"}
    assert problems.missing == {"frist"}
    assert problems.malformed == {"{Titel}", "{"}
    messages = " ".join(problems.messages())
    assert "Unbekannte Platzhalter: {gibtsnicht}" in messages
    assert "fehlen Angaben zu: {frist}" in messages
    assert "{Titel}" in messages and "richtig: {name}" in messages


def test_a_draft_marks_the_problems_in_the_text() -> None:
    problems = Problems()
    text = fill("bis {frist}, {xyz}", {"frist": "  "}, KNOWN, problems, mark=True)
    assert text == "bis [fehlt: frist], [unbekannt: xyz]"


def test_a_value_is_inserted_verbatim_and_never_read_as_a_placeholder() -> None:
    problems = Problems()
    assert fill("{titel}", {"titel": "{frist} & <b>"}, KNOWN, problems) == "{frist} & <b>"
    assert not problems


def test_names_depend_on_the_kind() -> None:
    assert "betrag" in known_names(LetterKind.approval)
    assert "betrag" not in known_names(LetterKind.receipt)
    assert "zinsberechnung" in known_names(LetterKind.clawback)
    assert REMEDY_BLOCK not in known_names(REMEDY_BLOCK)  # the block cannot include itself
    assert all(p.kinds for p in PLACEHOLDERS.values())


@pytest.mark.parametrize("kind", list(DEFAULTS))
def test_every_default_template_uses_only_its_own_placeholders(kind: str) -> None:
    text = DEFAULTS[kind]
    assert not check(text.subject + "\n" + text.body, known_names(kind)).messages()


def test_markup_headings_bullets_tables_and_paragraphs() -> None:
    body = "Erste Zeile\nzweite Zeile\n\n# Begründung\n- Punkt {titel}\nSumme :: {frist}\nRest :: 1 €\nSchluss"
    blocks = parse_blocks(body, lambda text: text.replace("{titel}", "A").replace("{frist}", "B"))
    assert blocks == [Para("Erste Zeile\nzweite Zeile"), Heading("Begründung"), Bullet("Punkt A"),
                      Facts((("Summe", "B"), ("Rest", "1 €"))), Para("Schluss")]


def test_structure_comes_from_the_template_not_from_values() -> None:
    blocks = parse_blocks("{titel}", lambda text: text.replace("{titel}", "# Kein Titel :: keine Tabelle\n- x"))
    assert blocks == [Para("# Kein Titel :: keine Tabelle\n- x")]


def test_a_sum_row_and_paragraphs_a_value_brings() -> None:
    blocks = parse_blocks("Kosten :: 3 €\n= Summe :: 3 €\n\n{facts}",
                          lambda text: text.replace("{facts}", "Erstens.\n\n# Zweitens :: bleibt Text"))
    assert blocks == [Facts((("Kosten", "3 €"), ("Summe", "3 €")), frozenset({1})), Para("Erstens."),
                      Para("# Zweitens :: bleibt Text")]


def test_the_remedy_paragraph_is_replaced_by_the_included_block() -> None:
    included: list[Block] = [Heading("Rechtsbehelfsbelehrung"), Para("Widerspruch …")]
    blocks = parse_blocks("Vorher\n\n{rechtsbehelfsbelehrung}\n\nNachher", str, include=lambda _name: included)
    assert blocks == [Para("Vorher"), *included, Para("Nachher")]


def test_the_documentation_lists_every_placeholder() -> None:
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "docs" / "letters" / "README.md").read_text(encoding="utf-8")
    missing = [name for name in PLACEHOLDERS if f"`{{{name}}}`" not in text]
    assert missing == []
