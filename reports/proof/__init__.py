"""Reports of the proof-of-use review (Prüfvermerk) and the auditor's dossier as PDF: a letterhead on the
first page, flowing headings, paragraphs, two-column facts and tables, "Seite x von y"; built from plain
dataclasses with the letters' fonts and fixed parts (`reports.letters`)."""

from reports.proof.model import Grid, ReportDocument
from reports.proof.render import render_report

__all__ = ["Grid", "ReportDocument", "render_report"]
