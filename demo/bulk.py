"""Demo cases beyond the walked ones: copies of walked cases with all their rows, written in bulk.

Walking a case through the services takes tens of milliseconds per step; 10,000 cases would take ten
minutes. So the generator walks the first cases (every state and every warning of the demo office is
reached there), and each further case is a copy of a walked case of the drawn state, written with
SQLAlchemy Core: the case with its lines, goals, scores, rule results, documents, decisions, hearings,
payments, orders, proof of use, clawbacks, deadlines, consultations and notes, under a new file number
(drawn from the programme-year's counter), for another organisation of the same kind. Issued letters are
not copied (their PDF names the original case). The audit trail of a copy is the database's own on
PostgreSQL (its triggers); on SQLite, where the ORM flush writes it, a copy has none.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, Connection, Enum, String, Table, func, insert, select, text, update

from app.administration import programmes
from app.kernel import search_index
from app.kernel.budget import committed_amount
from app.kernel.case_records import IDEA_PREFIX
from db.models import Application, Budget, FileNumberCounter, Municipality, Programme
from demo.setup import DemoWorld

# consultations: one advisor, one slot (a unique index); a copied idea goes without its consultation
SKIPPED = frozenset({"audit_events", "case_search", "consultations", "letters", "reminders"})
CHUNK = 500


def case_tables() -> list[Table]:
    """The tables holding a case's rows, parents before children."""
    tables = Application.metadata.sorted_tables
    inside = {"applications"}
    for table in tables:
        if table.name not in SKIPPED and any(fk.column.table.name in inside for fk in table.foreign_keys):
            inside.add(table.name)
    return [t for t in tables if t.name in inside]


class Templates:
    """The walked cases' rows, by table and case, read once."""

    def __init__(self, conn: Connection, tables: list[Table]) -> None:
        self.tables = tables
        self.rows: dict[str, dict[int, list[dict[str, Any]]]] = {}  # table → case id → rows
        owner: dict[str, dict[int, int]] = {"applications": {}}  # table → row id → case id
        for table in tables:
            by_case: dict[int, list[dict[str, Any]]] = defaultdict(list)
            owned = owner.setdefault(table.name, {})
            for row in conn.execute(select(table).order_by(*table.primary_key.columns)).mappings():
                case_id = row["id"] if table.name == "applications" else self._case_of(table, row, owner)
                if case_id is not None:
                    by_case[case_id].append(dict(row))
                    if "id" in table.c:
                        owned[row["id"]] = case_id
            self.rows[table.name] = by_case

    @staticmethod
    def _case_of(table: Table, row: Any, owner: dict[str, dict[int, int]]) -> int | None:
        for fk in table.foreign_keys:
            parent = owner.get(fk.column.table.name)
            value = row[fk.parent.name]
            if parent is not None and value is not None and value in parent:
                return parent[value]
        return None

    def cases(self) -> list[dict[str, Any]]:
        return [rows[0] for rows in self.rows["applications"].values()]


def _text(column: Column[Any]) -> bool:
    return isinstance(column.type, String) and not isinstance(column.type, Enum)


class Copier:
    """Writes copies of template cases; keeps the next id per table and the file-number counters."""

    def __init__(self, conn: Connection, world: DemoWorld, templates: Templates) -> None:
        self.conn, self.world, self.templates = conn, world, templates
        self.next_id = {t.name: int(conn.scalar(select(func.coalesce(func.max(t.c.id), 0))) or 0) + 1
                        for t in templates.tables if "id" in t.c}
        self.counters = {(pid, year): n for pid, year, n in conn.execute(
            select(FileNumberCounter.programme_id, FileNumberCounter.fiscal_year, FileNumberCounter.last_number))}
        self.existing = set(self.counters)
        self.patterns = {pid: (code, pattern) for pid, code, pattern in conn.execute(
            select(Programme.id, Programme.code, Programme.file_number_pattern))}
        self.kinds: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
        for organisation in world.organisations:
            self.kinds[organisation[1]].append(organisation)
        self.kind_of = {org_id: kind for org_id, kind, _place in world.organisations}
        self.place_of = {org_id: place for org_id, _kind, place in world.organisations}
        self.municipalities: dict[str, int] = {name: mid for name, mid in conn.execute(
            select(Municipality.name, Municipality.id))}
        self.shape = {t.name: ([(fk.parent.name, fk.column.table.name) for fk in t.foreign_keys],
                               [c.name for c in t.columns if _text(c)], "id" in t.c) for t in templates.tables}

    def copy(self, rng: random.Random, template_ids: Iterable[int]) -> None:
        batch: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for case_id in template_ids:
            self._copy_case(rng, case_id, batch)
        for table in self.templates.tables:
            if batch[table.name]:
                self.conn.execute(insert(table), batch[table.name])
        search_index.write_cases(self.conn, [search_index.case_row(r["id"], r["file_number"], r["title"])
                                             for r in batch["applications"]])

    def _copy_case(self, rng: random.Random, case_id: int, batch: dict[str, list[dict[str, Any]]]) -> None:
        case = self.templates.rows["applications"][case_id][0]
        new_ids: dict[str, dict[int, int]] = defaultdict(dict)
        old_ref = case["file_number"] or f"{IDEA_PREFIX}{case_id}"
        new_id = self.next_id["applications"]
        new_ref = self._file_number(case) if case["file_number"] else f"{IDEA_PREFIX}{new_id}"
        swap = self._organisation(rng, case)
        for table in self.templates.tables:
            links, texts, keyed = self.shape[table.name]
            for row in self.templates.rows[table.name].get(case_id, ()):
                copied = dict(row)
                if keyed:  # (link tables are keyed by their references)
                    copied["id"] = new_ids[table.name][row["id"]] = self._take(table.name)
                for name, parent in links:
                    mapped = new_ids[parent].get(copied[name])
                    if mapped is not None:
                        copied[name] = mapped
                for name in texts:
                    value = copied[name]
                    if value is not None and old_ref in value:
                        copied[name] = value.replace(old_ref, new_ref)
                if swap and copied.get("applicant_id", 0) == case["applicant_id"]:
                    copied["applicant_id"] = swap["applicant_id"]
                batch[table.name].append(copied)
        application = batch["applications"][-1]
        application["file_number"] = new_ref if case["file_number"] else None
        if swap:
            old_place = self.place_of[case["applicant_id"]].split("/")[0]
            application["title"] = re.sub(rf"{re.escape(old_place)}$", swap["place"], application["title"])
            application["contact_person_id"] = swap["contact_person_id"]
            application["municipality_id"] = swap["municipality_id"]

    def _take(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        return value

    def _file_number(self, case: dict[str, Any]) -> str:
        key = (case["programme_id"], case["fiscal_year"])
        self.counters[key] = self.counters.get(key, 0) + 1
        code, pattern = self.patterns[case["programme_id"]]
        return str(pattern.format(code=code, year=case["fiscal_year"], number=self.counters[key]))

    def _organisation(self, rng: random.Random, case: dict[str, Any]) -> dict[str, Any] | None:
        """Another organisation of the same kind (its contact and municipality with it)."""
        kind = self.kind_of.get(case["applicant_id"])
        if kind is None or case["applicant_id"] == self.world.organisations[0][0]:
            return None  # the organisation chosen for the applicant file's warnings keeps its own cases
        org_id, _kind, place = rng.choice(self.kinds[kind])
        municipality = self.municipalities.get(place)
        if org_id == self.world.organisations[0][0] or municipality is None:
            return None
        return {"applicant_id": org_id, "contact_person_id": self.world.contacts[org_id],
                "municipality_id": municipality, "place": place.split("/")[0]}

    def finish(self) -> None:
        """Counters past the numbers used; on PostgreSQL the id sequences past the ids written."""
        for (pid, year), number in self.counters.items():
            if (pid, year) in self.existing:
                self.conn.execute(update(FileNumberCounter).where(
                    FileNumberCounter.programme_id == pid, FileNumberCounter.fiscal_year == year,
                ).values(last_number=number))
            else:
                self.conn.execute(insert(FileNumberCounter).values(programme_id=pid, fiscal_year=year,
                                                                   last_number=number))
        if self.conn.dialect.name == "postgresql":
            for table in (t for t in self.templates.tables if "id" in t.c):
                self.conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                       f"(SELECT coalesce(max(id), 1) FROM {table.name}))"))


def copy_cases(world: DemoWorld, rng: random.Random, count: int, weights: dict[Any, int]) -> None:
    """`count` copies of walked cases, their states drawn by `weights` from the states the walk reached."""
    tables = case_tables()
    with world.database.engine.begin() as conn:
        templates = Templates(conn, tables)
        by_state: dict[Any, list[int]] = defaultdict(list)
        for case in templates.cases():
            by_state[case["status"]].append(case["id"])
        states = [s for s in weights if by_state.get(s)]
        copier = Copier(conn, world, templates)
        drawn = [rng.choice(by_state[s]) for s in rng.choices(states, [weights[s] for s in states], k=count)]
        for start in range(0, count, CHUNK):
            copier.copy(rng, drawn[start:start + CHUNK])
        copier.finish()
    _raise_budgets(world)


def _raise_budgets(world: DemoWorld) -> None:
    """Copies of granted cases commit money: an allocation below what is committed is raised above it."""
    with world.database.read() as session:
        budgets = [(code, year, allocation, committed_amount(session, pid, year))
                   for pid, code, year, allocation in session.execute(
                       select(Programme.id, Programme.code, Budget.fiscal_year, Budget.allocation)
                       .join(Budget, Budget.programme_id == Programme.id))]
    admin = world.uow("admin")
    for code, year, allocation, committed in budgets:
        if committed > allocation:
            programmes.set_budget(admin, code, year, (committed * Decimal("1.1")).quantize(Decimal("1000")),
                                  reason="Zuweisung des Landes laut Änderungsbescheid")
