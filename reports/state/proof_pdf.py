"""The county's proof of use to the Land as PDF: letterhead, figures, table by Handlungsfeld and measure, the
narrative parts per Handlungsfeld, and the signature block."""

from __future__ import annotations

from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from reports.i18n import _
from reports.letters.fonts import BOLD, REGULAR, register_fonts
from reports.state.proof_model import FieldGroup, StateProof, StateSource
from reports.summary.pdf import eur

GRID = Color(0.62, 0.62, 0.62)
SHADE = Color(0.86, 0.90, 0.95)
TOTAL = Color(0.95, 0.95, 0.95)
WIDTH = A4[0] - 45 * mm
AMOUNTS = ("paid", "claimed", "repaid", "net")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9, leading=11.5)
    return {"base": base, "right": ParagraphStyle("right", parent=base, alignment=2),
            "head": ParagraphStyle("head", parent=base, fontName=BOLD),
            "headright": ParagraphStyle("headright", parent=base, fontName=BOLD, alignment=2),
            "office": ParagraphStyle("office", parent=base, fontName=BOLD, fontSize=11, leading=14),
            "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=13, leading=17, spaceBefore=6,
                                    spaceAfter=4),
            "section": ParagraphStyle("section", parent=base, fontName=BOLD, fontSize=11, leading=14, spaceBefore=10,
                                      spaceAfter=4),
            "field": ParagraphStyle("field", parent=base, fontName=BOLD, spaceBefore=6, spaceAfter=2),
            "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
            "cellright": ParagraphStyle("cellright", parent=base, fontSize=8, leading=10, alignment=2),
            "cellhead": ParagraphStyle("cellhead", parent=base, fontName=BOLD, fontSize=8, leading=10),
            "cellheadright": ParagraphStyle("cellheadright", parent=base, fontName=BOLD, fontSize=8, leading=10,
                                            alignment=2),
            "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=Color(0.3, 0.3, 0.3))}


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def render_state_proof(proof: StateProof) -> bytes:
    register_fonts()
    buffer = BytesIO()
    title = _("Verwendungsnachweis des Landkreises an das Land {year}").format(year=proof.year)
    document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=25 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                                 bottomMargin=18 * mm, title=title, author="FörderDesk")
    styles = _styles()
    story: list[Any] = [*_head(proof, styles), _p(title, styles["title"]),
                        _p(_("Haushaltsjahr {year} · erstellt {created}").format(year=proof.year,
                                                                                created=proof.created),
                           styles["small"])]
    story += _sources(proof, styles)
    story += _fields_table(proof, styles)
    story += _narratives(proof, styles)
    story += _signature(proof, styles)
    document.build(story, canvasmaker=_NumberedCanvas)
    return buffer.getvalue()


def _head(proof: StateProof, styles: dict[str, ParagraphStyle]) -> list[Any]:
    head = proof.letterhead
    lines = [head.department, head.street, head.postcode_city, " · ".join(p for p in (head.phone, head.email) if p)]
    return [_p(head.office, styles["office"]), *[_p(line, styles["base"]) for line in lines if line],
            Spacer(1, 6 * mm)]


def _money_table(rows: list[list[Any]], widths: list[float], totals: tuple[int, ...] = ()) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1)
    style: list[Any] = [("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")]
    style += [("BACKGROUND", (0, row), (-1, row), TOTAL) for row in totals]
    table.setStyle(TableStyle(style))
    return table


def _source_rows(source: StateSource) -> list[tuple[str, str]]:
    return [(_("Zuwendung des Landes (Bescheid vom {day}, Az. {number})").format(
                day=source.decided_on, number=source.ministry_file_number), eur(source.state_grant)),
            (_("Vom Land erhalten"), eur(source.received)),
            (_("Kofinanzierung des Landkreises: {rule}").format(rule=source.cofinancing_rule),
             eur(source.cofinancing)),
            (_("An die Träger ausgezahlt abzüglich Rückzahlungen"), eur(source.net_paid)),
            (_("davon Kofinanzierung des Landkreises"), eur(source.cofinancing_spent)),
            (_("davon Landesmittel"), eur(source.state_spent)),
            (_("Nicht verbrauchte Landesmittel (zurückzuzahlen)"), eur(source.unspent))]


def _sources(proof: StateProof, styles: dict[str, ParagraphStyle]) -> list[Any]:
    story: list[Any] = [_p(_("1. Zahlenmäßiger Nachweis"), styles["section"])]
    if not proof.sources:
        return [*story, _p(_("Für dieses Jahr ist keine Zuwendung des Landes erfasst."), styles["base"])]
    for source in proof.sources:
        rows = [[_p(source.programme, styles["head"]), _p(_("Betrag"), styles["headright"])]]
        rows += [[_p(label, styles["base"]), _p(value, styles["right"])] for label, value in _source_rows(source)]
        story += [_money_table(rows, [WIDTH * 0.72, WIDTH * 0.28], totals=(len(rows) - 1,)), Spacer(1, 3 * mm)]
    return story


def _amount_cells(group: Any, styles: dict[str, ParagraphStyle]) -> list[Paragraph]:
    return [_p(eur(group.total(name)), styles["cellright"]) for name in AMOUNTS]


def _fields_table(proof: StateProof, styles: dict[str, ParagraphStyle]) -> list[Any]:
    headers = [_("Handlungsfeld / Maßnahme"), _("Fälle"), _("ausgezahlt"), _("Rück-\nforderungen"),
               _("zurück-\ngezahlt"), _("verwendet")]
    rows: list[list[Any]] = [[_p(h, styles["cellhead"] if i == 0 else styles["cellheadright"]) for i, h in
                              enumerate(headers)]]
    totals: list[int] = []
    for field in proof.fields:
        totals.append(len(rows))
        rows.append([_p(field.field, styles["cellhead"]), _p(str(field.case_count), styles["cellright"]),
                     *_amount_cells(field, styles)])
        for measure in field.measures:
            rows.append([_p(measure.measure, styles["cell"]), _p(str(len(measure.cases)), styles["cellright"]),
                         *_amount_cells(measure, styles)])
    totals.append(len(rows))
    rows.append([_p(_("Summe"), styles["cellhead"]),
                 _p(str(sum(f.case_count for f in proof.fields)), styles["cellright"]),
                 *[_p(eur(proof.total(name)), styles["cellheadright"]) for name in AMOUNTS]])
    widths = [WIDTH * share for share in (0.30, 0.08, 0.155, 0.155, 0.155, 0.155)]
    return [_p(_("2. Verwendung nach Handlungsfeld und Maßnahme"), styles["section"]),
            _money_table(rows, widths, tuple(totals))]


def _narratives(proof: StateProof, styles: dict[str, ParagraphStyle]) -> list[Any]:
    story: list[Any] = [_p(_("3. Sachbericht nach Handlungsfeldern"), styles["section"])]
    for field in proof.fields:
        story.append(_p(field.field, styles["field"]))
        story += _field_narratives(field, styles)
    return story


def _field_narratives(field: FieldGroup, styles: dict[str, ParagraphStyle]) -> list[Any]:
    if not field.narratives:
        return [_p(_("Noch kein Sachbericht der Träger eingegangen."), styles["small"])]
    return [KeepTogether([_p(f"{n.file_number} – {n.title} ({n.applicant})", styles["head"]),
                          _p(n.text, styles["base"]), Spacer(1, 2 * mm)]) for n in field.narratives]


def _signature(proof: StateProof, styles: dict[str, ParagraphStyle]) -> list[Any]:
    text = _("Es wird bestätigt, dass die Zuwendung des Landes nach den Bestimmungen des Zuwendungsbescheids "
             "verwendet wurde und die Angaben mit den Büchern und Belegen übereinstimmen.")
    line = "_" * 38
    table = Table([[_p(proof.created, styles["base"]), ""], [line, line],
                   [_p(_("Ort, Datum"), styles["small"]), _p(_("Unterschrift (Landrat / im Auftrag)"),
                                                             styles["small"])]],
                  colWidths=[WIDTH * 0.5, WIDTH * 0.5], hAlign="LEFT")
    return [KeepTogether([_p(_("4. Bestätigung"), styles["section"]), _p(text, styles["base"]),
                          Spacer(1, 14 * mm), table])]


class _NumberedCanvas(Canvas):
    """Writes "Seite x von y" once the page count is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's own, missing from its stubs

    def save(self) -> None:
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(REGULAR, 8)
            self.drawRightString(A4[0] - 20 * mm, 10 * mm, _("Seite {page} von {pages}").format(
                page=self.getPageNumber(), pages=len(self._pages)))
            super().showPage()
        super().save()
