"""The DIN 5008 layout of `reports.letters`, from plain dataclasses (no database): positions, fonts, escaping."""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Any

import pdfplumber
import pytest
from PIL import Image
from pypdf import PdfReader

from reports.letters import Bullet, Facts, Heading, LetterDocument, Letterhead, LetterLayoutError, Para, render_letter
from tests.letters.cases import pdf_pages, pdf_text

MM = 72 / 25.4
HOSTILE = "<b>Fest & Spiel</b> </para> <font size=40>&amp;"

HEAD = Letterhead(office="Landratsamt Kyffhäuserkreis", department="Jugend- und Sozialamt", street="Markt 8",
                  postcode_city="99706 Sondershausen", phone="03632 0123-0", email="foerderung@kyffhaeuser.example",
                  website="www.kyffhaeuser.example", opening_hours=("Di und Do 9:00–16:00 Uhr",),
                  bank_name="Beispielbank Sondershausen", iban="DE02 1203 0000 0000 2020 51", bic="BYLADEM1001")


def letter(**changes: object) -> LetterDocument:
    base = LetterDocument(
        letterhead=HEAD, recipient=("Familienzentrum Sonnenblume e.V.", "Bahnhofstraße 5", "99706 Sondershausen"),
        reference=(("Unser Zeichen", "LPF-2026-0042"), ("Name", "Anna Arndt"), ("Datum", "25.11.2026")),
        subject="Zuwendungsbescheid – Größe „Übermaß“ 12.345,67 €",
        blocks=(Para("Sehr geehrte Damen und Herren,"), Heading("Bescheid"), Bullet("ein Punkt"),
                Facts((("Zuwendung", "12.345,67 €"),)), Para("Text")),
        closing=("Mit freundlichen Grüßen", "Im Auftrag", "Sabine Sommer"), continuation="Aktenzeichen LPF-2026-0042")
    return replace(base, **changes)  # type: ignore[arg-type]


def words(pdf: bytes, page: int = 0) -> list[dict]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return document.pages[page].extract_words(keep_blank_chars=False)


def word(pdf: bytes, text: str, page: int = 0) -> dict:
    found = [w for w in words(pdf, page) if w["text"] == text]
    assert found, f"{text!r} not on page {page + 1}"
    return found[0]


def test_umlauts_quotes_and_euro_render_and_extract() -> None:
    text = pdf_text(render_letter(letter()))
    assert "Zuwendungsbescheid – Größe „Übermaß“ 12.345,67 €" in text
    assert "Bahnhofstraße 5" in text and "Seite 1 von 1" in text


def test_only_dejavu_is_used_and_it_is_embedded() -> None:
    reader = PdfReader(io.BytesIO(render_letter(letter())))
    fonts: Any = reader.pages[0]["/Resources"]["/Font"]  # type: ignore[index]
    objects = [fonts[key].get_object() for key in fonts]
    names = {str(font["/BaseFont"]).split("+")[-1] for font in objects}
    assert names == {"DejaVuSans", "DejaVuSans-Bold"}  # subset prefix "AAAAAA+" cut off
    for font in objects:
        descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert "/FontFile2" in descriptor.get_object()  # the TrueType program itself is in the file


def test_hostile_text_in_every_field_prints_literally() -> None:
    hostile = letter(recipient=(HOSTILE, "Straße 1", "99706 Ort"), reference=(("Unser Zeichen", HOSTILE),),
                     subject=HOSTILE, blocks=(Heading(HOSTILE), Para(HOSTILE), Bullet(HOSTILE),
                                              Facts(((HOSTILE, HOSTILE),))), closing=(HOSTILE,),
                     letterhead=replace(HEAD, office=HOSTILE))
    text = pdf_text(render_letter(hostile))
    assert text.count("<b>Fest & Spiel</b>") >= 8
    assert "</para> <font size=40>&amp;" in text


def test_window_field_information_block_and_subject_positions() -> None:
    pdf = render_letter(letter())
    sender = word(pdf, "Kyffhäuserkreis")  # first occurrence: the letterhead
    assert sender["top"] < 45 * MM
    recipient = word(pdf, "Familienzentrum")
    assert recipient["x0"] >= 20 * MM and recipient["x1"] <= 105 * MM
    assert recipient["top"] >= (45 + 17.7) * MM and recipient["bottom"] <= 90 * MM
    street = word(pdf, "Bahnhofstraße")
    assert street["bottom"] <= 90 * MM and abs(street["x0"] - 25 * MM) < 0.5
    returned = [w for w in words(pdf) if w["text"] == "Markt" and 45 * MM <= w["top"] <= 62.7 * MM]
    assert returned and returned[0]["x0"] >= 20 * MM  # return address in the upper zone of the window
    label = word(pdf, "Unser")
    assert abs(label["x0"] - 125 * MM) < 0.5 and label["top"] >= 50 * MM
    subject = word(pdf, "Zuwendungsbescheid")
    assert subject["top"] >= 98 * MM and abs(subject["x0"] - 25 * MM) < 0.5


def test_fold_marks_and_hole_mark_at_the_left_edge() -> None:
    with pdfplumber.open(io.BytesIO(render_letter(letter()))) as document:
        lines = [line for line in document.pages[0].lines if line["x1"] < 15 * MM]
    tops = sorted(round(line["top"] / MM, 1) for line in lines)
    assert tops == [105.0, 148.5, 210.0]


def test_long_letters_continue_with_page_numbers_and_a_short_head() -> None:
    body = tuple(Para("Lorem ipsum dolor sit amet. " * 40) for _ in range(6))
    pages = pdf_pages(render_letter(letter(blocks=body)))
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"Seite {number} von {len(pages)}" in text
        assert "Bankverbindung" in text  # footer on every page
    assert "Aktenzeichen LPF-2026-0042" in pages[1] and "Familienzentrum" not in pages[1]


def test_a_heading_stays_with_its_text_and_a_plan_with_its_lead_in_and_sum() -> None:
    rows = (("Personalausgaben", "9.000,00 €"), ("Sachausgaben", "2.000,00 €"), ("Gesamtausgaben", "11.000,00 €"))
    plan = Facts(rows, frozenset({2}))
    pages_of_heading = set()
    for filler in range(8, 22):  # the heading and then the plan pass the end of the first page
        blocks = (*(Para(f"Absatz {n}") for n in range(filler)), Heading("Begründung"),
                  Para("Text nach der Überschrift"), *(Para(f"Zwischenabsatz {n}") for n in range(3)),
                  Para("Die Zuwendung verteilt sich so:"), plan, Para("Schluss"))
        pages = pdf_pages(render_letter(letter(blocks=blocks)))

        def page_of(text: str, pages: list[str] = pages) -> int:
            return next(number for number, page in enumerate(pages) if text in page)

        assert page_of("Begründung") == page_of("Text nach der Überschrift"), filler
        assert page_of("verteilt sich") == page_of("Personalausgaben") == page_of("11.000,00"), filler
        pages_of_heading.add(page_of("Begründung"))
    assert pages_of_heading == {0, 1}


def test_body_text_never_runs_into_the_footer() -> None:
    pdf = render_letter(letter(blocks=tuple(Para("Wort " * 300) for _ in range(3))))
    for page in range(len(pdf_pages(pdf))):
        lowest = max(w["bottom"] for w in words(pdf, page) if w["text"] == "Wort")
        assert lowest <= (297 - 37) * MM


def test_more_than_six_address_lines_are_refused() -> None:
    with pytest.raises(LetterLayoutError, match="höchstens 6"):
        render_letter(letter(recipient=tuple(f"Zeile {n}" for n in range(7))))


def test_a_logo_is_drawn_in_the_letterhead_and_a_broken_one_refused() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (300, 120), (30, 60, 95)).save(buffer, format="PNG")
    with pdfplumber.open(io.BytesIO(render_letter(letter(letterhead=replace(HEAD, logo=buffer.getvalue()))))) as doc:
        images = doc.pages[0].images
    assert len(images) == 1 and images[0]["bottom"] <= 45 * MM and images[0]["x1"] <= (210 - 20) * MM + 0.5
    with pytest.raises(LetterLayoutError, match="Logo"):
        render_letter(letter(letterhead=replace(HEAD, logo=b"kein Bild")))


def test_only_a_draft_carries_the_watermark() -> None:
    assert "ENTWURF" in pdf_text(render_letter(letter(draft=True)))
    assert "ENTWURF" not in pdf_text(render_letter(letter()))
