"""`foerderdesk form blank|read`: the application form for Träger, out as a fillable PDF or xlsx template, and a
returned form read back (what was read, every problem named; `--register` registers it)."""

from __future__ import annotations

import sys
from pathlib import Path

from app.cases.application_form_check import FormReading
from app.cases.application_form_reader import ApplicationFormReader
from app.kernel.atomic import write_bytes
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.uow import UnitOfWork
from cli.context import CliContext
from cli.output import print_json
from cli.parser import EXIT_FAILED, EXIT_OK, Subparsers, add_json_flag, whole_number


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("form", help=_("Antragsformular für Träger (PDF oder Excel)"))
    sub = parser.add_subparsers(dest="form_command", required=True, metavar="BEFEHL")
    blank = sub.add_parser("blank", help=_("Leeres Antragsformular erstellen (.pdf ausfüllbar oder .xlsx)"))
    blank.add_argument("--programme", required=True, help=_("Programmkürzel, z. B. LPF"))
    blank.add_argument("-o", "--output", required=True, metavar="DATEI.pdf|DATEI.xlsx", help=_("Zieldatei"))
    blank.set_defaults(func=cmd_blank)
    read = sub.add_parser("read", help=_("Ausgefülltes Antragsformular lesen und prüfen"))
    read.add_argument("file", metavar="DATEI")
    read.add_argument("--register", action="store_true", help=_("Den Antrag registrieren, wenn er keine Mängel hat"))
    read.add_argument("--applicant", type=whole_number, metavar="NR",
                      help=_("Vorhandener Antragsteller (Nummer), wenn das Formular keinem eindeutig zuzuordnen ist"))
    read.add_argument("--new-applicant", action="store_true",
                      help=_("Den Antragsteller aus dem Formular neu anlegen, auch wenn es ähnliche gibt"))
    add_json_flag(read)
    read.set_defaults(func=cmd_read)


def cmd_blank(ctx: CliContext) -> int:
    path = Path(ctx.args.output)
    kind = path.suffix.lower().lstrip(".")
    content = ApplicationFormReader(ctx.database(), ctx.user_name()).blank(ctx.args.programme, kind)
    write_bytes(path, content)
    print(_("Antragsformular geschrieben: {path}").format(path=path))
    return EXIT_OK


def cmd_read(ctx: CliContext) -> int:
    a = ctx.args
    reading, content = ApplicationFormReader(ctx.database(), ctx.user_name()).read_file(Path(a.file))
    if a.json:
        print_json({"values": dict(reading.shown), "problems": [str(p) for p in reading.problems],
                    "matches": [{"id": m.id, "name": m.name, "reason": m.reason} for m in reading.matches]})
    else:
        _print_reading(reading)
    if reading.problems:
        sys.stderr.write(_("Das Antragsformular hat {n} Mängel.\n").format(n=len(reading.problems)))
        return EXIT_FAILED
    if not a.register:
        return EXIT_OK
    from app.cases.application_form_intake import register_from_form

    applicant_id = _applicant(reading, a.applicant, a.new_applicant)
    file_number = register_from_form(UnitOfWork(ctx.database(), ctx.user_name()), reading, Path(a.file).name,
                                     content, applicant_id=applicant_id)
    print(_("Antrag registriert: {file_number}").format(file_number=file_number))
    return EXIT_OK


def _applicant(reading: FormReading, chosen: int | None, new: bool) -> int | None:
    """The Träger to register under: the one named, the one the form matches, or (with `new`) a new one."""
    if chosen is not None or new:
        return chosen
    if len(reading.matches) == 1:
        return reading.matches[0].id
    if not reading.matches:
        return None
    listing = "; ".join(f"{m.id} {m.name} ({m.reason})" for m in reading.matches)
    raise ValidationError(_("Das Formular passt zu mehreren Antragstellern: {list}. Bitte mit --applicant NR "
                            "einen wählen oder mit --new-applicant neu anlegen.").format(list=listing), "applicant")


def _print_reading(reading: FormReading) -> None:
    width = max((len(label) for label, _value in reading.shown), default=0)
    for label, value in reading.shown:
        lines = value.splitlines() or [""]
        print(f"{label:<{width}}  {lines[0]}")
        for line in lines[1:]:
            print(f"{'':<{width}}  {line}")
    for match in reading.matches:
        print(_("Vorhandener Antragsteller: {id} {name} (gleich: {reason})").format(
            id=match.id, name=match.name, reason=match.reason))
    for problem in reading.problems:
        print(_("Mangel: {problem}").format(problem=problem))
