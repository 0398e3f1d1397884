"""`foerderdesk case transition AKTENZEICHEN AKTION …`: one service call per workflow action."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.case_actions.perform import HANDLERS, Values, perform
from app.cases import action_fields
from app.cases.workflow import STATUS_LABELS, THROUGH_ORDER, TRANSITIONS
from app.kernel.case_records import load_case
from app.kernel.errors import TransitionRefused, ValidationError
from app.kernel.i18n import _
from app.kernel.uow import UnitOfWork
from cli.context import CliContext
from cli.parser import EXIT_OK, whole_number


def add_transition_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `case transition`, generated from the declared action fields."""
    for declared in action_fields.FLAGS:
        options: dict[str, Any] = {"help": declared.help, "default": declared.default, "metavar": declared.metavar}
        if action_fields.is_boolean(declared.option):
            options["action"] = argparse.BooleanOptionalAction
        elif action_fields.is_number(declared.option):
            options["type"] = int
        if choices := action_fields.choices(declared.option):
            options["choices"] = list(choices)
        parser.add_argument(declared.option, **{k: v for k, v in options.items() if v is not None})
    parser.add_argument("--version", dest="expected_version", type=whole_number, help=_("erwartete Version (Sperre)"))


def _missing(option: str) -> str:
    return f"{option} oder --no-{option.removeprefix('--')}" if action_fields.is_boolean(option) else option


def cli_values(action: str, args: argparse.Namespace) -> Values:
    """The action's field values from the command line; a field the CLI needs but lacks is refused."""
    values: Values = {}
    for declared in action_fields.FIELDS[action]:
        value = getattr(args, action_fields.flag(declared.flag).dest) if declared.flag else None
        if declared.needed_on_cli and value in (None, ""):
            raise ValidationError(_("Für diese Aktion fehlt {option}.").format(option=_missing(declared.flag or "")))
        values[declared.name] = value
    return values


def _bound(action: str) -> Callable[[UnitOfWork, str, argparse.Namespace], str | None]:
    return lambda u, r, a: perform(u, action, r, cli_values(action, a), a.expected_version)


# What `case transition` runs: the action's fields read from the options, then its use case.
ACTIONS = {action: _bound(action) for action in HANDLERS}
# Declared, but performed only by `payments book`: accepted as a word so the refusal can name the one way.
ORDER_ONLY = {t.action: t for t in TRANSITIONS if not t.direct}


def _refuse_order_only(action: str) -> None:
    transition = ORDER_ONLY[action]
    if transition.through != THROUGH_ORDER:
        raise TransitionRefused(_("»{label}« ist keine eigene Aktion: sie geschieht {through}.").format(
            label=transition.label, through=transition.through))
    raise TransitionRefused(_("»{label}« ist keine eigene Aktion: eine Auszahlung wird {through} gebucht "
                              "(foerderdesk payments book NR).").format(label=transition.label,
                                                                        through=transition.through))


def run_transition(ctx: CliContext) -> int:
    a = ctx.args
    if a.action in ORDER_ONLY:
        _refuse_order_only(a.action)
    message = ACTIONS[a.action](UnitOfWork(ctx.database(), ctx.user_name()), a.file_number, a)
    file_number = message.removeprefix(_("Aktenzeichen: ")) if a.action == "register" and message else a.file_number
    with ctx.read() as session:
        status = load_case(session, file_number).status
    print(_("{ref}: »{action}« ausgeführt, Status jetzt »{status}«.").format(
        ref=file_number, action=a.action, status=STATUS_LABELS[status]))
    if message:
        print(message)
    return EXIT_OK
