"""The auditor's dossier of the county's proof of use to the Land: one ZIP with the PDF, the workbook, a CSV of the
Land's grants, calls and payments, and the SHA-256 manifest (`reports.dossier`), written atomically."""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path

from app.kernel import atomic
from app.kernel.errors import FoerderDeskError
from app.kernel.i18n import _
from app.kernel.periods import format_date
from app.kernel.uow import UnitOfWork
from app.state_cycle.land_figures import land_money
from app.state_cycle.land_money import KIND_LABELS
from app.state_cycle.land_proof import build_state_proof
from reports.dossier import DossierFile, csv_bytes, zip_bytes
from reports.state.proof_pdf import render_state_proof
from reports.state.proof_xlsx import render_state_proof_xlsx


def _amount(value: Decimal) -> str:
    """As German spreadsheets read it, like the case dossiers' CSV files: 1234,50."""
    return f"{value:.2f}".replace(".", ",")


def state_dossier_files(uow: UnitOfWork, year: int) -> list[DossierFile]:
    """The files, read in one transaction (supervisors, administrators and caseworkers: `audit.read`)."""
    with uow.read("audit.read") as scope:
        proof = build_state_proof(scope.session, year)
        grants = land_money(scope.session, year)
    movements = [[g.programme_code, g.fiscal_year, format_date(g.decided_on), g.ministry_file_number,
                  _amount(g.state_grant), format_date(m.on), KIND_LABELS[m.kind], _amount(m.amount), m.note]
                 for g in grants for m in g.movements]
    headers = [_("Programm"), _("Jahr"), _("Bescheid vom"), _("Aktenzeichen des Ministeriums"),
               _("Zuwendung des Landes (EUR)"), _("Datum"), _("Art"), _("Betrag (EUR)"), _("Bemerkung")]
    return [DossierFile(f"Verwendungsnachweis-Land-{year}.pdf", render_state_proof(proof)),
            DossierFile(f"Verwendungsnachweis-Land-{year}.xlsx", render_state_proof_xlsx(proof)),
            DossierFile(f"Mittel-des-Landes-{year}.csv", csv_bytes(headers, movements))]


def export_state_dossier(uow: UnitOfWork, year: int, target: Path) -> str:
    """Write the dossier as `target` (.zip); returns the SHA-256 of the archive."""
    data, _entries = zip_bytes(state_dossier_files(uow, year))
    try:
        atomic.write_bytes(Path(target), data)
    except OSError as exc:
        raise FoerderDeskError(_("{path} kann nicht geschrieben werden: {error}").format(
            path=target, error=exc.strerror or exc)) from exc
    return hashlib.sha256(data).hexdigest()
