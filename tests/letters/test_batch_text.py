"""A batch of approval letters: every letter carries the fixed parts and its own figures (issue 26: the batch
shares layout and font parts between its letters, so each letter is checked against the same letter made alone)."""

from __future__ import annotations

import datetime as dt

from app.cases.intake import CostLineInput, FundingLineInput
from app.letters import batch
from app.letters.kinds import LetterKind
from app.letters.service import preview_letter, stationery_for
from tests.fixtures.database import Today
from tests.letters import cases
from tests.letters.cases import pdf_pages
from tests.support import YEAR, Office


def approved(office: Office, today: Today, number: int) -> str:
    """An approval of 10,000.00 € whose plan differs per case: costs 12,50n.00 €, own funds 1,50n.00 €."""
    return cases.decided(office, today, title=f"Familiencafé am Markt {number}",
                         cost_lines=(CostLineInput("personnel", "Pädagogische Fachkraft", f"{9000 + number}.00"),
                                     CostLineInput("material", "Spielmaterial", "2000.00"),
                                     CostLineInput("fees", "Honorare", "1500.00")),
                         funding_lines=(FundingLineInput("own", "Eigenmittel", f"{1500 + number}.00"),
                                        FundingLineInput("third_party", "Spende", "1000.00")))


def test_every_letter_of_a_batch_has_the_fixed_parts_and_its_own_figures(office: Office, today: Today) -> None:
    file_numbers = [approved(office, today, number) for number in (1, 2, 3)]
    written: dict[str, bytes] = {}
    items = batch.run_batch(office.sabine, file_numbers, LetterKind.approval, issue=False,
                            sink=lambda file_number, pdf, _letter_id: written.__setitem__(file_number, pdf))
    assert [item.outcome for item in items] == [batch.Outcome.written] * 3
    head = stationery_for(office.sabine, LetterKind.approval).letterhead
    fixed = [head.office, head.department, head.return_address, "Hausanschrift", "Sprechzeiten", "Kontakt",
             "Bankverbindung", head.street, head.postcode_city, *head.opening_hours, f"Telefon {head.phone}",
             head.email, head.website, head.bank_name, f"IBAN {head.iban}", f"BIC {head.bic}"]
    for number, file_number in enumerate(file_numbers, start=1):
        pdf = written[file_number]
        pages = pdf_pages(pdf)
        text = " ".join(pages)
        for part in fixed:
            assert part and part in pages[0], part
        assert all(head.office in page and "Bankverbindung" in page for page in pages)  # footer on every page
        assert all(f"Seite {n} von {len(pages)}" in page for n, page in enumerate(pages, start=1))
        assert f"Aktenzeichen {file_number}" in " ".join(pages[1:])  # the head of the continuation pages
        for figure in (f"Familiencafé am Markt {number}", file_number, "Zuwendungsbescheid",
                       f"Gesamtkosten 12.50{number},00 €", f"Eigenmittel 1.50{number},00 €", "Drittmittel 1.000,00 €",
                       "10.000,00 €", f"Zuwendungsfähige Ausgaben 12.50{number},00 €", "Rechtsbehelfsbelehrung",
                       "ENTWURF", "Mit freundlichen Grüßen", "Sabine Sommer",
                       dt.date(YEAR, 3, 2).strftime("%d.%m.%Y")):
            assert figure in text, figure
        alone = preview_letter(office.sabine, file_number, LetterKind.approval).pdf
        assert pdf_pages(alone) == pages  # the letter reads the same when made on its own
