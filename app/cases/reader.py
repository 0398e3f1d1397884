"""Read access for the user interface: each call opens its own read session, checks the reader's right.

The GUI never touches a session; it asks this object, from a worker thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from app.applicants import search as applicant_queries
from app.applicants.search import ApplicantRow
from app.cases import case_list
from app.cases.case_list import CaseFilter, CaseRow, CaseTotals, FilterChoices
from app.kernel.permissions import Actor
from app.kernel.uow import ReaderBase, reading

if TYPE_CHECKING:  # the detail and the workflow's guards are imported with the first case opened, the form's
    # choices by the worker that first reads them (issue 26)
    from app.cases.choices import FormChoices
    from app.cases.detail import CaseDetail


@dataclass
class Reader(ReaderBase):
    def actor(self) -> Actor:
        with reading(self.database, self.user_name, self.permission) as scope:
            return scope.actor

    def case_ids(self, flt: CaseFilter, sort: str = "file_number", descending: bool = False,
                 limit: int | None = None) -> list[int]:
        with self._session() as session:
            return case_list.case_ids(session, flt, sort, descending, limit)

    def rows(self, ids: Sequence[int]) -> list[CaseRow]:
        with self._session() as session:
            return case_list.rows_by_ids(session, ids)

    def totals(self, flt: CaseFilter) -> CaseTotals:
        with self._session() as session:
            return case_list.totals(session, flt)

    def filter_choices(self) -> FilterChoices:
        with self._session() as session:
            return case_list.filter_choices(session)

    def form_choices(self) -> FormChoices:
        from app.cases.choices import form_choices

        with self._session() as session:
            return form_choices(session)

    def applicants(self, text: str) -> list[ApplicantRow]:
        with self._session() as session:
            return applicant_queries.search(session, text)

    def likely_duplicates(self, name: str, postcode: str | None, iban: str | None,
                          street: str | None = None) -> list[ApplicantRow]:
        with self._session() as session:
            return applicant_queries.likely_duplicates(session, name, postcode, iban, street=street)

    def case(self, file_number: str) -> CaseDetail:
        """The case with the workflow actions this user may take now."""
        from app.cases.actions import possible_actions
        from app.cases.detail import case_detail

        with reading(self.database, self.user_name, self.permission) as scope:
            detail = case_detail(scope.session, file_number)
            return replace(detail, actions=possible_actions(scope.session, file_number, scope.actor))
