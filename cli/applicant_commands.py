"""`foerderdesk applicant list|show|merge`."""

from __future__ import annotations

from app.applicants.file import applicant_file
from app.applicants.merge import merge_applicants
from app.applicants.search import search
from app.cases.workflow import STATUS_LABELS
from app.kernel import clock
from app.kernel.errors import NotFound
from app.kernel.i18n import _
from app.kernel.uow import UnitOfWork
from cli.context import CliContext
from cli.output import cell, print_json, print_table
from cli.parser import EXIT_OK, Subparsers, add_json_flag, whole_number


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("applicant", help=_("Antragsteller (Trägerakte)"))
    sub = parser.add_subparsers(dest="applicant_command", required=True, metavar="BEFEHL")
    lst = sub.add_parser("list", help=_("Antragsteller auflisten"))
    lst.add_argument("--search", default="", help=_("Name oder Ort"))
    add_json_flag(lst)
    lst.set_defaults(func=cmd_list)
    show = sub.add_parser("show", help=_("Trägerakte anzeigen"))
    show.add_argument("applicant", metavar="NR|NAME")
    add_json_flag(show)
    show.set_defaults(func=cmd_show)
    merge = sub.add_parser("merge", help=_("Zwei Einträge derselben Organisation zusammenführen"))
    merge.add_argument("keep", type=whole_number, metavar="BEHALTEN")
    merge.add_argument("other", type=whole_number, metavar="AUFLÖSEN")
    merge.add_argument("--reason", required=True, help=_("Begründung"))
    merge.set_defaults(func=cmd_merge)


def cmd_list(ctx: CliContext) -> int:
    with ctx.read() as session:
        rows = search(session, ctx.args.search, limit=10_000)
    if ctx.args.json:
        print_json(rows)
    else:
        print_table([_("Nr."), _("Name"), _("Art"), _("PLZ"), _("Ort")],
                    [[r.id, r.name, r.type_name, r.postcode, r.city] for r in rows])
    return EXIT_OK


def _resolve(ctx: CliContext, key: str) -> int:
    if key.isdigit():
        return int(key)
    with ctx.read() as session:
        rows = search(session, key)
    exact = [r for r in rows if r.name.casefold() == key.casefold()]
    chosen = exact or rows
    if len(chosen) != 1:
        raise NotFound(_("»{key}« trifft {n} Antragsteller; bitte die Nummer angeben.").format(key=key, n=len(chosen)))
    return chosen[0].id


def cmd_show(ctx: CliContext) -> int:
    applicant_id = _resolve(ctx, ctx.args.applicant)
    with ctx.read() as session:
        file = applicant_file(session, applicant_id, clock.today())
    if ctx.args.json:
        print_json(file)
        return EXIT_OK
    print(f"{file.name} ({file.type_name}), {file.address}")
    for warning in file.warnings:
        print(_("  ! {warning}").format(warning=warning))
    for account in file.accounts:
        print(_("  Konto: {account}").format(account=account))
    print(_("\nUnterlagen:"))
    for d in file.documents:
        print(f"  {cell(d.received_on)}  {d.type_name:45} {d.state:12} {cell(d.valid_until)}")
    print(_("\nVorgänge:"))
    for c in file.cases:
        print(f"  {c.file_number:15} {c.fiscal_year}  {STATUS_LABELS[c.status]:26} {cell(c.approved):>14}  {c.title}")
    return EXIT_OK


def cmd_merge(ctx: CliContext) -> int:
    result = merge_applicants(UnitOfWork(ctx.database(), ctx.user_name()), ctx.args.keep, ctx.args.other,
                              ctx.args.reason)
    print(_("Zusammengeführt: {cases} Vorgänge, {documents} Unterlagen, {contacts} Kontakte, {accounts} Bankkonten "
            "übernommen; Nr. {other} ist deaktiviert.").format(
        cases=result.cases, documents=result.documents, contacts=result.contacts, accounts=result.accounts,
        other=ctx.args.other))
    return EXIT_OK
