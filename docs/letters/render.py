"""Render one issued letter of every kind to PNG in docs/letters/ (needs `pdftoppm` from poppler-utils).

    .venv/bin/python docs/letters/render.py            # PNGs only
    .venv/bin/python docs/letters/render.py --pdf      # also keep the PDFs

Works on a throw-away SQLite database: `foerderdesk demo-data`, an invented demo
logo through `foerderdesk letterhead --set logo_path=…`, then for each kind the
first demo case it fits, issued with `foerderdesk letter FILE_NUMBER KIND -o … --issue`.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from app.kernel.database import connect  # noqa: E402
from app.kernel.uow import UnitOfWork  # noqa: E402
from app.letters.kinds import LetterKind  # noqa: E402
from app.letters.service import letter_kinds  # noqa: E402
from cli.main import run  # noqa: E402

OUT = ROOT / "docs" / "letters"
SUPERVISOR = "weber"  # a demo supervisor


def demo_logo(path: Path) -> None:
    """An invented emblem (three figures under a roof) – not the district's coat of arms."""
    image = Image.new("RGBA", (540, 240), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    blue, green = (28, 59, 95, 255), (74, 140, 92, 255)
    draw.polygon([(20, 120), (120, 30), (220, 120)], outline=blue, width=14)
    for x, radius in ((70, 22), (120, 28), (170, 22)):
        draw.ellipse((x - radius, 150 - radius, x + radius, 150 + radius), fill=green if x == 120 else blue)
    font = ImageFont.truetype(str(ROOT / "reports" / "fonts" / "DejaVuSans-Bold.ttf"), 44)
    draw.text((250, 70), "Familie", font=font, fill=blue)
    draw.text((250, 125), "im Kreis", font=font, fill=green)
    image.save(path)


def cli(*argv: str) -> None:
    code = run(list(argv))
    if code != 0:
        raise SystemExit(f"foerderdesk {' '.join(argv)} → Exit {code}")


def first_fitting_cases(url: str) -> dict[LetterKind, str]:
    database = connect(url)
    with database.read() as session:
        from sqlalchemy import select

        from db.models import Application

        file_numbers = [ref for ref in session.scalars(select(Application.file_number).order_by(
            Application.file_number)) if ref]
    found: dict[LetterKind, str] = {}
    for file_number in file_numbers:
        for choice in letter_kinds(UnitOfWork(database, SUPERVISOR), file_number):
            if choice.available:
                found.setdefault(choice.kind, file_number)
        if len(found) == len(LetterKind):
            break
    database.dispose()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf", action="store_true", help="keep the PDFs beside the PNGs")
    keep_pdf = parser.parse_args().pdf
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise SystemExit("pdftoppm fehlt: apt-get install poppler-utils")
    with tempfile.TemporaryDirectory() as work:
        url = f"sqlite:///{Path(work) / 'demo.sqlite3'}"
        cli("--db", url, "demo-data", "--cases", "150", "--seed", "1")
        demo_logo(Path(work) / "logo.png")
        cli("--db", url, "--user", "admin", "letterhead", "--set", f"logo_path={Path(work) / 'logo.png'}")
        for kind, file_number in first_fitting_cases(url).items():
            pdf = (OUT if keep_pdf else Path(work)) / f"{kind.value}.pdf"
            cli("--db", url, "--user", SUPERVISOR, "letter", file_number, kind.value, "-o", str(pdf), "--issue")
            for old in OUT.glob(f"{kind.value}-*.png"):
                old.unlink()
            subprocess.run([pdftoppm, "-r", "80", "-png", str(pdf), str(OUT / kind.value)], check=True)  # noqa: S603
    print(f"PNG-Dateien in {OUT}")


if __name__ == "__main__":
    main()
