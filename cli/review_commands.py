"""`foerderdesk review add|show|remove`: several reviewers score a case (Vergabegremium), and their summary."""

from __future__ import annotations

from typing import Any

from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.uow import UnitOfWork
from app.social_plan import reviews
from app.social_plan.scoring import format_score
from cli.context import CliContext
from cli.output import print_json, print_table, to_jsonable
from cli.parser import EXIT_OK, Subparsers, add_json_flag


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("review", help=_("Bewertung durch mehrere Personen (Vergabegremium)"))
    sub = parser.add_subparsers(dest="review_command", required=True, metavar="BEFEHL")
    add = sub.add_parser("add", help=_("Die eigene Bewertung eines Antrags erfassen oder ändern"))
    add.add_argument("file_number", metavar="AKTENZEICHEN")
    add.add_argument("--points", action="append", default=[], required=True, metavar="KRITERIUM=PUNKTE",
                     help=_("Punkte 0–5 je Kriterium (mehrfach), z. B. needs_based=4; Kriterien: "
                            "foerderdesk socialplan criteria --programme LPF"))
    add.add_argument("--comment", help=_("Kommentar"))
    add.set_defaults(func=cmd_add)
    show = sub.add_parser("show", help=_("Alle Bewertungen eines Antrags mit Zusammenfassung"))
    show.add_argument("file_number", metavar="AKTENZEICHEN")
    add_json_flag(show)
    show.set_defaults(func=cmd_show)
    remove = sub.add_parser("remove", help=_("Die eigene Bewertung zurückziehen"))
    remove.add_argument("file_number", metavar="AKTENZEICHEN")
    remove.set_defaults(func=cmd_remove)


def _points(pairs: list[str]) -> dict[str, int]:
    points: dict[str, int] = {}
    for pair in pairs:
        code, sep, value = pair.partition("=")
        if not sep or not value.strip().isdigit():
            raise ValidationError(_("--points erwartet KRITERIUM=PUNKTE mit ganzen Punkten 0–5, z. B. needs_based=4; "
                                    "erhalten: {value}").format(value=pair), "points")
        points[code.strip()] = int(value.strip())
    return points


def cmd_add(ctx: CliContext) -> int:
    a = ctx.args
    result = reviews.record_review(UnitOfWork(ctx.database(), ctx.user_name()), a.file_number, _points(a.points),
                                   a.comment)
    print(_("Bewertung gespeichert: {score}").format(score=result.text))
    return EXIT_OK


def cmd_remove(ctx: CliContext) -> int:
    reviews.remove_review(UnitOfWork(ctx.database(), ctx.user_name()), ctx.args.file_number)
    print(_("Bewertung zurückgezogen."))
    return EXIT_OK


def _json(shown: reviews.CaseReviews) -> dict[str, Any]:
    summary = shown.summary
    return to_jsonable({
        "file_number": shown.file_number, "enabled": shown.enabled, "open": shown.open,
        "reviews": [{"reviewer": r.reviewer, "name": r.display_name, "percent": r.percent, "points": r.points,
                     "comment": r.comment, "updated_at": r.updated_at} for r in shown.reviews],
        "summary": None if summary is None else {
            "count": summary.count, "mean": summary.mean, "min": summary.minimum, "max": summary.maximum,
            "stdev": summary.stdev, "criteria": {code: mean for code, _name, mean in summary.criterion_means}},
    })


def cmd_show(ctx: CliContext) -> int:
    shown = reviews.case_reviews(UnitOfWork(ctx.database(), ctx.user_name()), ctx.args.file_number)
    if ctx.args.json:
        print_json(_json(shown))
        return EXIT_OK
    if not shown.reviews:
        print(_("Noch keine Bewertungen des Gremiums zu {ref}.").format(ref=shown.file_number))
        return EXIT_OK
    codes = [c.code for c in shown.criteria]
    print_table([_("Person"), _("Bewertung"), *codes, _("Kommentar")],
                [[r.display_name, format_score(r.percent), *(r.points.get(c, "") for c in codes), r.comment or ""]
                 for r in shown.reviews], right=frozenset(range(1, len(codes) + 2)))
    if shown.summary is not None:
        print(_("Zusammenfassung: {summary}").format(summary=shown.summary.text))
    return EXIT_OK
