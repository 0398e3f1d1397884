"""Render one issued letter of every kind to PNG in docs/letters/ (needs `pdftoppm` from poppler-utils).

    .venv/bin/python docs/letters/render.py            # PNGs only
    .venv/bin/python docs/letters/render.py --pdf      # also keep the PDFs

Works on a throw-away SQLite database: `foerderdesk demo-data`, an invented demo
logo through `foerderdesk letterhead --set logo_path=…`, then for each kind the
first demo case it fits, issued with `foerderdesk letter FILE_NUMBER KIND -o … --issue`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
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
from demo.data import PASSWORD  # noqa: E402
from foerderdesk.main import run  # noqa: E402

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
    """`foerderdesk ARGV`, signing in with the documented demo password on standard input."""
    saved, sys.stdin = sys.stdin, io.StringIO(f"{PASSWORD}\n")
    try:
        code = run(["--password-stdin", *argv])
    finally:
        sys.stdin = saved
    if code != 0:
        raise SystemExit(f"foerderdesk {' '.join(argv)} → Exit {code}")


def prepare_deadline_letters(url: str) -> None:
    """The demo's requests for documents have deadlines before today, and a letter with an expired deadline is
    refused: extend one deadline (as a caseworker would before writing again), and send a Mahnung for an
    overdue clawback if there is one, so that every kind can be shown."""
    from sqlalchemy import select

    from app.cases.deadlines import postpone_deadline
    from app.kernel import clock
    from app.kernel.errors import FoerderDeskError
    from app.letters.reminders import send_reminder
    from db.enums import DeadlineKind, Status
    from db.models import Application, Clawback, Deadline

    database = connect(url)
    with database.read() as session:
        deadline = session.scalar(select(Deadline.id).join(Application).where(
            Application.status == Status.documents_requested, Deadline.kind == DeadlineKind.documents,
            Deadline.done_at.is_(None)).order_by(Application.file_number).limit(1))
        overdue = list(session.scalars(select(Application.file_number).join(Clawback).where(
            Clawback.due_on < clock.today(), Clawback.repaid_on.is_(None)).order_by(Application.file_number)))
    uow = UnitOfWork(database, SUPERVISOR)
    if deadline is not None:
        postpone_deadline(uow, deadline, clock.today() + dt.timedelta(days=14),
                          "Unterlagen erneut angefordert, Frist verlängert")
    for file_number in overdue:
        try:
            send_reminder(uow, file_number or "")
            break
        except FoerderDeskError:
            continue
    database.dispose()


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
        prepare_deadline_letters(url)
        for kind, file_number in first_fitting_cases(url).items():
            pdf = (OUT if keep_pdf else Path(work)) / f"{kind.value}.pdf"
            cli("--db", url, "--user", SUPERVISOR, "letter", file_number, kind.value, "-o", str(pdf), "--issue")
            for old in OUT.glob(f"{kind.value}-*.png"):
                old.unlink()
            subprocess.run([pdftoppm, "-r", "80", "-png", str(pdf), str(OUT / kind.value)], check=True)  # noqa: S603
    print(f"PNG-Dateien in {OUT}")


if __name__ == "__main__":
    main()
