"""The log file: where it is, what goes in, how it rotates; and a process without streams."""

from __future__ import annotations

import logging
import logging.handlers
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from wallboard import logfile


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)


def test_the_wall_writes_info_to_its_file_while_the_console_shows_warnings(tmp_path: Path) -> None:
    path = tmp_path / "logs" / "wallboard.log"
    handler = logfile.configure(logging.WARNING, log_file=path)
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert (handler.maxBytes, handler.backupCount) == (2 * 1024 * 1024, 5)
    logging.getLogger("wallboard.test").info("connected to the feed")
    logging.getLogger("wallboard.test").debug("too much detail")
    handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "INFO wallboard.test: connected to the feed" in text
    assert "too much detail" not in text


def test_the_file_rotates_and_keeps_five_old_files(tmp_path: Path) -> None:
    path = tmp_path / "wallboard.log"
    handler = logfile.configure(logging.WARNING, log_file=path)
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    handler.maxBytes = 2000  # the real 2 MB would take 20 000 lines to show it
    for n in range(400):
        logging.getLogger("wallboard.test").warning("line %d of the night", n)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["wallboard.log", *(f"wallboard.log.{i}" for i in range(1, 6))]
    assert "line 399 of the night" in path.read_text(encoding="utf-8")


def test_a_second_process_appends_without_holding_the_file_open(tmp_path: Path) -> None:
    path = tmp_path / "wallboard.log"
    handler = logfile.configure(logging.WARNING, log_file=path, rotating=False)
    assert handler is not None
    logging.getLogger("wallboard.supervisor").warning("starting the wall again")
    # The wall rotates the file meanwhile: the next record goes to the new one.
    path.rename(tmp_path / "wallboard.log.1")
    logging.getLogger("wallboard.supervisor").warning("the wall stopped")
    assert "starting the wall again" in (tmp_path / "wallboard.log.1").read_text()
    assert "the wall stopped" in path.read_text()


def test_a_log_file_that_cannot_be_written_does_not_stop_the_program(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    assert logfile.configure(logging.WARNING, log_file=blocker / "wallboard.log") is None
    assert "cannot write the log file" in capsys.readouterr().err


def test_the_default_file_is_in_the_platforms_log_directory() -> None:
    import platformdirs

    assert logfile.default_log_file() == (
        Path(platformdirs.user_log_dir("wallboard", appauthor=False)) / "wallboard.log")


def test_without_standard_streams_the_command_line_still_works(tmp_path: Path) -> None:
    # A windowed Windows program starts with sys.stdout and sys.stderr None.
    program = (
        "import sys; sys.stdout = None; sys.stderr = None\n"
        "from wallboard.cli import main\n"
        f"status = main(['-v', '--log-file', {str(tmp_path / 'w.log')!r}, 'config', '--path'])\n"
        "sys.__stdout__.write(f'status {status}')\n"
        "sys.__stdout__.flush()\n"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.stdout == "status 0", result.stderr
