"""The audit trail as sentences a person reads: "Anna Schmidt hat den Betrag von 1.000,00 € auf 1.200,00 €
geändert (Entscheidung vorschlagen)."

The audit rows keep codes (action, entity, field) and neutral values (ISO days, Decimal strings, enum values);
they are hash-chained and never rewritten. This module only renders them, in the reader's language: field names
become labels, enum values their labels, amounts and days the office's notation, user names display names.
Personal values stay masked as the trail stored them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum, StrEnum
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Numeric
from sqlalchemy import Enum as SqlEnum
from sqlalchemy.orm import Mapper

from app.cases.action_labels import action_label
from app.cases.code_labels import LETTER_KINDS, code_label
from app.cases.rules.eligibility import rule_label
from app.kernel.i18n import _, source_text
from app.kernel.money import format_eur, format_percent
from app.kernel.periods import format_date
from app.kernel.stored_text import N_, render, unpack
from db.base import Base

MASKED = "‹personenbezogen›"  # what app.kernel.audit (and the PostgreSQL triggers) store for personal values

# what was changed, in the accusative ("hat … geändert"); per entity where one field name means different things
FIELD_LABELS: dict[str, str] = {
    "status": N_("den Status"), "amount": N_("den Betrag"), "requested_amount": N_("den beantragten Betrag"),
    "approved_amount": N_("den bewilligten Betrag"), "paid_amount": N_("den ausgezahlten Betrag"),
    "final_amount": N_("die endgültige Zuwendung"), "title": N_("den Titel"), "description": N_("die Beschreibung"),
    "received_on": N_("das Eingangsdatum"), "start_date": N_("den Beginn des Bewilligungszeitraums"),
    "end_date": N_("das Ende des Bewilligungszeitraums"), "due_on": N_("die Frist"),
    "decided_on": N_("das Entscheidungsdatum"), "closed_on": N_("den Abschluss"),
    "retention_until": N_("das Ende der Aufbewahrung"), "caseworker_id": N_("die Sachbearbeitung"),
    "municipality_id": N_("die Gemeinde"), "measure_id": N_("die Maßnahme"), "funding_rate": N_("den Fördersatz"),
    "financing_type": N_("die Finanzierungsart"), "state": N_("den Stand"), "outcome": N_("das Ergebnis"),
    "reasons": N_("die Begründung"), "done_at": N_("die Erledigung"),
    "postpone_reason": N_("den Grund der Verschiebung"),
    "passed": N_("das Prüfergebnis"), "message": N_("die Begründung des Prüfergebnisses"),
    "message_params": N_("die Begründung des Prüfergebnisses"), "title_params": N_("den Betreff"),
    "override_justification": N_("die Begründung der Übersteuerung"), "planned_amount": N_("den geplanten Betrag"),
    "name": N_("den Namen"), "street": N_("die Straße"), "email": N_("die E-Mail-Adresse"),
    "phone": N_("die Telefonnummer"), "iban": N_("die IBAN"), "account_holder": N_("den Kontoinhaber"),
    "notes": N_("die Notizen"), "project_started_on": N_("den Maßnahmebeginn"),
    "early_start_approved_on": N_("die Zulassung des vorzeitigen Beginns"), "paid_on": N_("den Zahltag"),
    "decision_date": N_("das Datum des Bescheids"), "posted_on": N_("den Versandtag"),
    "objection_until": N_("das Ende der Widerspruchsfrist"), "response_due": N_("die Frist zur Stellungnahme"),
    "catalogue_justification": N_("die Begründung außerhalb des Katalogs"), "fiscal_year": N_("das Haushaltsjahr"),
    "assigned_to_id": N_("die Zuständigkeit"), "response_text": N_("die Stellungnahme"),
    "file_number": N_("das Aktenzeichen"), "checked_at": N_("den Zeitpunkt der Prüfung"),
    "confirmed_by_id": N_("die bestätigende Person"), "confirmed_at": N_("den Zeitpunkt der Bestätigung"),
    "notified_on": N_("den Tag der Bekanntgabe"),
}

# language-neutral texts (app.kernel.stored_text): their raw parts mean nothing to a reader
STORED_TEXTS = frozenset({("Deadline", "title"), ("Deadline", "title_params"), ("EligibilityResult", "message"),
                          ("EligibilityResult", "message_params")})

# what was created or removed, with its indefinite article ("hat … angelegt")
ENTITY_LABELS: dict[str, str] = {
    "Application": N_("den Antrag"), "Decision": N_("einen Entscheidungsvorschlag"),
    "Deadline": N_("eine Frist"), "Document": N_("eine Unterlage"), "Note": N_("eine Notiz"),
    "EligibilityResult": N_("ein Prüfergebnis"), "CostLine": N_("eine Kostenposition"),
    "FundingLine": N_("eine Finanzierungsposition"), "Hearing": N_("eine Anhörung"),
    "Objection": N_("einen Widerspruch"), "Letter": N_("ein Schreiben"), "PaymentRequest": N_("einen Mittelabruf"),
    "Payment": N_("eine Zahlung"), "PaymentOrder": N_("eine Auszahlungsanordnung"),
    "Consultation": N_("einen Beratungstermin"), "ProofOfUse": N_("einen Verwendungsnachweis"),
    "Receipt": N_("einen Beleg"), "Clawback": N_("eine Rückforderung"), "Score": N_("eine Bewertung"),
    "Repayment": N_("eine Rückzahlung"), "Reminder": N_("eine Mahnung"),
    "CommitteeResolution": N_("einen Gremienbeschluss"),
}

# what an inserted row is recognised by, in this order (the first one present is quoted)
SUMMARY_FIELDS = ("title", "name", "amount", "planned_amount", "description", "outcome", "rule", "due_on")


@dataclass(frozen=True)
class Names:
    """What ids in the trail stand for: users' display names, document types' names."""

    users: Mapping[int, str] = dataclasses.field(default_factory=dict)
    document_types: Mapping[int, str] = dataclasses.field(default_factory=dict)


def _mappers() -> dict[str, Mapper[Any]]:
    return {m.class_.__name__: m for m in Base.registry.mappers}


def field_label(entity: str, field: str) -> str:
    label = FIELD_LABELS.get(field)
    if label is not None:
        return _(label)
    return _("das Feld »{field}«").format(field=field.replace("_id", "").replace("_", " "))


def entity_label(entity: str) -> str:
    label = ENTITY_LABELS.get(entity)
    return _(label) if label is not None else _("einen Eintrag ({entity})").format(entity=entity)


def _code_label(enum_class: type[Enum] | None, raw: str, entity: str = "", field: str = "") -> str | None:
    """A stored code (enum value, letter kind …) as its label in the reader's language, quoted; None if unknown."""
    kind = enum_class if enum_class is not None and issubclass(enum_class, StrEnum) else None
    if enum_class is not None and kind is None:
        return None
    label = code_label(kind, raw, entity, field)
    return f"»{_(label)}«" if label is not None else None


def format_value(entity: str, field: str, raw: str | None, names: Names) -> str:
    """An audited value in the office's notation (type from the model); masked and unknown values as they are."""
    if raw is None:
        return "–"
    if raw == MASKED:
        return _(MASKED)
    mapper = _mappers().get(entity)
    column = mapper.columns.get(field) if mapper is not None else None
    kind = column.type if column is not None else None
    kind = getattr(kind, "impl", kind)  # a type decorator (e.g. UTC timestamps) formats as what it wraps
    try:
        if isinstance(kind, Numeric):
            value = Decimal(raw)
            if kind.scale == 2:
                return format_eur(value)
            return format_percent(value) if field.endswith("rate") else str(value).replace(".", ",")
        if isinstance(kind, DateTime):
            return dt.datetime.fromisoformat(raw).astimezone().strftime("%d.%m.%Y %H:%M")
        if isinstance(kind, Date):
            return format_date(dt.date.fromisoformat(raw[:10]))
        if isinstance(kind, Boolean):
            return _("ja") if raw.lower() in ("true", "1", "t") else _("nein")
        if isinstance(kind, SqlEnum) and kind.enum_class is not None:
            return _code_label(kind.enum_class, raw) or raw
    except (ValueError, InvalidOperation):
        return raw
    if (labelled := _code_label(None, raw, entity, field)) is not None:
        return labelled
    if field in ("caseworker_id", "assigned_to_id", "proposed_by_id", "confirmed_by_id") and raw.isdigit():
        return names.users.get(int(raw), raw)
    return raw


def _summary(entity: str, snapshot: str | None, names: Names) -> str:
    try:
        data = json.loads(snapshot or "{}")
    except ValueError:
        return ""
    if not isinstance(data, dict):
        return ""
    if entity == "Deadline" and "title" in data:
        return render(data["title"], data.get("title_params"))
    if entity == "Document" and "document_type_id" in data:
        kind = names.document_types.get(int(data["document_type_id"]), "")
        return f"{kind} ({format_value(entity, 'received_on', data.get('received_on'), names)})"
    if entity == "Decision" and data.get("outcome"):
        amount = data.get("amount")
        outcome = format_value(entity, "outcome", str(data["outcome"]), names)
        return f"{outcome} {format_value(entity, 'amount', str(amount), names)}" if amount else outcome
    if entity == "EligibilityResult" and "rule" in data:
        reason = render(data.get("message", ""), data.get("message_params"))
        return f"{_(source_text(rule_label(data['rule'])))} – {reason}"
    for field in SUMMARY_FIELDS:
        if data.get(field) not in (None, ""):
            text = format_value(entity, field, str(data[field]), names)
            return text if len(text) <= 80 else text[:79] + "…"
    return ""


def sentence(who: str, action: str, entity: str, field: str | None, old: str | None, new: str | None,
             names: Names) -> str:
    """One audit row as a sentence (without the time)."""
    why = _(source_text(action_label(action)))  # the labels were translated at import: in the reader's language
    if field is None:
        created = old is None
        summary = _summary(entity, new if created else old, names)
        template = (_("{who} hat {what} angelegt ({why})") if created
                    else _("{who} hat {what} gelöscht ({why})"))
        text = template.format(who=who, what=entity_label(entity), why=why)
        return f"{text}: {summary}" if summary else f"{text}."
    label = field_label(entity, field)
    if MASKED in (old, new):
        return _("{who} hat {field} geändert (personenbezogen, Inhalt nicht protokolliert) ({why}).").format(
            who=who, field=label, why=why)
    if (entity, field) in STORED_TEXTS:  # a message id or its parameters: the rendered text is what changed
        return _("{who} hat {field} geändert ({why}).").format(who=who, field=label, why=why)
    before, after = format_value(entity, field, old, names), format_value(entity, field, new, names)
    if old is None:
        return _("{who} hat {field} auf {new} gesetzt ({why}).").format(who=who, field=label, new=after, why=why)
    if new is None:
        return _("{who} hat {field} ({old}) entfernt ({why}).").format(who=who, field=label, old=before, why=why)
    return _("{who} hat {field} von {old} auf {new} geändert ({why}).").format(
        who=who, field=label, old=before, new=after, why=why)


# reasons the program wrote in German before they were stored language-neutral (schema 0021); the trail is
# hash-chained and never rewritten, so they are recognised when read
LEGACY_REASONS = frozenset({N_("Ersteinrichtung"), N_("Mahnung"), N_("Datei abgelegt"),
                            N_("Datei nach Unterbrechung abgelegt"), N_("Prüfvermerk zum Verwendungsnachweis"),
                            *LETTER_KINDS.values()})  # an issued letter's reason was its kind's German name


def audit_reason(stored: str | None) -> str:
    """The reason of an audit row in the reader's language: a coded one rendered, a typed one as typed."""
    if stored is None:
        return ""
    if stored in LEGACY_REASONS:
        return _(stored)
    return unpack(stored) or ""
