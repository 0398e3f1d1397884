"""The application form as a fillable PDF (AcroForm): two A4 pages laid out like an office's form.

Page 1: letterhead, receipt-stamp box, applicant, project, period. Page 2: cost plan, financing plan, bank
account, declaration with place, date and signature, and how to return the form. Every field is named by its
key in `reports.application_form.fields`, which is how a returned form is read back.
"""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from reports.application_form.fields import COST_LINES, cost_keys, field_labels
from reports.application_form.model import BlankForm
from reports.application_form.sheet import (
    ACCENT,
    FIELD_HEIGHT,
    GREY,
    INK,
    LEFT,
    PAGE_HEIGHT,
    RIGHT,
    RULE,
    WIDTH,
    Sheet,
    draw_footer,
    draw_letterhead,
    receipt_box,
)
from reports.i18n import _
from reports.letters.fonts import BOLD, REGULAR, register_fonts

PAGES = 2
AMOUNT_MAX = 16


def title(form: BlankForm) -> str:
    return _("Antrag auf Gewährung einer Zuwendung")


def render_form_pdf(form: BlankForm) -> bytes:
    """The blank, fillable form as PDF bytes."""
    register_fonts()
    out = BytesIO()
    c = Canvas(out, pagesize=(595.2756, 841.8898), pageCompression=1)
    c.setTitle(f"{title(form)} – {form.programme_name}")
    c.setAuthor(form.letterhead.office)
    c.setSubject(_("Antragsformular {code}").format(code=form.programme_code))
    labels = field_labels()
    _first_page(Sheet(c), form, labels)
    _footer(c, form, 1)
    c.showPage()
    _second_page(Sheet(c), form, labels)
    _footer(c, form, 2)
    c.showPage()
    c.save()
    return out.getvalue()


def _footer(c: Canvas, form: BlankForm, page: int) -> None:
    text = _("{office} · {department} · Antragsformular {code}, Stand {day}").format(
        office=form.letterhead.office, department=form.letterhead.department, code=form.programme_code,
        day=form.created_on.strftime("%d.%m.%Y"))
    draw_footer(c, text, page, PAGES, _("Seite {page} von {pages}"))


def _first_page(s: Sheet, form: BlankForm, labels: dict[str, str]) -> None:
    c = s.canvas
    s.y = draw_letterhead(c, form.letterhead) - 8
    receipt_box(c, s.y, _("Eingangsvermerk des Amtes"))
    c.setFillColor(ACCENT)
    c.setFont(BOLD, 14)
    c.drawString(LEFT, s.y - 16, title(form))
    s.skip(22)
    s.paragraph(_("im Förderprogramm „{name}“").format(name=form.programme_name), size=9.5,
                width=WIDTH - 56 * mm, color=GREY)
    s.skip(8)
    s.text_field("programme", labels["programme"], LEFT, 30 * mm, maxlen=20, read_only=form.programme_code)
    s.end_row()
    s.paragraph(_("Bitte füllen Sie alle Felder am Bildschirm oder in Druckschrift aus. Beträge in Euro "
                  "(z. B. 1.234,50), Datumsangaben als TT.MM.JJJJ."), x=LEFT, width=WIDTH - 65 * mm)
    _applicant(s, form, labels)
    _project(s, form, labels)
    _period(s, labels)


def _applicant(s: Sheet, form: BlankForm, labels: dict[str, str]) -> None:
    s.section(1, _("Antragsteller (Träger)"))
    s.text_field("applicant_name", labels["applicant_name"], LEFT, WIDTH)
    s.end_row()
    s.choice_field("applicant_type", labels["applicant_type"], LEFT, WIDTH * 0.62 - 4, form.applicant_types)
    s.text_field("legal_form", _("Rechtsform (z. B. e. V., gGmbH)"),
                 LEFT + WIDTH * 0.62, WIDTH * 0.38, maxlen=60)
    s.end_row()
    s.text_field("street", labels["street"], LEFT, WIDTH * 0.55 - 4)
    s.text_field("postcode", labels["postcode"], LEFT + WIDTH * 0.55, WIDTH * 0.15 - 4, maxlen=5)
    s.text_field("city", labels["city"], LEFT + WIDTH * 0.70, WIDTH * 0.30)
    s.end_row()
    s.text_field("contact_name", labels["contact_name"], LEFT, WIDTH * 0.38 - 4, maxlen=160)
    s.text_field("phone", labels["phone"], LEFT + WIDTH * 0.38, WIDTH * 0.24 - 4, maxlen=40)
    s.text_field("email", labels["email"], LEFT + WIDTH * 0.62, WIDTH * 0.38, maxlen=120)
    s.end_row()


def _project(s: Sheet, form: BlankForm, labels: dict[str, str]) -> None:
    s.section(2, _("Vorhaben"))
    s.text_field("title", labels["title"], LEFT, WIDTH, maxlen=255)
    s.end_row()
    s.text_field("description", _("Kurzbeschreibung des Vorhabens (was, für wen, wie)"), LEFT, WIDTH,
                 height=62, maxlen=4000, multiline=True)
    s.end_row(62)
    s.text_field("goals", _("Ziele des Vorhabens (Bezug zu den Zielen des Sozialplans)"), LEFT, WIDTH,
                 height=50, maxlen=4000, multiline=True)
    s.end_row(50)
    s.choice_field("municipality", labels["municipality"], LEFT, WIDTH * 0.40 - 4, form.municipalities)
    s.choice_field("field_of_action", labels["field_of_action"], LEFT + WIDTH * 0.40, WIDTH * 0.60,
                   form.fields_of_action)
    s.end_row()


def _period(s: Sheet, labels: dict[str, str]) -> None:
    s.section(3, _("Durchführungszeitraum"))
    s.text_field("start_date", _("Beginn (TT.MM.JJJJ)"), LEFT, 40 * mm, maxlen=10)
    s.text_field("end_date", _("Ende (TT.MM.JJJJ)"), LEFT + 45 * mm, 40 * mm, maxlen=10)
    s.paragraph(_("Mit dem Vorhaben darf vor der Entscheidung über den Antrag nicht begonnen werden; als Beginn "
                  "gilt schon der Abschluss eines Vertrags zur Ausführung."), size=7.5, x=LEFT + 92 * mm,
                width=WIDTH - 92 * mm)
    s.end_row()


def _second_page(s: Sheet, form: BlankForm, labels: dict[str, str]) -> None:
    c = s.canvas
    c.setFillColor(ACCENT)
    c.setFont(BOLD, 10)
    head = f"{title(form)} – {form.programme_name}"
    if stringWidth(head, BOLD, 10) > WIDTH:
        head = f"{title(form)} – {form.programme_code}"
    c.drawString(LEFT, PAGE_HEIGHT - 18 * mm, head)
    c.setStrokeColor(ACCENT)
    c.line(LEFT, PAGE_HEIGHT - 20 * mm, RIGHT, PAGE_HEIGHT - 20 * mm)
    s.y = PAGE_HEIGHT - 24 * mm
    _costs(s, form, labels)
    _financing(s, labels)
    _bank(s, labels)
    _signature(s, labels)
    _return_note(s, form)


def _costs(s: Sheet, form: BlankForm, labels: dict[str, str]) -> None:
    s.section(4, _("Kostenplan (Ausgaben des Vorhabens)"))
    columns = (LEFT, LEFT + 10 * mm, LEFT + 52 * mm, RIGHT - 38 * mm)
    c = s.canvas
    c.setFillColor(GREY)
    c.setFont(REGULAR, 7.5)
    for x, text in zip(columns, (_("Nr."), _("Kostenart"), _("Bezeichnung"), _("Betrag in €")), strict=True):
        c.drawString(x, s.y - 7, text)
    s.skip(11)
    for n in range(1, COST_LINES + 1):
        kind, text, amount = cost_keys(n)
        c.setFillColor(GREY)
        c.setFont(REGULAR, 8.5)
        c.drawString(columns[0] + 2, s.y - 11, f"{n}.")
        y = s.y - FIELD_HEIGHT
        s.widget(kind, labels[kind], columns[1], y, columns[2] - columns[1] - 4, options=form.cost_types)
        s.widget(text, labels[text], columns[2], y, columns[3] - columns[2] - 4, maxlen=255)
        s.widget(amount, labels[amount], columns[3], y, RIGHT - columns[3], maxlen=AMOUNT_MAX)
        s.skip(FIELD_HEIGHT + 3)
    _sum_line(s, "total_costs", _("Gesamtkosten (Summe der Zeilen 1 bis {n})").format(n=COST_LINES), labels, columns[3])


def _sum_line(s: Sheet, key: str, text: str, labels: dict[str, str], x: float, bold: bool = True,
              source: bool = False) -> None:
    """A line of the plan: its text, for third-party funds the field naming who gives them, the amount field."""
    c = s.canvas
    c.setFillColor(ACCENT if bold else INK)
    c.setFont(BOLD if bold else REGULAR, 8.5)
    if bold:
        c.drawRightString(x - 6, s.y - 11, text)
    else:
        c.drawString(LEFT, s.y - 11, text)
    y = s.y - FIELD_HEIGHT
    if source:
        start = LEFT + 60 * mm
        s.widget("third_party_source", labels["third_party_source"], start, y, x - start - 6, maxlen=255)
    s.widget(key, labels[key], x, y, RIGHT - x, maxlen=AMOUNT_MAX)
    s.skip(FIELD_HEIGHT + 4)


def _financing(s: Sheet, labels: dict[str, str]) -> None:
    s.section(5, _("Finanzierungsplan (Einnahmen des Vorhabens)"))
    x = RIGHT - 38 * mm
    _sum_line(s, "own_funds", _("Eigenmittel des Antragstellers"), labels, x, bold=False)
    _sum_line(s, "third_party_funds", _("Drittmittel (Zuschüsse Dritter) von"), labels, x, bold=False,
              source=True)
    _sum_line(s, "requested_grant", _("Beantragte Zuwendung"), labels, x)
    s.paragraph(_("Die Summe aus Eigenmitteln, Drittmitteln und beantragter Zuwendung muss den Gesamtkosten "
                  "entsprechen, auf den Cent genau."), size=7.5)


def _bank(s: Sheet, labels: dict[str, str]) -> None:
    s.section(6, _("Bankverbindung für die Auszahlung"))
    s.text_field("account_holder", labels["account_holder"], LEFT, WIDTH * 0.40 - 4, maxlen=120)
    s.text_field("iban", labels["iban"], LEFT + WIDTH * 0.40, WIDTH * 0.38 - 4, maxlen=42)
    s.text_field("bic", labels["bic"], LEFT + WIDTH * 0.78, WIDTH * 0.22, maxlen=11)
    s.end_row()


def _signature(s: Sheet, labels: dict[str, str]) -> None:
    s.section(7, _("Erklärung und Unterschrift"))
    s.paragraph(_("Ich versichere, dass die Angaben in diesem Antrag vollständig und richtig sind, dass mit dem "
                  "Vorhaben noch nicht begonnen wurde und dass ich zur Vertretung des Antragstellers berechtigt "
                  "bin. Mir ist bekannt, dass auf die Zuwendung kein Rechtsanspruch besteht und dass die Angaben "
                  "zur Ansprechperson nur für die Bearbeitung dieses Antrags gespeichert werden."), size=7.5)
    s.skip(4)
    s.text_field("place", _("Ort"), LEFT, 45 * mm, maxlen=80)
    s.text_field("signed_on", _("Datum (TT.MM.JJJJ)"), LEFT + 50 * mm, 30 * mm, maxlen=10)
    c = s.canvas
    line_y = s.y - 9 - FIELD_HEIGHT
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(LEFT + 88 * mm, line_y, RIGHT, line_y)
    c.setFillColor(GREY)
    c.setFont(REGULAR, 7)
    c.drawString(LEFT + 88 * mm, line_y - 8, _("Unterschrift der vertretungsberechtigten Person, Stempel"))
    s.end_row()
    s.skip(6)



def _return_note(s: Sheet, form: BlankForm) -> None:
    head = form.letterhead
    address = ", ".join(p for p in (f"{head.office}, {head.department}", head.street, head.postcode_city) if p)
    contact = form.contact or " · ".join(p for p in (head.phone and f"Tel. {head.phone}", head.email) if p)
    text = _("So senden Sie den Antrag zurück: Speichern Sie das ausgefüllte Formular und senden Sie die Datei "
             "per E-Mail an {email}, oder drucken Sie es aus, unterschreiben Sie es und senden Sie es an: "
             "{address}. Bitte legen Sie die Unterlagen bei, die für Ihren Träger verlangt werden (z. B. Satzung, "
             "Registerauszug, Freistellungsbescheid). Fragen beantworten wir gern: {contact}.").format(
        email=head.email or "-", address=address, contact=contact or "-")
    c = s.canvas
    top = s.y
    s.skip(4)
    s.paragraph(text, size=7.5, x=LEFT + 5, width=WIDTH - 10)
    c.setStrokeColor(ACCENT)
    c.setLineWidth(0.8)
    c.rect(LEFT, s.y, WIDTH, top - s.y, stroke=1, fill=0)
