"""What a batch shares between letters (paragraph layout, font subsets, the fixed parts prepared once) prints the
same bytes as plain reportlab.

reportlab's invariant mode leaves out dates and random ids, so two renderings of one letter compare byte for byte:
once through `render_letter` as it is (second and later letters served from the shared state) and once with
reportlab's own `Paragraph` and `TTFont` in their place and every letter drawing its fixed parts itself.
"""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PIL import Image
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from reports.letters import (
    Bullet,
    Facts,
    Heading,
    LetterDocument,
    Para,
    flow,
    fonts,
    paragraphs,
    prepared,
    render_letter,
)
from reports.letters.paragraphs import SharedParagraph
from tests.letters.cases import pdf_pages
from tests.reports.test_render import HEAD, HOSTILE, letter

LONG = ("Dieser Bescheid kann nach §§ 48, 49 ThürVwVfG ganz oder teilweise, auch mit Wirkung für die Vergangenheit, "
        "zurückgenommen oder widerrufen werden, insbesondere wenn die Zuwendung nicht oder nicht mehr für den "
        "bestimmten Zweck verwendet wird. ") * 6


def letters() -> list[LetterDocument]:
    """A short letter, one whose long paragraphs split across pages, one with hostile text, and a draft."""
    long = letter(blocks=(Para("Sehr geehrte Damen und Herren,"), Heading("Bescheid"), Para(LONG),
                          Facts((("Zuwendung", "12.345,67 €"), ("Bewilligungszeitraum\nzweite Zeile", "01.04.2026 "
                                 "bis 31.12.2026 und noch ein sehr langer Wert, der umbricht")), frozenset({1})),
                          Bullet(LONG), Para(LONG), Heading("Rechtsbehelfsbelehrung"), Para(LONG)),
                  note="Dieses Schreiben wurde maschinell erstellt.")
    hostile = letter(subject=HOSTILE, blocks=(Para(HOSTILE), Bullet(HOSTILE), Facts(((HOSTILE, HOSTILE),))))
    other_office = replace(HEAD, office="Landratsamt Ünstrut-Hainich-Kreis", opening_hours=("Mo–Fr 8–12 Uhr",))
    shifted = (Para("Zoë Łukasiewicz aus Łódź"), Heading("Hinweis für Zoë"))  # codes of ë and Ł differ by recipient
    polish = letter(recipient=("Łukasiewicz gGmbH", "Bahnhofstraße 5", "99706 Sondershausen"), blocks=shifted)
    swapped = [letter(recipient=(name, "Bahnhofstraße 5", "99706 Sondershausen"), blocks=shifted)
               for name in ("Łë Verein", "ëŁ Verein")]  # the same next code, ë and Ł coded the other way round
    return [letter(), long, hostile, replace(long, draft=True), letter(letterhead=other_office),
            letter(letterhead=replace(HEAD, logo=logo())), letter(draft=True), *swapped, polish, letter(blocks=shifted)]


def logo() -> bytes:
    image = io.BytesIO()
    Image.new("RGB", (90, 48), (30, 60, 95)).save(image, "PNG")
    return image.getvalue()


def plain_reportlab(monkeypatch: pytest.MonkeyPatch) -> None:
    """reportlab's own Paragraph and TTFont in place of the shared ones (the fonts registered back afterwards)."""
    monkeypatch.setattr(flow, "SharedParagraph", Paragraph)
    monkeypatch.setattr(prepared, "enabled", False)
    fonts.register_fonts()
    for name in (fonts.REGULAR, fonts.BOLD):
        monkeypatch.setitem(registry, name, TTFont(name, str(fonts.FONT_DIR / f"{name}.ttf")))


registry: dict[str, object] = pdfmetrics._fonts  # type: ignore[attr-defined]  # reportlab's font registry


@pytest.mark.parametrize("compression", [1, 0])
def test_shared_layout_and_font_parts_print_the_same_bytes_as_plain_reportlab(
        monkeypatch: pytest.MonkeyPatch, compression: int) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)  # no creation date, no random document id
    monkeypatch.setattr(rl_config, "pageCompression", compression)
    documents = letters()
    shared = [render_letter(document) for document in documents * 2]  # the second round from the shared state
    assert isinstance(pdfmetrics.getFont(fonts.REGULAR), fonts.LetterFont)
    plain_reportlab(monkeypatch)
    assert not isinstance(pdfmetrics.getFont(fonts.REGULAR), fonts.LetterFont)
    plain = [render_letter(document) for document in documents * 2]
    assert shared == plain
    assert len(pdf_pages(shared[1])) >= 2 and LONG.split()[5] in " ".join(pdf_pages(shared[1]))
    assert "Ünstrut-Hainich-Kreis" in pdf_pages(shared[4])[0] and b"/Image" in shared[5]


def test_a_paragraph_printed_again_is_not_drawn_again_unless_its_codes_differ(
        monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[str] = []
    draw_para = Paragraph.drawPara

    def counting(self: Paragraph, debug: int = 0) -> None:
        drawn.append(self.getPlainText())
        draw_para(self, debug)

    monkeypatch.setattr(Paragraph, "drawPara", counting)
    for name, empty in (("_parsed", {}), ("_wrapped", {}), ("_drawings", {}), ("_seen", set())):
        monkeypatch.setattr(paragraphs, name, empty)  # nothing kept from earlier tests
    polish, plain = letters()[-2:]
    for document in (plain, plain, plain):
        render_letter(document)
    first = len(drawn)
    drawn.clear()
    render_letter(plain)  # the third rendering kept the drawing; the fourth takes it
    assert first > 0 and drawn == []
    render_letter(polish)  # "Ł" came first in the recipient: other codes, so the paragraph is drawn
    assert "Zoë Łukasiewicz aus Łódź" in drawn
    text = " ".join(pdf_pages(render_letter(plain)))
    assert "Zoë Łukasiewicz aus Łódź" in text and "Hinweis für Zoë" in text


def test_a_split_paragraph_leaves_the_shared_one_intact() -> None:
    style = flow.styles()["body"]
    first = SharedParagraph(flow.markup(LONG), style)
    width, height = first.wrap(400, 10_000)
    parts = first.split(400, height / 2)
    assert len(parts) == 2 and all(type(part) is Paragraph for part in parts)
    again = SharedParagraph(flow.markup(LONG), style)
    assert again.wrap(400, 10_000) == (width, height)
    assert again.blPara.lines == first.blPara.lines  # type: ignore[attr-defined]  # set by wrap
