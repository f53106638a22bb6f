"""The Windows version resource of the executable, made from ``wallboard.__version__``.

PyInstaller reads a "version file": the text form of its ``VSVersionInfo``
structure. :func:`version_file_text` writes that text for a version such as
``0.1.0`` (file and product version 0.1.0.0), so Explorer's Properties and
inventory tools show what is installed. The spec calls it at build time;
``python packaging/versionfile.py OUT`` writes the file for a look.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

COMPANY = "Wallboard"
DESCRIPTION = "Wallboard: supervisor wallboard for citizen contact centres"
PRODUCT = "Wallboard"
COPYRIGHT = "Licensed under the Apache License 2.0"

_VERSION_LINE = re.compile(r'^__version__\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)


def read_version(init_file: Path) -> str:
    """``__version__`` from the package's ``__init__.py``, without importing the package."""
    found = _VERSION_LINE.search(init_file.read_text(encoding="utf-8"))
    if found is None:
        raise ValueError(f"no __version__ = '...' line in {init_file}")
    return found.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows wants: ``0.1.0`` is (0, 1, 0, 0); ``1.2.3rc1`` is (1, 2, 3, 0)."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:3]]
    if not numbers:
        raise ValueError(f"version {version!r} has no numbers")
    if any(n > 0xFFFF for n in numbers):
        raise ValueError(f"version {version!r} has a part over 65535")
    padded = [*numbers, 0, 0, 0][:4]
    return padded[0], padded[1], padded[2], padded[3]


def version_file_text(version: str) -> str:
    """The text of a PyInstaller version file for ``version``."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": "wallboard",
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": "wallboard.exe",
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    string_structs = ",\n".join(
        f"          StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    return f"""# UTF-8
# The version resource of wallboard.exe, generated from wallboard.__version__ {version!r}.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{string_structs}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def write_version_file(version: str, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_file_text(version), encoding="utf-8")
    return path


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "build" / "wallboard-version.txt"
    print(write_version_file(read_version(root / "wallboard" / "__init__.py"), out))
