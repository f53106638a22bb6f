"""The build's own helpers: what the spec trims, and the Windows version resource.

The build itself is checked by tests/dist, against the frozen application.
"""

from __future__ import annotations

import ast
import configparser
import sys
from pathlib import Path

import pytest

from wallboard import __version__

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
sys.path.insert(0, str(PACKAGING))

import trim  # noqa: E402
import versionfile  # noqa: E402

QT = "PySide6/Qt/plugins"


@pytest.mark.parametrize(("dest", "kept"), [
    (f"{QT}/platforms/libqxcb.so", True),
    (f"{QT}/platforms/libqoffscreen.so", True),
    (f"{QT}/platforms/libqwayland.so", False),
    (f"{QT}/platforms/libqeglfs.so", False),
    (f"{QT}/xcbglintegrations/libqxcb-glx-integration.so", True),
    (f"{QT}/imageformats/libqjpeg.so", False),
    (f"{QT}/platformthemes/libqgtk3.so", False),
    (f"{QT}/platforminputcontexts/libibusplatforminputcontextplugin.so", False),
    (f"{QT}/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so", True),
])
def test_only_the_plugins_the_wall_loads_are_kept(dest: str, kept: bool) -> None:
    assert trim.plugin_kept(dest) is kept


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/qml/QtQuick/Controls/qmldir", False),
    ("PySide6/Qt/resources/qtwebengine_resources.pak", False),
    ("ui/themes/dark.qss", True),
    ("resources/icons/wallboard.png", True),
    ("wallboard/config/example.toml", True),
])
def test_qt_data_the_wall_never_reads_is_left_out(dest: str, kept: bool) -> None:
    assert trim.data_kept(dest) is kept


def test_libraries_only_dropped_plugins_needed_are_left_out() -> None:
    needs = {
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/src/libQt6Gui.so.6": ["libQt6Core.so.6", "libfreetype.so.6"],
        "/src/libQt6Core.so.6": ["libicuuc.so.73"],
        "/src/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/src/libQt6XcbQpa.so.6": ["libxcb.so.1"],
    }
    binaries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("libicuuc.so.73", "/src/libicuuc.so.73", "BINARY"),
        ("libfreetype.so.6", "/src/libfreetype.so.6", "BINARY"),
        (f"{QT}/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
        ("libxcb.so.1", "/src/libxcb.so.1", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
        # Only the GTK theme plug-in, left out, needed these:
        ("libgtk-3.so.0", "/src/libgtk-3.so.0", "BINARY"),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", "/src/libQt6WaylandClient.so.6", "BINARY"),
    ]
    kept, dropped = trim.reachable_binaries(
        binaries, lambda path: needs.get(path, []), always=["libpython3.11.so.1.0"])
    assert {Path(d).name for d, _, _ in dropped} == {"libgtk-3.so.0", "libQt6WaylandClient.so.6"}
    assert len(kept) == len(binaries) - 2


def test_links_to_libraries_left_out_go_too() -> None:
    present = [("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY")]
    toc = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("ui/themes/dark.qss", "/src/dark.qss", "DATA"),
    ]
    assert trim.without_dangling_links(toc, present + toc) == [toc[0], toc[2]]


def test_python_runtime_libraries_are_stripped_copies(tmp_path: Path) -> None:
    prefix = tmp_path / "python"
    (prefix / "lib").mkdir(parents=True)
    runtime = prefix / "lib" / "libpython3.11.so.1.0"
    runtime.write_bytes(b"with symbols")
    wheel_lib = tmp_path / "site-packages" / "numpy.libs" / "libopenblas.so"
    wheel_lib.parent.mkdir(parents=True)
    wheel_lib.write_bytes(b"patched by auditwheel")
    stripped: list[Path] = []

    def strip(path: Path) -> None:
        stripped.append(path)
        path.write_bytes(b"stripped")

    out = trim.stripped_copies(
        [("libpython3.11.so.1.0", str(runtime), "BINARY"),
         ("numpy.libs/libopenblas.so", str(wheel_lib), "BINARY")],
        prefix, tmp_path / "work", strip)
    assert out[1] == ("numpy.libs/libopenblas.so", str(wheel_lib), "BINARY")
    assert Path(out[0][1]).read_bytes() == b"stripped"
    assert runtime.read_bytes() == b"with symbols"  # the installation itself is untouched
    assert stripped == [tmp_path / "work" / "libpython3.11.so.1.0"]


def test_the_version_resource_carries_the_packages_version() -> None:
    init = Path(__file__).resolve().parents[2] / "wallboard" / "__init__.py"
    assert versionfile.read_version(init) == __version__
    text = versionfile.version_file_text("1.2.3")
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates it as a Python expression
    call = tree.body
    assert isinstance(call, ast.Call) and getattr(call.func, "id", None) == "VSVersionInfo"
    assert "filevers=(1, 2, 3, 0)" in text and "prodvers=(1, 2, 3, 0)" in text
    assert "StringStruct('ProductVersion', '1.2.3')" in text
    assert "StringStruct('OriginalFilename', 'wallboard.exe')" in text


@pytest.mark.parametrize(("version", "numbers"), [
    ("0.1.0", (0, 1, 0, 0)), ("2.10", (2, 10, 0, 0)), ("1.2.3rc1", (1, 2, 3, 0)),
    ("1.2.3+local.7", (1, 2, 3, 0)),
])
def test_windows_version_numbers(version: str, numbers: tuple[int, ...]) -> None:
    assert versionfile.version_tuple(version) == numbers


def test_the_desktop_entry_starts_the_installed_wall() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(PACKAGING / "wallboard.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "/opt/wallboard/current/wallboard"
    assert entry["Icon"] == "wallboard"
    assert entry["Terminal"] == "false"
