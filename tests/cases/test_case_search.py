"""The tolerant case and applicant search through the index, on both backends (issues 23 and 26)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import insert, select, text, update

from app.applicants import merge
from app.applicants import service as applicants
from app.applicants.reader import ApplicantReader
from app.cases import case_list, intake
from app.cases.case_list import CaseFilter, apply_filter, first_page
from app.cases.reader import Reader
from app.kernel import clock, search_text
from app.kernel.database import Database
from db import migrate
from db.models import Applicant, Application, FileNumberCounter, Programme
from db.models.search import ApplicantSearch, CaseSearch
from tests.support import YEAR, Office, application_input

APPLICANTS = ("SV Blau-Weiß Sondershausen e.V.", "Müller-Stiftung", "Mueller & Partner gGmbH",
              "Muller Jugendhilfe", "Café Élan Kinderwelt", "Łódź Partnerschaftsverein", "Straßenkinder e.V.")
TITLES = ("Ferienfreizeit 2026", "Sommerfest im Park", "Jugendtreff WEISS", "Familiencafé am Markt",
          "Elternkurs für Väter", "Spielplatz_Umbau/Nord", "Zirkusprojekt")
QUERIES = ("LPF-2026-42", "LPF-2026-0042", "lpf 2026 4", "2026-0043", "Blau Weiss", "blau-weiß", "BLAU WEISS",
           "Müller", "mueller", "Muller", "mü", "Cafe Elan", "lodz", "strasse", "weiß", "vater", "Väter",
           "spielplatz umbau nord", "e.V.", "ab", "x", "nichts dergleichen", "IDEE", "-", "fest im", "41 ferien",
           "2026 41", "e v", "stiftung", "Partner gGmbH", "kinderwelt", "umbau/nord")


@dataclass(frozen=True)
class Corpus:
    cases: dict[str, tuple[str, str, str]]  # file number → (file number, title, applicant name)
    ids: dict[str, int]


def _applicant(office: Office, name: str, city: str = "Sondershausen") -> int:
    return applicants.register_applicant(office.anna, applicants.ApplicantInput(
        name=name, applicant_type="association", city=city, postcode="99706"))


def _register(office: Office, applicant_id: int, title: str) -> str:
    return intake.register_application(office.anna, application_input(applicant_id, title=title))


def _corpus(office: Office) -> Corpus:
    """Seven applicants with seven cases, numbered LPF-2026-0041 … 0047 (as in an office with 40 earlier cases)."""
    ids = [_applicant(office, name) for name in APPLICANTS]
    with office.database.engine.begin() as conn:
        programme_id = conn.execute(select(Programme.id).where(Programme.code == "LPF")).scalar_one()
        conn.execute(insert(FileNumberCounter).values(programme_id=programme_id, fiscal_year=YEAR, last_number=40))
    numbers = [_register(office, i, t) for i, t in zip(ids, TITLES, strict=True)]
    with office.database.engine.connect() as conn:
        case_ids = dict(conn.execute(select(Application.file_number, Application.id)).all())
    return Corpus({n: (n, t, a) for n, t, a in zip(numbers, TITLES, APPLICANTS, strict=True)},
                  {n: case_ids[n] for n in numbers})


def _expected(corpus: Corpus, query: str) -> set[int]:
    """The plain Python filter: a form of the query inside a form of the file number, title or applicant."""
    wanted = search_text.query_forms(query)
    found = set()
    for number, (file_number, title, applicant) in corpus.cases.items():
        stored = [*search_text.file_number_forms(file_number), *search_text.forms(title), *search_text.forms(applicant)]
        if not wanted or any(w in s for w in wanted for s in stored):
            found.add(corpus.ids[number])
    return found


def _found(office: Office, query: str) -> set[int]:
    return set(Reader(office.database, "anna").case_ids(CaseFilter(text=query)))


def _scanned(office: Office, query: str) -> set[int]:
    """The same filter without the connection (as the Excel overview builds it): a scan of the search texts."""
    with office.database.engine.connect() as conn:
        return set(conn.execute(apply_filter(select(Application.id), CaseFilter(text=query))).scalars())


def test_the_index_finds_exactly_what_the_plain_filter_finds(office: Office) -> None:
    corpus = _corpus(office)
    for query in QUERIES:
        assert _found(office, query) == _scanned(office, query) == _expected(corpus, query), query


def test_tolerant_queries_find_the_intended_cases(office: Office) -> None:
    corpus = _corpus(office)
    by = corpus.ids
    assert set(corpus.cases) == {f"LPF-2026-00{n}" for n in range(41, 48)}
    assert _found(office, "LPF-2026-42") == {by["LPF-2026-0042"]}
    assert _found(office, "lpf 2026 0042") == {by["LPF-2026-0042"]}
    assert _found(office, "Blau Weiss") == _found(office, "blau-weiß") == {by["LPF-2026-0041"]}
    assert _found(office, "weiss") == {by["LPF-2026-0041"], by["LPF-2026-0043"]}  # applicant, title
    assert _found(office, "Müller") == {by["LPF-2026-0042"], by["LPF-2026-0043"], by["LPF-2026-0044"]}
    assert _found(office, "Mueller") == {by["LPF-2026-0042"], by["LPF-2026-0043"]}
    assert _found(office, "vater") == {by["LPF-2026-0045"]}
    assert _found(office, "nichts dergleichen") == set()


def test_every_writer_keeps_the_search_text_current(office: Office) -> None:
    reader = Reader(office.database, "anna")
    file_number = _register(office, office.applicant_id, "Lesepaten")
    version = reader.case(file_number).version
    intake.update_application(office.anna, file_number, version,
                              application_input(office.applicant_id, title="Vorlesestunde Blau-Weiß"))
    assert _found(office, "lesepaten") == set()
    assert len(_found(office, "blau weiss")) == 1
    with office.database.engine.connect() as conn:
        applicant_version = conn.execute(select(Applicant.version).where(Applicant.id == office.applicant_id)).scalar()
    applicants.update_applicant(office.anna, office.applicant_id, applicant_version or 0, applicants.ApplicantInput(
        name="Familienzentrum Löwenzahn e.V.", applicant_type="association", city="Sondershausen",
        postcode="99706", iban="DE89370400440532013000"))
    assert _found(office, "Sonnenblume") == set()
    assert _found(office, "loewenzahn") == _found(office, "blau weiss")
    other = _applicant(office, "Kinderschutzbund Ärztehaus")
    moved = _register(office, other, "Elterncafé")
    merge.merge_applicants(office.admin, office.applicant_id, other, "Dieselbe Organisation, doppelt angelegt.")
    assert _found(office, "loewenzahn") == _found(office, "blau weiss") | _found(office, moved)
    idea = intake.register_idea(office.anna, application_input(office.applicant_id, title="Idee Zirkuswagen"))
    assert idea.startswith("IDEE-") and _found(office, idea) == _found(office, "zirkuswagen")
    registered = intake.convert_idea(office.anna, idea, clock.today())
    assert _found(office, registered) == _found(office, "zirkuswagen")


def test_the_applicant_search_is_tolerant_by_name_and_place(office: Office) -> None:
    blau = _applicant(office, "SV Blau-Weiß e.V.", city="Bad Frankenhausen/Kyffhäuser")
    reader = ApplicantReader(office.database, "anna")
    assert [row.id for row in reader.search("blau weiss")] == [blau]
    assert [row.id for row in reader.search("kyffhaeuser")] == [blau]
    assert [row.id for row in reader.search("frankenhausen kyffhauser")] == [blau]
    assert {row.id for row in reader.search("")} == {blau, office.applicant_id}


def test_the_search_uses_an_index(office: Office) -> None:
    _corpus(office)
    with office.database.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT rowid FROM case_search_fts WHERE text LIKE '%blau weiss%'"))
            assert "VIRTUAL TABLE INDEX" in plan
        else:
            names = set(conn.execute(text("SELECT indexname FROM pg_indexes WHERE indexname LIKE '%_trgm'")).scalars())
            assert names == {"ix_case_search_trgm", "ix_applicant_search_trgm"}
            rights = {(group, table, right): conn.execute(text(
                "SELECT has_table_privilege(fd_group(:g), :t, :r)"), {"g": group, "t": table, "r": right}).scalar()
                for group in ("reader", "caseworker", "admin") for table in ("case_search", "applicant_search")
                for right in ("SELECT", "INSERT", "DELETE")}
            assert rights == {(g, t, r): r == "SELECT" or g != "reader" for g, t, r in rights}


def test_the_migration_fills_the_search_texts_of_existing_records(office: Office, database: Database) -> None:
    _corpus(office)
    with database.engine.connect() as conn:
        before = (conn.execute(select(CaseSearch.application_id, CaseSearch.text)).all(),
                  conn.execute(select(ApplicantSearch.applicant_id, ApplicantSearch.text,
                                      ApplicantSearch.city_text)).all())
    migrate.downgrade(database.engine, "0009")
    migrate.upgrade(database.engine)
    with database.engine.connect() as conn:
        conn.info.pop("fd_search_fts", None)
        after = (conn.execute(select(CaseSearch.application_id, CaseSearch.text)).all(),
                 conn.execute(select(ApplicantSearch.applicant_id, ApplicantSearch.text,
                                     ApplicantSearch.city_text)).all())
    assert sorted(after[0]) == sorted(before[0]) and len(before[0]) == 7
    assert sorted(after[1]) == sorted(before[1]) and len(before[1]) == 8
    assert _found(office, "LPF-2026-42") == _found(office, "müller-stiftung")


@pytest.mark.parametrize("query", ["ab", "e"])
def test_short_queries_scan_and_still_agree(office: Office, query: str) -> None:
    corpus = _corpus(office)
    assert _found(office, query) == _expected(corpus, query)


@pytest.mark.parametrize(("sort", "descending"), [("fiscal_year", True), ("fiscal_year", False), ("title", False),
                                                   ("applicant", True)])
def test_a_first_page_is_the_start_of_the_whole_result(office: Office, sort: str, descending: bool) -> None:
    """The list asks for a search's first page before the rest (issue 26): the same cases in the same order."""
    _corpus(office)
    reader = Reader(office.database, "anna")
    for query in QUERIES:
        whole = reader.case_ids(CaseFilter(text=query), sort, descending)
        for limit in (1, 3, 50):
            assert reader.case_ids(CaseFilter(text=query), sort, descending, limit) == whole[:limit], (query, limit)


@pytest.mark.parametrize("walk_from", [1, 4, 10_000], ids=["walked", "mixed", "collected"])
@pytest.mark.parametrize("budget", [2, 10_000], ids=["sparse", "dense"])
def test_a_first_page_walked_or_collected_is_the_start_of_the_whole_result(office: Office, walk_from: int,
                                                                           budget: int,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The list's first page of a search (issue 26) is found either by collecting the few hits from the index and
    ordering them, or (many hits of a one- or two-character query) by walking the list order: both give the start of
    the whole result, across years and with other filters. Many hits of a longer query are tested case by case in the
    newest year's list order, up to a budget; past it (`sparse`) SQLite asks the index for that year, PostgreSQL
    answers None (the index and a sort follow in `case_ids`)."""
    monkeypatch.setattr(case_list, "DENSE_BUDGET", budget)
    monkeypatch.setattr(case_list, "NEWEST_BUDGET", budget)
    corpus = _corpus(office)
    with office.database.engine.begin() as conn:  # three cases a year earlier: the list order spans two years
        conn.execute(update(Application).where(Application.id.in_(list(corpus.ids.values())[::3]))
                     .values(fiscal_year=YEAR - 1))
    reader = Reader(office.database, "anna")
    answered = walked = 0
    for flt in [CaseFilter(text=query) for query in QUERIES] + [CaseFilter(text="e", fiscal_year=YEAR),
                                                                  CaseFilter(text="2026", programme="LPF")]:
        whole = reader.case_ids(flt, "fiscal_year", True)
        assert set(whole) == _expected(corpus, flt.text or "") or flt.fiscal_year or flt.programme, flt
        forms = search_text.query_forms(flt.text or "")
        short = bool(forms) and min(len(form) for form in forms) < 3
        for limit in (1, 3, 50):
            with office.database.read() as session:
                page = first_page(session, flt, limit, walk_from)
            if page is None:  # "-" narrows nothing; many hits of an indexed query: the whole search answers
                assert not forms or (not short and len(whole) >= walk_from), (flt, limit)
            else:
                assert page == whole[:limit], (flt, limit)
                answered += 1
                walked += short and len(whole) >= walk_from
    assert answered >= (15 if walk_from == 1 else 30) and (walked >= 6 if walk_from == 1 else True)  # paths did answer
