"""What each workflow action asks for, declared once for the dialog (`ui.dialogs.action_specs`) and the
command line (`cli.transitions`, `foerderdesk case transition AKTENZEICHEN AKTION --flag …`).

A field has a name (the key of the values handed to the use case), a German label, a type, whether the
dialog requires it, the dialog's default and the CLI flag that carries it. The command line shares a
few general flags between actions (`--date` is the deadline of a request for documents and the day
of a Mittelabruf), so flags are declared once in `FLAGS` and the fields name them. Some inputs exist on
one side only (the conditions of a proposal only in the dialog, the note of a Mittelabruf
only on the command line): `gui=False` or `flag=None` say so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from app.cases.detail import CaseDetail
from app.cases.workflow import TRANSITIONS
from app.kernel import clock
from app.kernel.i18n import _

ZERO = Decimal("0.00")

# What a field's value may be: text from the dialog or the command line, or a parsed date, amount,
# number or yes/no. The services parse text themselves and give the German reason when it is wrong.
FieldValue = str | Decimal | dt.date | int | bool | None


class FieldKind(StrEnum):
    date = "date"
    money = "money"
    text = "text"
    multiline = "multiline"  # longer text: a reason, a report
    choice = "choice"
    boolean = "bool"
    number = "number"  # the id of a record (CLI only)


@dataclass(frozen=True)
class Flag:
    """A CLI option of `case transition`; `choices` come from the choice fields that use it."""

    option: str
    help: str | None = None
    default: str | None = None
    metavar: str | None = None

    @property
    def dest(self) -> str:
        return self.option.removeprefix("--").replace("-", "_")


# The help texts stay German in every language, as before: the command line's own texts are not in the
# catalogue (`translations/build.py` reads app/ and reports/), so they are plain strings here.
FLAGS: tuple[Flag, ...] = (
    Flag("--amount", "Betrag, z. B. 1234,50"),
    Flag("--date", "Datum (TT.MM.JJJJ): Frist, Bescheid-, Zahlungs- oder Eingangsdatum"),
    Flag("--reason", "Begründung, Betreff oder Text"),
    Flag("--outcome", "Ergebnis des Vorschlags"),
    Flag("--score-basis", "Bewertung des Vorschlags: sheet (Bewertungsbogen) oder panel (Mittelwert des Gremiums)"),
    Flag("--purpose", "Anlass der Anhörung"),
    Flag("--channel", default="written"),
    Flag("--remedied", "Abhilfe ja/nein"),
    Flag("--posted", "Aufgabe zur Post (Bescheid)"),
    Flag("--actual-costs", "Ist-Gesamtkosten"),
    Flag("--eligible-costs", "zuwendungsfähige Ist-Ausgaben"),
    Flag("--own-funds", "Eigenmittel (Ist)", default="0"),
    Flag("--third-party-funds", "Drittmittel (Ist)", default="0"),
    Flag("--other-income", "Einnahmen (Ist)", default="0"),
    Flag("--ineffective-on", "Bescheid unwirksam ab (Zinsbeginn)"),
    Flag("--interest-until", "Zinsen bis"),
    Flag("--waive-interest", "Zinsverzicht mit Begründung", metavar="BEGRUENDUNG"),
    Flag("--bescheid", "angefochtener Bescheid: decision:ID oder clawback:ID (Standard: der neueste)",
         metavar="BESCHEID"),
)
_FLAGS = {f.option: f for f in FLAGS}

Default = Callable[[CaseDetail], FieldValue]


def _none(_detail: CaseDetail) -> FieldValue:
    return None


@dataclass(frozen=True)
class ActionField:
    """One input of an action. `cli_required` None: the command line requires it when the dialog does."""

    name: str
    kind: FieldKind
    label: str
    required: bool = True
    flag: str | None = None
    default: Default = _none
    options: tuple[tuple[str, str], ...] = ()
    cli_required: bool | None = None
    gui: bool = True
    options_of: Callable[[CaseDetail], tuple[tuple[str, str], ...]] | None = None  # choices that depend on the case
    # the planned figure the dialog shows beside an actual one, for comparison: actual figures are typed, never
    # pre-filled from the plan
    plan: Callable[[CaseDetail], Decimal] | None = None

    def choices_for(self, detail: CaseDetail) -> tuple[tuple[str, str], ...]:
        """The (value, label) pairs the dialog offers on this case."""
        return self.options_of(detail) if self.options_of is not None else self.options

    @property
    def needed_on_cli(self) -> bool:
        return self.required if self.cli_required is None else self.cli_required


def _documents_deadline(detail: CaseDetail) -> FieldValue:
    """Today plus the setting `documents_deadline_days` (read with the case detail)."""
    return clock.today() + dt.timedelta(days=detail.documents_deadline_days)


def _hearing_deadline(detail: CaseDetail) -> FieldValue:
    """Today plus the setting `hearing_response_days`."""
    return clock.today() + dt.timedelta(days=detail.hearing_response_days)


def _today(_detail: CaseDetail) -> FieldValue:
    return clock.today()


def _open_amount(detail: CaseDetail) -> FieldValue:
    return max((detail.approved or ZERO) - detail.paid, ZERO)


def _fixed(value: FieldValue) -> Default:
    return lambda _d: value


def _score_bases(detail: CaseDetail) -> tuple[tuple[str, str], ...]:
    """The scoring sheet; the reviewers' mean too once several reviewers scored, with their summary."""
    if detail.panel_summary is None:
        return SCORE_BASES[:1]
    return SCORE_BASES[0], ("panel", _("Mittelwert des Gremiums – {summary}").format(summary=detail.panel_summary))


def _bescheide(detail: CaseDetail) -> tuple[tuple[str, str], ...]:
    """The case's Bescheide, newest first: the one an objection attacks (default the newest)."""
    return tuple((b.key, b.label) for b in reversed(detail.bescheide))


def _newest_bescheid(detail: CaseDetail) -> FieldValue:
    return detail.bescheide[-1].key if detail.bescheide else None


K = FieldKind
OUTCOMES = (("approve", _("Bewilligung")), ("partial", _("Teilbewilligung")), ("reject", _("Ablehnung")))
PURPOSES = (("rejection", _("vor Ablehnung")), ("revocation", _("vor Widerruf")),
            ("clawback", _("vor Rückforderung")))
CHANNELS = (("written", _("schriftlich")), ("electronic", _("elektronisch")), ("on_record", _("zur Niederschrift")))
SCORE_BASES = (("sheet", _("Bewertungsbogen der Sachbearbeitung")), ("panel", _("Mittelwert des Gremiums")))
REASON = ActionField("reason", K.multiline, _("Begründung"), flag="--reason")

FIELDS: dict[str, tuple[ActionField, ...]] = {
    # the receipt date is asked, never assumed (the GUI turns an idea into an application in the intake wizard)
    "register": (ActionField("received_on", K.date, _("Eingangsdatum"), flag="--date", gui=False),),
    "start-check": (), "documents-received": (), "confirm-eligible": (),
    "request-documents": (
        ActionField("due_on", K.date, _("Frist"), flag="--date", default=_documents_deadline, cli_required=False),
        ActionField("note", K.multiline, _("Was fehlt"), False, "--reason")),
    "propose": (
        ActionField("outcome", K.choice, _("Ergebnis"), flag="--outcome", default=_fixed("approve"), options=OUTCOMES),
        ActionField("amount", K.money, _("Betrag"), False, "--amount", lambda d: d.requested),
        ActionField("reasons", K.multiline, _("Begründung"), False, "--reason"),
        ActionField("conditions", K.multiline, _("Nebenbestimmungen"), False),
        ActionField("score_basis", K.choice, _("Bewertung des Vorschlags"), False, "--score-basis",
                    _fixed("sheet"), options=SCORE_BASES, options_of=_score_bases)),
    "return-proposal": (REASON,),
    "confirm-decision": (
        ActionField("decision_date", K.date, _("Bescheiddatum"), flag="--date", default=_today, cli_required=False),
        ActionField("posted_on", K.date, _("Aufgabe zur Post"), flag="--posted", default=_today, cli_required=False)),
    "request-payment": (
        ActionField("amount", K.money, _("Abrufbetrag"), flag="--amount", default=_open_amount),
        ActionField("date", K.date, _("Abruf vom"), flag="--date", default=_today, cli_required=False),
        ActionField("note", K.multiline, _("Bemerkung"), False, "--reason", gui=False)),
    "receive-proof": (
        ActionField("total", K.money, _("Ist-Gesamtkosten"), flag="--actual-costs", plan=lambda d: d.sums.total_costs),
        ActionField("eligible", K.money, _("Zuwendungsfähige Ist-Ausgaben"), flag="--eligible-costs",
                    plan=lambda d: d.sums.eligible_costs),
        ActionField("own", K.money, _("Eigenmittel (Ist)"), flag="--own-funds", plan=lambda d: d.sums.own_funds,
                    cli_required=False),
        ActionField("third", K.money, _("Drittmittel (Ist)"), flag="--third-party-funds",
                    plan=lambda d: d.sums.third_party_funds, cli_required=False),
        ActionField("income", K.money, _("Einnahmen (Ist)"), flag="--other-income",
                    plan=lambda d: d.sums.other_income, cli_required=False),
        ActionField("received_on", K.date, _("Eingang"), flag="--date", default=_today, cli_required=False),
        ActionField("report", K.multiline, _("Sachbericht (Zusammenfassung)"), False, "--reason")),
    "start-hearing": (
        ActionField("purpose", K.choice, _("Anlass"), flag="--purpose", default=_fixed("clawback"), options=PURPOSES),
        ActionField("subject", K.multiline, _("Gegenstand"), flag="--reason"),
        ActionField("due_on", K.date, _("Antwortfrist"), flag="--date", default=_hearing_deadline,
                    cli_required=False)),
    "record-hearing-response": (
        ActionField("received_on", K.date, _("Eingang"), flag="--date", default=_today, cli_required=False),
        ActionField("text", K.multiline, _("Stellungnahme"), False, "--reason")),
    "close": (
        ActionField("closed_on", K.date, _("Abschluss am"), flag="--date", default=_today, cli_required=False),
        ActionField("ineffective_on", K.date, _("Zinsbeginn (unwirksam ab)"), False, "--ineffective-on"),
        ActionField("reasons", K.multiline, _("Begründung einer Rückforderung (Sachverhalt, Ermessen)"), False,
                    "--reason"),
        ActionField("waive", K.multiline, _("Zinsverzicht – Begründung (leer: Zinsen erheben)"), False,
                    "--waive-interest"),
        ActionField("interest_until", K.date, _("Zinsen bis"), False, "--interest-until", gui=False)),
    "confirm-clawback": (
        ActionField("decision_date", K.date, _("Bescheiddatum"), flag="--date", default=_today, cli_required=False),
        ActionField("posted_on", K.date, _("Aufgabe zur Post"), flag="--posted", default=_today, cli_required=False)),
    "return-clawback": (REASON,),
    "order-enforcement": (
        ActionField("reason", K.multiline, _("Begründung der sofortigen Vollziehung (§ 80 Abs. 3 VwGO)"),
                    flag="--reason"),
        ActionField("ordered_on", K.date, _("Angeordnet am"), False, "--date", _today)),
    "withdraw": (REASON,),
    "record-objection": (
        ActionField("bescheid", K.choice, _("Angefochtener Bescheid"), False, "--bescheid", _newest_bescheid,
                    options_of=_bescheide),
        ActionField("lodged_on", K.date, _("Eingang des Widerspruchs"), flag="--date", default=_today),
        ActionField("channel", K.choice, _("Eingangsweg"), flag="--channel", default=_fixed("written"),
                    options=CHANNELS),
        ActionField("grounds", K.multiline, _("Begründung des Widerspruchs"), False, "--reason")),
    "decide-objection": (
        ActionField("remedied", K.boolean, _("Abhilfe durch das Amt"), False, "--remedied", _fixed(False),
                    cli_required=True),
        ActionField("outcome", K.multiline, _("Ergebnis"), flag="--reason"),
        ActionField("decided_on", K.date, _("Entscheidung am"), False, "--date", gui=False)),
    "reopen": (ActionField("reason", K.multiline, _("Begründung"), flag="--reason", cli_required=False),),
    "record-repayment": (
        ActionField("amount", K.money, _("Zahlungseingang"), flag="--amount"),
        ActionField("date", K.date, _("Eingegangen am"), flag="--date", default=_today, cli_required=False)),
    "record-knowledge": (
        ActionField("learned_on", K.date, _("Kenntnis am"), flag="--date", default=_today),
        ActionField("facts", K.multiline, _("Welche Tatsachen (Widerrufs- oder Rücknahmegründe)"), flag="--reason")),
}

assert set(FIELDS) == {t.action for t in TRANSITIONS if t.direct}, "every offered action declares its fields"


def dialog_fields(action: str) -> tuple[ActionField, ...]:
    """The fields the action's dialog shows, in order."""
    return tuple(f for f in FIELDS[action] if f.gui)


def flag(option: str) -> Flag:
    return _FLAGS[option]


def choices(option: str) -> tuple[str, ...]:
    """The values a flag accepts: those of the choice fields that use it (none: free text)."""
    found = [value for fields in FIELDS.values() for f in fields if f.flag == option for value, _l in f.options]
    return tuple(dict.fromkeys(found))


def is_boolean(option: str) -> bool:
    return any(f.kind == FieldKind.boolean for fields in FIELDS.values() for f in fields if f.flag == option)


def is_number(option: str) -> bool:
    return any(f.kind == FieldKind.number for fields in FIELDS.values() for f in fields if f.flag == option)
