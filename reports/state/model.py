"""What the application to the Land and the decision list show, as plain values (German texts, exact Decimals)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reports.letters.model import LetterDocument


@dataclass(frozen=True)
class AmountRow:
    """A line or a sum: eligible costs, grant, the Land's share and the county's co-financing."""

    eligible_costs: Decimal
    funding: Decimal
    state_share: Decimal
    county_share: Decimal


@dataclass(frozen=True)
class MeasureRow:
    kind: str  # "Projekt", "Mikroprojektefonds", "Planungsstelle"
    reference: str  # file number or ""
    title: str
    applicant: str
    place: str  # municipality, with the Sozialraum in brackets; "kreisweit"
    amounts: AmountRow


@dataclass(frozen=True)
class FieldGroup:
    """The measures of one Handlungsfeld with their sum."""

    name: str
    measures: tuple[MeasureRow, ...]
    total: AmountRow


@dataclass(frozen=True)
class GroupTotal:
    name: str
    count: int
    amounts: AmountRow


@dataclass(frozen=True)
class LandApplicationDocument:
    """The signed cover letter (`letter`) and its annex tables; the workbook shows the same rows."""

    letter: LetterDocument
    title: str  # "Antrag an das Land 2027 – Landesprogramm Familie"
    note: str  # how the co-financing is calculated
    groups: tuple[FieldGroup, ...]
    by_social_area: tuple[GroupTotal, ...]
    total: AmountRow
    checks: tuple[tuple[bool, str], ...]


@dataclass(frozen=True)
class ProposedRow:
    number: int
    file_number: str
    title: str
    applicant: str
    municipality: str
    field_of_action: str
    score: str  # "72,5 %" or "–"
    requested: Decimal
    proposed: Decimal
    resolution: str


@dataclass(frozen=True)
class DecisionListDocument:
    office: str
    title: str  # "Beschlussliste Landesprogramm Familie 2027"
    subtitle: str  # "Anlage zur Beschlussvorlage für den Jugendhilfeausschuss und den Kreistag"
    created: str  # "Stand: 07.12.2026"
    rows: tuple[ProposedRow, ...]
    requested: Decimal
    proposed: Decimal
    empty_note: str
    signature: str
