"""What the spec leaves out of the frozen wall: Qt parts it never loads.

PyInstaller's Qt hooks collect every plug-in of each Qt module imported (all
platforms, image formats, input contexts, platform themes...) and Qt's
translations, and then everything those plug-ins link to: the GTK platform
theme alone brings GTK, Cairo and Pango. The wall uses the xcb and offscreen
platforms, PNG (built into QtGui) and its own texts, so the spec keeps only
those plug-ins (:func:`plugin_kept`), drops Qt's data it does not read
(:func:`data_kept`), and then drops every shared library that nothing kept
links to any more (:func:`reachable_binaries`). The Python runtime's own
libraries are stripped of their symbols (:func:`stripped_copies`).
"""

from __future__ import annotations

import posixpath
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path, PurePath

#: TOC entries as PyInstaller has them: (destination, source, type code).
Entry = tuple[str, str, str]

#: Plug-in folders kept, and the plug-ins kept in them ("*": all). Anything
#: else under a ``plugins`` folder is left out.
KEEP_PLUGINS: dict[str, frozenset[str] | str] = {
    # xcb: X11, and under a Wayland desktop through XWayland, where putting
    # the wall on a screen chosen by name works as on X11. offscreen: the
    # self-test and screenshots. qwindows: the Windows platform.
    "platforms": frozenset({
        "libqxcb.so", "libqoffscreen.so", "qwindows.dll", "qoffscreen.dll",
    }),
    # xcb's OpenGL glue: small, and Qt asks for it when a screen is opened.
    "xcbglintegrations": "*",
    # The native look on Windows.
    "styles": "*",
}

#: Folders of PySide6 data the wall never reads: Qt's own translations (the
#: wall's texts are its own, in resources/translations), QML, WebEngine's
#: resources, and the headers and typesystems for building bindings.
UNUSED_QT_DATA = frozenset({
    "translations", "qml", "resources", "metatypes", "typesystems", "include", "glue",
    "scripts", "libexec",
})


def plugin_kept(dest: str) -> bool:
    """Whether :data:`KEEP_PLUGINS` keeps a collected file (any outside Qt's plug-ins is kept)."""
    parts = PurePath(dest).parts
    if "plugins" not in parts or "PySide6" not in parts:
        return True
    index = parts.index("plugins")
    if len(parts) <= index + 2:
        return True
    folder, name = parts[index + 1], parts[-1]
    wanted = KEEP_PLUGINS.get(folder)
    return wanted == "*" or (isinstance(wanted, frozenset) and name in wanted)


def data_kept(dest: str) -> bool:
    """Whether a collected data file is kept: not unused Qt data, not a dropped plug-in."""
    parts = PurePath(dest).parts
    if "PySide6" in parts and "Qt" in parts and UNUSED_QT_DATA.intersection(parts):
        return False
    return plugin_kept(dest)


def reachable_binaries(
    binaries: Iterable[Entry],
    imports_of: Callable[[str], Iterable[str]],
    always: Iterable[str] = (),
) -> tuple[list[Entry], list[Entry]]:
    """Split ``binaries`` into those something kept needs and those nothing does.

    The roots are Python extension modules (type code ``EXTENSION``), Qt
    plug-ins, and the names in ``always`` (the Python library, which the
    bootloader opens by name); from them, every library named by
    ``imports_of(source path)`` (the ELF ``DT_NEEDED`` entries) is reachable,
    transitively. Shared libraries reachable from none are returned second.
    Only for ELF systems: Windows and macOS load some Qt libraries by name at
    run time, which link-time dependencies do not show.
    """
    entries = list(binaries)
    by_name: dict[str, list[Entry]] = {}
    for entry in entries:
        by_name.setdefault(PurePath(entry[0]).name, []).append(entry)
    always = set(always)
    pending = [
        entry for entry in entries
        if entry[2] == "EXTENSION" or "plugins" in PurePath(entry[0]).parts
        or PurePath(entry[0]).name in always
    ]
    reached: set[Entry] = set()
    while pending:
        entry = pending.pop()
        if entry in reached:
            continue
        reached.add(entry)
        for name in imports_of(entry[1]):
            pending.extend(by_name.get(PurePath(name).name, ()))
    kept = [entry for entry in entries if entry in reached or not _is_shared_library(entry)]
    dropped = [entry for entry in entries if entry not in reached and _is_shared_library(entry)]
    return kept, dropped


def without_dangling_links(toc: Iterable[Entry], present: Iterable[Entry]) -> list[Entry]:
    """``toc`` less its symbolic links (type code ``SYMLINK``) to files not in ``present``.

    PyInstaller adds a link beside the executable for each Qt library kept in
    ``PySide6/Qt/lib``; a library left out must take its link along.
    """
    dests = {PurePath(entry[0]).as_posix() for entry in present}
    kept = []
    for entry in toc:
        if entry[2] == "SYMLINK":
            target = posixpath.normpath(posixpath.join(PurePath(entry[0]).parent.as_posix(),
                                                       PurePath(entry[1]).as_posix()))
            if target not in dests:
                continue
        kept.append(entry)
    return kept


def _is_shared_library(entry: Entry) -> bool:
    name = PurePath(entry[0]).name
    return entry[2] in ("BINARY", "EXTENSION") and (".so" in name or name.endswith(".dll"))


def stripped_copies(
    binaries: Iterable[Entry],
    prefix: Path,
    workdir: Path,
    strip: Callable[[Path], None],
) -> list[Entry]:
    """``binaries`` with the files under ``prefix`` replaced by stripped copies in ``workdir``.

    Meant for the Python installation itself: a Python built from source
    (pyenv, for one) keeps its symbols and debug information, 18 MB of its
    library alone. PyInstaller's own ``strip`` option would strip every
    library, which breaks those that auditwheel patched in the wheels
    (numpy's OpenBLAS no longer loads), so only these are stripped.
    """
    prefix = prefix.resolve()
    out = []
    for dest, source, kind in binaries:
        path = Path(source)
        if kind in ("BINARY", "EXTENSION") and path.is_file() and path.resolve().is_relative_to(
                prefix):
            copy = workdir / dest
            if not copy.is_file() or copy.stat().st_mtime < path.stat().st_mtime:
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, copy)
                strip(copy)
            source = str(copy)
        out.append((dest, source, kind))
    return out
