"""The normaliser of the tolerant search: one rule for stored texts and typed queries."""

from __future__ import annotations

import pytest

from app.kernel.search_text import (
    applicant_text,
    case_text,
    file_number_forms,
    forms,
    matches,
    normalise,
    query_forms,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("Blau-Weiß e.V.", "blau weiss e v"),
    ("BLAU  WEISS", "blau weiss"),
    ("blau_weiss/Sondershausen", "blau weiss sondershausen"),
    ("Müller", "mueller"),
    ("MÜLLER", "mueller"),
    ("Mu\u0308ller", "mueller"),  # decomposed ü (as some Mac keyboards send it)
    ("Café Élan", "cafe elan"),
    ("Zoë Ørsted", "zoe orsted"),
    ("Łódź", "lodz"),
    ("Œuvre Æsir", "oeuvre aesir"),
    ("Straße", "strasse"),
    ("STRASSE", "strasse"),
    ("ẞ", "ss"),  # capital sharp s
    ("LPF-2026-0042", "lpf 2026 0042"),
    ("  -- ", ""),
    ("Schäfer & Söhne", "schaefer soehne"),
    ("Ελλάδα", "ελλαδα"),  # other scripts keep their letters, without accents
])
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_umlauts_have_a_transcribed_and_a_plain_form() -> None:
    assert forms("Müller") == ("mueller", "muller")
    assert forms("Mueller") == ("mueller",)
    assert forms("Weiß") == ("weiss",)


def test_file_numbers_are_stored_also_without_leading_zeros() -> None:
    assert file_number_forms("LPF-2026-0042") == ("lpf 2026 0042", "lpf 2026 42")
    assert file_number_forms("LPF-2026-0100") == ("lpf 2026 0100", "lpf 2026 100")
    assert file_number_forms("LPF/2026/0000") == ("lpf 2026 0000", "lpf 2026 0")
    assert file_number_forms(None) == ()


def test_a_record_joins_its_forms_once_with_a_separator_no_query_can_hold() -> None:
    assert case_text("LPF-2026-0042", "Jugendtreff Blau-Weiß") == "lpf 2026 0042|lpf 2026 42|jugendtreff blau weiss"
    assert applicant_text("Müller-Lüdenscheidt") == "mueller luedenscheidt|muller ludenscheidt"
    assert case_text(None, "Idee") == "idee"
    assert all("|" not in form for form in query_forms("a|b"))


STORED = {
    "mueller": applicant_text("Müller"),
    "mueller_written": applicant_text("Mueller"),
    "muller": applicant_text("Muller"),
    "blau": applicant_text("SV Blau-Weiß Sondershausen e.V."),
    "case42": case_text("LPF-2026-0042", "Ferienfreizeit"),
    "case420": case_text("LPF-2026-0420", "Sommerfest"),
}


@pytest.mark.parametrize(("query", "found"), [
    ("Müller", {"mueller", "mueller_written", "muller"}),
    ("Mueller", {"mueller", "mueller_written"}),
    ("Muller", {"mueller", "muller"}),  # two spellings without umlaut stay apart
    ("mü", {"mueller", "mueller_written", "muller"}),
    ("Blau Weiss", {"blau"}),
    ("blau-weiß", {"blau"}),
    ("BLAU WEISS SONDERS", {"blau"}),
    ("weiss sondershausen e.v.", {"blau"}),
    ("LPF-2026-42", {"case42", "case420"}),  # a prefix of 420 as well, as any substring search
    ("LPF-2026-0042", {"case42"}),
    ("LPF-2026-042", {"case420"}),  # half-padded: not 0042, but the start of 0420
    ("lpf 2026 420", {"case420"}),
    ("2026-0420", {"case420"}),
    ("feriënfreizeit", {"case42"}),
    ("Ferien Freizeit", set()),  # a space where the stored text has none
    ("-", set(STORED)),  # nothing to search by: everything
])
def test_what_a_query_finds(query: str, found: set[str]) -> None:
    if not query_forms(query):
        assert found == set(STORED)
        return
    assert {key for key, text in STORED.items() if matches(query, text)} == found


def test_a_query_never_matches_across_two_fields() -> None:
    stored = case_text("LPF-2026-0042", "Ferienfreizeit")
    assert not matches("42 ferien", stored)
    assert matches("42", stored) and matches("ferien", stored)
