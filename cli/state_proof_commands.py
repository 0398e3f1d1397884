"""`foerderdesk state proof --year Y -o FILE.pdf [--xlsx FILE.xlsx] [--dossier FILE.zip]`: the county's proof
of use to the Land."""

from __future__ import annotations

from pathlib import Path

from app.kernel.atomic import write_bytes
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.uow import UnitOfWork
from app.state_cycle.land_dossier import export_state_dossier
from app.state_cycle.land_proof import state_proof_pdf, state_proof_xlsx
from cli.context import CliContext
from cli.parser import EXIT_OK, Subparsers, whole_number


def register_proof(sub: Subparsers) -> None:
    """`proof` in the `state` group (cli.state_commands)."""
    parser = sub.add_parser("proof", help=_("Verwendungsnachweis des Landkreises an das Land (PDF, xlsx)"))
    parser.add_argument("--year", type=whole_number, required=True, help=_("Haushaltsjahr"))
    parser.add_argument("-o", "--output", help=_("PDF-Datei für die Unterschrift"))
    parser.add_argument("--xlsx", help=_("Excel-Anlage (xlsx)"))
    parser.add_argument("--dossier", help=_("Prüfakte für die Rechnungsprüfung (ZIP mit PDF, xlsx, Zahlungen des "
                                            "Landes und Prüfsummen)"))
    parser.set_defaults(func=cmd_state_proof)


def cmd_state_proof(ctx: CliContext) -> int:
    a = ctx.args
    if not a.output and not a.xlsx and not a.dossier:
        raise ValidationError(_("Bitte eine PDF-Datei (-o), eine Excel-Datei (--xlsx) oder eine Prüfakte (--dossier) "
                                "angeben."), "output")
    uow = UnitOfWork(ctx.database(), ctx.user_name())
    if a.output:
        write_bytes(Path(a.output), state_proof_pdf(uow, a.year))
        print(_("Verwendungsnachweis an das Land {year} geschrieben: {path}").format(year=a.year, path=a.output))
    if a.xlsx:
        write_bytes(Path(a.xlsx), state_proof_xlsx(uow, a.year))
        print(_("Excel-Anlage zum Verwendungsnachweis {year} geschrieben: {path}").format(year=a.year, path=a.xlsx))
    if a.dossier:
        digest = export_state_dossier(uow, a.year, Path(a.dossier))
        print(_("Prüfakte zum Verwendungsnachweis {year} geschrieben: {path} (SHA-256 {digest})").format(
            year=a.year, path=a.dossier, digest=digest))
    return EXIT_OK
