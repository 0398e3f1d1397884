"""`foerderdesk workflow diagram`: the state diagram and action table generated from the declaration."""

from __future__ import annotations

import argparse

from app.cli.context import CliContext
from app.cli.parser import EXIT_OK
from app.i18n import _
from app.workflow_doc import workflow_markdown


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("workflow", help=_("Arbeitsablauf beschreiben"))
    sub = parser.add_subparsers(dest="workflow_command", required=True, metavar="BEFEHL")
    diagram = sub.add_parser("diagram", help=_("Zustandsdiagramm (Mermaid) und Aktionstabelle als Markdown"))
    diagram.set_defaults(func=cmd_diagram)


def cmd_diagram(_ctx: CliContext) -> int:
    print(workflow_markdown(), end="")
    return EXIT_OK
