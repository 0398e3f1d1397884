"""`foerderdesk workflow diagram`: the state diagram and action table generated from the declaration."""

from __future__ import annotations

from app.cases.workflow_doc import workflow_markdown
from app.kernel.i18n import _
from cli.context import CliContext
from cli.parser import EXIT_OK, Subparsers


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("workflow", help=_("Arbeitsablauf beschreiben"))
    sub = parser.add_subparsers(dest="workflow_command", required=True, metavar="BEFEHL")
    diagram = sub.add_parser("diagram", help=_("Zustandsdiagramm (Mermaid) und Aktionstabelle als Markdown"))
    diagram.set_defaults(func=cmd_diagram)


def cmd_diagram(_ctx: CliContext) -> int:
    print(workflow_markdown(), end="")
    return EXIT_OK
