"""`foerderdesk socialplan coverage|criteria|set-weight`: coverage and gaps of the social plan, scoring sheets."""

from __future__ import annotations

from typing import Any

from app.kernel.i18n import _
from app.kernel.lookups import programme_by_code
from app.kernel.money import format_eur
from app.kernel.uow import UnitOfWork
from app.social_plan import service as social_plan
from app.social_plan.reader import SocialPlanReader
from app.social_plan.report import Cell, CoverageReport
from app.social_plan.scoring import format_weight, sheet_criteria
from cli.context import CliContext
from cli.output import print_json, print_table, to_jsonable
from cli.parser import EXIT_OK, Subparsers, add_json_flag, whole_number

RIGHT_COUNTS = frozenset({2, 3, 4})


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("socialplan", help=_("Sozialplan: Abdeckung, Lücken, Bewertungskriterien"))
    sub = parser.add_subparsers(dest="socialplan_command", required=True, metavar="BEFEHL")
    cov = sub.add_parser("coverage", help=_("Abdeckung der Ziele und Gemeinden durch geförderte Projekte"))
    cov.add_argument("--year", type=whole_number, action="append", help=_("Haushaltsjahr (mehrfach möglich; "
                                                                 "Standard: alle Jahre des Plans)"))
    cov.add_argument("--plan", type=whole_number, help=_("Nummer des Sozialplans (Standard: der im Jahr gültige)"))
    add_json_flag(cov)
    cov.set_defaults(func=cmd_coverage)
    crit = sub.add_parser("criteria", help=_("Bewertungskriterien eines Programms mit Gewichten"))
    crit.add_argument("--programme", required=True, help=_("Programmkürzel, z. B. LPF"))
    add_json_flag(crit)
    crit.set_defaults(func=cmd_criteria)
    weight = sub.add_parser("set-weight", help=_("Gewicht eines Kriteriums setzen (0 = abgeschaltet)"))
    weight.add_argument("programme", metavar="PROGRAMM")
    weight.add_argument("code", metavar="KRITERIUM")
    weight.add_argument("weight", metavar="GEWICHT")
    weight.add_argument("--name", help=_("Bezeichnung (für ein neues Kriterium nötig)"))
    weight.set_defaults(func=cmd_set_weight)


def _cell(cell: Cell) -> dict[str, Any]:
    return {"count": cell.count, "amount": cell.amount, "inhabitants": cell.inhabitants,
            "per_inhabitant": cell.per_inhabitant, "gap": cell.gap}


def report_json(report: CoverageReport) -> dict[str, Any]:
    """The whole matrix with the derived figures (gap flags, amounts per inhabitant) spelt out."""
    return to_jsonable({
        "plan_id": report.plan_id, "plan": report.plan_name, "years": report.years,
        "municipalities": [{"id": m.id, "name": m.name, "social_area": m.social_area, "population": m.population,
                            **_cell(m.total)} for m in report.municipalities],
        "goals": [{"id": g.id, "code": g.code, "title": g.title, "life_phase": g.life_phase_code,
                   "field_of_action": g.field_of_action, "target_group": g.target_group, "total": _cell(g.total),
                   "gap": g.gap, "cells": {m.name: _cell(c) for m, c in zip(report.municipalities, g.cells,
                                                                          strict=True) if not c.gap}}
                  for g in report.goals],
        "life_phases": [{"code": p.code, "name": p.name, "target_group": p.target_group, "goals": p.goal_count,
                         "total": _cell(p.total), "gap": p.gap,
                         "cells": {m.name: _cell(c) for m, c in zip(report.municipalities, p.cells, strict=True)
                                   if not c.gap}} for p in report.phases],
        "measures": [{"code": m.code, "goal": m.goal_code, "title": m.title, "indicator": m.indicator,
                      "target_count": m.target_count, "social_area": m.social_area, "achieved": m.achieved,
                      "met": m.met} for m in report.measures],
        "total": _cell(report.total), "outside_plan": _cell(report.outside),
        "gaps": {"goals": [g.code for g in report.goal_gaps],
                 "municipalities": [m.name for m in report.municipality_gaps],
                 "life_phases": [p.name for p in report.phase_gaps]},
    })


def cmd_coverage(ctx: CliContext) -> int:
    reader = SocialPlanReader(ctx.database(), ctx.user_name())
    report = reader.coverage(ctx.args.plan, ctx.args.year)
    if ctx.args.json:
        print_json(report_json(report))
        return EXIT_OK
    print_coverage(report)
    return EXIT_OK


def _per_inhabitant(cell: Cell) -> str:
    value = cell.per_inhabitant
    return "–" if value is None else format_eur(value)


def _gap(flag: bool) -> str:
    return _("LÜCKE") if flag else ""


def print_coverage(report: CoverageReport) -> None:
    years = ", ".join(str(y) for y in report.years)
    print(_("{plan} – geförderte Projekte {years} (bewilligt, in Förderung, Nachweisprüfung, abgeschlossen)\n")
          .format(plan=report.plan_name, years=years))
    print_table([_("Ziel"), _("Lebensphase"), _("Projekte"), _("Gemeinden"), _("Summe"), _("je Einw. (Zielgruppe)"),
                 ""], [[f"{g.code} {g.title}", g.life_phase or _("übergreifend"), g.total.count,
                        sum(1 for c in g.cells if not c.gap), g.total.amount,
                        f"{_per_inhabitant(g.total)} ({g.target_group})", _gap(g.gap)] for g in report.goals],
                RIGHT_COUNTS)
    print()
    print_table([_("Lebensphase"), _("Ziele"), _("Projekte"), _("Gemeinden"), _("Summe"), _("je Einw."), ""],
                [[p.name, p.goal_count, p.total.count, sum(1 for c in p.cells if not c.gap), p.total.amount,
                  _per_inhabitant(p.total), _gap(p.gap and p.goal_count > 0)] for p in report.phases], RIGHT_COUNTS)
    print()
    print_table([_("Gemeinde"), _("Sozialraum"), _("Projekte"), _("Einwohner"), _("Summe"), _("je Einw."), ""],
                [[m.name, m.social_area or "–", m.total.count, m.population, m.total.amount,
                  _per_inhabitant(m.total), _gap(m.gap)] for m in report.municipalities], RIGHT_COUNTS)
    print()
    print_table([_("Maßnahme"), _("Zielindikator"), _("Soll"), _("Ist"), _("erreicht")],
                [[f"{m.code} {m.title}", m.indicator or "–", m.target_count, m.achieved,
                  {True: _("ja"), False: _("nein"), None: "–"}[m.met]] for m in report.measures],
                frozenset({2, 3}))
    print(_("\nInsgesamt: {count} Projekte, {amount}; außerhalb des Plans: {outside} Projekte, {outside_amount}.")
          .format(count=report.total.count, amount=format_eur(report.total.amount), outside=report.outside.count,
                  outside_amount=format_eur(report.outside.amount)))
    print(_("Lücken – Ziele: {goals}; Gemeinden: {places}.").format(
        goals=", ".join(g.code for g in report.goal_gaps) or _("keine"),
        places=", ".join(m.name for m in report.municipality_gaps) or _("keine")))


def cmd_criteria(ctx: CliContext) -> int:
    with ctx.read() as session:
        criteria = sheet_criteria(session, programme_by_code(session, ctx.args.programme).id)
    if ctx.args.json:
        print_json([{"code": c.code, "name": c.name, "weight": c.weight} for c in criteria])
        return EXIT_OK
    print_table([_("Kürzel"), _("Kriterium"), _("Gewicht")],
                [[c.code, c.name, format_weight(c.weight)] for c in criteria], frozenset({2}))
    return EXIT_OK


def cmd_set_weight(ctx: CliContext) -> int:
    a = ctx.args
    social_plan.configure_criterion(UnitOfWork(ctx.database(), ctx.user_name()), a.programme, a.code, a.weight,
                                    name=a.name)
    print(_("Gewicht von »{code}« im Programm {programme} ist jetzt {weight}.").format(
        code=a.code, programme=a.programme.upper(), weight=a.weight))
    return EXIT_OK
