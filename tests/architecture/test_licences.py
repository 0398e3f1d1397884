"""FörderDesk is published under the EUPL-1.2, and every library it ships with may be combined with it.

The runtime dependencies (FörderDesk's own, without the test/dev/dist extras, and theirs) are read from the
installed packages' metadata by `devtools.licences`; each one pinned in requirements/lock.txt needs a licence that
is permissive or in the EUPL's appendix, and each one is listed in the README's section "Lizenz"."""

from __future__ import annotations

import re
import tomllib

from devtools.licences import README, ROOT, licences, verdict

LOCK = ROOT / "requirements" / "lock.txt"


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def locked() -> dict[str, str]:
    pins = re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)", LOCK.read_text(encoding="utf-8"), re.MULTILINE)
    return {_key(name): version for name, version in pins}


def test_the_project_is_licensed_under_the_eupl() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "EUPL-1.2"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert "'Compatible Licences' according to Article 5 EUPL are:" in text


def test_every_locked_runtime_dependency_has_a_compatible_licence() -> None:
    pins, rows = locked(), licences()
    assert {"pyside6-essentials", "sqlalchemy", "reportlab", "psycopg"} <= {_key(r.package) for r in rows}
    shipped = [r for r in rows if _key(r.package) in pins]
    assert len(shipped) == len(rows), "every runtime dependency is pinned in requirements/lock.txt"
    refused = [f"{r.package} ({r.expression})" for r in shipped if not r.compatible]
    assert not refused, f"Lizenz nicht mit der EUPL-1.2 verträglich oder unbekannt: {refused}"
    listed = README.read_text(encoding="utf-8")
    missing = [r.package for r in rows if f"| {r.package} | {r.version} |" not in listed]
    assert not missing, f"README »Lizenz« veraltet: python -m devtools.licences --write ({missing})"


def test_the_verdicts() -> None:
    assert verdict("MIT")[1] and verdict("Apache-2.0 OR BSD-3-Clause")[1]
    assert verdict("LGPL-3.0-only OR GPL-2.0-only")[0] == "verträglich über den Anhang der EUPL (LGPL-3.0)"
    assert verdict("MPL-2.0")[1] and verdict("GPL-3.0-or-later")[1]
    assert not verdict("LicenseRef-Proprietary")[1] and not verdict("SSPL-1.0")[1]
    assert not verdict("CC-BY-NC-4.0")[1] and not verdict("unbekannt")[1]
    assert not verdict("MIT AND SSPL-1.0")[1]
