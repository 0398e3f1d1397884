"""Everything a letter says about its case, gathered from the database into plain values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.kernel.i18n import _
from app.kernel.permissions import Actor
from app.letters.kinds import LetterKind
from app.letters.legal_basis import legal_basis
from app.letters.sources import SOURCES, SourceContext, day, money, period
from app.payments.girocode import GiroCode
from db.models import Application, ContactPerson, Decision, User

ACADEMIC_TITLES = ("Dr.", "Prof.", "Dipl.-Ing.")


@dataclass(frozen=True)
class LetterFacts:
    kind: LetterKind
    application_id: int
    file_number: str
    recipient: tuple[str, ...]
    reference: tuple[tuple[str, str], ...]
    letter_date: dt.date
    posted_on: dt.date
    signer: str
    values: dict[str, str | None]
    girocode: GiroCode | None = None
    deadline: dt.date | None = None


def _person(contact: ContactPerson | None) -> ContactPerson | None:
    """The contact person, unless anonymised after the retention period."""
    return contact if contact is not None and contact.anonymised_at is None else None


def salutation(contact: ContactPerson | None) -> str:
    """ "Sehr geehrte Frau Dr. Beispiel," for a known person, else "Sehr geehrte Damen und Herren,"."""
    person = _person(contact)
    if person is None or person.salutation not in ("Frau", "Herr") or not person.name.split():
        return _("Sehr geehrte Damen und Herren,")
    words = person.name.split()
    titles = [w for w in words[:-1] if w in ACADEMIC_TITLES]
    greeting = _("Sehr geehrte") if person.salutation == "Frau" else _("Sehr geehrter")
    return f"{greeting} {' '.join([person.salutation, *titles, words[-1]])},"


def recipient(app: Application) -> tuple[str, ...]:
    applicant, person = app.applicant, _person(app.contact_person)
    lines = [applicant.name]
    if person is not None:
        form = "Herrn" if person.salutation == "Herr" else person.salutation  # address line: "Herrn Max Beispiel"
        lines.append(" ".join(part for part in (form, person.name) if part))
    lines.append(applicant.street or "")
    lines.append(" ".join(part for part in (applicant.postcode, applicant.city) if part))
    return tuple(line for line in lines if line)


def _contact(session: Session, app: Application, actor: Actor, letterhead: dict[str, str]) -> tuple[str, str, str]:
    user = app.caseworker or session.get(User, actor.id)
    name = user.display_name if user else actor.display_name
    phone = (user.phone if user else None) or letterhead["phone"]
    email = (user.email if user else None) or letterhead["email"]
    return name, phone, email


def _reference(app: Application, contact: tuple[str, str, str], letter_date: dt.date) -> tuple[tuple[str, str], ...]:
    name, phone, email = contact
    rows = [(_("Ihre Nachricht vom"), day(app.received_on) or ""), (_("Unser Zeichen"), app.file_number or ""),
            (_("Name"), name), (_("Telefon"), phone), (_("E-Mail"), email), (_("Datum"), day(letter_date) or "")]
    return tuple((label, value) for label, value in rows if value)


def common_values(app: Application, letterhead: dict[str, str], letter_date: dt.date) -> dict[str, str | None]:
    place = ", ".join(part for part in (letterhead["street"], letterhead["postcode_city"]) if part)
    return {
        "aktenzeichen": app.file_number, "antragsteller": app.applicant.name,
        "anrede": salutation(app.contact_person), "titel": app.title, "programm": app.programme.name,
        "haushaltsjahr": str(app.fiscal_year), "gemeinde": app.municipality.name if app.municipality else None,
        "datum": day(letter_date), "eingangsdatum": day(app.received_on), "beantragt": money(app.requested_amount),
        "bewilligungszeitraum": period(app.start_date, app.end_date), "behoerde": letterhead["office"],
        "amt": letterhead["department"], "behoerde_anschrift": place or None,
        "rechtsgrundlage": legal_basis(app.programme.code, app.programme.name, app.programme.legal_basis),
    }


def deadline_problem(deadline: dt.date | None, letter_date: dt.date) -> str | None:
    """A letter may not set a deadline that has already passed on its date (nor one ending on that day)."""
    if deadline is None or deadline > letter_date:
        return None
    return _("Die Frist ({deadline}) liegt nicht nach dem Datum des Schreibens ({date}); ein Schreiben mit "
             "abgelaufener Frist wird nicht ausgestellt. Bitte zuerst eine neue Frist setzen.").format(
        deadline=day(deadline), date=day(letter_date))


def gather(session: Session, app: Application, kind: LetterKind, actor: Actor, letterhead: dict[str, str], *,
           today: dt.date, payment_id: int | None = None,
           decisions: Mapping[int, Decision] | None = None) -> LetterFacts:
    """Facts of a letter of `kind`; raises `NotApplicable` if the kind does not fit the case."""
    data = SOURCES[kind](SourceContext(session, app, today, letterhead, payment_id, decisions))
    letter_date = data.letter_date or today
    contact = _contact(session, app, actor, letterhead)
    return LetterFacts(
        kind=kind, application_id=app.id, file_number=app.file_number or "", recipient=recipient(app),
        reference=_reference(app, contact, letter_date), letter_date=letter_date,
        posted_on=data.posted_on or letter_date, signer=data.signer or contact[0],
        values={**common_values(app, letterhead, letter_date), **data.values}, girocode=data.girocode,
        deadline=data.deadline,
    )
