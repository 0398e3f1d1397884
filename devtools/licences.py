"""The licences of FörderDesk's runtime dependencies, read from the installed packages' metadata.

`python -m devtools.licences` prints the table of the README's section "Lizenz"; `--write` puts it into
README.md between the markers. Each package gets a verdict on its compatibility with the EUPL-1.2, under which
FörderDesk is published: permissive licences (MIT, BSD, Apache, PSF …) may be combined with it; the copyleft
licences of the EUPL's appendix (LGPL, GPL, MPL, EPL …) through its compatibility clause (Art. 5); anything else is
flagged. tests/architecture/test_licences.py fails on a locked runtime dependency without a compatible licence.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

PROJECT = "foerderdesk"
ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
START, END = "<!-- licences:start -->", "<!-- licences:end -->"

PERMISSIVE = {"MIT", "MIT-0", "MIT-CMU", "BSD", "BSD-2-Clause", "BSD-3-Clause", "Apache-2.0", "PSF-2.0", "ISC",
              "HPND", "Zlib", "0BSD", "Unlicense"}
# the licences of the EUPL-1.2's appendix ("Compatible Licences", Art. 5), without -only/-or-later
APPENDIX = {"GPL-2.0", "GPL-3.0", "AGPL-3.0", "OSL-2.1", "OSL-3.0", "EPL-1.0", "CECILL-2.0", "CECILL-2.1",
            "MPL-2.0", "LGPL-2.1", "LGPL-3.0", "EUPL-1.1", "EUPL-1.2", "LILIQ-R", "LILIQ-R+"}
# trove classifiers and free-text licence fields of packages without an SPDX expression
NAMES = {"MIT License": "MIT", "BSD License": "BSD", "Apache Software License": "Apache-2.0",
         "Python Software Foundation License": "PSF-2.0", "ISC License (ISCL)": "ISC",
         "GNU Lesser General Public License v2 (LGPLv2)": "LGPL-2.1",
         "GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0",
         "GNU General Public License v2 or later (GPLv2+)": "GPL-2.0-or-later",
         "GNU General Public License (GPL)": "GPL", "Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
         "Artistic License": "Artistic-1.0"}


@dataclass(frozen=True)
class Licence:
    package: str
    version: str
    expression: str  # SPDX-like, as read from the metadata
    verdict: str  # German, for the README
    compatible: bool


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions() -> dict[str, metadata.Distribution]:
    """FörderDesk's runtime dependencies and theirs (no extras of FörderDesk: test, dev, dist are not shipped)."""
    found: dict[str, metadata.Distribution] = {}
    todo: list[tuple[str, frozenset[str]]] = [(PROJECT, frozenset())]
    while todo:
        name, extras = todo.pop()
        key = _key(name)
        if key in found:
            continue
        dist = metadata.distribution(name)
        found[key] = dist
        for line in dist.requires or []:
            req = Requirement(line)
            if req.marker is None or any(req.marker.evaluate({"extra": e}) for e in (extras or {""})):
                todo.append((req.name, frozenset(req.extras)))
    del found[PROJECT]
    return dict(sorted(found.items()))


def expression(dist: metadata.Distribution) -> str:
    """The licence as an SPDX-like expression: License-Expression, else a short License field, else classifiers."""
    meta = dist.metadata
    if meta.get("License-Expression"):
        return str(meta["License-Expression"])
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 60 and " OR " in text:
        return text
    if classifiers:
        return " OR ".join(dict.fromkeys(NAMES.get(c, c) for c in classifiers))
    return NAMES.get(text, text) or "unbekannt"


def _base(licence: str) -> str:
    return NAMES.get(licence, licence).removesuffix("-only").removesuffix("-or-later").rstrip("+").strip("() ")


def verdict(expr: str) -> tuple[str, bool]:
    """(German verdict, compatible) for an expression: one OR-alternative whose every AND-part is compatible."""
    alternatives = [[_base(part) for part in alt.split(" AND ")] for alt in expr.split(" OR ")]
    for parts in alternatives:
        if all(p in PERMISSIVE for p in parts):
            return "verträglich (freizügige Lizenz)", True
    for parts in alternatives:
        if all(p in PERMISSIVE or p.upper() in APPENDIX for p in parts):
            chosen = " AND ".join(parts)
            return f"verträglich über den Anhang der EUPL ({chosen})", True
    if any(p == "GPL" for parts in alternatives for p in parts):  # classifier without a version: GPL v2 or v3
        return "verträglich über den Anhang der EUPL (GPL)", True
    return "nicht geprüft – bitte klären", False


def licences() -> list[Licence]:
    rows = []
    for dist in runtime_distributions().values():
        expr = expression(dist)
        text, ok = verdict(expr)
        rows.append(Licence(str(dist.metadata["Name"]), dist.version, expr, text, ok))
    return rows


def table(rows: list[Licence]) -> str:
    lines = ["| Paket | Version | Lizenz | Verträglichkeit mit EUPL-1.2 |", "|---|---|---|---|"]
    lines += [f"| {r.package} | {r.version} | {r.expression} | {r.verdict} |" for r in rows]
    return "\n".join(lines)


def write_readme(text: str, path: Path = README) -> None:
    content = path.read_text(encoding="utf-8")
    head, tail = content.partition(START)[0], content.partition(END)[2]
    path.write_text(f"{head}{START}\n{text}\n{END}{tail}", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description="Lizenzen der Laufzeitabhängigkeiten (aus den Paketmetadaten)")
    parser.add_argument("--write", action="store_true", help="die Tabelle in README.md ersetzen")
    args = parser.parse_args()
    text = table(licences())
    if args.write:
        write_readme(text)
    else:
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
