"""The formal eligibility check (formelle Prüfung): one function per rule.

Each rule returns a `RuleResult` with a sentence that says why it passed or
failed, kept language-neutral (message id + parameters, `app.kernel.stored_text`)
and rendered in the reader's language. Rules only read. All but the financing-plan balance may be
overridden by a caseworker with a written justification.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.cases.required_documents import required_document_types
from app.cases.rules.plan import plan_sums
from app.kernel import settings
from app.kernel.i18n import _
from app.kernel.money import round_cent
from app.kernel.stored_text import N_, Label, Percent, StoredText, coded
from db.enums import NonprofitProofKind, Status
from db.models import Application, Document

NOT_FUNDED = (Status.idea, Status.rejected, Status.withdrawn)

NOT_OVERRIDABLE = frozenset({"financing_balanced"})


@dataclass(frozen=True)
class RuleResult:
    rule: str
    passed: bool
    text: StoredText  # stored language-neutral (eligibility_results.message/_params)

    @property
    def message(self) -> str:
        """The reason in the active language."""
        return self.text.render()

    @property
    def overridable(self) -> bool:
        return self.rule not in NOT_OVERRIDABLE


@dataclass
class CheckContext:
    session: Session
    app: Application
    today: dt.date


def _ok(rule: str, text: StoredText) -> RuleResult:
    return RuleResult(rule, True, text)


def _fail(rule: str, text: StoredText) -> RuleResult:
    return RuleResult(rule, False, text)


def applicant_type(ctx: CheckContext) -> RuleResult:
    kind = ctx.app.applicant.applicant_type
    allowed = ctx.app.programme.allowed_applicant_types
    if not kind.eligible or (allowed and kind not in allowed):
        return _fail("applicant_type", coded(N_("Antragsteller der Art »{kind}« sind im Programm »{programme}« "
                                                "nicht antragsberechtigt."),
                                             kind=kind.name, programme=ctx.app.programme.name))
    return _ok("applicant_type", coded(N_("Antragstellerart »{kind}« ist antragsberechtigt."), kind=kind.name))


def legal_capacity(ctx: CheckContext) -> RuleResult:
    applicant = ctx.app.applicant
    if applicant.has_legal_capacity:
        return _ok("legal_capacity", coded(N_("Der Antragsteller ist rechtsfähig.")))
    if applicant.sponsor_name:
        return _ok("legal_capacity", coded(N_("Nicht rechtsfähig; Antrag über den Träger »{sponsor}«."),
                                           sponsor=applicant.sponsor_name))
    return _fail("legal_capacity", coded(N_("Der Antragsteller ist nicht rechtsfähig und nennt keinen Träger, über "
                                            "den der Antrag gestellt wird.")))


def nonprofit_proof(ctx: CheckContext) -> RuleResult:
    applicant = ctx.app.applicant
    if not applicant.applicant_type.needs_nonprofit_proof:
        return _ok("nonprofit_proof", coded(N_("Für diese Antragstellerart ist kein Gemeinnützigkeitsnachweis "
                                               "nötig.")))
    if applicant.nonprofit_proof_kind is None or applicant.nonprofit_proof_date is None:
        return _fail("nonprofit_proof", coded(N_("Es liegt kein Freistellungs- oder Feststellungsbescheid vor.")))
    assessment = applicant.nonprofit_proof_kind == NonprofitProofKind.assessment_60a
    years = settings.get_int(ctx.session, "assessment_60a_years" if assessment else "exemption_notice_years")
    name = Label(N_("Feststellungsbescheid (§ 60a AO)") if assessment else N_("Freistellungsbescheid"))
    received_on = ctx.app.received_on or ctx.today
    limit = _add_years(applicant.nonprofit_proof_date, years)
    if received_on > limit:
        return _fail("nonprofit_proof", coded(N_("Der {name} vom {date} ist beim Antragseingang am {received} älter "
                                                 "als {years} Jahre."),
                                              name=name, date=applicant.nonprofit_proof_date, received=received_on,
                                              years=years))
    return _ok("nonprofit_proof", coded(N_("{name} vom {date} ist aktuell (höchstens {years} Jahre alt)."),
                                        name=name, date=applicant.nonprofit_proof_date, years=years))


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def documents_complete(ctx: CheckContext) -> RuleResult:
    required = required_document_types(ctx.session, ctx.app.programme, ctx.app.applicant.applicant_type)
    have = set(ctx.session.scalars(select(Document.document_type_id).where(
        or_(Document.application_id == ctx.app.id,
            (Document.applicant_id == ctx.app.applicant_id)
            & (or_(Document.valid_until.is_(None), Document.valid_until >= ctx.today))))))
    missing = [doc.name for doc in required if doc.id not in have]
    if missing:
        return _fail("documents_complete", coded(N_("Es fehlen: {missing}."), missing=", ".join(missing)))
    return _ok("documents_complete", coded(N_("Alle erforderlichen Unterlagen liegen vor.")))


def municipality(ctx: CheckContext) -> RuleResult:
    place = ctx.app.municipality
    if place is None:
        return _fail("municipality", coded(N_("Es ist keine Gemeinde für die Maßnahme angegeben.")))
    if not place.in_district:
        return _fail("municipality", coded(N_("{name} liegt nicht im Landkreis."), name=place.name))
    return _ok("municipality", coded(N_("Die Maßnahme findet in {name} statt (im Landkreis)."), name=place.name))


def early_start(ctx: CheckContext) -> RuleResult:
    started = ctx.app.project_started_on
    if started is None or (ctx.app.decided_on is not None and started >= ctx.app.decided_on):
        return _ok("early_start", coded(N_("Die Maßnahme hat noch nicht begonnen.")))
    approved = ctx.app.early_start_approved_on
    if approved is not None and approved <= started:
        return _ok("early_start", coded(N_("Vorzeitiger Maßnahmebeginn am {started} wurde am {approved} "
                                           "schriftlich zugelassen."), started=started, approved=approved))
    return _fail("early_start", coded(N_("Die Maßnahme hat am {started} vor der Entscheidung begonnen "
                                         "(Vertragsschluss), ohne dass ein vorzeitiger Beginn schriftlich "
                                         "zugelassen wurde."), started=started))


def catalogue(ctx: CheckContext) -> RuleResult:
    if ctx.app.measure is not None and ctx.app.measure.in_catalogue:
        return _ok("catalogue", coded(N_("Maßnahme aus dem Katalog: {title}."), title=ctx.app.measure.title))
    if ctx.app.catalogue_justification:
        return _ok("catalogue", coded(N_("Außerhalb des Maßnahmenkatalogs mit Begründung im Einzelfall.")))
    return _fail("catalogue", coded(N_("Die Maßnahme steht nicht im Maßnahmenkatalog und es fehlt die Begründung "
                                       "für eine Förderung im Einzelfall.")))


def financing_balanced(ctx: CheckContext) -> RuleResult:
    sums = plan_sums(ctx.app)
    if sums.total_costs == 0:
        return _fail("financing_balanced", coded(N_("Der Kostenplan ist leer.")))
    if sums.gap != 0:
        return _fail("financing_balanced", coded(N_("Der Finanzierungsplan ist nicht ausgeglichen: Gesamtkosten "
                                                    "{costs}, Finanzierung {financing}, Differenz {gap}."),
                                                 costs=sums.total_costs, financing=sums.financing_total, gap=sums.gap))
    return _ok("financing_balanced", coded(N_("Gesamtkosten {costs} sind auf den Cent finanziert."),
                                           costs=sums.total_costs))


def eligible_costs(ctx: CheckContext) -> RuleResult:
    sums = plan_sums(ctx.app)
    if sums.investment_eligible > 0:
        return _fail("eligible_costs", coded(N_("Investitionen ({amount}) sind nicht zuwendungsfähig."),
                                             amount=sums.investment_eligible))
    return _ok("eligible_costs", coded(N_("Zuwendungsfähige Ausgaben: {amount} (Personal-, Sach- und "
                                          "Honorarkosten)."), amount=sums.eligible_costs))


def grant_limits(ctx: CheckContext) -> RuleResult:
    programme, sums = ctx.app.programme, plan_sums(ctx.app)
    if sums.requested < programme.min_grant:
        return _fail("grant_limits", coded(N_("Die beantragte Zuwendung {amount} liegt unter der Bagatellgrenze "
                                              "von {minimum}."), amount=sums.requested, minimum=programme.min_grant))
    if programme.max_grant is not None and sums.requested > programme.max_grant:
        return _fail("grant_limits", coded(N_("Die beantragte Zuwendung {amount} übersteigt den Höchstbetrag des "
                                              "Programms von {maximum}."),
                                           amount=sums.requested, maximum=programme.max_grant))
    maximum = round_cent(programme.max_funding_rate * sums.eligible_costs)
    rate = Percent(programme.max_funding_rate)
    if sums.requested > maximum:
        return _fail("grant_limits", coded(N_("Die beantragte Zuwendung {amount} übersteigt den Höchstfördersatz "
                                              "von {rate} der zuwendungsfähigen Ausgaben ({maximum})."),
                                           amount=sums.requested, rate=rate, maximum=maximum))
    return _ok("grant_limits", coded(N_("Beantragt {amount}: mindestens {minimum}, höchstens {maximum} ({rate})."),
                                     amount=sums.requested, minimum=programme.min_grant, maximum=maximum, rate=rate))


def grant_period(ctx: CheckContext) -> RuleResult:
    start, end = ctx.app.start_date, ctx.app.end_date
    if start is None or end is None:
        return _fail("grant_period", coded(N_("Der Bewilligungszeitraum ist nicht vollständig angegeben.")))
    if start.year != ctx.app.fiscal_year or end.year != ctx.app.fiscal_year:
        return _fail("grant_period", coded(N_("Der Zeitraum {start}–{end} liegt nicht im Haushaltsjahr {year}."),
                                           start=start, end=end, year=ctx.app.fiscal_year))
    return _ok("grant_period", coded(N_("Zeitraum {start}–{end} im Haushaltsjahr {year}."),
                                     start=start, end=end, year=ctx.app.fiscal_year))


def double_funding(ctx: CheckContext) -> RuleResult:
    """Same organisation, overlapping period, similar measure (the same catalogue measure or goal)."""
    app = ctx.app
    if app.start_date is None or app.end_date is None:
        return _ok("double_funding", coded(N_("Ohne Zeitraum keine Prüfung auf Doppelförderung.")))
    others = ctx.session.scalars(select(Application).where(
        Application.applicant_id == app.applicant_id, Application.id != app.id,
        Application.status.not_in(NOT_FUNDED), Application.start_date <= app.end_date,
        Application.end_date >= app.start_date)).all()
    similar = [o for o in others if _similar(o, app)]
    if similar:
        names = ", ".join(f"{o.file_number or o.id} ({o.title})" for o in similar)
        return _fail("double_funding", coded(N_("Mögliche Doppelförderung: {cases} desselben Trägers im selben "
                                                "Zeitraum mit ähnlicher Maßnahme. Bitte prüfen und das Ergebnis "
                                                "begründen."), cases=names))
    return _ok("double_funding", coded(N_("Keine andere Förderung desselben Trägers mit ähnlicher Maßnahme im "
                                          "Zeitraum.")))


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
