"""Drawing helpers of the PDF form: a cursor down the page, labels, AcroForm fields, section heads, head and foot.

Labels and printed text use the embedded DejaVu fonts of the letters; the fields' own text is Helvetica, the
font every PDF viewer has for filling in forms (Latin-1: ä, ö, ü, ß print).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from io import BytesIO

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from reports.application_form.fields import field_labels
from reports.letters.fonts import BOLD, REGULAR
from reports.letters.model import Letterhead

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 20 * mm
RIGHT = PAGE_WIDTH - 15 * mm
WIDTH = RIGHT - LEFT
FIELD_HEIGHT = 15.0
LABEL_GAP = 9.0  # from a label's baseline down to the top of its field
ROW_GAP = 6.0
BLANK_CHOICE = " "  # the empty entry of a drop-down list (reportlab needs a value that is an option)

INK = Color(0, 0, 0)
GREY = Color(0.35, 0.35, 0.35)
RULE = Color(0.6, 0.6, 0.6)
ACCENT = Color(0.11, 0.23, 0.37)
FIELD_FILL = Color(0.92, 0.95, 0.99)
FIELD_BORDER = Color(0.55, 0.62, 0.72)
SECTION_FILL = Color(0.88, 0.91, 0.95)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass
class Sheet:
    """The canvas and how far down the page the form has got (`y`, reportlab's bottom-up points)."""

    canvas: Canvas
    y: float = 0.0
    # each field's tooltip is its label as the reader names it in problems, whatever the printed label adds
    tips: dict[str, str] = field(default_factory=field_labels)

    def skip(self, points: float) -> None:
        self.y -= points

    def section(self, number: int, title: str) -> None:
        """A shaded bar with the section's number and title."""
        self.skip(6)
        c = self.canvas
        c.setFillColor(SECTION_FILL)
        c.rect(LEFT, self.y - 14, WIDTH, 14, stroke=0, fill=1)
        c.setFillColor(ACCENT)
        c.setFont(BOLD, 10)
        c.drawString(LEFT + 4, self.y - 10.5, f"{number}. {title}")
        self.skip(20)

    def paragraph(self, text: str, size: float = 8.5, x: float = LEFT, width: float = WIDTH,
                  bold: bool = False, color: Color = INK) -> None:
        """Wrapped plain text (escaped) at the cursor; the cursor moves below it."""
        style = ParagraphStyle("form", fontName=BOLD if bold else REGULAR, fontSize=size, leading=size * 1.3,
                               textColor=color)
        para = Paragraph(escape(text).replace("\n", "<br/>"), style)
        _w, height = para.wrap(width, PAGE_HEIGHT)
        para.drawOn(self.canvas, x, self.y - height)
        self.skip(height + 3)

    def label(self, text: str, x: float, y: float | None = None) -> None:
        c = self.canvas
        c.setFillColor(GREY)
        c.setFont(REGULAR, 7.5)
        c.drawString(x, (self.y if y is None else y) - 7, text)

    def text_field(self, key: str, label: str, x: float, width: float, *, height: float = FIELD_HEIGHT,
                   maxlen: int | None = 200, multiline: bool = False, read_only: str | None = None) -> None:
        """A labelled text field whose top sits `LABEL_GAP` below the cursor (the cursor does not move)."""
        self.label(label, x)
        self.widget(key, label, x, self.y - LABEL_GAP - height, width, height, maxlen=maxlen, multiline=multiline,
                    read_only=read_only)

    def choice_field(self, key: str, label: str, x: float, width: float, options: tuple[str, ...]) -> None:
        """A labelled drop-down list (combo box) of `options`, empty until chosen."""
        self.label(label, x)
        self.widget(key, label, x, self.y - LABEL_GAP - FIELD_HEIGHT, width, FIELD_HEIGHT, options=options)

    def widget(self, key: str, tooltip: str, x: float, y: float, width: float, height: float = FIELD_HEIGHT, *,
               options: tuple[str, ...] | None = None, maxlen: int | None = 200, multiline: bool = False,
               read_only: str | None = None) -> None:
        """An AcroForm field named `key` at (x, y) (bottom left): a text field, or with `options` a drop-down
        list whose first, blank entry is chosen."""
        form = self.canvas.acroForm
        tooltip = self.tips.get(key, tooltip)
        box = {"x": round(x), "y": round(y), "width": round(width), "height": round(height)}
        look = {"borderWidth": 1, "borderColor": FIELD_BORDER, "fillColor": FIELD_FILL, "textColor": INK,
                "fontName": "Helvetica"}
        if options is not None:
            form.choice(name=key, tooltip=tooltip, value=BLANK_CHOICE, options=[BLANK_CHOICE, *options], fontSize=8,
                        **box, **look)  # type: ignore[arg-type]
            return
        flags = " ".join(f for f in ("multiline" if multiline else "", "readOnly" if read_only else "") if f)
        form.textfield(name=key, tooltip=tooltip, value=read_only or "", maxlen=maxlen or 0, fieldFlags=flags,
                       fontSize=8 if multiline else 9, **box, **look)  # type: ignore[arg-type]

    def end_row(self, height: float = FIELD_HEIGHT) -> None:
        self.skip(LABEL_GAP + height + ROW_GAP)


def draw_letterhead(c: Canvas, head: Letterhead) -> float:
    """The office's head across the top of the first page; returns the y below its rule."""
    top = PAGE_HEIGHT - 15 * mm
    c.setFillColor(ACCENT)
    c.setFont(BOLD, 13)
    c.drawString(LEFT, top - 12, head.office)
    c.setFont(BOLD, 10.5)
    c.drawString(LEFT, top - 26, head.department)
    c.setFillColor(GREY)
    c.setFont(REGULAR, 8)
    lines = [", ".join(p for p in (head.street, head.postcode_city) if p),
             " · ".join(p for p in (head.phone and f"Tel. {head.phone}", head.email, head.website) if p)]
    for n, line in enumerate(line for line in lines if line):
        c.drawString(LEFT, top - 40 - 10 * n, line)
    if head.logo:
        image = ImageReader(BytesIO(head.logo))
        iw, ih = image.getSize()
        height = 18 * mm
        width = min(iw * height / ih, 45 * mm)
        c.drawImage(image, RIGHT - width, top - height + 4, width, width * ih / iw, mask="auto")
    rule = top - 62
    c.setStrokeColor(ACCENT)
    c.setLineWidth(1.2)
    c.line(LEFT, rule, RIGHT, rule)
    return rule


def draw_footer(c: Canvas, text: str, page: int, pages: int, page_label: str) -> None:
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(LEFT, 16 * mm, RIGHT, 16 * mm)
    c.setFillColor(GREY)
    c.setFont(REGULAR, 7)
    c.drawString(LEFT, 12 * mm, text)
    c.drawRightString(RIGHT, 12 * mm, page_label.format(page=page, pages=pages))


def receipt_box(c: Canvas, top: float, caption: str) -> None:
    """The empty box top right for the office's receipt stamp (Eingangsvermerk)."""
    width, height = 48 * mm, 24 * mm
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.setDash(2, 2)
    c.rect(RIGHT - width, top - height, width, height, stroke=1, fill=0)
    c.setDash()
    c.setFillColor(GREY)
    c.setFont(REGULAR, 6.5)
    c.drawString(RIGHT - width + 3, top - 8, caption)
