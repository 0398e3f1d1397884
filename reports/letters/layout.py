"""The fixed parts of a DIN 5008 form B letter on A4, drawn on the canvas.

Positions are given in millimetres from the top-left corner, as in the norm
and in `docs/letters/README.md`; `_y()` turns them into reportlab's
bottom-up points. Form B: letterhead 45 mm; address field 20 mm from the
left and 45 mm from the top, 85 × 45 mm (17.7 mm return address and notes,
27.3 mm recipient, at most six lines); information block from 125 mm, 50 mm
from the top; left margin 25 mm, right margin 20 mm; fold marks at 105 and
210 mm, hole mark at 148.5 mm.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from io import BytesIO

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from reports.letters.fonts import BOLD, REGULAR
from reports.letters.model import Letterhead, LetterLayoutError

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 25 * mm
RIGHT = PAGE_WIDTH - 20 * mm
TEXT_WIDTH = RIGHT - LEFT

HEAD_HEIGHT = 45 * mm
WINDOW_LEFT, WINDOW_TOP, WINDOW_WIDTH, WINDOW_HEIGHT = 20 * mm, 45 * mm, 85 * mm, 45 * mm
WINDOW_NOTES_HEIGHT = 17.7 * mm
WINDOW_PADDING = 5 * mm  # text starts at 25 mm, flush with the left margin
RECIPIENT_MAX_LINES = 6
RECIPIENT_SIZE, RECIPIENT_LEADING = 10, 12
INFO_LEFT, INFO_TOP = 125 * mm, 50 * mm
INFO_LABEL_WIDTH = 26.5 * mm  # "Ihre Nachricht vom" at 7 pt is 23.7 mm
FOLD_MARKS = (105 * mm, 210 * mm)
HOLE_MARK = 148.5 * mm

BODY_TOP_FIRST = 98.5 * mm  # two blank lines below the address field
BODY_TOP_LATER = 30 * mm
FOOTER_RULE = 29 * mm  # from the bottom edge
PAGE_NUMBER_LINE = 32 * mm
BODY_BOTTOM = 37 * mm
FOOTER_SHARES = (0.23, 0.22, 0.27, 0.28)
FOOTER_LINES = 5  # below the title, down to 8 mm above the bottom edge

INK = Color(0, 0, 0)
GREY = Color(0.33, 0.33, 0.33)
RULE = Color(0.62, 0.62, 0.62)
ACCENT = Color(0.11, 0.23, 0.37)  # dark blue of the office name and the head rule
WATERMARK = Color(0.85, 0.85, 0.85)


def _y(from_top: float) -> float:
    """Reportlab's y for a distance from the top edge."""
    return PAGE_HEIGHT - from_top


@lru_cache(maxsize=4096)
def fit_lines(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """Wrap `text` at spaces into lines of at most `width`; break words longer than a line.

    Cached: a batch prints the same letterhead, footer and labels on every letter.
    """
    if "\n" not in text and stringWidth(text, font, size) <= width:
        return (text,)  # the usual case, without simpleSplit
    lines: list[str] = []
    for paragraph in text.split("\n"):
        for line in simpleSplit(paragraph, font, size, width) or [""]:
            lines.extend(_hard_break(line, font, size, width))
    return tuple(lines)


def _hard_break(line: str, font: str, size: float, width: float) -> list[str]:
    """Split a line that is still too wide (one long word), after "@", ".", "-" or "/" where possible."""
    pieces: list[str] = []
    while stringWidth(line, font, size) > width and len(line) > 1:
        cut = 1
        while cut < len(line) and stringWidth(line[:cut + 1], font, size) <= width:
            cut += 1
        at = line.rfind("@", 0, cut)
        soft = max(line.rfind(mark, 0, cut) for mark in ".-/")
        if at > 0:
            cut = at  # an e-mail address breaks before "@": "anna.arndt" / "@kyffhaeuser.example"
        elif soft > 0:
            cut = soft + 1
        pieces.append(line[:cut])
        line = line[cut:]
    return [*pieces, line]


def recipient_lines(recipient: Sequence[str]) -> list[str]:
    """The recipient as printed in the window; refuses more than six lines."""
    width = WINDOW_WIDTH - 2 * WINDOW_PADDING
    lines = [part for line in recipient for part in fit_lines(line, REGULAR, RECIPIENT_SIZE, width)]
    if len(lines) > RECIPIENT_MAX_LINES:
        raise LetterLayoutError(
            f"Die Anschrift passt nicht in das Sichtfenster: {len(lines)} Zeilen, höchstens {RECIPIENT_MAX_LINES}."
        )
    return lines


def draw_letterhead(canvas: Canvas, head: Letterhead) -> None:
    draw_letterhead_text(canvas, head)
    draw_logo(canvas, head)


def draw_letterhead_text(canvas: Canvas, head: Letterhead) -> None:
    """Office and department, and the rule below the head (all but the logo)."""
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, 15)
    canvas.drawString(LEFT, _y(19 * mm), head.office)
    canvas.setFillColor(INK)
    canvas.setFont(REGULAR, 11)
    canvas.drawString(LEFT, _y(25.5 * mm), head.department)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    canvas.line(LEFT, _y(38 * mm), RIGHT, _y(38 * mm))


def draw_logo(canvas: Canvas, head: Letterhead) -> None:
    if head.logo:
        _draw_logo(canvas, head.logo)


@lru_cache(maxsize=4)
def _logo_image(logo: bytes) -> ImageReader:
    """The logo decoded once per batch (every letter of the office carries the same one)."""
    try:
        return ImageReader(BytesIO(logo))
    except Exception as exc:  # Pillow raises many kinds for a broken image
        raise LetterLayoutError(f"Das Logo ist kein lesbares Bild: {exc}") from exc


def _draw_logo(canvas: Canvas, logo: bytes) -> None:
    image = _logo_image(logo)
    width, height = 45 * mm, 24 * mm
    canvas.drawImage(image, RIGHT - width, _y(10 * mm) - height, width, height,
                     preserveAspectRatio=True, anchor="ne", mask="auto")


def draw_window(canvas: Canvas, head: Letterhead, recipient: Sequence[str]) -> None:
    """Return-address line at the foot of the notes zone, recipient below it."""
    left = WINDOW_LEFT + WINDOW_PADDING
    width = WINDOW_WIDTH - 2 * WINDOW_PADDING
    size = 7.0
    sender = head.return_address
    while size > 5 and stringWidth(sender, REGULAR, size) > width:
        size -= 0.25
    baseline = _y(WINDOW_TOP + WINDOW_NOTES_HEIGHT - 2.5 * mm)
    canvas.setFillColor(GREY)
    canvas.setFont(REGULAR, size)
    canvas.drawString(left, baseline, sender)
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.3)
    canvas.line(left, baseline - 1.1 * mm, left + min(width, stringWidth(sender, REGULAR, size)), baseline - 1.1 * mm)
    canvas.setFillColor(INK)
    text = canvas.beginText(left, _y(WINDOW_TOP + WINDOW_NOTES_HEIGHT) - RECIPIENT_LEADING)
    text.setFont(REGULAR, RECIPIENT_SIZE, RECIPIENT_LEADING)
    for line in recipient_lines(recipient):
        text.textLine(line)
    canvas.drawText(text)


def draw_reference(canvas: Canvas, rows: Sequence[tuple[str, str]]) -> None:
    """Information block: label in small grey, value beside it, from 125 mm and 50 mm down.

    One text object, label and value alternating, so that copied text reads "Unser Zeichen LPF-…".
    """
    value_left = INFO_LEFT + INFO_LABEL_WIDTH
    text = canvas.beginText()
    y = _y(INFO_TOP) - 8
    for label, value in rows:
        text.setTextOrigin(INFO_LEFT, y)
        text.setFont(REGULAR, 7)
        text.setFillColor(GREY)
        text.textOut(label)
        text.setFont(REGULAR, 8.5)
        text.setFillColor(INK)
        for line in fit_lines(value, REGULAR, 8.5, RIGHT - value_left):
            text.setTextOrigin(value_left, y)
            text.textOut(line)
            y -= 11
        y -= 1.5
    canvas.drawText(text)


def draw_marks(canvas: Canvas) -> None:
    """Fold marks (105, 210 mm) and the longer hole mark (148.5 mm) at the left edge."""
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.5)
    for mark in FOLD_MARKS:
        canvas.line(4 * mm, _y(mark), 9 * mm, _y(mark))
    canvas.line(4 * mm, _y(HOLE_MARK), 12 * mm, _y(HOLE_MARK))


def draw_footer(canvas: Canvas, head: Letterhead) -> None:
    """Four columns below a rule: address, opening hours, contact, bank details."""
    columns = [  # (title, lines); the widths in FOOTER_SHARES give the IBAN one line
        ("Hausanschrift", [head.office, head.department, head.street, head.postcode_city]),
        ("Sprechzeiten", list(head.opening_hours)),
        ("Kontakt", [f"Telefon {head.phone}" if head.phone else "", head.email, head.website]),
        ("Bankverbindung", [head.bank_name, f"IBAN {head.iban}" if head.iban else "",
                            f"BIC {head.bic}" if head.bic else ""]),
    ]
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, FOOTER_RULE, RIGHT, FOOTER_RULE)
    left = LEFT
    for (title, lines), share in zip(columns, FOOTER_SHARES, strict=True):
        width = TEXT_WIDTH * share
        _footer_column(canvas, left, width - 2 * mm, title, [line for line in lines if line])
        left += width


def _footer_column(canvas: Canvas, left: float, width: float, title: str, lines: list[str]) -> None:
    text = canvas.beginText(left, FOOTER_RULE - 3.5 * mm)
    text.setFillColor(INK)
    text.setFont(BOLD, 6.5, 8)
    text.textLine(title)
    text.setFillColor(GREY)
    text.setFont(REGULAR, 6.5, 8)
    parts = [part for line in lines for part in fit_lines(line, REGULAR, 6.5, width)]
    for part in parts[:FOOTER_LINES]:
        text.textLine(part)
    canvas.drawText(text)


def draw_continuation(canvas: Canvas, head: Letterhead, line: str) -> None:
    """Head of pages 2 ff.: office left, file number and date right, with a rule."""
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, 8.5)
    canvas.drawString(LEFT, _y(17 * mm), head.office)
    canvas.setFillColor(GREY)
    canvas.setFont(REGULAR, 8)
    canvas.drawRightString(RIGHT, _y(17 * mm), line)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, _y(20 * mm), RIGHT, _y(20 * mm))


def draw_draft(canvas: Canvas) -> None:
    """A large grey ENTWURF behind the text, so a preview is never mistaken for the sent letter."""
    canvas.saveState()
    canvas.setFillColor(WATERMARK)
    canvas.setFont(BOLD, 96)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(55)
    canvas.drawCentredString(0, -30, "ENTWURF")
    canvas.restoreState()


def draw_page_number(canvas: Canvas, page: int, total: int) -> None:
    canvas.setFillColor(GREY)
    canvas.setFont(REGULAR, 8)
    canvas.drawRightString(RIGHT, PAGE_NUMBER_LINE, f"Seite {page} von {total}")
