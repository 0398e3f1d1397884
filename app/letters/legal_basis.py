"""The legal basis a programme's Bescheide name, with a shipped default per kind of programme.

An administrator sets the text per programme (programme administration, `foerderdesk programme-legal-basis`);
an empty field means the default below. The defaults name only what `../shared/domain.md` and the office's
public sources give (§§ 23, 44 ThürLHO; § 4 ThürFamFöSiG and the Richtlinie LSZ; the ESF Plus regulations and
Thüringen's Sozialstrategierichtlinie); the date and version of a Richtlinie belong in the text the office enters.
"""

from __future__ import annotations

# Like the default letter texts (`app.letters.defaults`) these are data printed in German letters, not interface
# texts: they are not translated.
LHO = "§§ 23 und 44 der Thüringer Landeshaushaltsordnung (ThürLHO) mit den Verwaltungsvorschriften dazu"

FAMILY = ("{lho}, § 4 des Thüringer Familienförderungssicherungsgesetzes (ThürFamFöSiG) und die Richtlinie zum "
          "Landesprogramm „Solidarisches Zusammenleben der Generationen“ (LSZ) in der jeweils geltenden Fassung")
ESF = ("{lho}, die Verordnungen (EU) 2021/1060 und (EU) 2021/1057 (Europäischer Sozialfonds Plus) und die "
       "Sozialstrategierichtlinie des Freistaats Thüringen (ESF Plus) in der jeweils geltenden Fassung")
GENERIC = "{lho} und die Förderrichtlinie des Programms „{name}“ in der jeweils geltenden Fassung"


def default_legal_basis(code: str, name: str) -> str:
    """The shipped text for a programme: ESF-co-funded, the family programme (LSZ), or any other."""
    words = f"{code} {name}".casefold()
    if "esf" in words:
        return ESF.format(lho=LHO)
    if "familie" in words or "generationen" in words or "lsz" in words:
        return FAMILY.format(lho=LHO)
    return GENERIC.format(lho=LHO, name=name)


def legal_basis(code: str, name: str, configured: str | None) -> str:
    """What the Bescheide of a programme name: the administrator's text, else the default."""
    text = (configured or "").strip()
    return text or default_legal_basis(code, name)
