"""Reading a configuration file: TOML, checked against the declarations in ``schema``.

A problem names the file, the line, the key and what was expected; what was
expected is a :class:`~wallboard.phrases.Phrase`, English in the log and said
in the wall's language on its screen (the file, the key and the values as they
are). Unknown
keys are warnings (a typo is pointed out, with the key it probably meant);
anything else wrong rejects the whole file, so that the caller keeps the
configuration it had: a wall never runs on half a file.
"""

from __future__ import annotations

import difflib
import enum
import re
import tomllib
import types
import typing
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import msgspec

from wallboard import phrases
from wallboard.config.schema import Config
from wallboard.phrases import QT_TRANSLATE_NOOP, Phrase, Translate


class Problem(msgspec.Struct, frozen=True):
    source: str
    line: int | None
    key: str
    message: str
    #: A fatal problem rejects the file; a warning (an unknown key) does not.
    fatal: bool = True

    def __str__(self) -> str:
        return self.said()

    def said(self, translate: Translate | None = None) -> str:
        """``file:line: key: what``, what in the language of ``translate`` (English
        without one: the log's); the file, the line and the key as they are."""
        where = f"{self.source}:{self.line}" if self.line else self.source
        key = f" {self.key}:" if self.key else ""
        message = phrases.said(self.message, translate) if translate else str.__str__(self.message)
        return f"{where}:{key} {message}"


class Loaded(msgspec.Struct, frozen=True):
    """A configuration read from text: ``config`` is None when a problem is fatal."""

    config: Config | None
    problems: tuple[Problem, ...] = ()
    #: The file's own table, before validation (for merging over a central file).
    raw: Mapping[str, Any] = msgspec.field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.config is not None


# -- reading ------------------------------------------------------------------------------


def read_toml(text: str, source: str) -> tuple[dict[str, Any] | None, Problem | None]:
    """The TOML table of ``text``, or the syntax error with its line."""
    try:
        return tomllib.loads(text), None
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        m = re.search(r"\(at line (\d+), column \d+\)", message)
        line = int(m[1]) if m else None
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", message)
        message = re.sub(r"\s*\(at end of document\)", " (at the end of the file)", message)
        # tomllib's own words stay as they are: only the start is the wall's.
        return None, Problem(source, line, "", Phrase(
            QT_TRANSLATE_NOOP("Wall", "not valid TOML: %1"), f"{message[:1].lower()}{message[1:]}"))


def merge(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """``over`` on top of ``base``, table by table; lists and values are replaced whole."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def parse(text: str, source: str, *, base: Mapping[str, Any] | None = None,
          base_text: str = "", base_source: str = "") -> Loaded:
    """Validate ``text`` (laid over ``base``, a central file's table) into a Config."""
    raw, syntax = read_toml(text, source)
    if raw is None:
        assert syntax is not None
        return Loaded(None, (syntax,))
    problems = list(unknown_keys(raw, Config, text, source))
    merged = merge(base, raw) if base else raw
    try:
        config = msgspec.convert(merged, Config, str_keys=True)
    except msgspec.ValidationError as error:
        path, message = _split_error(str(error), merged)
        # A check of a whole table that names its key ("hours: ..."): point at the key.
        named = re.match(r"^(\w+): (.*)$", message, re.DOTALL)
        if named and _type_at((*path, named[1])) is not None:
            path, message = (*path, named[1]), named[2]
        # Say which file the bad value came from: this one, or the central one.
        in_local = _has_path(raw, path)
        where_text, where = (text, source) if in_local or not base else (base_text, base_source)
        problems.append(Problem(where, locate(where_text, path), _dotted(path),
                                _humane(message, path)))
        return Loaded(None, tuple(problems), raw)
    return Loaded(config, tuple(problems), raw)


def load_file(path: Path, **central: Any) -> Loaded:
    """Read and validate the file at ``path``; an unreadable file is a fatal problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Loaded(None, (Problem(str(path), None, "", Phrase(
            QT_TRANSLATE_NOOP("Wall", "no such file"))),))
    except UnicodeDecodeError as error:
        return Loaded(None, (Problem(str(path), None, "", not_utf8(error)),))
    except OSError as error:
        return Loaded(None, (Problem(str(path), None, "", cannot_read(error)),))
    return parse(text, str(path), **central)


# -- unknown keys -------------------------------------------------------------------------


def _plain(tp: Any) -> Any:
    """``tp`` without Annotated and without ``| None``."""
    while typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return _plain(args[0])
    return tp


def _fields(cls: type) -> dict[str, Any]:
    return {f.encode_name: f.type for f in msgspec.structs.fields(cls)}


def unknown_keys(raw: Mapping[str, Any], cls: type, text: str, source: str,
                 path: tuple[str | int, ...] = ()) -> Iterator[Problem]:
    """A warning for each key the declarations do not know, with the likely intended key."""
    fields = _fields(cls)
    for key, value in raw.items():
        here = (*path, key)
        if key not in fields:
            guess = difflib.get_close_matches(key, list(fields), n=1, cutoff=0.6)
            message = (Phrase(QT_TRANSLATE_NOOP("Wall", "unknown key, ignored; did you mean %1?"),
                              repr(guess[0])) if guess else
                       Phrase(QT_TRANSLATE_NOOP("Wall", "unknown key, ignored; known here: %1"),
                              ", ".join(sorted(fields))))
            yield Problem(source, locate(text, here), _dotted(here), message, fatal=False)
            continue
        yield from _unknown_in(value, _plain(fields[key]), text, source, here)


def _unknown_in(value: Any, tp: Any, text: str, source: str,
                path: tuple[str | int, ...]) -> Iterator[Problem]:
    if isinstance(tp, type) and issubclass(tp, msgspec.Struct) and isinstance(value, Mapping):
        yield from unknown_keys(value, tp, text, source, path)
        return
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is dict and isinstance(value, Mapping) and len(args) == 2:
        for k, v in value.items():
            yield from _unknown_in(v, _plain(args[1]), text, source, (*path, k))
    elif origin is tuple and isinstance(value, list) and args:
        for i, v in enumerate(value):
            yield from _unknown_in(v, _plain(args[0]), text, source, (*path, i))


# -- where and what -----------------------------------------------------------------------


def _split_error(message: str, raw: Mapping[str, Any]) -> tuple[tuple[str | int, ...], str]:
    """msgspec's "Expected ... - at `$.a.b[0]`" as a path and the message."""
    m = re.match(r"^(?P<msg>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", message, re.DOTALL)
    assert m is not None
    path: list[str | int] = []
    for part in re.findall(r"\.([^.\[]+)|\[(\d+|\.\.\.)\]", m["path"] or ""):
        name, index = part
        if name:
            path.append(name)
        elif index == "...":
            # A key of a table of tables: msgspec does not say which; find it.
            path.append(_failing_key(raw, path) or "...")
        else:
            path.append(int(index))
    return tuple(path), m["msg"]


def _failing_key(raw: Mapping[str, Any], path: list[str | int]) -> str | None:
    node: Any = raw
    tp: Any = Config
    for part in path:
        node = node[part]
        tp = _child_type(tp, part)
        if tp is None:
            return None
    if not isinstance(node, Mapping):
        return None
    args = typing.get_args(tp)
    value_type = _plain(args[1]) if len(args) == 2 else None
    for key, value in node.items():
        try:
            msgspec.convert(value, value_type)
        except msgspec.ValidationError:
            return str(key)
    return None


def _child_type(tp: Any, part: str | int) -> Any:
    tp = _plain(tp)
    if isinstance(tp, type) and issubclass(tp, msgspec.Struct):
        field = _fields(tp).get(str(part))
        return None if field is None else _plain(field)
    args = typing.get_args(tp)
    if typing.get_origin(tp) is dict and len(args) == 2:
        return _plain(args[1])
    if typing.get_origin(tp) is tuple and args:
        return _plain(args[0])
    return None


def _type_at(path: tuple[str | int, ...]) -> Any:
    tp: Any = Config
    for part in path:
        tp = _child_type(tp, part)
        if tp is None:
            return None
    return tp


def _has_path(raw: Mapping[str, Any], path: tuple[str | int, ...]) -> bool:
    node: Any = raw
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return False
    return True


_WORDS = {"float": QT_TRANSLATE_NOOP("Wall", "a number"),
          "int": QT_TRANSLATE_NOOP("Wall", "a whole number"),
          "str": QT_TRANSLATE_NOOP("Wall", "text"),
          "bool": QT_TRANSLATE_NOOP("Wall", "true or false"),
          "array": QT_TRANSLATE_NOOP("Wall", "a list"),
          "object": QT_TRANSLATE_NOOP("Wall", "a table"),
          "null": QT_TRANSLATE_NOOP("Wall", "nothing")}

# What msgspec and the declarations' own checks (schema.py) say, as the English
# _humane makes of it, and the template each is said with elsewhere: the groups
# are the values, put in as they are (a word of _WORDS translated). (Comments
# with "#:" in this table are the translators'; lupdate gives them along.)
_SAYINGS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), template) for pattern, template in (
        #: A value of a configuration file: %1 the kind wanted ("a number"), %2 the kind found.
        (r"expected (.+?), got (.+)", QT_TRANSLATE_NOOP("Wall", "expected %1, got %2")),
        #: A value of a configuration file: %1 the kind wanted ("a whole number"), %2 its
        #: bound as written ("<= 100").
        (r"expected (.+?) ([<>]=? ?-?[\d.e+-]+)", QT_TRANSLATE_NOOP("Wall", "expected %1 %2")),
        (r"missing the key (.+)", QT_TRANSLATE_NOOP("Wall", "missing the key %1")),
        (r"invalid value (.+)", QT_TRANSLATE_NOOP("Wall", "invalid value %1")),
        (r"needs at least one page", QT_TRANSLATE_NOOP("Wall", "needs at least one page")),
        (r"lists a page twice", QT_TRANSLATE_NOOP("Wall", "lists a page twice")),
        (r"critical \((\S+)\) must be above warning \((\S+)\) or equal to it",
         QT_TRANSLATE_NOOP("Wall", "critical (%1) must be above warning (%2) or equal to it")),
        (r"critical \((\S+)\) must be below warning \((\S+)\) or equal to it",
         QT_TRANSLATE_NOOP("Wall", "critical (%1) must be below warning (%2) or equal to it")),
        (r"scope (.+) is not 'site', 'KIND:ID' or 'KIND:\*' \(KIND: department, queue, "
         r"channel, language\)",
         QT_TRANSLATE_NOOP("Wall", "scope %1 is not 'site', 'KIND:ID' or 'KIND:*' (KIND: "
                                   "department, queue, channel, language)")),
        (r"metric (.+) is measured for the site only",
         QT_TRANSLATE_NOOP("Wall", "metric %1 is measured for the site only")),
        (r"metric 'staffing_gap' is measured for the site, departments and languages: "
         r"scope must be 'site', 'department:\.\.\.' or 'language:\.\.\.'",
         QT_TRANSLATE_NOOP("Wall", "metric 'staffing_gap' is measured for the site, "
                                   "departments and languages: scope must be 'site', "
                                   "'department:...' or 'language:...'")),
        (r"metric (.+) is a department's backlog: scope must be 'site' or 'department:\.\.\.'",
         QT_TRANSLATE_NOOP("Wall", "metric %1 is a department's backlog: scope must be "
                                   "'site' or 'department:...'")),
        (r"metric (.+) has no target: the rule needs 'warning' \(and may have 'critical'\)",
         QT_TRANSLATE_NOOP("Wall", "metric %1 has no target: the rule needs 'warning' (and "
                                   "may have 'critical')")),
        (r"critical must be past warning \(above it, or below it for a figure where lower "
         r"is worse\)",
         QT_TRANSLATE_NOOP("Wall", "critical must be past warning (above it, or below it for "
                                   "a figure where lower is worse)")),
        (r"(.+) is not like 'Mon-Fri 08:00-18:00'",
         QT_TRANSLATE_NOOP("Wall", "%1 is not like 'Mon-Fri 08:00-18:00'")),
        (r"(.+) is not a time of day", QT_TRANSLATE_NOOP("Wall", "%1 is not a time of day")),
        (r"two rules have the id (.+)", QT_TRANSLATE_NOOP("Wall", "two rules have the id %1")),
        (r"daily_at must be HH:MM, not (.+)",
         QT_TRANSLATE_NOOP("Wall", "daily_at must be HH:MM, not %1")),
        (r"(\S+): a limit cannot be negative \((-?\d+)\); 0 means none",
         QT_TRANSLATE_NOOP("Wall", "%1: a limit cannot be negative (%2); 0 means none")),
    ))
_WORD_PHRASES = {word: Phrase(word) for word in _WORDS.values()}


def _humane(message: str, path: tuple[str | int, ...]) -> str:
    """msgspec's message in the words of a person editing a TOML file: a
    :class:`Phrase` where the wall knows how to say it in other languages."""
    out = re.sub(r"`(\w+)`", lambda m: _WORDS.get(m[1], f"'{m[1]}'"), message)
    out = out.replace("Object missing required field", "missing the key")
    out = out.replace("Invalid enum value", "invalid value")
    out = re.sub(r"(\d+)\.0\b", r"\1", out)
    out = out[:1].lower() + out[1:]
    for pattern, template in _SAYINGS:
        m = pattern.fullmatch(out)
        if m:
            out = Phrase(template, *(_WORD_PHRASES.get(g, g) for g in m.groups()))
            break
    choices = _choices(_type_at(path))
    if choices and ("invalid" in out or "expected" in out):
        #: %1 what is wrong with a value; %2 the values the key takes, as written.
        out = Phrase(QT_TRANSLATE_NOOP("Wall", "%1 (one of: %2)"), out, ", ".join(choices))
    return out


def not_utf8(error: UnicodeDecodeError) -> Phrase:
    return Phrase(QT_TRANSLATE_NOOP("Wall", "not UTF-8 text (%1 at byte %2)"), error.reason,
                  str(error.start))


def cannot_read(error: OSError) -> Phrase:
    """The system's own words for why (its language, not the wall's)."""
    return Phrase(QT_TRANSLATE_NOOP("Wall", "cannot read: %1"), str(error.strerror or error))


def _choices(tp: Any) -> tuple[str, ...]:
    tp = _plain(tp) if tp is not None else None
    if typing.get_origin(tp) is tuple and typing.get_args(tp):
        tp = _plain(typing.get_args(tp)[0])
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tuple(str(m.value) for m in tp)
    if typing.get_origin(tp) is typing.Literal:
        return tuple(str(a) for a in typing.get_args(tp))
    return ()


def _dotted(path: tuple[str | int, ...]) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            name = part if re.fullmatch(r"[A-Za-z0-9_-]+", part) else f'"{part}"'
            out += f".{name}" if out else name
    return out


# -- lines --------------------------------------------------------------------------------

_HEADER = re.compile(r"^\s*(\[\[?)\s*(?P<name>[^\]]+?)\s*\]\]?\s*(#.*)?$")
_ASSIGN = re.compile(r"^\s*(?P<key>(?:\"[^\"]*\"|'[^']*'|[A-Za-z0-9_-]+)"
                     r"(?:\s*\.\s*(?:\"[^\"]*\"|'[^']*'|[A-Za-z0-9_-]+))*)\s*=")


def _key_parts(dotted: str) -> tuple[str, ...]:
    parts = re.findall(r"\"([^\"]*)\"|'([^']*)'|([A-Za-z0-9_-]+)", dotted)
    return tuple(a or b or c for a, b, c in parts)


def locate(text: str, path: tuple[str | int, ...]) -> int | None:
    """The line of ``path`` in ``text``, or of the nearest table that holds it.

    Reads headers and assignments only (no values spanning lines are parsed);
    that is enough to point a person at the place, which is all it is for.
    """
    lines: dict[tuple[str | int, ...], int] = {}
    arrays: dict[tuple[str, ...], int] = {}
    table: tuple[str | int, ...] = ()
    in_multiline = False
    for number, line in enumerate(text.splitlines(), start=1):
        if line.count('"""') % 2 or line.count("'''") % 2:
            in_multiline = not in_multiline
            if not in_multiline:
                continue
        elif in_multiline:
            continue
        header = _HEADER.match(line)
        if header and not _ASSIGN.match(line):
            name = _key_parts(header["name"])
            if header.group(1) == "[[":
                index = arrays.get(name, -1) + 1
                arrays[name] = index
                table = (*name, index)
            else:
                # A sub-table of an array of tables belongs to its last element.
                table = _in_arrays(name, arrays)
            lines.setdefault(table, number)
            continue
        assign = _ASSIGN.match(line)
        if assign:
            lines.setdefault((*table, *_key_parts(assign["key"])), number)
    for end in range(len(path), 0, -1):
        if path[:end] in lines:
            return lines[path[:end]]
    return None


def _in_arrays(name: tuple[str, ...], arrays: Mapping[tuple[str, ...], int]
               ) -> tuple[str | int, ...]:
    for end in range(len(name) - 1, 0, -1):
        if name[:end] in arrays:
            return (*name[:end], arrays[name[:end]], *name[end:])
    return name
