"""Everything the auditor's dossier (Prüfakte) holds about one case, as files (`reports.dossier.DossierFile`).

Issued letters and stored files (among them the Prüfvermerke and the narrative report) are the stored bytes
(checked against their SHA-256, never regenerated);
status history and audit trail come as CSV and together as one PDF; the financing plan, the proof-of-use
figures with the final calculation, the receipt list with the sample results, the document index with the
stored files, and `vorgang.json` with the case's key data and who exported it when.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.audit_sentences import audit_reason
from app.cases.financing import financing_label
from app.cases.workflow import STATUS_LABELS
from app.kernel.case_records import case_file_number
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.letterhead import load_letterhead
from app.kernel.periods import format_date
from app.kernel.stored_files import deleted_notice
from app.kernel.stored_text import unpack
from app.proof.note import check_text, statement_grid
from app.proof.queries import ProofReviewView, review_view
from db.models import Application, AuditEvent, Document, Letter, StatusChange
from reports.dossier import DossierFile, csv_bytes, safe_part
from reports.letters.model import Heading, Para
from reports.proof import Grid, ReportDocument, render_report

PDF_VALUE_CHARS = 300


def amount(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.2f}".replace(".", ",")


def day(value: dt.date | None) -> str:
    return "" if value is None else format_date(value)


def stamp(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat(timespec="seconds")


def letter_files(session: Session, app: Application) -> list[DossierFile]:
    files = []
    for letter in session.scalars(select(Letter).where(Letter.application_id == app.id).order_by(Letter.id)):
        name = f"{letter.id:04d}_{safe_part(letter.kind)}_{letter.issued_at.date().isoformat()}"
        if letter.pdf is None:  # emptied by anonymisation: what it was, instead of the PDF
            files.append(DossierFile(f"01_schreiben/{name}_geloescht.txt", _emptied_letter(letter)))
            continue
        if hashlib.sha256(letter.pdf).hexdigest() != letter.sha256:
            raise ValidationError(_("Das gespeicherte Schreiben Nr. {id} ist beschädigt (Prüfsumme stimmt nicht); die "
                                    "Prüfakte wird nicht erstellt.").format(id=letter.id))
        files.append(DossierFile(f"01_schreiben/{name}.pdf", bytes(letter.pdf)))
    return files


def _emptied_letter(letter: Letter) -> bytes:
    lines = (_("Schreiben Nr. {id}: {subject}").format(id=letter.id, subject=letter.subject),
             _("Art: {kind}").format(kind=letter.kind),
             _("Ausgestellt am {at} von {by}").format(at=stamp(letter.issued_at), by=letter.issued_by),
             _("Größe: {size} Bytes").format(size="" if letter.size is None else letter.size),
             deleted_notice(letter.sha256))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _history(session: Session, app: Application) -> list[list[str]]:
    rows = session.scalars(select(StatusChange).where(StatusChange.application_id == app.id).order_by(StatusChange.id))
    return [[stamp(r.at), STATUS_LABELS.get(r.from_status, "") if r.from_status else "", STATUS_LABELS[r.to_status],
             r.action, r.user_name, unpack(r.reason) or ""] for r in rows]


def _audit(session: Session, app: Application) -> list[list[str]]:
    rows = session.scalars(select(AuditEvent).where(AuditEvent.application_id == app.id).order_by(AuditEvent.id))
    return [[str(e.id), stamp(e.at), e.user_name, e.action, e.entity, e.entity_id, e.field or "", e.old_value or "",
             e.new_value or "", audit_reason(e.reason), "" if e.chain_seq is None else str(e.chain_seq), e.hash or ""]
            for e in rows]


HISTORY_HEADERS = (_("Zeitpunkt (UTC)"), _("von"), _("nach"), _("Aktion"), _("Benutzer"), _("Begründung"))
AUDIT_HEADERS = (_("Nr."), _("Zeitpunkt (UTC)"), _("Benutzer"), _("Aktion"), _("Objekt"), _("Objekt-Nr."), _("Feld"),
                 _("alter Wert"), _("neuer Wert"), _("Begründung"), _("Kettenposition"), _("Hash"))


def _short(text: str) -> str:
    return text if len(text) <= PDF_VALUE_CHARS else text[:PDF_VALUE_CHARS] + _(" … (vollständig in protokoll.csv)")


def history_pdf(session: Session, app: Application, history: list[list[str]], audit: list[list[str]]) -> bytes:
    file_number = case_file_number(app)
    history_grid = Grid(HISTORY_HEADERS, tuple(tuple(r) for r in history), (0.2, 0.15, 0.15, 0.15, 0.1, 0.25),
                        size=7)
    audit_grid = Grid((_("Nr."), _("Zeitpunkt"), _("Benutzer / Aktion"), _("Objekt / Feld"), _("alt → neu"),
                       _("Begründung")), tuple((r[0], r[1].replace("T", " ")[:19], f"{r[2]} / {r[3]}",
                                                f"{r[4]} {r[5]}" + (f" · {r[6]}" if r[6] else ""),
                                                _short(f"{r[7]} → {r[8]}" if r[7] else r[8]), _short(r[9]))
                                               for r in audit), (0.06, 0.13, 0.14, 0.15, 0.37, 0.15), size=6.5)
    document = ReportDocument(
        letterhead=load_letterhead(session), title=_("Statusverlauf und Protokoll"),
        facts=((_("Aktenzeichen"), file_number), (_("Maßnahme"), app.title), (_("Protokolleinträge"), str(len(audit)))),
        blocks=(Heading(_("Statusverlauf")), history_grid, Heading(_("Protokoll (Änderungen mit altem und neuem "
                                                                         "Wert)")),
                Para(_("Jeder Eintrag ist Teil der Hash-Kette des Protokolls; Kettenposition und Hash stehen in "
                       "protokoll.csv.")), audit_grid),
        continuation=_("Prüfakte {ref} – Verlauf und Protokoll").format(ref=file_number), keywords=(file_number,))
    return render_report(document)


def history_files(session: Session, app: Application) -> list[DossierFile]:
    history, audit = _history(session, app), _audit(session, app)
    return [DossierFile("02_verlauf/statusverlauf.csv", csv_bytes(HISTORY_HEADERS, history)),
            DossierFile("02_verlauf/protokoll.csv", csv_bytes(AUDIT_HEADERS, audit)),
            DossierFile("02_verlauf/verlauf_und_protokoll.pdf", history_pdf(session, app, history, audit))]


def plan_file(app: Application) -> DossierFile:
    rows = [[_("Kosten"), str(c.position), c.category.value, c.description, _("ja") if c.eligible else _("nein"),
             amount(c.planned_amount)] for c in app.cost_lines]
    rows += [[_("Finanzierung"), str(f.position), f.kind.value, f.source, "", amount(f.planned_amount)]
             for f in app.funding_lines]
    rows.append([_("Finanzierung"), "", "grant", _("beantragte Zuwendung"), "", amount(app.requested_amount)])
    return DossierFile("03_finanzen/finanzierungsplan.csv", csv_bytes(
        (_("Teil"), _("Pos."), _("Art"), _("Beschreibung"), _("zuwendungsfähig"), _("geplant (EUR)")), rows))


def proof_files(view: ProofReviewView) -> list[DossierFile]:
    grid = statement_grid(view.statement)
    funds = [[f.label, amount(f.planned), amount(f.actual), amount(f.actual - f.planned)] for f in view.funds]
    receipts = [[str(r.position), day(r.receipt_date), day(r.paid_on), r.payee, r.purpose, amount(r.amount),
                 r.cost_line, _("ja") if r.in_sample else _("nein"), check_text(r),
                 amount(r.recognised if r.result else None), amount(r.not_accepted), r.checked_by or ""]
                for r in view.receipts]
    files = [
        DossierFile("03_finanzen/verwendungsnachweis.csv", csv_bytes(grid.headers, grid.rows)),
        DossierFile("03_finanzen/finanzierung_ist.csv", csv_bytes(
            (_("Finanzierung"), _("Plan (EUR)"), _("Ist (EUR)"), _("Differenz (EUR)")), funds)),
        DossierFile("03_finanzen/endabrechnung.txt", (view.review.text + "\n").encode("utf-8")),
        DossierFile("04_belege/belegliste.csv", csv_bytes(
            (_("Nr."), _("Belegdatum"), _("bezahlt am"), _("Empfänger"), _("Zweck"), _("Betrag (EUR)"),
             _("Kostenposition"), _("Stichprobe"), _("Prüfergebnis"), _("anerkannt (EUR)"), _("nicht anerkannt (EUR)"),
             _("geprüft von")), receipts))]
    if view.draw is not None:
        draw = view.draw
        files.append(DossierFile("04_belege/stichprobe.json", json.dumps({
            "startwert": draw.seed, "anteil": str(draw.share), "mindestzahl": draw.minimum,
            "gezogen_am": stamp(draw.drawn_at), "gezogen_von": draw.drawn_by, "belege_nr": list(draw.positions),
            "reproduzierbar": draw.reproducible, "verfahren": "Python random.Random(startwert).sample(Positionen, n)",
        }, ensure_ascii=False, indent=2).encode("utf-8")))
    return files


def document_files(session: Session, app: Application) -> list[DossierFile]:
    documents = session.scalars(select(Document).where(
        (Document.application_id == app.id) | (Document.applicant_id == app.applicant_id)).order_by(Document.id))
    rows, files = [], []
    for d in documents:
        stored = deleted_notice(d.sha256) if d.content_deleted_at is not None else ""
        if d.content is not None:
            if hashlib.sha256(d.content).hexdigest() != d.sha256:
                raise ValidationError(_("Die gespeicherte Datei der Unterlage Nr. {id} ist beschädigt; die Prüfakte "
                                        "wird nicht erstellt.").format(id=d.id))
            stored = f"05_unterlagen/{d.id:04d}_{safe_part(d.file_name or 'datei')}"
            files.append(DossierFile(stored, bytes(d.content)))
        rows.append([str(d.id), d.document_type.name, _("Vorgang") if d.application_id else _("Antragsteller"),
                     day(d.received_on), day(d.issued_on), day(d.valid_until), d.file_name or "",
                     "" if d.size is None else str(d.size), d.sha256 or "", stored, unpack(d.note) or ""])
    index = DossierFile("05_unterlagen/dokumentenverzeichnis.csv", csv_bytes(
        (_("Nr."), _("Unterlage"), _("gehört zu"), _("Eingang"), _("ausgestellt"), _("gültig bis"), _("Datei"),
         _("Bytes"), _("SHA-256"), _("in der Prüfakte"), _("Bemerkung")), rows))
    return [index, *files]


def case_summary(app: Application, exported_by: str, exported_at: dt.datetime, purpose: str) -> DossierFile:
    data = {
        "aktenzeichen": case_file_number(app), "titel": app.title, "antragsteller": app.applicant.name,
        "programm": app.programme.code, "haushaltsjahr": app.fiscal_year, "status": STATUS_LABELS[app.status],
        "finanzierungsart": financing_label(app.financing_type), "beantragt": amount(app.requested_amount),
        "bewilligt": amount(app.approved_amount), "ausgezahlt": amount(app.paid_amount),
        "endgueltig": amount(app.final_amount), "bescheid_vom": day(app.decided_on),
        "bewilligungszeitraum": [day(app.start_date), day(app.end_date)], "abgeschlossen_am": day(app.closed_on),
        "aufbewahrung_bis": day(app.retention_until), "zweck_der_ausgabe": purpose,
        "erstellt_am": stamp(exported_at), "erstellt_von": exported_by,
    }
    return DossierFile("00_vorgang.json", json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))


def dossier_files(session: Session, app: Application, exported_by: str, exported_at: dt.datetime,
                  purpose: str) -> list[DossierFile]:
    """All files of the case's dossier (without the manifest, which the writer adds)."""
    files = [case_summary(app, exported_by, exported_at, purpose), *letter_files(session, app),
             *history_files(session, app), plan_file(app)]
    view = review_view(session, app)
    if view is not None:
        files += proof_files(view)
    return files + document_files(session, app)
