"""Writing settings into the configuration file, keeping what the user wrote.

The settings dialog changes a few keys of a file that a person also edits by
hand. :func:`updated_text` sets and removes those keys in the file's own text
(with tomlkit), so every comment, blank line and the order of the keys stay as
they were; :func:`save` writes the result only when it is a valid
configuration, atomically, so the wall (which reloads the file within a
second) never reads half a file.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import msgspec
import tomlkit
from tomlkit.container import Container, OutOfOrderTableProxy
from tomlkit.items import (
    AoT,
    Comment,
    InlineTable,
    Item,
    Null,
    SingleKey,
    Table,
    Trivia,
    Whitespace,
)

from wallboard.config.load import Loaded, Problem, parse

log = logging.getLogger(__name__)

#: A key's path in the file, e.g. ``("targets", "departments", "health", "waiting")``.
KeyPath = tuple[str, ...]

BACKUP_SUFFIX = ".bak"


class InvalidConfig(Exception):
    """The text is not a configuration the wall would accept; nothing was written."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(str(p) for p in self.problems if p.fatal))


# -- changing the text -------------------------------------------------------------------


def updated_text(original_text: str, changes: Mapping[KeyPath, object | None]) -> str:
    """``original_text`` with each key of ``changes`` set to its value, or removed for None.

    Everything else is left as it was: comments (also one at the end of a
    changed line, which stays in its column where it can), blank lines, the
    order of keys and tables, quoting and spacing. A new key goes after the
    last key of its table, or just under a commented-out line of itself
    (``# key = ...``); a missing table is created after its siblings
    (``[targets.departments.ID]`` after the other departments). A mapping, such
    as a band ``{"warning": 20, "critical": 50}``, is written as an inline
    table. A table left with nothing in it, not even a comment, goes too.

    Raises ``tomlkit.exceptions.ParseError`` (a ValueError) when
    ``original_text`` is not TOML, and ValueError when a key's parent is not a
    table.
    """
    doc = tomlkit.parse(original_text)
    for path, value in changes.items():
        if not path:
            raise ValueError("an empty key path")
        if value is None:
            _remove(doc, path)
        else:
            _set(doc, path, _plain(value))
    return doc.as_string()


def _plain(value: object) -> object:
    """``value`` in the types TOML knows: Structs as tables, tuples as lists, enums by value."""
    if isinstance(value, msgspec.Struct):
        value = msgspec.structs.asdict(value)
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _toml_item(value: object) -> Item:
    """The item for ``value``; a mapping as ``{ key = value, ... }``, spaced like the example."""
    if isinstance(value, Mapping):
        if not value:
            return tomlkit.inline_table()
        pairs = ", ".join(f"{tomlkit.key(k).as_string()} = {_toml_item(v).as_string()}"
                          for k, v in value.items())
        return tomlkit.value(f"{{ {pairs} }}")
    return tomlkit.item(value)


def _body_of(node: Any) -> Container:
    return node if isinstance(node, Container) else node.value


def _child(node: Any, key: str) -> Any:
    """The item under ``key`` in a document, table or out-of-order table, or None."""
    if isinstance(node, OutOfOrderTableProxy):
        return node.get(key)
    container = _body_of(node)
    return container.item(key) if key in container else None


def _set(doc: Container, path: KeyPath, value: object) -> None:
    *parents, key = path
    node: Any = doc
    dotted = False
    for depth, part in enumerate(parents):
        child = _child(node, part)
        if child is None:
            _append_table(node, part, _new_tables(parents[depth + 1:], key, value))
            return
        if not isinstance(child, Table | InlineTable | OutOfOrderTableProxy):
            raise ValueError(f"{'.'.join(path[:depth + 1])} is not a table")
        dotted = dotted or _is_dotted(node, child)
        node = child
    if isinstance(node, InlineTable | OutOfOrderTableProxy):
        # Rare in a hand-written file (a table in braces, or split over the
        # file): tomlkit places the key.
        node[key] = _toml_item(value)
        return
    existing = _child(node, key)
    if isinstance(existing, Table) and isinstance(value, Mapping):
        # ``[targets.waiting]`` with its own lines: keep that form and change its keys.
        for sub in set(existing.value.keys()) - set(value):
            _remove(doc, (*path, sub))
        for sub, sub_value in value.items():
            _set(doc, (*path, sub), sub_value)
        return
    if existing is not None:
        _replace(_body_of(node), key, existing, _toml_item(value))
        return
    if isinstance(node, Table) and node.is_super_table() and not dotted:
        # ``[a.b]`` without ``[a]``: the key needs ``[a]``'s header now. Only
        # a table's own flag says so; tomlkit has no public way to set it.
        node._is_super_table = False
    _insert_key(_body_of(node), key, _toml_item(value))


def _is_dotted(node: Any, child: Any) -> bool:
    """True when ``child`` is written with dotted keys (``display.theme = ...``) in ``node``."""
    if isinstance(node, OutOfOrderTableProxy):
        return False
    return any(k is not None and it is child and k.is_dotted() for k, it in _body_of(node).body)


def _new_tables(parts: list[str], key: str, value: object) -> Table:
    """Tables for ``parts`` (none of them in the file yet), the last holding ``key``."""
    table = tomlkit.table()
    table.append(key, _toml_item(value))
    for part in reversed(parts):
        outer = tomlkit.table(is_super_table=True)
        outer.append(part, table)
        table = outer
    return table


def _replace(container: Container, key: str, old: Any, new: Item) -> None:
    """Put ``new`` in place of ``old``, with the comment at the end of its line in its column."""
    container[key] = new
    placed = container.item(key)
    if isinstance(old, Item) and isinstance(placed, Item) and old.trivia.comment:
        width = len(old.trivia.comment_ws) - (len(placed.as_string()) - len(old.as_string()))
        placed.trivia.comment_ws = " " * max(width, min(len(old.trivia.comment_ws), 2), 1)


def _is_table(item: Any) -> bool:
    return isinstance(item, Table | AoT)


def _insert_key(container: Container, key: str, item: Item) -> None:
    """Add a plain key where a person would: see :func:`updated_text`."""
    body = container.body
    first_table = next((i for i, (_, it) in enumerate(body) if _is_table(it)), len(body))
    commented = re.compile(rf"^\s*#\s*{re.escape(key)}\s*=")
    at = next((i + 1 for i in range(first_table - 1, -1, -1)
               if isinstance(body[i][1], Comment) and commented.match(body[i][1].as_string())),
              None)
    plain = [i for i in range(first_table) if body[i][0] is not None]
    blank_after = False
    if at is None and plain:
        at = plain[-1] + 1
    elif at is None:
        # No key yet: before the tables, above the comment lines that belong to the first.
        at = first_table
        while at > 0 and isinstance(body[at - 1][1], Comment):
            at -= 1
        blank_after = at < len(body)
    if at > 0:
        _end_line(body[at - 1][1])
        previous = body[at - 1][1]
        if body[at - 1][0] is not None and not _is_table(previous):
            item.trivia.indent = previous.trivia.indent
    if blank_after:
        item.trivia.trail += "\n"
    if at < len(body):
        container._insert_at(at, key, item)
    else:
        container.append(key, item)


def _end_line(item: Item) -> None:
    """Make sure ``item``'s text ends its line (a file may lack its last newline)."""
    if isinstance(item, Whitespace) or _is_table(item):
        return
    if not item.as_string().endswith("\n") and "\n" not in item.trivia.trail:
        item.trivia.trail += "\n"


def _last_table(node: Any) -> Table | None:
    """The table whose lines end ``node``'s text, if it ends in one."""
    last: Table | None = node if isinstance(node, Table) else None
    while True:
        body = [item for _, item in _body_of(node).body if not isinstance(item, Null)]
        if not body:
            return last
        item = body[-1]
        if isinstance(item, AoT) and item.body:
            item = item.body[-1]
        if not isinstance(item, Table):
            return last
        last = node = item


def _append_table(node: Any, key: str, table: Table) -> None:
    """Add ``table`` at the end of ``node``, after its last sub-table.

    The blank line and comments that end the table before it introduce what
    follows (the next table's comments sit at the end of the previous one in
    tomlkit's view): they move to the end of the new table, so they stay above
    the header they describe.
    """
    if isinstance(node, OutOfOrderTableProxy):
        node[key] = table
        return
    before = _last_table(node)
    moved: list[tuple[Any, Item]] = []
    if before is not None:
        body = before.value.body
        last_key = max((i for i, (k, _) in enumerate(body) if k is not None), default=-1)
        start = next((i for i in range(last_key + 1, len(body))
                      if isinstance(body[i][1], Whitespace)), len(body))
        moved = body[start:]
        del body[start:]  # only unkeyed items at the end: tomlkit's key map is unaffected
        if body:
            _end_line(body[-1][1])
    else:
        body = _body_of(node).body
        if body:
            _end_line(body[-1][1])
    ends_blank = bool(body) and isinstance(body[-1][1], Whitespace)
    if _body_of(node).body and not ends_blank:
        table.trivia.indent = "\n"
    inner = table
    while inner.is_super_table() and inner.value.body:
        inner = inner.value.body[-1][1]  # type: ignore[assignment]
    for item_key, item in moved:
        inner.value.body.append((item_key, item))
    _body_of(node).append(key, table)


def _remove(doc: Container, path: KeyPath) -> None:
    nodes: list[Any] = [doc]
    for part in path[:-1]:
        child = _child(nodes[-1], part)
        if not isinstance(child, Table | InlineTable | OutOfOrderTableProxy):
            return
        nodes.append(child)
    node, key = nodes[-1], path[-1]
    if _child(node, key) is None:
        return
    if isinstance(node, InlineTable | OutOfOrderTableProxy):
        del node[key]
        return
    _body_of(node).remove(key)
    # Drop the tables left without keys, innermost first; one with a comment of its own stays.
    for depth in range(len(nodes) - 1, 0, -1):
        table = nodes[depth]
        text = _text_without_keys(table) if isinstance(table, Table) else None
        if text is None:
            return
        _drop_table(_body_of(nodes[depth - 1]), path[depth - 1], text)


def _text_without_keys(table: Table) -> str | None:
    """The blank lines and comments of a table that has no keys and no comment of its own.

    None when it has either. Comments after a blank line introduce what
    follows the table, so they are not its own.
    """
    if table.trivia.comment:
        return None
    parts = []
    for key, item in table.value.body:
        if key is not None:
            return None
        if not isinstance(item, Null):  # tomlkit leaves a Null where it removed an item
            parts.append(item.as_string())
    text = "".join(parts)
    return None if text.lstrip(" \t").startswith("#") else text


def _drop_table(container: Container, key: str, text: str) -> None:
    """Remove the table ``key``, leaving ``text`` (what introduces the next table) in its place."""
    index = container._map.get(SingleKey(key))
    container.remove(key)
    if not isinstance(index, int) or not text:
        return
    # One item in the table's slot keeps tomlkit's index of the items after it right.
    leftover: Item = Whitespace(text) if not text.strip() else \
        Comment(Trivia(comment_ws="", comment=text.rstrip("\n"), trail="\n"))
    container.body[index] = (None, leftover)


# -- checking and saving -----------------------------------------------------------------


def check(text: str, source: str) -> Loaded:
    """What the wall would make of ``text``; ``ok`` when it can be saved."""
    return parse(text, source)


def save(path: Path, text: str) -> Loaded:
    """Write ``text`` to ``path`` if it is a valid configuration; raise InvalidConfig if not.

    The file is replaced in one step (a temporary file in the same folder,
    then ``os.replace``), so a reader sees the old file or the new one, never
    a mix; the old one is kept beside it as ``NAME.bak``. A symbolic link is
    followed, so the file it points to is the one replaced. The folder is
    created when missing. Returns the check's result, whose warnings (unknown
    keys) the caller may show.
    """
    loaded = check(text, str(path))
    if not loaded.ok:
        raise InvalidConfig(loaded.problems)
    target = path.expanduser().resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    mode = 0o644
    try:
        previous = target.read_bytes()
        mode = target.stat().st_mode & 0o777
    except FileNotFoundError:
        previous = None
    if previous is not None:
        _write_atomically(target.with_name(target.name + BACKUP_SUFFIX), previous, mode)
    _write_atomically(target, text.encode("utf-8"), mode)
    log.info("configuration saved to %s", target)
    return loaded


def _write_atomically(path: Path, data: bytes, mode: int) -> None:
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    if os.name == "posix":
        # The rename itself is durable only once the folder is on disk.
        directory = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
