"""The length a check allows for a text field is never more than its column holds.

Read from the source: every `x.field = clean_text(…, max_len=N)` / `require_text(…)` and every
`Model(field=clean_text(…))` in app/ is compared with the String(n) column it is written to. A check that
allowed 255 characters for an 80-character column let SQLite keep what PostgreSQL refuses ("Unerwarteter
Fehler" on the server, a failed `db copy`).
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

from sqlalchemy import String

import db.models as models
from db.base import Base

APP = Path(__file__).resolve().parents[2] / "app"
CHECKS = ("clean_text", "require_text")
DEFAULT_MAX = 255  # app.kernel.validation.clean_text's default
# the local names use cases give the record they fill
RECORDS = {"applicant": "Applicant", "contact": "ContactPerson", "account": "BankAccount", "app": "Application",
           "application": "Application", "programme": "Programme", "budget": "Budget", "goal": "Goal",
           "measure": "Measure", "template": "LetterTemplate", "proof": "ProofOfUse", "receipt": "Receipt",
           "hearing": "Hearing", "objection": "Objection", "plan": "SocialPlan", "criterion": "ScoringCriterion",
           "user": "User", "deadline": "Deadline", "order": "PaymentOrder", "decision": "Decision"}
MODELS = {mapper.class_.__name__: mapper.class_ for mapper in Base.registry.mappers}


def _check_call(node: ast.AST) -> ast.Call | None:
    for part in ast.walk(node):
        if isinstance(part, ast.Call) and isinstance(part.func, ast.Name) and part.func.id in CHECKS:
            return part
    return None


def _module_limits(path: Path) -> dict[str, int]:
    """A module's `FIELD_LIMITS` table (limits read from the columns), if it has one."""
    name = ".".join(("app", *path.relative_to(APP).with_suffix("").parts))
    return dict(getattr(importlib.import_module(name), "FIELD_LIMITS", {}))


def _max_len(call: ast.Call, limits: dict[str, int]) -> int | None:
    """The literal limit, or `limit["x"]` / `FIELD_LIMITS["x"]` looked up in the module's table."""
    for keyword in call.keywords:
        if keyword.arg == "max_len":
            value = keyword.value
            if isinstance(value, ast.Constant):
                return int(value.value)
            if isinstance(value, ast.Subscript) and isinstance(value.slice, ast.Constant):
                return limits.get(str(value.slice.value))
            return None
    return DEFAULT_MAX


def _writes(tree: ast.AST) -> list[tuple[str, str, ast.Call, int]]:
    """(model, field, check call, line) for every checked text written to a record."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            call = _check_call(node.value)
            if (call and isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)
                    and target.value.id in RECORDS):
                found.append((RECORDS[target.value.id], target.attr, call, node.lineno))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MODELS:
            for keyword in node.keywords:
                call = _check_call(keyword.value) if keyword.arg else None
                if call:
                    found.append((node.func.id, str(keyword.arg), call, node.lineno))
    return found


def test_every_checked_text_fits_its_column() -> None:
    assert models.Applicant is MODELS["Applicant"]
    checked, problems = 0, []
    for path in sorted(APP.rglob("*.py")):
        writes = _writes(ast.parse(path.read_text(encoding="utf-8")))
        limits = _module_limits(path) if writes else {}
        for model, field, call, line in writes:
            column = MODELS[model].__table__.c.get(field)
            if column is None or not isinstance(column.type, String) or column.type.length is None:
                continue  # Text: the check alone sets the limit
            checked += 1
            allowed = _max_len(call, limits)
            if allowed is None or allowed > column.type.length:
                problems.append(f"{path.relative_to(APP)}:{line} {model}.{field}: Prüfung erlaubt {allowed}, "
                                f"Spalte hält {column.type.length}")
    assert checked >= 30, checked  # the scan finds the writes (a scan that sees nothing cannot fail)
    assert problems == [], "\n".join(problems)
