"""Age groups of the population figures and the life phases they belong to.

The groups do not overlap and together make up a municipality's whole population, so the figures of
one year add up to its total. Each life phase of the social plan is served by whole groups:

    Kindheit          0–11 Jahre  = "0-5" + "6-11"
    Jugend           12–26 Jahre  = "12-17" + "18-26"   (junge Menschen bis 27, § 7 SGB VIII)
    Erwachsenenalter 27–64 Jahre  = "27-64"
    Senioren         ab 65 Jahre  = "65+"

A goal without a life phase (cross-cutting, e.g. networking of providers) is measured against all
inhabitants.
"""

from __future__ import annotations

from app.kernel.i18n import _

AGE_GROUPS: tuple[str, ...] = ("0-5", "6-11", "12-17", "18-26", "27-64", "65+")

AGE_GROUP_LABELS: dict[str, str] = {
    "0-5": _("0–5 Jahre"),
    "6-11": _("6–11 Jahre"),
    "12-17": _("12–17 Jahre"),
    "18-26": _("18–26 Jahre"),
    "27-64": _("27–64 Jahre"),
    "65+": _("65 Jahre und älter"),
}

LIFE_PHASE_AGE_GROUPS: dict[str, tuple[str, ...]] = {
    "childhood": ("0-5", "6-11"),
    "youth": ("12-17", "18-26"),
    "adulthood": ("27-64",),
    "seniors": ("65+",),
}

TARGET_LABELS: dict[str | None, str] = {
    "childhood": _("0–11 Jahre"),
    "youth": _("12–26 Jahre"),
    "adulthood": _("27–64 Jahre"),
    "seniors": _("ab 65 Jahre"),
    None: _("alle Einwohner"),
}


def target_groups(life_phase_code: str | None) -> tuple[str, ...]:
    """The age groups a goal of this life phase serves (all groups for a cross-cutting goal)."""
    if life_phase_code is None:
        return AGE_GROUPS
    return LIFE_PHASE_AGE_GROUPS.get(life_phase_code, AGE_GROUPS)


def target_label(life_phase_code: str | None) -> str:
    return TARGET_LABELS.get(life_phase_code, TARGET_LABELS[None])
