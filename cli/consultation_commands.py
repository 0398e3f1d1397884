"""`foerderdesk consultation book|list` and `foerderdesk idea add`."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from typing import Any

from app.cases.consultation_ideas import record_idea
from app.cases.consultation_reader import ConsultationReader, ConsultationRow
from app.cases.consultations import ConsultationInput, book
from app.cases.intake import ApplicationInput
from app.kernel import clock
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.uow import UnitOfWork
from app.kernel.validation import parse_date, require_date
from cli.context import CliContext
from cli.output import cell, print_json, print_table, to_jsonable
from cli.parser import EXIT_OK, Subparsers, add_json_flag, whole_number

_TIME = re.compile(r"([01]?\d|2[0-3])(?:[:.]([0-5]\d))?(?: ?Uhr)?")


def clock_time(text: str) -> dt.time:
    """argparse type of a time of day: "10:30", "10.30", "10" or "10 Uhr"."""
    match = _TIME.fullmatch(text.strip())
    if match is None:
        raise argparse.ArgumentTypeError(_("»{value}« ist keine Uhrzeit (z. B. 10:30).").format(value=text))
    return dt.time(int(match.group(1)), int(match.group(2) or 0))


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("consultation", help=_("Beratungstermine buchen und auflisten"))
    sub = parser.add_subparsers(dest="consultation_command", required=True, metavar="BEFEHL")
    booking = sub.add_parser("book", help=_("Einen Beratungstermin in der Sprechzeit buchen"))
    booking.add_argument("--date", required=True, help=_("Tag (TT.MM.JJJJ)"))
    booking.add_argument("--time", required=True, type=clock_time, help=_("Beginn, z. B. 10:00"))
    booking.add_argument("--topic", required=True, help=_("Thema der Beratung"))
    booking.add_argument("--advisor", help=_("Wer berät (Benutzername; Standard: wer bucht)"))
    booking.add_argument("--applicant", type=whole_number, metavar="NR", help=_("Vorhandener Antragsteller"))
    booking.add_argument("--contact", help=_("Name des Kontakts (ohne Antragsteller)"))
    booking.add_argument("--phone", help=_("Telefon des Kontakts"))
    booking.add_argument("--email", help=_("E-Mail des Kontakts"))
    booking.add_argument("--notes", help=_("Notizen"))
    booking.add_argument("--follow-up", help=_("Wiedervorlage (TT.MM.JJJJ)"))
    booking.set_defaults(func=cmd_book)
    lst = sub.add_parser("list", help=_("Beratungstermine auflisten (Standard: ab heute)"))
    lst.add_argument("--from", dest="first", help=_("ab Tag (TT.MM.JJJJ)"))
    lst.add_argument("--to", dest="last", help=_("bis Tag (TT.MM.JJJJ)"))
    add_json_flag(lst)
    lst.set_defaults(func=cmd_list)
    ideas = subparsers.add_parser("idea", help=_("Projektideen aus einer Beratung"))
    idea_sub = ideas.add_subparsers(dest="idea_command", required=True, metavar="BEFEHL")
    add = idea_sub.add_parser("add", help=_("Eine Projektidee zu einer Beratung erfassen"))
    add.add_argument("--consultation", required=True, type=whole_number, metavar="NR", help=_("Nummer der Beratung"))
    add.add_argument("--title", required=True, help=_("Titel der Projektidee"))
    add.add_argument("--programme", required=True, help=_("Programmkürzel, z. B. LPF"))
    add.add_argument("--year", type=whole_number, help=_("Haushaltsjahr (Standard: das laufende)"))
    add.add_argument("--applicant", type=whole_number, metavar="NR",
                     help=_("Antragsteller (Standard: der Kontakt der Beratung)"))
    add.add_argument("--description", help=_("Beschreibung"))
    add.add_argument("--follow-up", help=_("Wiedervorlage (TT.MM.JJJJ)"))
    add.set_defaults(func=cmd_idea_add)


def cmd_book(ctx: CliContext) -> int:
    a = ctx.args
    start = dt.datetime.combine(require_date(a.date, _("Tag"), field="date"), a.time)
    data = ConsultationInput(start=start, topic=a.topic, advisor=a.advisor, applicant_id=a.applicant,
                             contact_name=a.contact, contact_phone=a.phone, contact_email=a.email, notes=a.notes,
                             follow_up_on=a.follow_up)
    consultation_id = book(UnitOfWork(ctx.database(), ctx.user_name()), data)
    print(_("Beratung Nr. {id} gebucht: {start} Uhr.").format(id=consultation_id,
                                                             start=start.strftime("%d.%m.%Y %H:%M")))
    return EXIT_OK


def _row_json(row: ConsultationRow) -> dict[str, Any]:
    return to_jsonable({"id": row.id, "start": row.start, "minutes": row.minutes, "advisor": row.advisor_name,
                        "contact": row.contact, "phone": row.phone, "email": row.email,
                        "applicant_id": row.applicant_id, "topic": row.topic, "status": row.status.value,
                        "follow_up_on": row.follow_up_on, "idea": row.idea})


def cmd_list(ctx: CliContext) -> int:
    a = ctx.args
    first = parse_date(a.first, _("ab Tag"), field="from", required=False) or clock.today()
    last = parse_date(a.last, _("bis Tag"), field="to", required=False) or first + dt.timedelta(days=365)
    rows = ConsultationReader(ctx.database(), ctx.user_name()).between(first, last)
    if a.json:
        print_json([_row_json(r) for r in rows])
        return EXIT_OK
    print_table([_("Nr."), _("Termin"), _("Berät"), _("Kontakt"), _("Thema"), _("Status"), _("Idee")],
                [[r.id, r.start.strftime("%d.%m.%Y %H:%M"), r.advisor, r.contact[:50], r.topic[:40], r.status_label,
                  cell(r.idea)] for r in rows])
    print(_("{count} Beratungen").format(count=len(rows)))
    return EXIT_OK


def cmd_idea_add(ctx: CliContext) -> int:
    a = ctx.args
    applicant = a.applicant
    if applicant is None:
        applicant = ConsultationReader(ctx.database(), ctx.user_name()).consultation(a.consultation).applicant_id
    if applicant is None:
        raise ValidationError(_("Die Beratung nennt keinen Antragsteller; bitte ihn mit --applicant NR angeben "
                                "(neu anlegen in der Programmoberfläche)."))
    data = ApplicationInput(programme=a.programme, fiscal_year=a.year or clock.today().year, applicant_id=applicant,
                            title=a.title, description=a.description)
    ref = record_idea(UnitOfWork(ctx.database(), ctx.user_name()), a.consultation, data, a.follow_up)
    print(_("Projektidee {ref} erfasst.").format(ref=ref))
    return EXIT_OK
