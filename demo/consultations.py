"""Demo consultations beside the cases: upcoming talks in the next two weeks (registered organisations and
private people with a free name), a past talk without an idea and a cancelled one. The consultations that led
to the demo's project ideas are booked by `demo.cases` (each idea is recorded from its consultation)."""

from __future__ import annotations

import datetime as dt
import random

from app.cases import consultations
from app.cases.consultations import ConsultationInput
from app.kernel import clock
from app.kernel.errors import ValidationError
from demo.setup import DemoWorld

# fictional people asking for advice (no applicant yet)
PEOPLE = (("Frau Lehmann", "03632 541201", None, "Spielkreis für Kleinkinder im Dorfgemeinschaftshaus"),
          ("Herr Schubert", None, "schubert.initiative@example.org", "Fahrdienst für Seniorinnen und Senioren"),
          ("Frau Yilmaz", "0151 20304050", None, "Sprachcafé für zugezogene Familien"),
          ("Herr Vogt", "034671 7788", "vogt@example.org", "Generationengarten am Sportplatz"))
TOPICS = ("Fortsetzung des Familientreffs", "Ferienangebot für Jugendliche", "Elternkurs im Kindergarten",
          "Kochkurs Jung und Alt")


def _slots(now: dt.date, days: range) -> list[dt.datetime]:
    """Tuesdays and Thursdays 9–15 Uhr (the default hours) within `days` from `now`."""
    found = []
    for offset in days:
        day = now + dt.timedelta(days=offset)
        if day.weekday() in (1, 3):
            found += [dt.datetime.combine(day, dt.time(hour, 0)) for hour in range(9, 16)]
    return found


def _book(world: DemoWorld, user: str, slots: list[dt.datetime], data: ConsultationInput) -> int | None:
    """The first free slot of the list for this advisor (holidays and taken slots are skipped)."""
    for slot in slots:
        try:
            booked = consultations.book(world.uow(user), ConsultationInput(**{**data.__dict__, "start": slot}))
        except ValidationError:
            continue
        slots.remove(slot)  # spread the talks over the week
        return booked
    return None


def create_consultations(world: DemoWorld, seed: int, now: dt.date) -> int:
    """Book the demo's consultations without an idea; returns how many were booked."""
    rng = random.Random(seed + 23)  # noqa: S311 - its own stream: the cases stay as they were for a seed
    outer = clock.provider()
    booked = 0
    try:
        clock.set_today(lambda: now)
        upcoming = _slots(now, range(1, 15))
        rng.shuffle(upcoming)
        for name, phone, email, topic in PEOPLE:
            data = ConsultationInput(start=upcoming[0], topic=topic, contact_name=name, contact_phone=phone,
                                     contact_email=email, follow_up_on=None)
            booked += _book(world, rng.choice(world.caseworkers), upcoming, data) is not None
        for topic in TOPICS:
            applicant_id = rng.choice(world.organisations)[0]
            data = ConsultationInput(start=upcoming[0], topic=topic, applicant_id=applicant_id,
                                     notes="Termin telefonisch vereinbart.")
            booked += _book(world, rng.choice(world.caseworkers), upcoming, data) is not None
        booked += _past(world, rng, now)
    finally:
        clock.set_today(outer)
    return booked


def _past(world: DemoWorld, rng: random.Random, now: dt.date) -> int:
    past = _slots(now, range(-28, -1))
    rng.shuffle(past)
    user = rng.choice(world.caseworkers)
    held = _book(world, user, past, ConsultationInput(
        start=past[0], topic="Nachbarschaftsfest", contact_name="Frau Krüger", contact_phone="03636 1122",
        notes="Einmaliges Fest ist nicht förderfähig; Hinweis auf den Mikroprojektefonds gegeben."))
    cancelled = _book(world, user, past, ConsultationInput(
        start=past[0], topic="Kinderchor", contact_name="Herr Neumann", contact_email="neumann@example.org"))
    if held is not None:
        consultations.record_outcome(world.uow(user), held, status="held")
    if cancelled is not None:
        consultations.record_outcome(world.uow(user), cancelled, status="cancelled", notes="Abgesagt per E-Mail.")
    return (held is not None) + (cancelled is not None)
