"""The applicant's text limits are the columns' lengths: a value one character too long is refused with a German
message naming the field, before the database sees it; the longest allowed value is stored (issue 22: a
100-character legal form passed a 255-character check into an 80-character column)."""

from __future__ import annotations

import pytest

from app.applicants import service as applicants
from app.applicants.service import FIELD_LIMITS
from app.kernel.errors import ValidationError
from db.models import Applicant
from tests.support import Office
from tests.support_fingerprint import fingerprint

FREE_TEXT = ("legal_form", "sponsor_name", "register_court", "street", "city", "phone")  # the holder goes with an IBAN


def test_limits_are_the_column_lengths() -> None:
    assert FIELD_LIMITS["legal_form"] == 80 and FIELD_LIMITS["sponsor_name"] == 200
    for name, limit in FIELD_LIMITS.items():
        assert limit == Applicant.__table__.c[name].type.length  # type: ignore[attr-defined]


@pytest.mark.parametrize("field", FREE_TEXT)
def test_one_character_over_the_column_is_refused_and_the_limit_is_stored(office: Office, field: str) -> None:
    limit = FIELD_LIMITS[field]
    before = fingerprint(office.database)
    with pytest.raises(ValidationError, match="höchstens") as info:
        applicants.register_applicant(office.anna, applicants.ApplicantInput(
            name="Verein mit langem Feld", applicant_type="association", **{field: "x" * (limit + 1)}))
    assert info.value.field in (field, None) and fingerprint(office.database) == before
    new = applicants.register_applicant(office.anna, applicants.ApplicantInput(
        name="Verein mit langem Feld", applicant_type="association", **{field: "y" * limit}))
    with office.database.read() as session:
        assert getattr(session.get_one(Applicant, new), field) == "y" * limit
