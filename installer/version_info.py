"""The Windows version resource (file properties → Details) from the project version."""

from __future__ import annotations

from pathlib import Path

TEMPLATE = """VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple4}, prodvers={tuple4}, mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1,
                    subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040704b0', [
      StringStruct('CompanyName', 'Landratsamt Kyffhäuserkreis – Jugend- und Sozialamt'),
      StringStruct('FileDescription', 'FörderDesk – Fördermittelverwaltung'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'FoerderDesk'),
      StringStruct('OriginalFilename', 'FoerderDesk.exe'),
      StringStruct('ProductName', 'FörderDesk'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [0x0407, 1200])])
  ]
)
"""


def version_tuple(version: str) -> tuple[int, int, int, int]:
    numbers = [int("".join(ch for ch in part if ch.isdigit()) or 0) for part in version.split(".")[:4]]
    return tuple([*numbers, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def write_version_file(version: str, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(TEMPLATE.format(tuple4=version_tuple(version), version=version), encoding="utf-8")
    return target
