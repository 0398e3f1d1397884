"""Letters to applicants stay German when the interface is English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.kernel import i18n
from app.kernel.i18n import _, german_documents, source_text


@pytest.fixture
def english() -> Iterator[None]:
    i18n.install_language("en")
    yield
    i18n.install_language("de")


def test_texts_inside_the_block_are_german(english: None) -> None:
    assert _("Im Auftrag") == "p.p."
    with german_documents():
        assert _("Im Auftrag") == "Im Auftrag"
        assert _("Ihre Nachricht vom") == "Ihre Nachricht vom"
    assert _("Ihre Nachricht vom") == "Your message of"


def test_labels_translated_at_import_come_back_german(english: None) -> None:
    label = _("Anteilfinanzierung")  # as a module-level constant would hold it
    assert label == "Share financing"
    assert source_text(label) == "Anteilfinanzierung"
    assert source_text("no translation of anything") == "no translation of anything"


def test_german_interface_is_unchanged() -> None:
    assert _("Im Auftrag") == "Im Auftrag"
    assert source_text("Im Auftrag") == "Im Auftrag"
