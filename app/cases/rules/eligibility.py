"""The formal eligibility check (formelle Prüfung): one function per rule.

Each rule returns a `RuleResult` with a German sentence that says why it
passed or failed. Rules only read. All but the financing-plan balance may be
overridden by a caseworker with a written justification.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.cases.rules.plan import plan_sums
from app.kernel import settings
from app.kernel.i18n import _
from app.kernel.money import format_eur, format_percent, round_cent
from app.kernel.periods import format_date
from db.enums import NonprofitProofKind, Status
from db.models import Application, Document

NOT_FUNDED = (Status.idea, Status.rejected, Status.withdrawn)

NOT_OVERRIDABLE = frozenset({"financing_balanced"})


@dataclass(frozen=True)
class RuleResult:
    rule: str
    passed: bool
    message: str

    @property
    def overridable(self) -> bool:
        return self.rule not in NOT_OVERRIDABLE


@dataclass
class CheckContext:
    session: Session
    app: Application
    today: dt.date


def _ok(rule: str, message: str) -> RuleResult:
    return RuleResult(rule, True, message)


def _fail(rule: str, message: str) -> RuleResult:
    return RuleResult(rule, False, message)


def applicant_type(ctx: CheckContext) -> RuleResult:
    kind = ctx.app.applicant.applicant_type
    allowed = ctx.app.programme.allowed_applicant_types
    if not kind.eligible or (allowed and kind not in allowed):
        return _fail("applicant_type", _("Antragsteller der Art »{kind}« sind im Programm »{programme}« nicht "
                                         "antragsberechtigt.").format(kind=kind.name, programme=ctx.app.programme.name))
    return _ok("applicant_type", _("Antragstellerart »{kind}« ist antragsberechtigt.").format(kind=kind.name))


def legal_capacity(ctx: CheckContext) -> RuleResult:
    applicant = ctx.app.applicant
    if applicant.has_legal_capacity:
        return _ok("legal_capacity", _("Der Antragsteller ist rechtsfähig."))
    if applicant.sponsor_name:
        return _ok("legal_capacity", _("Nicht rechtsfähig; Antrag über den Träger »{sponsor}«.").format(
            sponsor=applicant.sponsor_name))
    return _fail("legal_capacity", _("Der Antragsteller ist nicht rechtsfähig und nennt keinen Träger, über den "
                                     "der Antrag gestellt wird."))


def nonprofit_proof(ctx: CheckContext) -> RuleResult:
    applicant = ctx.app.applicant
    if not applicant.applicant_type.needs_nonprofit_proof:
        return _ok("nonprofit_proof", _("Für diese Antragstellerart ist kein Gemeinnützigkeitsnachweis nötig."))
    if applicant.nonprofit_proof_kind is None or applicant.nonprofit_proof_date is None:
        return _fail("nonprofit_proof", _("Es liegt kein Freistellungs- oder Feststellungsbescheid vor."))
    assessment = applicant.nonprofit_proof_kind == NonprofitProofKind.assessment_60a
    years = settings.get_int(ctx.session, "assessment_60a_years" if assessment else "exemption_notice_years")
    name = _("Feststellungsbescheid (§ 60a AO)") if assessment else _("Freistellungsbescheid")
    received_on = ctx.app.received_on or ctx.today
    limit = _add_years(applicant.nonprofit_proof_date, years)
    if received_on > limit:
        return _fail("nonprofit_proof", _("Der {name} vom {date} ist beim Antragseingang am {received} älter als "
                                          "{years} Jahre.").format(name=name, date=format_date(
            applicant.nonprofit_proof_date), received=format_date(received_on), years=years))
    return _ok("nonprofit_proof", _("{name} vom {date} ist aktuell (höchstens {years} Jahre alt).").format(
        name=name, date=format_date(applicant.nonprofit_proof_date), years=years))


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def documents_complete(ctx: CheckContext) -> RuleResult:
    required = ctx.app.applicant.applicant_type.required_documents
    have = set(ctx.session.scalars(select(Document.document_type_id).where(
        or_(Document.application_id == ctx.app.id,
            (Document.applicant_id == ctx.app.applicant_id)
            & (or_(Document.valid_until.is_(None), Document.valid_until >= ctx.today))))))
    missing = [doc.name for doc in required if doc.id not in have]
    if missing:
        return _fail("documents_complete", _("Es fehlen: {missing}.").format(missing=", ".join(missing)))
    return _ok("documents_complete", _("Alle erforderlichen Unterlagen liegen vor."))


def municipality(ctx: CheckContext) -> RuleResult:
    place = ctx.app.municipality
    if place is None:
        return _fail("municipality", _("Es ist keine Gemeinde für die Maßnahme angegeben."))
    if not place.in_district:
        return _fail("municipality", _("{name} liegt nicht im Landkreis.").format(name=place.name))
    return _ok("municipality", _("Die Maßnahme findet in {name} statt (im Landkreis).").format(name=place.name))


def early_start(ctx: CheckContext) -> RuleResult:
    started = ctx.app.project_started_on
    if started is None or (ctx.app.decided_on is not None and started >= ctx.app.decided_on):
        return _ok("early_start", _("Die Maßnahme hat noch nicht begonnen."))
    approved = ctx.app.early_start_approved_on
    if approved is not None and approved <= started:
        return _ok("early_start", _("Vorzeitiger Maßnahmebeginn am {started} wurde am {approved} schriftlich "
                                    "zugelassen.").format(started=format_date(started), approved=format_date(approved)))
    return _fail("early_start", _("Die Maßnahme hat am {started} vor der Entscheidung begonnen (Vertragsschluss), "
                                  "ohne dass ein vorzeitiger Beginn schriftlich zugelassen wurde.").format(
        started=format_date(started)))


def catalogue(ctx: CheckContext) -> RuleResult:
    if ctx.app.measure is not None and ctx.app.measure.in_catalogue:
        return _ok("catalogue", _("Maßnahme aus dem Katalog: {title}.").format(title=ctx.app.measure.title))
    if ctx.app.catalogue_justification:
        return _ok("catalogue", _("Außerhalb des Maßnahmenkatalogs mit Begründung im Einzelfall."))
    return _fail("catalogue", _("Die Maßnahme steht nicht im Maßnahmenkatalog und es fehlt die Begründung für "
                                "eine Förderung im Einzelfall."))


def financing_balanced(ctx: CheckContext) -> RuleResult:
    sums = plan_sums(ctx.app)
    if sums.total_costs == 0:
        return _fail("financing_balanced", _("Der Kostenplan ist leer."))
    if sums.gap != 0:
        return _fail("financing_balanced", _("Der Finanzierungsplan ist nicht ausgeglichen: Gesamtkosten {costs}, "
                                             "Finanzierung {financing}, Differenz {gap}.").format(
            costs=format_eur(sums.total_costs), financing=format_eur(sums.financing_total), gap=format_eur(sums.gap)))
    return _ok("financing_balanced", _("Gesamtkosten {costs} sind auf den Cent finanziert.").format(
        costs=format_eur(sums.total_costs)))


def eligible_costs(ctx: CheckContext) -> RuleResult:
    sums = plan_sums(ctx.app)
    if sums.investment_eligible > 0:
        return _fail("eligible_costs", _("Investitionen ({amount}) sind nicht zuwendungsfähig.").format(
            amount=format_eur(sums.investment_eligible)))
    return _ok("eligible_costs", _("Zuwendungsfähige Ausgaben: {amount} (Personal-, Sach- und Honorarkosten).").format(
        amount=format_eur(sums.eligible_costs)))


def grant_limits(ctx: CheckContext) -> RuleResult:
    programme, sums = ctx.app.programme, plan_sums(ctx.app)
    if sums.requested < programme.min_grant:
        return _fail("grant_limits", _("Die beantragte Zuwendung {amount} liegt unter der Bagatellgrenze von "
                                       "{minimum}.").format(amount=format_eur(sums.requested),
                                                            minimum=format_eur(programme.min_grant)))
    if programme.max_grant is not None and sums.requested > programme.max_grant:
        return _fail("grant_limits", _("Die beantragte Zuwendung {amount} übersteigt den Höchstbetrag des Programms "
                                       "von {maximum}.").format(amount=format_eur(sums.requested),
                                                                maximum=format_eur(programme.max_grant)))
    maximum = round_cent(programme.max_funding_rate * sums.eligible_costs)
    if sums.requested > maximum:
        return _fail("grant_limits", _("Die beantragte Zuwendung {amount} übersteigt den Höchstfördersatz von {rate} "
                                       "der zuwendungsfähigen Ausgaben ({maximum}).").format(
            amount=format_eur(sums.requested), rate=format_percent(programme.max_funding_rate),
            maximum=format_eur(maximum)))
    return _ok("grant_limits", _("Beantragt {amount}: mindestens {minimum}, höchstens {maximum} ({rate}).").format(
        amount=format_eur(sums.requested), minimum=format_eur(programme.min_grant), maximum=format_eur(maximum),
        rate=format_percent(programme.max_funding_rate)))


def grant_period(ctx: CheckContext) -> RuleResult:
    start, end = ctx.app.start_date, ctx.app.end_date
    if start is None or end is None:
        return _fail("grant_period", _("Der Bewilligungszeitraum ist nicht vollständig angegeben."))
    if start.year != ctx.app.fiscal_year or end.year != ctx.app.fiscal_year:
        return _fail("grant_period", _("Der Zeitraum {start}–{end} liegt nicht im Haushaltsjahr {year}.").format(
            start=format_date(start), end=format_date(end), year=ctx.app.fiscal_year))
    return _ok("grant_period", _("Zeitraum {start}–{end} im Haushaltsjahr {year}.").format(
        start=format_date(start), end=format_date(end), year=ctx.app.fiscal_year))


def double_funding(ctx: CheckContext) -> RuleResult:
    """Same organisation, overlapping period, similar measure (the same catalogue measure or goal)."""
    app = ctx.app
    if app.start_date is None or app.end_date is None:
        return _ok("double_funding", _("Ohne Zeitraum keine Prüfung auf Doppelförderung."))
    others = ctx.session.scalars(select(Application).where(
        Application.applicant_id == app.applicant_id, Application.id != app.id,
        Application.status.not_in(NOT_FUNDED), Application.start_date <= app.end_date,
        Application.end_date >= app.start_date)).all()
    similar = [o for o in others if _similar(o, app)]
    if similar:
        names = ", ".join(f"{o.file_number or o.id} ({o.title})" for o in similar)
        return _fail("double_funding", _("Mögliche Doppelförderung: {cases} desselben Trägers im selben Zeitraum "
                                         "mit ähnlicher Maßnahme. Bitte prüfen und das Ergebnis begründen.").format(
            cases=names))
    return _ok("double_funding", _("Keine andere Förderung desselben Trägers mit ähnlicher Maßnahme im Zeitraum."))


def _similar(other: Application, app: Application) -> bool:
    if app.measure_id and other.measure_id == app.measure_id:
        return True
    return app.measure is not None and other.measure is not None and other.measure.goal_id == app.measure.goal_id


RULES: dict[str, tuple[str, Callable[[CheckContext], RuleResult]]] = {
    "applicant_type": (_("Antragsberechtigung"), applicant_type),
    "legal_capacity": (_("Rechtsfähigkeit"), legal_capacity),
    "nonprofit_proof": (_("Gemeinnützigkeitsnachweis"), nonprofit_proof),
    "documents_complete": (_("Unterlagen vollständig"), documents_complete),
    "municipality": (_("Gemeinde im Landkreis"), municipality),
    "early_start": (_("Kein vorzeitiger Maßnahmebeginn"), early_start),
    "catalogue": (_("Maßnahmenkatalog oder Begründung"), catalogue),
    "financing_balanced": (_("Finanzierungsplan ausgeglichen"), financing_balanced),
    "eligible_costs": (_("Zuwendungsfähige Ausgaben"), eligible_costs),
    "grant_limits": (_("Bagatellgrenze und Höchstfördersatz"), grant_limits),
    "grant_period": (_("Bewilligungszeitraum"), grant_period),
    "double_funding": (_("Keine Doppelförderung"), double_funding),
}


def evaluate(session: Session, app: Application, today: dt.date) -> list[RuleResult]:
    ctx = CheckContext(session, app, today)
    return [check(ctx) for _label, check in RULES.values()]


def rule_label(rule: str) -> str:
    return RULES[rule][0] if rule in RULES else rule
