"""The embedded TrueType fonts of every letter.

The PDF base fonts (Helvetica …) know no „ “ and depend on the viewer for ä, ö,
ü, ß and €; a Bescheid must print and extract the same everywhere, so letters
embed DejaVu Sans (subset) from `reports/fonts/`, shipped with the program so
that Windows machines without DejaVu render identical letters.

Every letter embeds a subset of each font. Letters of a batch use the same characters in the same order of
first use (the first 128 codes are always ASCII), so each subset's PDF parts (font program, character widths,
ToUnicode map) are made, formatted and compressed once and their bytes reused (issue 26): the same bytes
reportlab would make for each letter, without the work.
"""

from __future__ import annotations

import threading
import zlib
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, SUBSETN, TTFont, makeToUnicodeCMap

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
SUBSETS_KEPT = 32  # subsets kept per process (about 30 kB each)

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the letter fonts with reportlab once per process (parsing a TTF is slow)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(LetterFont(name, str(FONT_DIR / file_name)))
        # Paragraph markup <b> needs the family; there is no italic cut, so italic maps to upright.
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
        _registered = True


class _Formatted(pdfdoc.PDFObject):
    """A PDF value formatted once (the same bytes in every document)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, _document: Any) -> bytes:
        return self.data


@dataclass(frozen=True)
class SubsetParts:
    """What a document embeds for one font subset, as bytes."""

    program: bytes  # the TrueType font program
    program_flate: bytes
    widths: bytes  # the formatted /Widths array
    cmap_flate: bytes  # the compressed ToUnicode CMap
    cmap_length: int


_subsets: OrderedDict[tuple[str, str, tuple[int, ...]], SubsetParts] = OrderedDict()


def _flate_stream(content: bytes, compression: bool, **entries: Any) -> pdfdoc.PDFStream:
    """A stream of already compressed bytes (the "Filter" entry keeps the stream from compressing them again)."""
    stream = pdfdoc.PDFStream()
    for key, value in entries.items():
        stream.dictionary[key] = value
    stream.content = content
    if compression:
        stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName(pdfdoc.PDFZCompress.pdfname)])
    return stream


class LetterFont(TTFont):
    """reportlab's `TTFont`, whose subset objects are made once per subset (see the module)."""

    def parts(self, base_name: str, subset: list[int]) -> SubsetParts:
        key = (self.fontName, base_name, tuple(subset))
        with _lock:
            found = _subsets.get(key)
            if found is not None:
                _subsets.move_to_end(key)
                return found
        face: Any = self.face
        program = face.makeSubset(subset)
        cmap = makeToUnicodeCMap(base_name, subset).encode("utf-8")
        widths = pdfdoc.PDFArray([face.getCharWidth(code) for code in subset]).format(None)
        made = SubsetParts(program, zlib.compress(program), widths, zlib.compress(cmap), len(cmap))
        with _lock:
            _subsets[key] = made
            while len(_subsets) > SUBSETS_KEPT:
                _subsets.popitem(last=False)
        return made

    def addObjects(self, doc: Any) -> None:  # noqa: N802 - reportlab's name
        """reportlab's `TTFont.addObjects` (one font object per subset), with the parts from `parts`."""
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = TTFont.State(getattr(self, "_asciiReadable", None))
        state.frozen = 1
        face = self.face
        for number, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(number, doc)[1:]
            base_name = b"".join((SUBSETN(number), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
            parts = self.parts(base_name, subset)
            font: Any = pdfdoc.PDFTrueTypeFont()
            font.__Comment__ = f"Font {self.fontName} subset {number}"
            font.Name, font.BaseFont = internal_name, base_name
            font.FirstChar, font.LastChar = 0, len(subset) - 1
            font.Widths = _Formatted(parts.widths)
            cmap = (_flate_stream(parts.cmap_flate, True) if doc.compression
                    else _flate_stream(makeToUnicodeCMap(base_name, subset).encode("utf-8"), False))
            font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base_name)
            font.FontDescriptor = self._descriptor(doc, base_name, parts)
            doc.Reference(font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = font
        del self.state[doc]

    def _descriptor(self, doc: Any, base_name: str, parts: SubsetParts) -> Any:
        """reportlab's `TTFontFace.addSubsetObjects`: the font program and its descriptor."""
        face = self.face
        program = (_flate_stream(parts.program_flate, True, Length1=len(parts.program)) if doc.compression
                   else _flate_stream(parts.program, False, Length1=len(parts.program)))
        program_ref = doc.Reference(program, f"fontFile:{face.filename}({base_name})")
        descriptor = pdfdoc.PDFDictionary({
            "Type": "/FontDescriptor", "Ascent": face.ascent, "CapHeight": face.capHeight, "Descent": face.descent,
            "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC, "FontBBox": pdfdoc.PDFArray(face.bbox),
            "FontName": pdfdoc.PDFName(base_name), "ItalicAngle": face.italicAngle, "StemV": face.stemV,
            "FontFile2": program_ref, "MissingWidth": face.defaultWidth,
        })
        return doc.Reference(descriptor, "fontDescriptor:" + base_name)
