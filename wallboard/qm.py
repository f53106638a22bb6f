"""Reading Qt's compiled translations (``.qm``) without Qt, for the command line.

The wall translates with Qt's ``QTranslator``; ``wallboard login``, ``report``,
``probe`` and ``config --check`` run without Qt and read the same files with
this. The format, as Qt's ``qtranslator.cpp`` reads it and ``lrelease`` writes
it: a 16-byte magic number, then sections, each a tag byte and a 32-bit
big-endian length. The messages section is a run of records, each a run of
tagged fields ending with tag 1: a translation in UTF-16BE, the source text,
the context and the comment in UTF-8, each after its 32-bit length. The hash
section only speeds up Qt's lookup; this reads every message into a table.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

MAGIC = bytes((0x3C, 0xB8, 0x64, 0x18, 0xCA, 0xEF, 0x9C, 0x95,
               0xCD, 0x21, 0x1C, 0xBF, 0x60, 0xA1, 0xBD, 0xDD))

# Sections (qtranslator.cpp, "enum { Contexts = 0x2f, Hashes = 0x42, ... }").
_CONTEXTS, _HASHES, _MESSAGES, _NUMERUS_RULES, _DEPENDENCIES, _LANGUAGE = (
    0x2F, 0x42, 0x69, 0x88, 0x96, 0xA7)
# Fields of a message (qtranslator.cpp, "enum Tag"); Qt 6 reads no others (2, 4 and 9
# are Qt 3's), and neither does this.
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
#: A translation's length when it has none (a null string): odd, as no UTF-16 text is.
_NULL = 0xFFFFFFFF

Key = tuple[str, str, str]  # (context, source text, comment)


class QmError(ValueError):
    """The file is not a ``.qm`` file this reader understands; says where and why."""


@dataclass(frozen=True)
class Catalog:
    """The messages of one ``.qm`` file: (context, source, comment) -> translation."""

    language: str = ""
    messages: Mapping[Key, str] = field(default_factory=dict)

    def translate(self, context: str, source: str, comment: str = "") -> str:
        """``source`` translated, as ``QTranslator.translate`` finds it, or ``source``
        itself when the file has no translation of it (Qt's translate says so with an
        empty string; ``QCoreApplication.translate`` then gives the source)."""
        found = self.messages.get((context, source, comment))
        if found is None and comment:
            found = self.messages.get((context, source, ""))
        return found or source


def read(path: Path) -> Catalog:
    """The catalog in ``path``; raises :class:`QmError` (or ``OSError``) when it cannot."""
    return parse(path.read_bytes(), str(path))


def parse(data: bytes, name: str = "<qm>") -> Catalog:
    if not data.startswith(MAGIC):
        raise QmError(f"{name}: not a .qm file (no Qt translation magic number)")
    pos, language, messages = len(MAGIC), "", {}
    while pos < len(data):
        if pos + 5 > len(data):
            raise QmError(f"{name}: a section header is cut short at byte {pos}")
        tag = data[pos]
        (length,) = struct.unpack_from(">I", data, pos + 1)
        start, pos = pos + 5, pos + 5 + length
        if pos > len(data):
            raise QmError(f"{name}: section {tag:#x} runs past the end of the file")
        if tag == _MESSAGES:
            messages = _messages(data[start:pos], name)
        elif tag == _LANGUAGE:
            language = data[start:pos].decode("utf-8", "replace")
        elif tag not in (_CONTEXTS, _HASHES, _NUMERUS_RULES, _DEPENDENCIES):
            raise QmError(f"{name}: unknown section {tag:#x} at byte {start - 5}")
    return Catalog(language, messages)


def _messages(block: bytes, name: str) -> dict[Key, str]:
    out: dict[Key, str] = {}
    pos = 0
    translation: str | None = None
    source = context = comment = ""

    def field_at(at: int) -> tuple[bytes | None, int]:
        if at + 4 > len(block):
            raise QmError(f"{name}: a message field is cut short")
        (length,) = struct.unpack_from(">I", block, at)
        if length == _NULL:
            return None, at + 4
        end = at + 4 + length
        if end > len(block):
            raise QmError(f"{name}: a message field runs past its section")
        return block[at + 4:end], end

    while pos < len(block):
        tag, pos = block[pos], pos + 1
        if tag == _END:
            if translation is not None:
                out.setdefault((context, source, comment), translation)
            translation, source, context, comment = None, "", "", ""
        elif tag == _TRANSLATION:
            raw, pos = field_at(pos)
            if raw is not None and len(raw) % 2:
                raise QmError(f"{name}: a translation of an odd number of bytes")
            if translation is None and raw is not None:  # the first form of a plural
                translation = raw.decode("utf-16-be", "replace")
        elif tag in (_SOURCE, _CONTEXT, _COMMENT):
            raw, pos = field_at(pos)
            text = (raw or b"").decode("utf-8", "replace")
            if tag == _SOURCE:
                source = text
            elif tag == _CONTEXT:
                context = text
            else:
                comment = text
        elif tag == _OBSOLETE1:
            pos += 4
        else:
            raise QmError(f"{name}: unknown message field {tag:#x} at byte {pos - 1} of the "
                          f"messages")
    return out
