"""Administration of what the rules call configurable: programmes, settings, base rates, applicant types.

Admins only (checked here, whatever the window shows); every change is audited by the flush, and
user-edited records are optimistically locked.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from app.administration.programmes import ProgrammeInput, apply_programme, set_budget
from app.kernel import settings
from app.kernel.errors import ConcurrentEditError, NotFound, ValidationError
from app.kernel.i18n import _
from app.kernel.lookups import applicant_type_by_code, document_type_by_code, programme_by_code
from app.kernel.money import MoneyInput, parse_percent
from app.kernel.uow import UnitOfWork
from app.kernel.validation import ascii_int, require_date, require_justification, require_text
from app.proof.draft_interest import recompute_draft_interest
from app.social_plan.scoring import ensure_default_criteria
from db.base import utcnow
from db.models import BaseRate, ConfigValue, InterestSurcharge

PERMISSION = "admin.configure"


def _version(record: Any, expected: int | None, label: str) -> None:
    if expected is not None and record.version != expected:
        raise ConcurrentEditError(_("{label} wurde inzwischen geändert. Bitte neu laden.").format(label=label))


def update_programme(uow: UnitOfWork, code: str, data: ProgrammeInput, expected_version: int | None = None) -> int:
    with uow:
        uow.act("update-programme", permission=PERMISSION)
        programme = programme_by_code(uow.session, code)
        _version(programme, expected_version, _("Das Programm {code}").format(code=programme.code))
        if data.code.strip().upper() != programme.code:
            raise ValidationError(_("Das Programmkürzel ist Teil der Aktenzeichen und kann nicht geändert werden."),
                                  "code")
        apply_programme(uow, programme, data)
        uow.session.flush()
        version = programme.version
        ensure_default_criteria(uow.session, programme.id)  # a programme from before the stored default sheet
        uow.commit()
    return version


def change_budget(uow: UnitOfWork, programme_code: str, fiscal_year: int, allocation: MoneyInput, reason: str, *,
                  budget_position: str | None = None, expected_version: int | None = None) -> Decimal:
    """Set a programme-year's allocation from the administration: the reason is required and audited."""
    text = require_justification(reason, _("Grund der Änderung"), field="reason")
    return set_budget(uow, programme_code, fiscal_year, allocation, reason=text, budget_position=budget_position,
                      expected_version=expected_version)


def _typed(key: str, value: Any) -> Any:
    setting = settings.SETTINGS.get(key)
    if setting is None:
        raise NotFound(_("Eine Einstellung »{key}« gibt es nicht.").format(key=key))
    if setting.parse is not None:
        return setting.parse(value)
    default = setting.default
    if isinstance(default, bool) or not isinstance(default, int | str | list):
        raise ValidationError(_("Diese Einstellung kann hier nicht geändert werden."), key)
    if isinstance(default, int):
        try:
            number = ascii_int(value)
        except ValueError:
            raise ValidationError(_("»{label}« muss eine ganze Zahl sein.").format(label=setting.label), key) from None
        if not 0 <= number <= 1000:
            raise ValidationError(_("»{label}« muss zwischen 0 und 1000 liegen.").format(label=setting.label), key)
        return number
    if isinstance(default, list):
        if not isinstance(value, list) or not all(isinstance(v, int) and 0 <= v <= 6 for v in value):
            raise ValidationError(_("»{label}« erwartet Wochentage 0–6.").format(label=setting.label), key)
        return sorted(set(value))
    text = str(value).strip()
    if not text or len(text) > settings.TEXT_MAX:
        raise ValidationError(_("Bitte »{label}« angeben (höchstens {max} Zeichen).").format(
            label=setting.label, max=settings.TEXT_MAX), key)
    return require_text(text, setting.label, field=key, max_len=settings.TEXT_MAX)


def set_setting(uow: UnitOfWork, key: str, value: Any, expected_version: int | None = None) -> None:
    typed = _typed(key, value)
    with uow:
        actor = uow.act("set-setting", permission=PERMISSION)
        row = uow.session.get(ConfigValue, key)
        if row is None:
            row = ConfigValue(key=key, value=json.dumps(typed))
            uow.session.add(row)
        else:
            _version(row, expected_version, _("Die Einstellung"))
            row.value = json.dumps(typed)
        row.updated_at, row.updated_by = utcnow(), actor.username
        uow.commit()


def set_base_rate(uow: UnitOfWork, valid_from: dt.date | str, rate: Decimal | int | str) -> None:
    """Add or correct the base rate (§ 247 BGB) valid from a date (the Bundesbank publishes each value)."""
    day = require_date(valid_from, _("Gültig ab"), field="valid_from")
    if day.day != 1 or day.month not in (1, 7):
        raise ValidationError(_("Der Basiszinssatz ändert sich nur zum 1. Januar und 1. Juli."), "valid_from")
    value = parse_percent(rate, "rate")
    if not Decimal("-10") <= value <= Decimal("20"):
        raise ValidationError(_("Ein Basiszinssatz von {rate} % ist nicht plausibel.").format(rate=value), "rate")
    with uow:
        uow.act("set-base-rate", permission=PERMISSION)
        row = uow.session.get(BaseRate, day)
        if row is None:
            uow.session.add(BaseRate(valid_from=day, rate=value))
        else:
            row.rate = value
        recompute_draft_interest(uow.session)  # clawbacks not yet issued follow the table; issued ones stay
        uow.commit()


def set_interest_surcharge(uow: UnitOfWork, valid_from: dt.date | str, points: Decimal | int | str) -> None:
    """Add or correct the surcharge in percentage points above the base rate (§ 49a Abs. 3 VwVfG) from a date."""
    day = require_date(valid_from, _("Gültig ab"), field="valid_from")
    value = parse_percent(points, "points")
    if not Decimal("0") <= value <= Decimal("20"):
        raise ValidationError(_("Ein Zinsaufschlag von {points} Prozentpunkten ist nicht plausibel (0 bis 20).")
                              .format(points=value), "points")
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError(_("Der Zinsaufschlag hat höchstens zwei Nachkommastellen."), "points")
    with uow:
        uow.act("set-interest-surcharge", permission=PERMISSION)
        row = uow.session.get(InterestSurcharge, day)
        if row is None:
            uow.session.add(InterestSurcharge(valid_from=day, points=value))
        else:
            row.points = value
        recompute_draft_interest(uow.session)
        uow.commit()


def set_required_documents(uow: UnitOfWork, applicant_type: str, document_types: list[str]) -> None:
    with uow:
        uow.act("set-required-documents", permission=PERMISSION)
        kind = applicant_type_by_code(uow.session, applicant_type)
        kind.required_documents = [document_type_by_code(uow.session, code) for code in dict.fromkeys(document_types)]
        uow.commit()


def base_rates(uow: UnitOfWork) -> list[tuple[dt.date, Decimal]]:
    with uow:
        uow.act("read-settings", permission=PERMISSION)
        return [(r.valid_from, r.rate) for r in uow.session.scalars(select(BaseRate).order_by(BaseRate.valid_from))]
