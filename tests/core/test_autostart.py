"""``wallboard autostart`` writes and removes the login entry that starts the wall."""

from __future__ import annotations

import configparser
import io
import sys
from pathlib import Path

import pytest

from wallboard import autostart
from wallboard.cli import main


def entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def exec_argv(value: str) -> list[str]:
    """An Exec value back to its arguments, as the Desktop Entry Specification reads it.

    First the string value's escapes (a doubled backslash), then the quoting:
    arguments apart at spaces, a double-quoted one taking ``\\"``, ``\\```,
    ``\\$`` and ``\\\\`` as the character after the backslash; ``%%`` is ``%``.
    """
    text = value.replace("\\\\", "\\")
    args: list[str] = []
    current: list[str] | None = None
    quoted = False
    chars = iter(text)
    for char in chars:
        if quoted:
            if char == "\\":
                escaped = next(chars)
                assert escaped in '"`$\\', f"{escaped!r} may not be escaped"
                current.append(escaped)
            elif char == '"':
                quoted = False
            else:
                current.append(char)
        elif char == " ":
            if current is not None:
                args.append("".join(current))
            current = None
        else:
            current = current if current is not None else []
            if char == '"':
                quoted = True
            else:
                current.append(char)
    assert not quoted, "unbalanced quotes"
    if current is not None:
        args.append("".join(current))
    return [arg.replace("%%", "%") for arg in args]


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config"


def test_enable_writes_an_xdg_autostart_entry_with_kiosk_and_the_wall_options(
    config_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["autostart", "--enable", "--", "--url", "wss://feed.example.org/wall?x=1&y=%41",
                   "--screen", "HDMI 2"])
    assert status == 0
    path = config_home / "autostart" / "wallboard.desktop"
    assert str(path) in capsys.readouterr().err
    desktop = entry(path)
    assert desktop["Type"] == "Application"
    assert desktop["X-GNOME-Autostart-enabled"] == "true"
    argv = exec_argv(desktop["Exec"])
    # This installation's wallboard: the virtual environment's script here.
    assert argv[0] == str(Path(sys.executable).with_name("wallboard"))
    assert argv[1:] == ["--kiosk", "--url", "wss://feed.example.org/wall?x=1&y=%41",
                        "--screen", "HDMI 2"]
    assert Path(desktop["Icon"]).is_file()


def test_enable_again_replaces_the_entry_and_disable_removes_it(
    config_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["autostart", "--enable", "--", "--demo"]) == 0
    assert main(["autostart", "--enable", "--", "--demo", "--theme", "light"]) == 0
    path = config_home / "autostart" / "wallboard.desktop"
    assert exec_argv(entry(path)["Exec"])[1:] == ["--kiosk", "--demo", "--theme", "light"]
    assert main(["autostart", "--status"]) == 0
    assert "--theme light" in capsys.readouterr().err
    assert main(["autostart", "--disable"]) == 0
    assert not path.exists()
    assert main(["autostart", "--disable"]) == 0
    assert "was not started at login" in capsys.readouterr().err


def test_options_the_wall_would_refuse_are_refused_now(
    config_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["autostart", "--enable", "--", "--no-such-option"]) == 2
    assert main(["autostart", "--enable", "--", "probe", "--url", "ws://x"]) == 2
    assert not (config_home / "autostart").exists()
    assert "not valid wall options" in capsys.readouterr().err


def test_the_xdg_directory_follows_the_base_directory_specification(tmp_path: Path) -> None:
    assert autostart.autostart_dir({"XDG_CONFIG_HOME": str(tmp_path)}) == tmp_path / "autostart"
    # Unset, empty or relative: ~/.config.
    home = Path.home() / ".config" / "autostart"
    assert autostart.autostart_dir({}) == home
    assert autostart.autostart_dir({"XDG_CONFIG_HOME": ""}) == home
    assert autostart.autostart_dir({"XDG_CONFIG_HOME": "relative/dir"}) == home


@pytest.mark.parametrize("argv", [
    ["/opt/wallboard/current/wallboard", "--kiosk"],
    ["/opt/wall board/wallboard", "--url", "wss://h/p?a=1&b=$HOME", "--screen", "DP-1"],
    ["C:\\Program Files\\wallboard.exe", "--screen", 'Dell "U2720Q"', "--page", "50%"],
])
def test_exec_values_give_back_the_arguments(argv: list[str]) -> None:
    assert exec_argv(autostart.desktop_exec(argv)) == argv


class FakeRunKey:
    """Stands in for the registry's Run key, which exists only on Windows.

    Only the registry calls are replaced; what is written there is the real code's.
    """

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, command: str) -> None:
        self.values[name] = command

    def delete(self, name: str) -> bool:
        return self.values.pop(name, None) is not None


def test_on_windows_the_run_key_starts_the_wall_at_login() -> None:
    from wallboard.cli import build_parser

    key = FakeRunKey()
    out = io.StringIO()

    def run(*argv: str) -> int:
        return autostart.run(build_parser().parse_args(["autostart", *argv]),
                             check_wall_args=lambda _args: None, out=out, platform="win32",
                             run_key=key)

    assert run("--enable", "--", "--url", "wss://feed/wall", "--screen", "Display 2") == 0
    command = key.values[autostart.RUN_VALUE]
    assert command.endswith('--kiosk --url wss://feed/wall --screen "Display 2"')
    assert run("--status") == 0
    assert command in out.getvalue()
    assert run("--disable") == 0
    assert key.values == {}
