"""`foerderdesk workflow diagram`: the state diagram and action table generated from the declaration."""

from __future__ import annotations

from app.cases.decisions import CLAWBACK_PROPOSALS, DECISIONS
from app.cases.workflow_doc import workflow_markdown
from app.kernel.i18n import _
from app.kernel.lifecycle import Lifecycle
from app.payments.lifecycles import CLAIMS, ORDERS, REQUESTS
from cli.context import CliContext
from cli.parser import EXIT_OK, Subparsers


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("workflow", help=_("Arbeitsablauf beschreiben"))
    sub = parser.add_subparsers(dest="workflow_command", required=True, metavar="BEFEHL")
    diagram = sub.add_parser("diagram", help=_("Zustandsdiagramm (Mermaid) und Aktionstabelle als Markdown"))
    diagram.set_defaults(func=cmd_diagram)


# The records beside the case, each with its own declared lifecycle (`app.kernel.lifecycle`).
LIFECYCLES: tuple[Lifecycle, ...] = (DECISIONS, CLAWBACK_PROPOSALS, ORDERS, REQUESTS, CLAIMS)  # type: ignore[type-arg]


def workflow_document() -> str:
    """`docs/workflow.md`: the case workflow, then the lifecycles of decisions, orders, requests and claims."""
    return "\n".join([workflow_markdown(), *(lifecycle.markdown() for lifecycle in LIFECYCLES)])


def cmd_diagram(_ctx: CliContext) -> int:
    print(workflow_document(), end="")
    return EXIT_OK
