"""Reading one row of an office list into an `ImportCase`, collecting every problem of the row."""

from __future__ import annotations

from decimal import Decimal

from app.cases.workflow import STATUS_LABELS
from app.excel import states, values
from app.excel.mapping import BY_KEY, normalise
from app.excel.reading import RawRow
from app.excel.records import ImportCase, ImportOptions
from app.excel.reference import Reference, TypeRef, loose_number, match_number, type_guess
from app.excel.row_cells import RowCells
from app.kernel.i18n import _
from db.enums import Status


class RowReader(RowCells):
    """A case list's row: the shared cell rules, the import's options and what FörderDesk knows already."""

    def __init__(self, raw: RawRow, columns: dict[str, int], headers: tuple[str, ...], options: ImportOptions,
                 ref: Reference) -> None:
        super().__init__(raw, columns, headers)
        self.options, self.ref = options, ref
        self.corrections: dict[str, str] = {}

    def value(self, key: str) -> object:
        index = self.columns.get(key)
        return None if index is None else self.raw.values[index]

    def text(self, key: str, max_len: int = 255, multiline: bool = False) -> str | None:
        label = BY_KEY[key].label
        text: str | None = self.read(key, lambda v: values.text(v, label, max_len, multiline))
        return text

    def file_number_text(self) -> str | None:
        value = self.value("file_number")
        return None if values.is_none(value) else str(value).strip()

    def file_number_key(self) -> str | None:
        """The file number as FörderDesk would write it (for duplicates), else as listed, upper-case."""
        listed = self.file_number_text()
        if not listed:
            return None
        matched = match_number(self.ref, listed)
        return (matched.canonical if matched else listed).upper()


def read_case(r: RowReader) -> ImportCase | None:
    """The row as a case, or None when it has an error (the problems say which)."""
    title = r.text("title")
    applicant = r.text("applicant", max_len=200)
    for key, value in (("title", title), ("applicant", applicant)):
        if value is None and key not in r.failed_keys:
            r.fail(key, _("»{label}« fehlt.").format(label=BY_KEY[key].label))
    programme, year, number, kept = _programme_and_number(r)
    applicant_type = _applicant_type(r, applicant)
    municipality = _municipality(r)
    life_phase, field_of_action = _life_phase(r), _field_of_action(r)
    figures = _figures(r)
    status = _status(r, figures) if figures else None
    start, end = r.read("start_date", values.date), r.read("end_date", values.date)
    if "period" in r.columns:
        period = r.read("period", values.period)
        start, end = (start or period[0], end or period[1]) if period else (start, end)
    if start and end and end < start:
        r.fail("end_date", _("Das Ende liegt vor dem Beginn."))
    total_costs, closed_on = _total_costs(r, figures), r.read("closed_on", values.date)
    if (r.failed or title is None or applicant is None or programme is None or year is None
            or applicant_type is None or municipality is None or figures is None or status is None):
        return None
    return ImportCase(
        row=r.raw.number, status=status, programme=programme, fiscal_year=year, file_number=kept,
        running_number=number, listed_number=r.file_number_text(), title=title, applicant=applicant,
        applicant_type=applicant_type, municipality=municipality, life_phase=life_phase,
        field_of_action=field_of_action, start_date=start, end_date=end, total_costs=total_costs,
        closed_on=closed_on, figures=figures)


def _programme_and_number(r: RowReader) -> tuple[str | None, int | None, int | None, str | None]:
    """(programme code, fiscal year, running number, file number to keep)."""
    listed = r.file_number_text()
    matched = match_number(r.ref, listed) if listed else None
    programme = _programme(r)
    if matched and programme and matched.programme.code != programme:
        r.fail("file_number", _("Das Aktenzeichen »{n}« gehört zum Programm {a}, die Zeile nennt {b}.").format(
            n=listed, a=matched.programme.code, b=programme))
    loose = loose_number(r.ref, listed) if listed and not matched else None
    if programme is None and matched:
        programme = matched.programme.code
    elif programme is None and loose:
        programme = loose[0]
        r.hint("file_number", _("Programm {code} aus dem Aktenzeichen »{n}« erkannt.").format(code=loose[0], n=listed))
    elif programme is None and "programme" not in r.failed_keys:
        programme = _default_programme(r)
    year = r.read("fiscal_year", values.year) if "fiscal_year" in r.columns else None
    if matched and year and matched.year != year:
        r.fail("file_number", _("Das Aktenzeichen »{n}« gehört zum Haushaltsjahr {a}, die Zeile nennt {b}.").format(
            n=listed, a=matched.year, b=year))
    year = year or (matched.year if matched else None) or (loose[1] if loose else None) or r.options.fiscal_year
    if year is None and r.ref.list_year is not None:
        year = r.ref.list_year[0]
    if year is None:
        r.fail("fiscal_year" if "fiscal_year" in r.columns else None,
               _("Das Haushaltsjahr ist nicht erkennbar; bitte eine Spalte »Haushaltsjahr« zuordnen oder ein Jahr "
                 "vorgeben."))
    if listed and not matched and programme:
        r.hint("file_number", _("Das Aktenzeichen »{n}« passt nicht zum Muster des Programms {code}; es wird ein "
                                "neues vergeben und das alte als Notiz vermerkt.").format(n=listed, code=programme))
    if matched and matched.canonical != listed:
        r.hint("file_number", _("Das Aktenzeichen »{n}« wird in der Schreibweise des Programms als »{c}« "
                                "übernommen.").format(n=listed, c=matched.canonical))
    if matched and len(matched.canonical) > 40:
        r.fail("file_number", _("Das Aktenzeichen ist länger als 40 Zeichen."))
    return programme, year, matched.number if matched else None, matched.canonical if matched else None


def _programme(r: RowReader) -> str | None:
    text = r.text("programme")
    if text is None:
        return None
    code = text.strip().upper()
    if code in r.ref.programmes:
        return code
    by_name = r.ref.programme_names.get(normalise(text))
    if by_name is None:
        r.fail("programme", _("Ein Förderprogramm »{text}« gibt es nicht; möglich: {codes}.").format(
            text=text, codes=", ".join(r.ref.programmes)))
    return by_name


def _default_programme(r: RowReader) -> str | None:
    code = (r.options.programme or "").strip().upper()
    if code in r.ref.programmes:
        return code
    if not code and r.ref.list_programme is not None:
        return r.ref.list_programme[0]
    if not code and len(r.ref.programmes) == 1:
        return next(iter(r.ref.programmes))
    r.fail("programme" if "programme" in r.columns else "file_number",
           _("Das Förderprogramm ist nicht erkennbar; bitte eine Spalte »Programm« zuordnen oder ein Programm "
             "vorgeben (möglich: {codes}).").format(codes=", ".join(r.ref.programmes)))
    return None


def _applicant_type(r: RowReader, applicant: str | None) -> str | None:
    """Type code: a known applicant keeps its type; else the column, else a guess from the name."""
    text = r.text("applicant_type")
    named: TypeRef | None = r.ref.type_for(text) if text is not None else None
    if text is not None and named is None:
        r.fail("applicant_type", _("Unbekannte Antragstellerart »{text}«; möglich: {names}.").format(
            text=text, names=", ".join(t.name for t in r.ref.types.values())))
        return None
    if applicant is None:
        return None
    known = r.ref.applicants.get(applicant.casefold().strip())
    if known is not None:
        if named is not None and named.code != known[1]:
            r.hint("applicant_type", _("»{name}« ist in FörderDesk als »{kind}« erfasst; dabei bleibt es.").format(
                name=applicant, kind=r.ref.types[known[1]].name))
        return known[1]
    guessed = type_guess(applicant) if named is None else None
    code = named.code if named is not None else (guessed[0] if guessed else None)
    if guessed and code in r.ref.types:
        r.hint("applicant", _("Antragstellerart »{kind}« aus dem Namen erkannt (»{word}«).").format(
            kind=r.ref.types[code].name, word=guessed[1]))
    if code is None or code not in r.ref.types:
        r.fail("applicant", _("Die Antragstellerart von »{name}« ist nicht erkennbar; bitte eine Spalte "
                              "»Antragstellerart« zuordnen.").format(name=applicant))
        return None
    if not r.ref.types[code].eligible:
        r.fail("applicant_type", _("»{name}« ist nicht antragsberechtigt.").format(name=r.ref.types[code].name))
    return code


def _municipality(r: RowReader) -> str | None:
    text = r.text("municipality", max_len=120)
    if text is None:
        r.fail("municipality", _("Die Gemeinde fehlt."))
        return None
    matcher = r.ref.municipalities
    official = matcher.exact(text) or matcher.alias(text)
    if official:
        if official != text:
            r.hint("municipality", _("»{text}« wird wie gespeichert als »{name}« übernommen.").format(
                text=text, name=official))
        return official
    proposal = matcher.suggest(text)
    if proposal and r.options.accept_suggestions:
        r.hint("municipality", _("»{text}« wird als »{name}« übernommen.").format(text=text, name=proposal))
        r.corrections[text] = proposal
        return proposal
    if proposal:
        r.fail("municipality", _("»{text}« ist nicht der amtliche Name; gemeint ist wohl »{name}« (Vorschlag "
                                 "übernehmen).").format(text=text, name=proposal))
    else:
        r.fail("municipality", _("»{text}« ist keine Gemeinde des Landkreises.").format(text=text))
    return None


def _life_phase(r: RowReader) -> str | None:
    text = r.text("life_phase", max_len=80)
    if text is None:
        return None
    code = r.ref.life_phases.get(normalise(text))
    if code is None:
        r.fail("life_phase", _("Unbekannte Lebensphase »{text}«.").format(text=text))
    return code


def _field_of_action(r: RowReader) -> str | None:
    text = r.text("field_of_action", max_len=160)
    if text is None:
        return None
    matcher = r.ref.fields_of_action
    label = normalise(text).removeprefix("hf ").removeprefix("handlungsfeld ")
    found = matcher.exact(text) or r.ref.field_labels.get(label)
    if found:
        return found
    proposal = matcher.suggest(text)
    if proposal and r.options.accept_suggestions:
        r.hint("field_of_action", _("»{text}« wird als »{name}« übernommen.").format(text=text, name=proposal))
        return proposal
    r.fail("field_of_action", _("Unbekanntes Handlungsfeld »{text}«{proposal}.").format(
        text=text, proposal=_("; gemeint ist wohl »{name}«").format(name=proposal) if proposal else ""))
    return None


def _figures(r: RowReader) -> states.Figures | None:
    requested = r.read("requested", values.amount)
    if requested is None and "requested" not in r.failed_keys:
        r.fail("requested", _("Der beantragte Betrag fehlt."))
    elif requested is not None and requested <= 0:
        r.fail("requested", _("Der beantragte Betrag muss größer als 0,00 € sein."))
    figures = states.Figures(
        requested=requested or Decimal("0.00"), approved=r.read("approved", values.amount),
        paid=r.read("paid", values.amount) or Decimal("0.00"), final=r.read("final", values.amount),
        decided_on=r.read("decided_on", values.date), received_on=r.read("received_on", values.date),
        proof_received=bool(r.read("proof_received", values.flag)),
        remark=r.text("remark", max_len=4000, multiline=True))
    return figures if requested else None


def _status(r: RowReader, figures: states.Figures) -> Status | None:
    text = r.text("status", max_len=60)
    status: Status | None = states.derive(figures)
    if text is not None:
        named = states.status_from_text(text)
        if named is None:
            r.fail("status", _("Unbekannter Status »{text}«.").format(text=text))
            return None
        refined = states.refine(named, figures)
        status, note = states.from_column(refined)
        if note is None and status is not None and normalise(text) != normalise(STATUS_LABELS[status]):
            note = _("Status »{text}« wird als »{label}« übernommen.").format(text=text, label=STATUS_LABELS[status])
        if status is None:
            r.fail("status", note or "")
            return None
        if note:
            r.hint("status", note)
    elif status == Status.withdrawn:
        r.hint("remark", _("Laut Bemerkung zurückgezogen: wird als »Zurückgezogen« übernommen."))
    assert status is not None
    for key, message in states.problems(status, figures):
        r.fail(key if key in r.columns else None, message)
    return status


def _total_costs(r: RowReader, figures: states.Figures | None) -> Decimal | None:
    total: Decimal | None = r.read("total_costs", values.amount)
    if total is not None and figures is not None and total < figures.requested:
        r.fail("total_costs", _("Die Gesamtkosten sind kleiner als der beantragte Betrag."))
    return total

