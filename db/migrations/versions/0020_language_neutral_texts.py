"""Deadline subjects and rule results stored language-neutral: a message id and its parameters

- `deadlines.title_params` and `eligibility_results.message_params` (JSON, NULL = free text): `title` and
  `message` now hold the German source text with `{placeholders}` (the gettext message id), and the program
  renders it in the reader's language (`app.kernel.stored_text`).
- Existing rows written by the program in German are mapped back: the subject or reason is matched against the
  message ids below (frozen here, as they were when this revision was written), its parameters recovered
  (German dates → ISO days, amounts → Decimal strings, percentages → fractions, known labels → message ids).
  What matches none of them (a subject a person typed, a reason written in English) stays as it is, as free
  text; a rule result is written afresh by the next check run anyway.
- The audit trail is not touched: its rows are hash-chained and already hold codes (action, entity, field,
  ISO/Decimal values); they are rendered as sentences when read.
- Downgrade renders the coded rows back to German text and drops the columns.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07 03:00:00
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = '0020'
down_revision: str | None = '0019'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DEADLINE_SUBJECTS = (
    "Nachgeforderte Unterlagen bis {due}",
    "Widerspruchsfrist {kind} vom {dated} endet {due}",
    "Verwendungsnachweis fällig {due}",
    "Stellungnahme zur Anhörung bis {due}",
    "Jahresfrist für Rücknahme/Widerruf endet {end} (Kenntnis am {day})",
    "Verjährung der Rückforderung über {amount} zum {end}",
    "Mahnung: Zahlung bis {due}",
    "Rückzahlung {amount} fällig am {due}",
    "Aufbewahrungsfrist endet",
    "Verwendungsnachweis laut Excel-Liste eingegangen – bitte erfassen",
    "Verwendungsnachweis fällig",
)

RULE_REASONS = (
    "Antragsteller der Art »{kind}« sind im Programm »{programme}« nicht antragsberechtigt.",
    "Antragstellerart »{kind}« ist antragsberechtigt.",
    "Der Antragsteller ist rechtsfähig.",
    "Nicht rechtsfähig; Antrag über den Träger »{sponsor}«.",
    "Der Antragsteller ist nicht rechtsfähig und nennt keinen Träger, über den der Antrag gestellt wird.",
    "Für diese Antragstellerart ist kein Gemeinnützigkeitsnachweis nötig.",
    "Es liegt kein Freistellungs- oder Feststellungsbescheid vor.",
    "Der {name} vom {date} ist beim Antragseingang am {received} älter als {years} Jahre.",
    "{name} vom {date} ist aktuell (höchstens {years} Jahre alt).",
    "Es fehlen: {missing}.",
    "Alle erforderlichen Unterlagen liegen vor.",
    "Es ist keine Gemeinde für die Maßnahme angegeben.",
    "{name} liegt nicht im Landkreis.",
    "Die Maßnahme findet in {name} statt (im Landkreis).",
    "Die Maßnahme hat noch nicht begonnen.",
    "Vorzeitiger Maßnahmebeginn am {started} wurde am {approved} schriftlich zugelassen.",
    "Die Maßnahme hat am {started} vor der Entscheidung begonnen (Vertragsschluss), ohne dass ein vorzeitiger "
    "Beginn schriftlich zugelassen wurde.",
    "Maßnahme aus dem Katalog: {title}.",
    "Außerhalb des Maßnahmenkatalogs mit Begründung im Einzelfall.",
    "Die Maßnahme steht nicht im Maßnahmenkatalog und es fehlt die Begründung für eine Förderung im Einzelfall.",
    "Der Kostenplan ist leer.",
    "Der Finanzierungsplan ist nicht ausgeglichen: Gesamtkosten {costs}, Finanzierung {financing}, Differenz {gap}.",
    "Gesamtkosten {costs} sind auf den Cent finanziert.",
    "Investitionen ({amount}) sind nicht zuwendungsfähig.",
    "Zuwendungsfähige Ausgaben: {amount} (Personal-, Sach- und Honorarkosten).",
    "Die beantragte Zuwendung {amount} liegt unter der Bagatellgrenze von {minimum}.",
    "Die beantragte Zuwendung {amount} übersteigt den Höchstbetrag des Programms von {maximum}.",
    "Die beantragte Zuwendung {amount} übersteigt den Höchstfördersatz von {rate} der zuwendungsfähigen Ausgaben "
    "({maximum}).",
    "Beantragt {amount}: mindestens {minimum}, höchstens {maximum} ({rate}).",
    "Der Bewilligungszeitraum ist nicht vollständig angegeben.",
    "Der Zeitraum {start}–{end} liegt nicht im Haushaltsjahr {year}.",
    "Zeitraum {start}–{end} im Haushaltsjahr {year}.",
    "Ohne Zeitraum keine Prüfung auf Doppelförderung.",
    "Mögliche Doppelförderung: {cases} desselben Trägers im selben Zeitraum mit ähnlicher Maßnahme. Bitte prüfen "
    "und das Ergebnis begründen.",
    "Keine andere Förderung desselben Trägers mit ähnlicher Maßnahme im Zeitraum.",
)

# parameters that were translated labels (they are translated again when read)
LABELS = frozenset({"Freistellungsbescheid", "Feststellungsbescheid (§ 60a AO)", "Zuwendungsbescheid",
                    "Teilbewilligungsbescheid", "Ablehnungsbescheid", "Rückforderungsbescheid",
                    "Zinsbescheid (§ 49a Abs. 4 VwVfG)"})
# placeholders that name a place, a programme, a title …: kept as text even if they look like a number
TEXT_PARAMS = frozenset({"kind", "programme", "sponsor", "missing", "name", "title", "cases"})

GERMAN_DATE = re.compile(r"(\d{2})\.(\d{2})\.(\d{4})")
GERMAN_EUR = re.compile(r"(-?[\d.]+,\d{2}) €")
GERMAN_PERCENT = re.compile(r"([\d.]+(?:,\d+)?) %")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _pattern(template: str) -> re.Pattern[str]:
    parts, last = [], 0
    for found in PLACEHOLDER.finditer(template):
        parts += [re.escape(template[last:found.start()]), f"(?P<{found.group(1)}>.+?)"]
        last = found.end()
    return re.compile("".join([*parts, re.escape(template[last:])]) + r"\Z", re.DOTALL)


def _param(name: str, text: str) -> Any:
    if text in LABELS:
        return {"msg": text}
    if name in TEXT_PARAMS:
        return text
    if found := GERMAN_DATE.fullmatch(text):
        day, month, year = found.groups()
        return {"date": f"{year}-{month}-{day}"}
    if found := GERMAN_EUR.fullmatch(text):
        return {"eur": found.group(1).replace(".", "").replace(",", ".")}
    if found := GERMAN_PERCENT.fullmatch(text):
        return {"percent": str(Decimal(found.group(1).replace(".", "").replace(",", ".")).scaleb(-2))}
    return int(text) if text.isdigit() and len(text) < 10 else text


def code(text: str, templates: Sequence[str]) -> str | None:
    """(message id, parameters JSON) for a German text the program wrote, or None to keep it as free text."""
    for template in templates:
        found = _pattern(template).match(text)
        if found:
            params = {name: _param(name, value) for name, value in found.groupdict().items()}
            return json.dumps({"m": template, "p": params}, ensure_ascii=False, sort_keys=True)
    return None


def _german(value: Any) -> str:
    """A parameter back in German notation (downgrade)."""
    if not isinstance(value, dict):
        return str(value)
    (kind, raw), = value.items()
    if kind == "date":
        return dt.date.fromisoformat(raw).strftime("%d.%m.%Y")
    if kind == "eur":
        whole, cents = f"{Decimal(raw):,.2f}".split(".")
        return f"{whole.replace(',', '.')},{cents} €"
    if kind == "percent":
        return f"{Decimal(raw).scaleb(2).normalize():f}".replace(".", ",") + " %"
    return str(raw)


def _recode(table: str, text_column: str, params_column: str, templates: Sequence[str]) -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.text(f"SELECT id, {text_column} FROM {table}")).all()
    for row_id, text in rows:
        coded = code(text or "", templates)
        if coded is None:
            continue
        data = json.loads(coded)
        connection.execute(sa.text(f"UPDATE {table} SET {text_column} = :m, {params_column} = :p WHERE id = :id"),
                           {"m": data["m"], "p": json.dumps(data["p"], ensure_ascii=False, sort_keys=True),
                            "id": row_id})


def _render_back(table: str, text_column: str, params_column: str) -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.text(
        f"SELECT id, {text_column}, {params_column} FROM {table} WHERE {params_column} IS NOT NULL")).all()
    for row_id, message, params in rows:
        try:
            text = message.format(**{k: _german(v) for k, v in json.loads(params).items()})
        except (ValueError, KeyError, IndexError, TypeError):
            text = message
        connection.execute(sa.text(f"UPDATE {table} SET {text_column} = :t WHERE id = :id"),
                           {"t": text[:255] if table == "deadlines" else text, "id": row_id})


def upgrade() -> None:
    op.add_column('deadlines', sa.Column('title_params', sa.Text(), nullable=True))
    op.add_column('eligibility_results', sa.Column('message_params', sa.Text(), nullable=True))
    _recode("deadlines", "title", "title_params", DEADLINE_SUBJECTS)
    _recode("eligibility_results", "message", "message_params", RULE_REASONS)
    _fire_deferred()


def _fire_deferred() -> None:
    """On PostgreSQL the rows changed above queue the audit chain's deferred triggers; an earlier migration run in
    the same transaction (a downgrade further down) may not alter `audit_events` while they are pending."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute("SET CONSTRAINTS ALL IMMEDIATE")  # fires what is pending; the transaction ends with the run


def downgrade() -> None:
    _render_back("deadlines", "title", "title_params")
    _render_back("eligibility_results", "message", "message_params")
    _fire_deferred()
    op.execute("ALTER TABLE eligibility_results DROP COLUMN message_params")
    op.execute("ALTER TABLE deadlines DROP COLUMN title_params")
