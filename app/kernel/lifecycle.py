"""A small declared state machine for the records beside the case: orders, requests, decisions, claims.

Each feature declares its lifecycle once (states with German labels, the initial state, every allowed
step with the permission it needs) and routes every state change through `Lifecycle.check` or
`Lifecycle.move`. What is not declared is refused with a German reason and the state stays unchanged.
The case workflow itself (`app.cases.workflow`) has guards and records and keeps its own declaration;
this one is deliberately smaller. `markdown()` renders the declaration for `docs/workflow.md`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, Protocol, TypeVar

from app.kernel.errors import FoerderDeskError, TransitionRefused
from app.kernel.i18n import _
from app.kernel.permissions import ROLE_LABELS, allowed
from db.enums import Role

S = TypeVar("S", bound=StrEnum)


class Stateful(Protocol[S]):
    """A record whose `state` column holds the lifecycle's state."""

    state: S


@dataclass(frozen=True)
class Step(Generic[S]):
    """One declared step. `target` None means the record keeps its state (the step is still checked)."""

    action: str
    label: str
    sources: frozenset[S]
    target: S | None
    permission: str


def step(action: str, label: str, sources: Iterable[S], target: S | None, permission: str) -> Step[S]:
    return Step(action, label, frozenset(sources), target, permission)


@dataclass(frozen=True)
class Lifecycle(Generic[S]):
    """States, labels and steps of one kind of record, and the refusal a user reads.

    `refusal` is a German sentence with the placeholders `{state}` (label of the current state),
    `{action}` (label of the refused step) and whatever the caller passes (e.g. `{id}`);
    `error` is the class raised (the texts and classes users and tests already know are kept).
    """

    name: str
    title: str
    labels: dict[S, str]
    initial: S
    steps: tuple[Step[S], ...]
    refusal: str
    error: type[FoerderDeskError] = TransitionRefused

    def step(self, action: str) -> Step[S]:
        for declared in self.steps:
            if declared.action == action:
                return declared
        raise TransitionRefused(_("Die Aktion »{action}« gibt es nicht. Möglich sind: {actions}.").format(
            action=action, actions=", ".join(s.action for s in self.steps)))

    def check(self, action: str, state: S, **details: object) -> Step[S]:
        """The declared step for `action` from `state`, or the lifecycle's refusal."""
        declared = self.step(action)
        if state not in declared.sources:
            raise self.error(self.refusal.format(state=self.labels[state], action=declared.label, **details))
        return declared

    def move(self, record: Stateful[S], action: str, **details: object) -> S:
        """Check the step from the record's state and set the new state; returns it."""
        declared = self.check(action, record.state, **details)
        if declared.target is not None:
            record.state = declared.target
        return record.state

    def sources(self, action: str) -> tuple[S, ...]:
        """The states `action` starts from, in declaration order (for queries that select by state)."""
        declared = self.step(action)
        return tuple(s for s in self.labels if s in declared.sources)

    def available(self, state: S, role: Role) -> list[Step[S]]:
        return [s for s in self.steps if state in s.sources and allowed(role, s.permission)]

    def markdown(self) -> str:
        """A heading, the state diagram (Mermaid) and the step table, generated from the declaration."""
        lines = [f"## {self.title}", "", "```mermaid", "stateDiagram-v2", f"    [*] --> {self.initial}"]
        for declared in self.steps:
            for source in sorted(declared.sources, key=list(self.labels).index):
                lines.append(f"    {source} --> {declared.target or source}: {declared.action}")
        lines += [f"    {state}: {state.value} ({label})" for state, label in self.labels.items()]
        lines += ["```", "", "| Aktion | Bezeichnung | von | nach | Rollen |", "|---|---|---|---|---|"]
        for declared in self.steps:
            sources = ", ".join(self.labels[s] for s in self.sources(declared.action))
            target = self.labels[declared.target] if declared.target is not None else "(bleibt)"
            lines.append(f"| `{declared.action}` | {declared.label} | {sources} | {target} | "
                         f"{_roles(declared.permission)} |")
        return "\n".join(lines) + "\n"


def _roles(permission: str) -> str:
    roles = [role for role in Role if allowed(role, permission)]
    return ", ".join(ROLE_LABELS[r] for r in sorted(roles)) or "–"

