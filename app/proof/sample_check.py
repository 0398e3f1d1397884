"""The sample check of the receipts: draw a reproducible sample once, record accepted / not accepted.

The seed is kept in the sample draw and named in the audit trail (the reason of every change of the draw),
so the sample can be drawn again from the seed and compared (`reproduce`). A second draw of the same proof
is refused: drawing until the sample suits would defeat its purpose.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from app.kernel import settings
from app.kernel.errors import NotFound, ValidationError
from app.kernel.i18n import _
from app.kernel.money import MoneyInput, format_eur, require_positive, to_money
from app.kernel.stored_text import N_, Percent, coded
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text, require_justification
from app.proof import sampling
from app.proof.loading import latest_draw, receipts_of
from app.proof.service import open_proof
from db.base import utcnow
from db.enums import SampleResult
from db.models import Receipt, SampleDraw


@dataclass(frozen=True)
class DrawResult:
    seed: str
    share: Decimal
    minimum: int
    positions: tuple[int, ...]  # in drawing order
    receipt_count: int


def configured_share(session: Session) -> Decimal:
    percent = Decimal(str(settings.get(session, "sample_share_percent")))
    return (percent / 100).quantize(Decimal("0.0001"))


def _parameters(uow: UnitOfWork, share: Decimal | None, minimum: int | None) -> tuple[Decimal, int]:
    chosen = configured_share(uow.session) if share is None else share
    count = settings.get_int(uow.session, "sample_minimum") if minimum is None else minimum
    sampling.sample_size(0, chosen, count)  # refuses a share outside 0–100 % or a negative minimum
    return chosen, count


def draw_sample(uow: UnitOfWork, file_number: str, *, seed: str | None = None, share: Decimal | None = None,
                minimum: int | None = None) -> DrawResult:
    """Draw the sample of the receipt list (settings: share and minimum); `seed` reproduces a given draw."""
    chosen_seed = sampling.check_seed(seed) if seed is not None else sampling.new_seed()
    with uow:
        _app, proof = open_proof(uow, file_number, "draw-sample")
        earlier = latest_draw(uow.session, proof.id)
        if earlier is not None:
            raise ValidationError(_("Die Stichprobe wurde bereits von {user} gezogen (Startwert {seed}); eine zweite "
                                    "Ziehung ist nicht vorgesehen.").format(user=earlier.drawn_by, seed=earlier.seed))
        receipts = receipts_of(uow.session, proof.id)
        if not receipts:
            raise ValidationError(_("Es sind keine Belege erfasst; eine Stichprobe ist nicht möglich."))
        chosen_share, chosen_minimum = _parameters(uow, share, minimum)
        positions = sampling.draw([r.position for r in receipts], chosen_share, chosen_minimum, chosen_seed)
        uow.act("draw-sample", coded(N_("Stichprobe mit Startwert {seed}: Anteil {share}, mindestens {minimum}, "
                                        "{k} von {n} Belegen (Nr. {numbers})"),
                                     seed=str(chosen_seed), share=Percent(chosen_share), minimum=chosen_minimum,
                                     k=len(positions), n=len(receipts), numbers=", ".join(map(str, positions))),
                permission="case.receive-proof")
        by_position = {r.position: r for r in receipts}
        for position in positions:
            by_position[position].in_sample = True
        uow.session.add(SampleDraw(proof_id=proof.id, seed=chosen_seed, share=chosen_share, minimum=chosen_minimum,
                                   receipt_ids=json.dumps([by_position[p].id for p in positions]),
                                   drawn_by=uow.actor.username))
        uow.commit()
    return DrawResult(chosen_seed, chosen_share, chosen_minimum, tuple(positions), len(receipts))


def reproduce(draw: SampleDraw, receipts: list[Receipt]) -> bool:
    """Whether the stored seed, share and minimum draw exactly the stored receipts from the list again."""
    ids = {r.position: r.id for r in receipts}
    again = sampling.draw(list(ids), draw.share, draw.minimum, draw.seed)
    stored: list[int] = json.loads(draw.receipt_ids)
    return [ids[p] for p in again] == stored


def record_check(uow: UnitOfWork, file_number: str, receipt_id: int, accepted: bool,
                 not_accepted_amount: MoneyInput | None = None, reason: str | None = None) -> None:
    """The result for one receipt: accepted, or not accepted with the amount (default: all of it) and reason."""
    with uow:
        _app, proof = open_proof(uow, file_number, "check-receipt")
        receipt = uow.session.get(Receipt, receipt_id)
        if receipt is None or receipt.proof_id != proof.id:
            raise NotFound(_("Den Beleg Nr. {id} gibt es zu {ref} nicht.").format(id=receipt_id, ref=file_number))
        if accepted:
            receipt.result, receipt.accepted_amount = SampleResult.accepted, receipt.amount
            receipt.result_reason = clean_text(reason, _("Bemerkung"), required=False, max_len=4000, multiline=True)
        else:
            refused = receipt.amount if not_accepted_amount in (None, "") else to_money(
                not_accepted_amount, "not_accepted_amount")
            require_positive(refused, _("Der nicht anerkannte Betrag"), "not_accepted_amount")
            if refused > receipt.amount:
                raise ValidationError(_("Es können höchstens {amount} (der Betrag des Belegs) nicht anerkannt "
                                        "werden.").format(amount=format_eur(receipt.amount)), "not_accepted_amount")
            receipt.result, receipt.accepted_amount = SampleResult.not_accepted, receipt.amount - refused
            receipt.result_reason = require_justification(reason, _("Begründung"), field="reason")
        receipt.checked_by, receipt.checked_at = uow.actor.username, utcnow()
        uow.commit()
