"""Demo master data: users, programmes with budgets, the social plan, organisations."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from app.administration import programmes, user_passwords, users
from app.administration.office_defaults import BUDGET_POSITION
from app.administration.reference_data import POPULATION
from app.applicants import service as applicants
from app.cases import documents
from app.kernel.database import Database
from app.kernel.signin import signs_in_by_password
from app.kernel.uow import UnitOfWork
from app.social_plan import service as social_plan
from demo import data


@dataclass
class DemoWorld:
    database: Database
    measures: dict[str, int] = field(default_factory=dict)  # measure code → id
    goals: dict[str, int] = field(default_factory=dict)  # goal code → id
    organisations: list[tuple[int, str, str]] = field(default_factory=list)  # id, type, municipality
    contacts: dict[int, int] = field(default_factory=dict)  # applicant id → contact id
    caseworkers: list[str] = field(default_factory=list)
    supervisors: list[str] = field(default_factory=list)

    def uow(self, user: str) -> UnitOfWork:
        return UnitOfWork(self.database, user)


def create_users(world: DemoWorld, extra_supervisor: str | None) -> None:
    admin = world.uow("admin")
    for username, name, role, phone in data.USERS:
        users.add_user(admin, username, role, name, f"{username}@landratsamt.example", phone)
    if extra_supervisor and extra_supervisor not in {u[0] for u in data.USERS}:
        users.add_user(admin, extra_supervisor, "supervisor", extra_supervisor)
    if signs_in_by_password(world.database):
        for username in [u[0] for u in data.USERS] + ([extra_supervisor] if extra_supervisor else []):
            user_passwords.set_password(admin, username, data.PASSWORD)
    world.caseworkers = [u[0] for u in data.USERS if u[2] == "caseworker"]
    world.supervisors = [u[0] for u in data.USERS if u[2] == "supervisor"]


def create_programmes(world: DemoWorld) -> None:
    admin = world.uow("admin")
    for code, name, kind, rate, minimum, maximum, allowed, allocations in data.PROGRAMMES:
        programmes.create_programme(admin, programmes.ProgrammeInput(
            code=code, name=name, default_financing_type=kind, max_funding_rate=rate, min_grant=minimum,
            max_grant=maximum, allowed_applicant_types=allowed))
        for year, amount in allocations.items():
            programmes.set_budget(admin, code, year, amount, reason="Zuweisung des Landes laut Bescheid",
                                  budget_position=BUDGET_POSITION.format(code=code, year=year))
        social_plan.seed_scoring_criteria(admin, code)
        for criterion, weight in data.CRITERION_WEIGHTS.get(code, {}).items():
            social_plan.configure_criterion(admin, code, criterion, weight)


def create_social_plan(world: DemoWorld) -> None:
    admin = world.uow("admin")
    plan = social_plan.create_plan(admin, "Integrierter Sozialplan Kyffhäuserkreis 2024–2027", 2024, 2027)
    for code, phase, field_name, title, measures in sorted([*data.GOALS, *data.UNSERVED_GOALS]):
        world.goals[code] = social_plan.add_goal(admin, plan, code, title, phase, field_name)
        for m_code, m_title, indicator, count in measures:
            world.measures[m_code] = social_plan.add_measure(admin, world.goals[code], m_code, m_title, indicator,
                                                             count, target_social_area=data.TARGET_AREAS.get(m_code))
    create_population(world)


def create_population(world: DemoWorld) -> None:
    """Rounded inhabitants per age group (tens) that add up to each municipality's total."""
    admin = world.uow("admin")
    for name, total in POPULATION.items():
        shares = dict(data.AGE_SHARES)
        if total < 1000:
            shares["27-64"], shares["65+"] = shares["27-64"] - 20, shares["65+"] + 20
        figures = {group: round(total * share / 10000) * 10 for group, share in shares.items()}
        figures["27-64"] += total - sum(figures.values())
        social_plan.set_population(admin, name, data.AGE_YEAR, figures)


def create_organisations(world: DemoWorld, rng: random.Random, today: dt.date,
                         notice_expires_on: dt.date | None = None) -> None:
    """The demo organisations; the first one's exemption notice runs out on `notice_expires_on`."""
    clerk = world.uow(world.caseworkers[0])
    for index, (name, kind, form, place, postcode, street) in enumerate(data.ORGANISATIONS):
        needs_proof = kind in ("association", "welfare")
        proof_date = today - dt.timedelta(days=rng.randint(200, 1500)) if needs_proof else None
        if index == 4:  # one association with an outdated exemption notice, so a rule fails
            proof_date = today - dt.timedelta(days=5 * 365 + 120)
        if index == 0 and notice_expires_on is not None:  # listed under "Ablaufende Unterlagen"
            proof_date = _years_before(notice_expires_on, data.EXEMPTION_NOTICE_YEARS)
        applicant_id = applicants.register_applicant(clerk, applicants.ApplicantInput(
            name=name, applicant_type=kind, legal_form=form, has_legal_capacity=kind != "initiative",
            sponsor_name="Verein Miteinander Helbetal e.V." if kind == "initiative" else None,
            register_court="Amtsgericht Sondershausen" if form == "e.V." else None,
            register_number=f"VR {100 + index * 7}" if form == "e.V." else None,
            street=street, postcode=postcode, city=place.split("/")[0], municipality=place,
            nonprofit_proof_kind="exemption_notice" if needs_proof else None, nonprofit_proof_date=proof_date,
            iban=_iban(rng), email=f"kontakt{index}@traeger.example",
            phone=f"0363{rng.randint(0, 9)} {rng.randint(10000, 99999)}"))
        world.contacts[applicant_id] = applicants.add_contact(clerk, applicant_id, applicants.ContactInput(
            name=data.CONTACT_NAMES[index % len(data.CONTACT_NAMES)], function="Projektleitung",
            email=f"projekt{index}@traeger.example"))
        _standing_documents(clerk, applicant_id, kind, proof_date, today)
        world.organisations.append((applicant_id, kind, place))


def create_near_duplicate(world: DemoWorld, today: dt.date) -> int:
    """The first organisation once more, typed differently: the duplicate check offers it, an admin may merge."""
    clerk = world.uow(world.caseworkers[0])
    name, kind, form, place, postcode, street = data.NEAR_DUPLICATE
    applicant_id = applicants.register_applicant(clerk, applicants.ApplicantInput(
        name=name, applicant_type=kind, legal_form=form, street=street, postcode=postcode, city=place,
        municipality=place, email="sonnenblume@familie.example"))
    applicants.add_contact(clerk, applicant_id, applicants.ContactInput(name=data.CONTACT_NAMES[0],
                                                                         function="Vorstand"))
    documents.record_document(clerk, "statutes", applicant_id=applicant_id, received_on=today,
                              note="Satzung in der Fassung vom Gründungstag")
    return applicant_id


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _standing_documents(clerk: UnitOfWork, applicant_id: int, kind: str, proof_date: dt.date | None,
                        today: dt.date) -> None:
    wanted = {"association": ["statutes", "register_extract", "exemption_notice"],
              "welfare": ["statutes", "exemption_notice"], "municipality": ["council_resolution"],
              "initiative": ["sponsor_declaration"]}.get(kind, [])
    for code in wanted:
        documents.record_document(clerk, code, applicant_id=applicant_id, received_on=proof_date or today,
                                  issued_on=proof_date if code == "exemption_notice" else None)


def _iban(rng: random.Random) -> str:
    """A valid German IBAN for a fictional account (checksum computed per ISO 13616)."""
    bban = rng.choice(("82054052", "82064038", "82051000")) + f"{rng.randint(0, 10**10 - 1):010d}"
    numeric = int(bban + "131400")  # "DE00" moved to the end, D=13, E=14
    check = 98 - numeric % 97
    return f"DE{check:02d}{bban}"
