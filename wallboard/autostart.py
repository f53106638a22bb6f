"""``wallboard autostart``: start the wall in kiosk mode when the wall's user logs in.

On Linux (and other XDG desktops) it writes or removes
``$XDG_CONFIG_HOME/autostart/wallboard.desktop`` (``~/.config/autostart`` by
default), which GNOME, KDE, Xfce and LXQt start at login. On Windows it sets
or removes the value ``Wallboard`` under the current user's
``Software\\Microsoft\\Windows\\CurrentVersion\\Run`` key, which Explorer
starts at login.

The command started is the one running now: the frozen executable, or the
``wallboard`` script of this virtual environment, with ``--kiosk`` and the
wall options given after ``--``::

    wallboard autostart --enable -- --url wss://feed.example.org/wallboard --screen HDMI-2
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Protocol, TextIO

from wallboard.resources import resource_path

DESKTOP_FILE = "wallboard.desktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "Wallboard"
WINDOWS_ONLY = "the registry's Run key exists only on Windows"

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--enable", action="store_true",
                      help="start the wall in kiosk mode at login, with the wall options after --")
    what.add_argument("--disable", action="store_true", help="no longer start it at login")
    what.add_argument("--status", action="store_true", help="say whether and how it starts")
    parser.add_argument("wall_args", nargs=argparse.REMAINDER, metavar="-- WALL-OPTION",
                        help="options for the wall, e.g. -- --url wss://... --screen HDMI-2")


# --- What to start -----------------------------------------------------------------


def wall_command_line(wall_args: Sequence[str]) -> list[str]:
    """This installation's ``wallboard`` with ``--kiosk`` and ``wall_args``."""
    args = list(wall_args)
    if getattr(sys, "frozen", False):
        program = [_frozen_program()]
    else:
        script = Path(sys.executable).with_name(
            "wallboard.exe" if sys.platform == "win32" else "wallboard")
        program = [str(script)] if script.is_file() else [sys.executable, "-m", "wallboard"]
    kiosk = [] if "--kiosk" in args else ["--kiosk"]
    return [*program, *kiosk, *args]


def _frozen_program() -> str:
    """The frozen executable by the path it was started with.

    ``sys.executable`` has every symbolic link resolved; the path typed keeps
    them, so an entry made through ``/opt/wallboard/current`` follows that
    link to the next version.
    """
    invoked = sys.argv[0] if sys.argv else ""
    if os.sep in invoked or (os.altsep and os.altsep in invoked):
        candidate = os.path.abspath(invoked)
    else:
        candidate = shutil.which(invoked) or "" if invoked else ""
    if candidate and os.path.realpath(candidate) == os.path.realpath(sys.executable):
        return candidate
    return sys.executable


def _icon_for(program: str) -> Path | None:
    """The icon beside ``program`` (frozen: in its ``_internal`` folder), else in this tree."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        inside = Path(frozen_root).relative_to(Path(sys.executable).resolve().parent)
        icon = Path(program).parent / inside / "resources" / "icons" / "wallboard.png"
    else:
        icon = resource_path("icons", "wallboard.png")
    return icon if icon.is_file() else None


def desktop_exec(argv: Sequence[str]) -> str:
    """``argv`` as a desktop entry's ``Exec`` value (Desktop Entry Specification, "The Exec key").

    Arguments with a space or a reserved character are double-quoted, with
    ``"``, backquote, ``$`` and backslash escaped inside; ``%`` is doubled,
    since a lone one starts a field code. The whole value is then escaped as
    a string value (a backslash is written twice).
    """
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    quoted = []
    for arg in argv:
        arg = arg.replace("%", "%%")
        if not arg or reserved.intersection(arg):
            inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
            arg = f'"{inner}"'
        quoted.append(arg)
    return " ".join(quoted).replace("\\", "\\\\")


def desktop_entry(argv: Sequence[str], icon: Path | str = "wallboard") -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=Wallboard",
        "Comment=Contact-centre wallboard in kiosk mode, started at login",
        f"Exec={desktop_exec(argv)}",
        f"Icon={icon}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


# --- Linux and other XDG desktops ----------------------------------------------------


def autostart_dir(environ: Mapping[str, str] = os.environ) -> Path:
    """``$XDG_CONFIG_HOME/autostart``; ``~/.config/autostart`` when it is unset or relative."""
    config = environ.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and Path(config).is_absolute() else Path.home() / ".config"
    return base / "autostart"


def enable_xdg(argv: Sequence[str], environ: Mapping[str, str] = os.environ) -> Path:
    """Write the autostart entry (replacing an earlier one); returns its path."""
    path = autostart_dir(environ) / DESKTOP_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    icon = _icon_for(argv[0])
    temporary = path.with_suffix(".tmp")
    temporary.write_text(desktop_entry(argv, icon or "wallboard"), encoding="utf-8")
    temporary.replace(path)
    return path


def disable_xdg(environ: Mapping[str, str] = os.environ) -> Path | None:
    """Remove the autostart entry; its path, or ``None`` when there was none."""
    path = autostart_dir(environ) / DESKTOP_FILE
    try:
        path.unlink()
    except FileNotFoundError:
        return None
    return path


def xdg_status(environ: Mapping[str, str] = os.environ) -> str | None:
    """The ``Exec`` line of the autostart entry, or ``None`` when there is none."""
    path = autostart_dir(environ) / DESKTOP_FILE
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return None
    return next((line[5:] for line in lines if line.startswith("Exec=")), "")


# --- Windows -----------------------------------------------------------------------


class RunKey(Protocol):
    """The current user's Run key: one named value per program started at login."""

    def get(self, name: str) -> str | None: ...
    def set(self, name: str, command: str) -> None: ...
    def delete(self, name: str) -> bool: ...


class WindowsRunKey:
    """:class:`RunKey` in the registry (``HKEY_CURRENT_USER``); Windows only."""

    def get(self, name: str) -> str | None:
        if sys.platform != "win32":
            raise OSError(WINDOWS_ONLY)
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, name: str, command: str) -> None:
        if sys.platform != "win32":
            raise OSError(WINDOWS_ONLY)
        import winreg

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, command)

    def delete(self, name: str) -> bool:
        if sys.platform != "win32":
            raise OSError(WINDOWS_ONLY)
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0,
                                winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            return False
        return True


# --- The command ---------------------------------------------------------------------


def run(
    args: argparse.Namespace,
    *,
    check_wall_args: Callable[[list[str]], str | None],
    out: TextIO | None = None,
    platform: str = sys.platform,
    environ: Mapping[str, str] = os.environ,
    run_key: RunKey | None = None,
) -> int:
    """Carry out ``wallboard autostart``; ``check_wall_args`` returns why wall options are bad.

    Messages go to ``out``, standard error by default.
    """
    out = out if out is not None else sys.stderr
    wall_args = list(args.wall_args)
    if wall_args[:1] == ["--"]:
        wall_args = wall_args[1:]
    if args.enable:
        problem = check_wall_args(["--kiosk", *wall_args])
        if problem:
            print(f"wallboard autostart: {problem}", file=out)
            return EXIT_USAGE
    elif wall_args:
        print("wallboard autostart: wall options go with --enable only", file=out)
        return EXIT_USAGE
    try:
        if platform == "win32":
            return _run_windows(args, run_key or WindowsRunKey(), wall_args, out)
        return _run_xdg(args, environ, wall_args, out)
    except OSError as error:
        print(f"wallboard autostart: {error}", file=out)
        return EXIT_FAILED


def _run_xdg(args: argparse.Namespace, environ: Mapping[str, str], wall_args: list[str],
             out: TextIO) -> int:
    if args.enable:
        path = enable_xdg(wall_command_line(wall_args), environ)
        print(f"The wall starts at login: {path}", file=out)
    elif args.disable:
        removed = disable_xdg(environ)
        print(f"Removed {removed}." if removed else "The wall was not started at login.", file=out)
    else:
        exec_line = xdg_status(environ)
        print(f"Starts at login: {exec_line}" if exec_line is not None
              else "The wall is not started at login.", file=out)
    return EXIT_OK


def _run_windows(args: argparse.Namespace, key: RunKey, wall_args: list[str],
                 out: TextIO) -> int:
    where = f"HKEY_CURRENT_USER\\{RUN_KEY}\\{RUN_VALUE}"
    if args.enable:
        key.set(RUN_VALUE, subprocess.list2cmdline(wall_command_line(wall_args)))
        print(f"The wall starts at login: {where}", file=out)
    elif args.disable:
        removed = key.delete(RUN_VALUE)
        print(f"Removed {where}." if removed else "The wall was not started at login.", file=out)
    else:
        command = key.get(RUN_VALUE)
        print(f"Starts at login: {command}" if command is not None
              else "The wall is not started at login.", file=out)
    return EXIT_OK
