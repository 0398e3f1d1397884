"""The blank application form for Träger, both pages side by side, for the README (docs/screenshots).

    python -m devtools.screenshots.application_form [--out docs/screenshots] [--programme LPF]

Creates a throw-away SQLite database with the demo office (letterhead, municipalities, fields of action), renders
the fillable PDF as the office sends it and rasterises it with its form fields drawn (pypdfium2).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

from app.cases.application_form_reader import ApplicationFormReader
from demo.generator import generate
from ui.application import open_database

GAP = 24
BACKGROUND = (200, 204, 210)


def side_by_side(pdf: bytes, scale: float = 1.4) -> Image.Image:
    document = pdfium.PdfDocument(pdf)
    document.init_forms()
    pages = [page.render(scale=scale, may_draw_forms=True).to_pil().convert("RGB") for page in document]
    sheet = Image.new("RGB", (sum(p.width for p in pages) + GAP * (len(pages) + 1),
                              max(p.height for p in pages) + 2 * GAP), BACKGROUND)
    x = GAP
    for page in pages:
        sheet.paste(page, (x, GAP))
        x += page.width + GAP
    return sheet


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--programme", default="LPF")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{Path(folder) / 'demo.sqlite3'}")
        generate(database, 0, seed=1)
        pdf = ApplicationFormReader(database, "mueller").blank(args.programme, "pdf")
        database.dispose()
    target = out / "antragsformular.png"
    side_by_side(pdf).save(target, optimize=True)
    print(target)


if __name__ == "__main__":
    main()
