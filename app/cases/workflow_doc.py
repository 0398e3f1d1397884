"""Markdown documentation of the workflow, generated from `app.cases.workflow` (never drawn by hand)."""

from __future__ import annotations

from app.cases.guards import GUARDS
from app.cases.workflow import STATUS_LABELS, TRANSITIONS, mermaid
from app.kernel.permissions import ROLE_LABELS


def workflow_markdown() -> str:
    lines = ["# Arbeitsablauf eines Antrags", "",
             "Erzeugt aus `app/cases/workflow.py` (und den Lebenszyklen in `app/payments/lifecycles.py` und "
             "`app/cases/decisions.py`) mit `foerderdesk workflow diagram`. Nicht von Hand ändern.", "",
             "```mermaid", mermaid(), "```", "",
             "| Aktion | Bezeichnung | von | nach | Rollen | Prüfungen | hält fest |",
             "|---|---|---|---|---|---|---|"]
    for t in TRANSITIONS:
        sources = ", ".join(STATUS_LABELS[s] for s in sorted(t.sources, key=list(STATUS_LABELS).index))
        targets = ", ".join(STATUS_LABELS[s] for s in t.targets) or "(bleibt)"
        roles = ", ".join(ROLE_LABELS[r] for r in sorted(t.roles))
        guards = ", ".join(f"`{g}`" for g in t.guards if g in GUARDS) or "–"
        label = t.label if t.direct else f"{t.label} ({t.through})"
        lines.append(f"| `{t.action}` | {label} | {sources} | {targets} | {roles} | {guards} | "
                     f"{', '.join(t.records) or '–'} |")
    return "\n".join(lines) + "\n"
