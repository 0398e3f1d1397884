"""Draws the application icon (a document with a euro sign and a check mark) into ui/resources/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/make_icon.py

Writes foerderdesk.png (256 px) for Qt and the Linux desktop file, and foerderdesk.ico (16–256 px) for
Windows. Generated once and committed; rerun only when the design changes.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPen

OUT = Path(__file__).resolve().parents[1] / "ui" / "resources"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setBrush(QColor("#1f5fa8"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    page = QPainterPath()
    page.moveTo(70 * s, 44 * s)
    page.lineTo(156 * s, 44 * s)
    page.lineTo(192 * s, 80 * s)
    page.lineTo(192 * s, 212 * s)
    page.lineTo(70 * s, 212 * s)
    page.closeSubpath()
    p.setBrush(QColor("#ffffff"))
    p.drawPath(page)
    p.setBrush(QColor("#cfe0f5"))
    fold = QPainterPath(QPointF(156 * s, 44 * s))
    fold.lineTo(156 * s, 80 * s)
    fold.lineTo(192 * s, 80 * s)
    fold.closeSubpath()
    p.drawPath(fold)
    font = QFont("DejaVu Sans", max(6, int(78 * s)))
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("#1f5fa8"))
    p.drawText(QRectF(70 * s, 70 * s, 122 * s, 100 * s), Qt.AlignmentFlag.AlignCenter, "€")
    pen = QPen(QColor("#2e9d57"), max(1.5, 16 * s), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.drawPolyline([QPointF(98 * s, 186 * s), QPointF(122 * s, 204 * s), QPointF(166 * s, 160 * s)])
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def ico(pngs: list[bytes]) -> bytes:
    """An ICO container with PNG-compressed images (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, data = b"", b""
    for size, png in zip(SIZES, pngs, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    return header + entries + data


def main() -> None:
    app = QGuiApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(OUT / "foerderdesk.png"))
    (OUT / "foerderdesk.ico").write_bytes(ico([png_bytes(draw(size)) for size in SIZES]))
    print(f"icons written to {OUT}")
    del app


if __name__ == "__main__":
    main()
