"""Configurable values of the office's rules, with defaults from the domain brief.

Stored as JSON in `config_values`; an administrator changes them in the app.
Reading never fails on a missing key: the default applies.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.kernel import notification, settlement
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.notification import NotificationRule
from app.kernel.validation import ascii_int
from db.models import ConfigValue

TEXT_MAX = 200  # characters of a text setting (stored as JSON in an unbounded text column)


@dataclass(frozen=True)
class Setting:
    """A rule value; `parse` checks an entered value and gives what is stored, `show` what an administrator reads
    (both only for values that are neither a number nor plain text)."""

    key: str
    default: Any
    label: str
    parse: Callable[[Any], Any] | None = None
    show: Callable[[Any], str] | None = None


def whole_number(minimum: int, maximum: int) -> Callable[[Any], int]:
    """A parser for a whole number between `minimum` and `maximum` (for limits beyond the usual 0–1000)."""
    def parse(value: Any) -> int:
        try:
            number = ascii_int(str(value).strip().replace(".", ""))
        except ValueError:
            raise ValidationError(_("Bitte eine ganze Zahl angeben.")) from None
        if not minimum <= number <= maximum:
            raise ValidationError(_("Die Zahl muss zwischen {minimum} und {maximum} liegen.").format(
                minimum=minimum, maximum=maximum))
        return number
    return parse


SETTINGS: dict[str, Setting] = {s.key: s for s in [
    # the Bekanntgabe rule (§ 41 Abs. 2 VwVfG) by posting date (issue 21, `app.kernel.notification`)
    Setting("notification_days", notification.DAYS_SINCE_CHANGE,
            _("Tage nach Aufgabe zur Post bis zur Bekanntgabe (§ 41 Abs. 2 VwVfG), Aufgabe ab dem Stichtag"),
            parse=notification.parse_notification_days),
    Setting("notification_days_before", notification.DAYS_BEFORE_CHANGE,
            _("Tage nach Aufgabe zur Post bis zur Bekanntgabe, Aufgabe vor dem Stichtag"),
            parse=notification.parse_notification_days),
    Setting("notification_rule_since", notification.FOUR_DAY_RULE_SINCE.isoformat(),
            _("Stichtag der Bekanntgaberegel (Postrechtsmodernisierungsgesetz)"),
            parse=notification.parse_change_date, show=notification.show_change_date),
    Setting("notification_day_shift", False,
            _("Bekanntgabetag von Sonnabend, Sonntag oder Feiertag auf den nächsten Werktag verschieben (ja/nein)"),
            parse=notification.parse_yes_no, show=notification.show_yes_no),
    Setting("objection_months", 1, _("Widerspruchsfrist in Monaten nach Bekanntgabe")),
    # time limits of the office (issue 21, `app.cases.time_limits`)
    Setting("revocation_limit_months", 12, _("Frist für Rücknahme/Widerruf ab Kenntnis der Tatsachen in Monaten "
                                             "(§ 48 Abs. 4 VwVfG)")),
    Setting("limitation_years", 3, _("Verjährung von Erstattungsansprüchen in Jahren ab Ende des Jahres der "
                                     "Fälligkeit (§§ 195, 199 BGB entsprechend)")),
    Setting("time_limit_warning_days", 60, _("Vorlauf in Tagen für Warnungen vor Jahresfrist und Verjährung")),
    Setting("documents_deadline_days", 14, _("Standardfrist für Nachforderungen in Tagen")),
    Setting("hearing_response_days", 14, _("Standardfrist für Stellungnahmen in Tagen")),
    Setting("exemption_notice_years", 5, _("Höchstalter des Freistellungsbescheids in Jahren")),
    Setting("assessment_60a_years", 3, _("Höchstalter des Feststellungsbescheids (§ 60a AO) in Jahren")),
    Setting("retention_years", 10, _("Aufbewahrungsfrist nach Abschluss in Jahren")),
    Setting("repayment_due_days", 30, _("Zahlungsfrist für Rückforderungen in Tagen")),
    Setting("reminder_due_days", 14, _("Zahlungsfrist einer Mahnung in Tagen")),
    Setting("district_name", "Kyffhäuserkreis", _("Name des Landkreises")),
    Setting("consultation_weekdays", [1, 3], _("Beratungstage (0 = Montag … 6 = Sonntag)")),
    Setting("consultation_start", "09:00", _("Beginn der Beratungszeit")),
    Setting("consultation_end", "16:00", _("Ende der Beratungszeit")),
    Setting("consultation_slot_minutes", 60, _("Dauer eines Beratungstermins in Minuten")),
    Setting("overview_deadline_months", 3, _("Excel-Übersicht: Fristen der kommenden Monate (überfällige immer)"),
            parse=whole_number(1, 120)),
    Setting("expiring_documents_days", 60, _("Vorlauf in Tagen für ablaufende Unterlagen der Träger")),
    # several reviewers score a case in the social-plan review (issue 23, `app.social_plan.reviews`)
    Setting("panel_review", False, _("Bewertung durch mehrere Personen (Vergabegremium) für Programme ohne eigene "
                                     "Wahl (ja/nein)"),
            parse=notification.parse_yes_no, show=notification.show_yes_no),
    # proof of use (issue 15): the receipt sample
    Setting("sample_share_percent", 20, _("Stichprobe der Belege: Anteil in Prozent")),
    Setting("sample_minimum", 5, _("Stichprobe der Belege: Mindestzahl")),
    # the final calculation (issue 21): a reduction under Nr. 2 ANBest-P below this many euros is not made
    Setting("final_grant_threshold", 0, _("Bagatellgrenze der Schlussrechnung in Euro: eine kleinere Minderung der "
                                          "Zuwendung nach Nr. 2 ANBest-P entfällt")),
    # repayments (issue 21): what a payment on a clawback settles first
    Setting("settlement_order", list(settlement.DEFAULT_ORDER),
            _("Reihenfolge der Tilgung bei Rückzahlungen (§ 367 Abs. 1 BGB: Kosten, Zinsen, Hauptforderung)"),
            parse=settlement.parse_order, show=settlement.order_text),
    # limits for reading uploaded workbooks (Excel import, receipt lists; issue 22: a zip bomb is refused)
    Setting("import_max_megabytes", 50, _("Import: höchstens so viele MB entpackter Inhalt einer Excel-Datei"),
            parse=whole_number(1, 2000)),
    Setting("import_max_ratio", 200, _("Import: höchstens so stark gepackte Teile einer Excel-Datei (Faktor)"),
            parse=whole_number(10, 100_000)),
    Setting("import_max_rows", 20_000, _("Import: höchstens so viele ausgefüllte Zeilen"),
            parse=whole_number(1, 1_048_576)),
    Setting("import_max_columns", 200, _("Import: höchstens so viele Spalten"), parse=whole_number(1, 16_384)),
    Setting("import_max_cells", 1_000_000, _("Import: höchstens so viele ausgefüllte Zellen"),
            parse=whole_number(1, 100_000_000)),
    Setting("import_max_seconds", 60, _("Import: höchstens so viele Sekunden zum Lesen einer Datei"),
            parse=whole_number(1, 3600)),
]}


def get(session: Session, key: str) -> Any:
    setting = SETTINGS[key]
    row = session.get(ConfigValue, key)
    return setting.default if row is None else json.loads(row.value)


def get_int(session: Session, key: str) -> int:
    return int(get(session, key))


def notification_rule(session: Session) -> NotificationRule:
    """The office's Bekanntgabe rule: days before and from the change date, and whether the day moves."""
    return NotificationRule(
        days_before=notification.parse_notification_days(get(session, "notification_days_before")),
        days_since=notification.parse_notification_days(get(session, "notification_days")),
        changed_on=date.fromisoformat(notification.parse_change_date(get(session, "notification_rule_since"))),
        shift_off_closed_days=notification.parse_yes_no(get(session, "notification_day_shift")))


def settlement_order(session: Session) -> list[str]:
    """The order in which a repayment settles costs, interest and principal (`app.kernel.settlement`)."""
    return settlement.parse_order(get(session, "settlement_order"))


def shown(key: str, value: Any) -> str:
    """A value as an administrator reads and enters it."""
    show = SETTINGS[key].show
    if show is not None:
        return show(value)
    return ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)


def all_values(session: Session) -> dict[str, Any]:
    stored = {row.key: json.loads(row.value) for row in session.scalars(select(ConfigValue))}
    return {key: stored.get(key, setting.default) for key, setting in SETTINGS.items()}
