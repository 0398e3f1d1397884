""""Amt einrichten": an empty database becomes a working office in one audited transaction.

The assistant of the window (`ui/admin/office_setup_wizard.py`) and `foerderdesk setup` both start from
`default_setup` — the office's real master data (`app.administration.office_defaults`) as editable defaults — and
hand the edited result to `set_up_office`: letterhead and consultation hours, the programmes with their budget for
the year and scoring sheet, the social plan with its measure catalogue, the official keys of the municipalities,
then the first users. Either everything is stored, or nothing (a refused value names its field).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.administration import office_defaults as defaults
from app.administration.programmes import ProgrammeInput, apply_programme
from app.administration.reference_data import ensure_reference_data
from app.administration.user_passwords import check_new_password
from app.administration.users import new_user
from app.kernel.audit import AuditContext, set_context
from app.kernel.database import Database
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.letterhead import write_letterhead
from app.kernel.lookups import field_of_action_by_name, life_phase_by_code
from app.kernel.money import MoneyInput, require_non_negative, to_money
from app.kernel.passwords import hash_password
from app.kernel.signin import signs_in_by_password
from app.kernel.stored_text import N_, coded, pack
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text
from app.social_plan.scoring import ensure_default_criteria
from app.social_plan.service import social_area_by_name
from db.enums import Role
from db.models import Budget, Goal, Measure, Municipality, Programme, SocialPlan, User

SET_UP_TEXT = N_("Ersteinrichtung")  # the audit reason, stored language-neutral (rendered when read)
SET_UP = pack(coded(SET_UP_TEXT))

ACTION = "set-up-office"


@dataclass(frozen=True)
class NewUser:
    username: str
    role: str  # admin, caseworker, supervisor, reader
    display_name: str | None = None
    email: str | None = None
    phone: str | None = None
    password: str | None = None  # single workstation only: the FörderDesk password to sign in with


@dataclass(frozen=True)
class ProgrammeSetup:
    programme: ProgrammeInput
    allocation: MoneyInput  # the budget of the set-up year
    budget_position: str | None = None


@dataclass(frozen=True)
class OfficeSetup:
    fiscal_year: int
    letterhead: Mapping[str, str]
    programmes: tuple[ProgrammeSetup, ...]
    users: tuple[NewUser, ...]  # the person setting up is an administrator among them (added if missing)
    municipality_keys: Mapping[str, str | None] = field(default_factory=lambda: dict(defaults.MUNICIPALITY_KEYS))
    social_plan: bool = True  # the measure catalogue under the social plan's goals


@dataclass(frozen=True)
class SetupReport:
    programmes: tuple[str, ...]
    users: tuple[str, ...]
    goals: int
    measures: int
    municipality_keys: int


def default_setup(fiscal_year: int, admin: str, admin_name: str | None = None) -> OfficeSetup:
    """The office's master data as the assistant and the command line offer them, for `admin` to edit."""
    programmes = tuple(ProgrammeSetup(
        ProgrammeInput(code=p.code, name=p.name, default_financing_type=p.financing_type,
                       max_funding_rate=p.max_funding_rate, min_grant=p.min_grant, max_grant=p.max_grant,
                       description=p.description, allowed_applicant_types=p.allowed_applicant_types),
        p.allocation, defaults.BUDGET_POSITION.format(code=p.code, year=fiscal_year))
        for p in defaults.PROGRAMMES)
    return OfficeSetup(fiscal_year, dict(defaults.LETTERHEAD), programmes, (NewUser(admin, "admin", admin_name),))


def needs_setup(database: Database) -> bool:
    """True while no programme exists: cases cannot be registered, lists cannot be imported."""
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(Programme)) == 0


def set_up_office(database: Database, founder: str, setup: OfficeSetup) -> SetupReport:
    """Store `setup` in one transaction, audited as the founder's "Amt eingerichtet". On an empty database the
    founder becomes its first administrator; otherwise only an administrator may, and only while no programme
    exists."""
    people = _checked_users(founder, setup.users)
    hashes = _password_hashes(database, people)  # before the transaction: hashing is slow on purpose
    ensure_reference_data(database)  # idempotent; a server set up with `db upgrade` already has it
    uow = UnitOfWork(database, founder)
    with uow:
        session = uow.session
        first = session.scalar(select(func.count()).select_from(User)) == 0
        added: list[str] = []
        if first:
            set_context(session, AuditContext(founder, action=ACTION, reason=SET_UP))
            added.append(_add_user(session, people[0], hashes))
            session.flush()
        actor = uow.act(ACTION, coded(SET_UP_TEXT), permission="admin.configure")
        if session.scalar(select(func.count()).select_from(Programme)):
            raise ValidationError(_("Das Amt ist schon eingerichtet: es gibt bereits Förderprogramme. Änderungen "
                                    "bitte unter Verwaltung → Administration."))
        for person in people[1:]:  # the founder exists by now
            added.append(_add_user(session, person, hashes))
        write_letterhead(session, actor.username, setup.letterhead)
        codes = _programmes(uow, setup)
        keys = _municipality_keys(session, setup.municipality_keys)
        goals, measures = _social_plan(session, setup.fiscal_year) if setup.social_plan else (0, 0)
        uow.commit()
    return SetupReport(codes, tuple(added), goals, measures, keys)


def _checked_users(founder: str, users: tuple[NewUser, ...]) -> list[NewUser]:
    """The founder first (an administrator), then the others; each name once."""
    names = [u.username.strip() for u in users]
    if len(set(names)) != len(names):
        raise ValidationError(_("Jeder Benutzername darf nur einmal vorkommen."), "username")
    own = next((u for u in users if u.username.strip() == founder), None) or NewUser(founder, "admin")
    if own.role != Role.admin.value:
        raise ValidationError(_("Wer das Amt einrichtet, braucht die Rolle »admin«."), "role")
    return [own, *[u for u in users if u is not own]]


def _password_hashes(database: Database, people: list[NewUser]) -> dict[str, str]:
    if not signs_in_by_password(database):
        return {}
    for person in people:
        if person.password:
            check_new_password(person.password)
    return {p.username.strip(): hash_password(p.password) for p in people if p.password}


def _add_user(session: Session, person: NewUser, hashes: Mapping[str, str]) -> str:
    user = new_user(session, person.username, person.role, person.display_name, person.email, person.phone)
    user.password_hash = hashes.get(user.username)
    session.add(user)
    return user.username


def _programmes(uow: UnitOfWork, setup: OfficeSetup) -> tuple[str, ...]:
    if not setup.programmes:
        raise ValidationError(_("Bitte mindestens ein Förderprogramm einrichten."), "programmes")
    codes: list[str] = []
    for item in setup.programmes:
        programme = Programme()
        apply_programme(uow, programme, item.programme)
        if programme.code in codes:
            raise ValidationError(_("Das Programmkürzel »{code}« ist schon vergeben.").format(code=programme.code),
                                  "code")
        uow.session.add(programme)
        uow.session.flush()
        amount = require_non_negative(to_money(item.allocation, "allocation"), _("Haushaltsansatz"), "allocation")
        position = clean_text(item.budget_position, _("Haushaltsstelle"), required=False, max_len=60)
        uow.session.add(Budget(programme_id=programme.id, fiscal_year=setup.fiscal_year, allocation=amount,
                               budget_position=position))
        ensure_default_criteria(uow.session, programme.id)
        codes.append(programme.code)
    return tuple(codes)


def _municipality_keys(session: Session, keys: Mapping[str, str | None]) -> int:
    """Fill the official keys (Amtlicher Gemeindeschlüssel) of the municipalities that have none."""
    count = 0
    for municipality in session.scalars(select(Municipality).where(Municipality.name.in_(list(keys)))):
        key = (keys[municipality.name] or "").strip()
        if not key or municipality.key:
            continue
        if not (key.isdigit() and len(key) == 8):
            raise ValidationError(_("Der Gemeindeschlüssel »{key}« von {name} hat nicht 8 Ziffern.").format(
                key=key, name=municipality.name), "key")
        municipality.key = key
        count += 1
    return count


def _social_plan(session: Session, year: int) -> tuple[int, int]:
    """The social plan of the set-up year with the office's goals and measure catalogue."""
    plan = SocialPlan(name=f"{defaults.SOCIAL_PLAN} {year}–{year + defaults.SOCIAL_PLAN_YEARS - 1}",
                      valid_from_year=year, valid_to_year=year + defaults.SOCIAL_PLAN_YEARS - 1)
    session.add(plan)
    measures = 0
    for code, phase, field_name, title, items in sorted([*defaults.GOALS, *defaults.UNSERVED_GOALS]):
        goal = Goal(social_plan=plan, code=code, title=title,
                    life_phase_id=life_phase_by_code(session, phase).id if phase else None,
                    field_of_action_id=field_of_action_by_name(session, field_name).id)
        session.add(goal)
        for m_code, m_title, indicator, count in items:
            area = defaults.TARGET_AREAS.get(m_code)
            session.add(Measure(goal=goal, code=m_code, title=m_title, target_indicator=indicator,
                                target_count=count,
                                target_social_area_id=social_area_by_name(session, area).id if area else None))
            measures += 1
    return len(defaults.GOALS) + len(defaults.UNSERVED_GOALS), measures
