"""`foerderdesk case list|show|transition|brief`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.cases.case_list import CaseFilter, CaseRow, list_cases
from app.cases.detail import case_detail
from app.cases.workflow import STATUS_LABELS
from app.kernel.i18n import _
from app.kernel.uow import UnitOfWork
from cli.context import CliContext
from cli.output import print_json, print_table, to_jsonable
from cli.parser import EXIT_OK, Subparsers, add_json_flag, parse_statuses, whole_number
from cli.transitions import ACTIONS, ORDER_ONLY, add_transition_arguments, run_transition


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("case", help=_("Vorgänge anzeigen und bearbeiten"))
    sub = parser.add_subparsers(dest="case_command", required=True, metavar="BEFEHL")
    lst = sub.add_parser("list", help=_("Vorgänge auflisten"))
    lst.add_argument("--status", action="append", help=_("Status (mehrfach möglich), z. B. funding"))
    lst.add_argument("--year", type=whole_number, help=_("Haushaltsjahr"))
    lst.add_argument("--programme", help=_("Programmkürzel, z. B. LPF"))
    lst.add_argument("--municipality", help=_("Gemeinde"))
    lst.add_argument("--search", help=_("Suchtext in Aktenzeichen, Titel, Antragsteller"))
    add_json_flag(lst)
    lst.set_defaults(func=cmd_list)
    show = sub.add_parser("show", help=_("Einen Vorgang anzeigen"))
    show.add_argument("file_number", metavar="AKTENZEICHEN")
    add_json_flag(show)
    show.set_defaults(func=cmd_show)
    trans = sub.add_parser("transition", help=_("Eine Aktion des Arbeitsablaufs ausführen"))
    trans.add_argument("file_number", metavar="AKTENZEICHEN")
    trans.add_argument("action", metavar="AKTION", choices=sorted([*ACTIONS, *ORDER_ONLY]),
                       help=", ".join(sorted(ACTIONS)))
    add_transition_arguments(trans)
    trans.set_defaults(func=run_transition)
    brief = sub.add_parser("brief", help=_("Entscheidungsvorlage (eine Seite, PDF) zum offenen Vorschlag schreiben"))
    brief.add_argument("file_number", metavar="AKTENZEICHEN")
    brief.add_argument("-o", "--output", required=True, metavar="DATEI.pdf")
    brief.set_defaults(func=cmd_brief)


def row_json(row: CaseRow) -> dict[str, Any]:
    return to_jsonable({
        "file_number": row.file_number, "title": row.title, "applicant": row.applicant,
        "municipality": row.municipality, "programme": row.programme, "fiscal_year": row.fiscal_year,
        "status": row.status, "requested": row.requested, "approved": row.approved, "paid": row.paid,
        "next_deadline": row.next_deadline,
    })


def cmd_list(ctx: CliContext) -> int:
    a = ctx.args
    flt = CaseFilter(statuses=parse_statuses(a.status), fiscal_year=a.year, programme=a.programme,
                     municipality=a.municipality, text=a.search)
    with ctx.read() as session:
        rows = list_cases(session, flt)
    if a.json:
        print_json([row_json(r) for r in rows])
        return EXIT_OK
    print_table([_("Aktenzeichen"), _("Titel"), _("Antragsteller"), _("Status"), _("Beantragt"), _("Bewilligt"),
                 _("Ausgezahlt")],
                [[r.file_number, r.title[:40], r.applicant[:30], STATUS_LABELS[r.status], r.requested, r.approved,
                  r.paid] for r in rows], right=frozenset({4, 5, 6}))
    print(_("{count} Vorgänge").format(count=len(rows)))
    return EXIT_OK


def cmd_show(ctx: CliContext) -> int:
    with ctx.read() as session:
        detail = case_detail(session, ctx.args.file_number)
    if ctx.args.json:
        data = to_jsonable(detail)
        data.update(row_json(CaseRow(detail.id, detail.file_number, detail.title, detail.applicant, detail.municipality,
                                     detail.programme_code, detail.fiscal_year, detail.status, detail.requested,
                                     detail.approved, detail.paid, None, detail.version)))
        data.pop("next_deadline", None)
        print_json(data)
        return EXIT_OK
    _print_detail(detail)
    return EXIT_OK


def cmd_brief(ctx: CliContext) -> int:
    from app.cases.decision_brief_print import write_brief

    target = write_brief(UnitOfWork(ctx.database(), ctx.user_name()), ctx.args.file_number, Path(ctx.args.output))
    print(_("Entscheidungsvorlage zu {ref} geschrieben: {path}").format(ref=ctx.args.file_number, path=target))
    return EXIT_OK


def _print_detail(d: Any) -> None:
    from cli.output import cell

    pairs = [(_("Aktenzeichen"), d.file_number), (_("Titel"), d.title), (_("Status"), STATUS_LABELS[d.status]),
             (_("Programm"), f"{d.programme_code} {d.fiscal_year}"), (_("Antragsteller"), d.applicant),
             (_("Gemeinde"), d.municipality), (_("Zeitraum"), f"{cell(d.start_date)} – {cell(d.end_date)}"),
             (_("Gesamtkosten"), d.sums.total_costs), (_("Beantragt"), d.requested), (_("Bewilligt"), d.approved),
             (_("Ausgezahlt"), d.paid), (_("Endgültig"), d.final)]
    width = max(len(k) for k, _v in pairs)
    for key, value in pairs:
        print(f"{key.ljust(width)}  {cell(value)}")
    if d.deadlines:
        print(_("\nFristen:"))
        for dl in d.deadlines:
            print(f"  {cell(dl.due_on)}  {dl.title}{'  ' + _('(erledigt)') if dl.done else ''}")
    print(_("\nVerlauf:"))
    for h in d.history:
        print(f"  {cell(h.at)}  {h.user:10}  {h.action:20} → {STATUS_LABELS[h.to_status]}")
