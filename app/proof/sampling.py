"""A reproducible random sample of receipts (Stichprobe).

The sample size is the configured share of the receipts, rounded up, but at least the configured minimum
(and at most all receipts). The draw uses Python's Mersenne Twister seeded with a recorded text seed: the
same seed over the same receipt list (in the order of its positions) always draws the same receipts, so
an auditor can reproduce the sample from the seed kept in the file and in the audit trail.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Sequence
from decimal import ROUND_CEILING, Decimal

from app.kernel.errors import ValidationError
from app.kernel.i18n import _

SEED_BYTES = 8


def new_seed() -> str:
    """A fresh seed: 16 hexadecimal digits from the operating system's random source."""
    return secrets.token_hex(SEED_BYTES)


def check_seed(seed: str) -> str:
    text = (seed or "").strip()
    if not text or len(text) > 64 or not text.isprintable():
        raise ValidationError(_("Der Startwert der Stichprobe muss 1 bis 64 druckbare Zeichen lang sein."), "seed")
    return text


def sample_size(count: int, share: Decimal, minimum: int) -> int:
    """⌈share × count⌉, at least `minimum`, at most `count`."""
    if share < 0 or share > 1:
        raise ValidationError(_("Der Anteil der Stichprobe muss zwischen 0 % und 100 % liegen."), "share")
    if minimum < 0:
        raise ValidationError(_("Die Mindestzahl der Stichprobe darf nicht negativ sein."), "minimum")
    wanted = int((share * count).to_integral_value(rounding=ROUND_CEILING))
    return min(count, max(wanted, minimum))


def draw(positions: Sequence[int], share: Decimal, minimum: int, seed: str) -> list[int]:
    """The positions drawn, in drawing order; the same inputs always give the same result."""
    ordered = sorted(positions)
    size = sample_size(len(ordered), share, minimum)
    return random.Random(check_seed(seed)).sample(ordered, size)  # noqa: S311 - reproducible, not secret
