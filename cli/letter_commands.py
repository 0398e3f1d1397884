"""`foerderdesk letter|letters|letter-list|letter-export`: letters as PDF files.

Without `--issue` a draft is written (marked ENTWURF; missing placeholder values
are marked in the text and listed on stderr) and nothing is stored. With
`--issue` the letter is issued: refused if anything is missing, otherwise
stored with the case (exact PDF and SHA-256, audited) and then written.
Every file is written under a temporary name and renamed when complete.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from app.administration import programmes
from app.kernel import atomic, letterhead
from app.kernel.errors import FoerderDeskError, ValidationError
from app.kernel.i18n import _
from app.kernel.periods import format_date
from app.kernel.uow import UnitOfWork
from app.letters import batch, service
from app.letters.kinds import KIND_LABELS, LetterKind
from cli.context import CliContext
from cli.output import print_json, print_table
from cli.parser import EXIT_FAILED, EXIT_OK, Subparsers, add_json_flag, parse_statuses, whole_number

KINDS_HELP = ", ".join(f"{kind.value} ({label})" for kind, label in KIND_LABELS.items())


def register(subparsers: Subparsers) -> None:
    one = subparsers.add_parser("letter", help=_("Ein Schreiben als PDF: Entwurf, mit --issue ausstellen"))
    one.add_argument("file_number", metavar="AKTENZEICHEN")
    one.add_argument("kind", metavar="ART", choices=[k.value for k in LetterKind], help=KINDS_HELP)
    one.add_argument("-o", "--output", required=True, metavar="DATEI.pdf", help=_("Zieldatei"))
    _issue_arguments(one)
    one.add_argument("--payment", type=whole_number, metavar="NR", help=_("Auszahlung (Standard: die letzte)"))
    one.add_argument("--block", action="append", default=[], metavar="ABSATZ=DATEI",
                     help=_("Wortlaut eines Absatzes nur für dieses Schreiben aus einer Textdatei (UTF-8), z. B. "
                            "absatz-12=dank.txt; die änderbaren Absätze zeigt der Entwurf"))
    one.set_defaults(func=cmd_letter)
    many = subparsers.add_parser("letters", help=_("Schreiben für alle Vorgänge eines Status"))
    many.add_argument("--status", required=True, action="append", help=_("Status (mehrfach möglich)"))
    many.add_argument("--kind", required=True, metavar="ART", choices=[k.value for k in LetterKind],
                      help=KINDS_HELP)
    many.add_argument("-o", "--output", required=True, metavar="ORDNER", help=_("Zielordner"))
    _issue_arguments(many)
    many.set_defaults(func=cmd_letters)
    lst = subparsers.add_parser("letter-list", help=_("Ausgestellte Schreiben eines Vorgangs"))
    lst.add_argument("file_number", metavar="AKTENZEICHEN")
    add_json_flag(lst)
    lst.set_defaults(func=cmd_list)
    export = subparsers.add_parser("letter-export", help=_("Ein ausgestelltes Schreiben unverändert speichern"))
    export.add_argument("letter_id", type=whole_number, metavar="NR")
    export.add_argument("-o", "--output", required=True, metavar="DATEI.pdf")
    export.set_defaults(func=cmd_export)
    head = subparsers.add_parser("letterhead", help=_("Briefkopf der Schreiben anzeigen oder ändern"))
    head.add_argument("--set", action="append", default=[], metavar="SCHLÜSSEL=WERT",
                      help=_("Angabe ändern (Administration; leerer Wert = Standard), z. B. phone=03632 0123-0"))
    head.set_defaults(func=cmd_letterhead)
    basis = subparsers.add_parser("legal-basis", help=_("Rechtsgrundlage der Bescheide je Programm anzeigen oder "
                                                         "ändern"))
    basis.add_argument("programme", metavar="PROGRAMM", nargs="?", help=_("Programmkürzel, z. B. LPF"))
    change = basis.add_mutually_exclusive_group()
    change.add_argument("--set", metavar="TEXT", help=_("neuer Text (Administration)"))
    change.add_argument("--default", action="store_true", help=_("Standardtext des Programms wiederherstellen"))
    basis.set_defaults(func=cmd_legal_basis)


def _issue_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--issue", action="store_true",
                        help=_("ausstellen und beim Vorgang speichern (ohne: nur Entwurf)"))
    parser.add_argument("--posted-on", metavar="DATUM", help=_("Aufgabe zur Post (Standard: Datum des Schreibens)"))


class PdfFile:
    """A PDF written under a hidden partial name beside the target and renamed when complete."""

    def __init__(self, target: Path) -> None:
        self.target = target
        if target.parent.is_dir():
            atomic.remove_stale(target.parent)
        self.temp = atomic.partial_name(target)
        if target.is_dir():
            raise ValidationError(_("{path} ist ein Ordner; bitte einen Dateinamen angeben.").format(path=target))
        try:
            self.temp.write_bytes(b"")  # fails early (missing folder, no permission) before anything is issued
        except OSError as exc:
            raise FoerderDeskError(_("{path} kann nicht geschrieben werden: {error}").format(
                path=target, error=exc.strerror or exc)) from exc

    def commit(self, pdf: bytes) -> None:
        try:
            self.temp.write_bytes(pdf)
            atomic.replace_atomically(self.temp, self.target)
        except OSError as exc:
            self.discard()
            raise FoerderDeskError(_("{path} kann nicht geschrieben werden: {error}").format(
                path=self.target, error=exc.strerror or exc)) from exc

    def discard(self) -> None:
        self.temp.unlink(missing_ok=True)


def _commit_issued(file: PdfFile, pdf: bytes, letter_id: int) -> None:
    try:
        file.commit(pdf)
    except FoerderDeskError as error:
        raise FoerderDeskError(_("Das Schreiben wurde als Nr. {id} ausgestellt und gespeichert, aber die Datei fehlt: "
                                 "{error} Speichern mit: foerderdesk letter-export {id} -o DATEI.pdf").format(
            id=letter_id, error=error.message)) from error


def cmd_letter(ctx: CliContext) -> int:
    a = ctx.args
    uow = UnitOfWork(ctx.database(), ctx.user_name())
    wording = _wording(a.block)
    file = PdfFile(Path(a.output))
    try:
        if a.issue:
            issued = service.issue_letter(uow, a.file_number, a.kind, posted_on=a.posted_on, payment_id=a.payment,
                                          wording=wording)
        else:
            preview = service.preview_letter(uow, a.file_number, a.kind, payment_id=a.payment, wording=wording)
    except BaseException:
        file.discard()
        raise
    if a.issue:
        _commit_issued(file, issued.pdf, issued.id)
        print(_("Ausgestellt als Nr. {id} (SHA-256 {sha}), Aufgabe zur Post am {posted}: {path}").format(
            id=issued.id, sha=issued.sha256, posted=format_date(issued.posted_on), path=file.target))
        return EXIT_OK
    file.commit(preview.pdf)
    for problem in preview.problems:
        sys.stderr.write(_("Hinweis: {problem}\n").format(problem=problem))
    for block in preview.blocks:
        sys.stderr.write(_("Änderbarer Absatz {name}: {label}\n").format(name=block.name, label=block.label))
    print(_("Entwurf geschrieben (nicht ausgestellt): {path}").format(path=file.target))
    return EXIT_OK


def _wording(pairs: list[str]) -> dict[str, str]:
    """`ABSATZ=DATEI` pairs as block name → text of the file."""
    wording = {}
    for pair in pairs:
        name, sep, path = pair.partition("=")
        if not sep or not name.strip() or not path.strip():
            raise ValidationError(_("--block erwartet ABSATZ=DATEI, z. B. absatz-12=dank.txt; erhalten: {value}")
                                  .format(value=pair), "block")
        try:
            wording[name.strip()] = Path(path.strip()).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError(_("Die Textdatei {path} kann nicht gelesen werden: {error}").format(
                path=path.strip(), error=getattr(exc, "strerror", None) or exc), "block") from exc
    return wording


def _safe_name(file_number: str, kind: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", f"{file_number}_{kind}") + ".pdf"


def _report(done: int, total: int, item: batch.BatchItem) -> bool:
    label = {batch.Outcome.written: _("geschrieben"), batch.Outcome.skipped: _("übersprungen"),
             batch.Outcome.failed: _("FEHLER")}[item.outcome]
    detail = f" – {item.message}" if item.message and item.outcome != batch.Outcome.written else ""
    sys.stderr.write(f"[{done}/{total}] {item.file_number}: {label}{detail}\n")
    return True


def cmd_letters(ctx: CliContext) -> int:
    a = ctx.args
    folder = Path(a.output)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FoerderDeskError(_("Der Ordner {path} kann nicht angelegt werden: {error}").format(
            path=folder, error=exc.strerror or exc)) from exc
    uow = UnitOfWork(ctx.database(), ctx.user_name())
    file_numbers = batch.case_file_numbers(uow, parse_statuses(a.status))

    def sink(file_number: str, pdf: bytes, letter_id: int | None) -> None:
        file = PdfFile(folder / _safe_name(file_number, a.kind))
        if letter_id is None:
            file.commit(pdf)
        else:
            _commit_issued(file, pdf, letter_id)

    items = batch.run_batch(uow, file_numbers, LetterKind(a.kind), issue=a.issue, sink=sink, progress=_report,
                            posted_on=a.posted_on)
    counts = {outcome: sum(1 for item in items if item.outcome == outcome) for outcome in batch.Outcome}
    print(_("{written} geschrieben{issued}, {skipped} übersprungen, {failed} fehlgeschlagen ({total} Vorgänge).")
          .format(written=counts[batch.Outcome.written], issued=_(" und ausgestellt") if a.issue else "",
                  skipped=counts[batch.Outcome.skipped], failed=counts[batch.Outcome.failed], total=len(file_numbers)))
    return EXIT_FAILED if counts[batch.Outcome.failed] else EXIT_OK


def cmd_list(ctx: CliContext) -> int:
    rows = service.list_letters(UnitOfWork(ctx.database(), ctx.user_name()), ctx.args.file_number)
    if ctx.args.json:
        print_json(rows)
    else:
        print_table([_("Nr."), _("Art"), _("Betreff"), _("Ausgestellt"), _("von"), _("Zur Post"), _("Vorlage")],
                    [[r.id, r.label, r.subject, r.issued_at, r.issued_by, r.posted_on, r.template_version]
                     for r in rows])
    return EXIT_OK


def cmd_export(ctx: CliContext) -> int:
    file = PdfFile(Path(ctx.args.output))
    try:
        letter = service.stored_letter(UnitOfWork(ctx.database(), ctx.user_name()), ctx.args.letter_id)
    except BaseException:
        file.discard()
        raise
    file.commit(letter.pdf)
    print(_("Schreiben Nr. {id} ({subject}) unverändert gespeichert: {path}").format(
        id=letter.id, subject=letter.subject, path=file.target))
    return EXIT_OK


def _assignments(values: list[str]) -> dict[str, str]:
    changes = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep:
            raise ValidationError(_("»{item}« hat nicht die Form SCHLÜSSEL=WERT.").format(item=item))
        changes[key.strip()] = value.replace("\\n", "\n")
    return changes


def cmd_letterhead(ctx: CliContext) -> int:
    uow = UnitOfWork(ctx.database(), ctx.user_name())
    if ctx.args.set:
        letterhead.set_letterhead(uow, _assignments(ctx.args.set))
        print(_("Briefkopf geändert."))
    with ctx.read() as session:
        values = letterhead.letterhead_values(session)
    print_table([_("Schlüssel"), _("Angabe"), _("Wert")],
                [[key, field.label, values[key].replace("\n", " / ")] for key, field in letterhead.FIELDS.items()])
    return EXIT_OK


def cmd_legal_basis(ctx: CliContext) -> int:
    a = ctx.args
    if a.set is not None or a.default:
        if not a.programme:
            raise ValidationError(_("Bitte das Programm angeben, dessen Rechtsgrundlage geändert wird."))
        programmes.set_legal_basis(UnitOfWork(ctx.database(), ctx.user_name()), a.programme,
                                   None if a.default else a.set)
        print(_("Rechtsgrundlage des Programms {code} geändert.").format(code=a.programme.upper()))
    rows = [row for row in programmes.legal_bases(UnitOfWork(ctx.database(), ctx.user_name()))
            if not a.programme or row.code == a.programme.strip().upper()]
    if not rows:
        raise ValidationError(_("Ein Programm »{code}« gibt es nicht.").format(code=a.programme))
    for row in rows:
        note = _("Standardtext") if row.is_default else _("von der Administration festgelegt")
        print(f"{row.code} – {row.name} ({note}):\n  {row.text}")
    return EXIT_OK
