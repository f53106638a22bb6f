"""Where the log goes: standard error when there is one, and a rotating file.

A wall runs for months with nobody reading its terminal, so the wall writes
its log to a file in the platform's log directory as well
(``~/.local/state/wallboard/log/wallboard.log`` on Linux,
``%LOCALAPPDATA%\\wallboard\\Logs\\wallboard.log`` on Windows), five files of
2 MB at most. ``--log-file`` puts it elsewhere.

A windowed Windows program has no standard streams at all (``sys.stdout`` and
``sys.stderr`` are ``None``): :func:`ensure_std_streams` gives it harmless
ones, so a ``print`` or a library writing to ``sys.stderr`` cannot fail.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

import platformdirs

LOG_FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"
CONSOLE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
#: Rotation: the file is renamed at this size and this many old files are kept.
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 5
#: Lowest level written to the file, whatever the console shows: what an
#: operator needs to see what a wall did overnight.
FILE_LEVEL = logging.INFO

log = logging.getLogger(__name__)


def default_log_file() -> Path:
    """``wallboard.log`` in the platform's per-user log directory."""
    return Path(platformdirs.user_log_dir("wallboard", appauthor=False)) / "wallboard.log"


def ensure_std_streams() -> None:
    """Give a process without standard output or error (windowed Windows) null ones."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def configure(
    console_level: int,
    *,
    log_file: Path | None = None,
    file_level: int = FILE_LEVEL,
    rotating: bool = True,
) -> logging.Handler | None:
    """Send the log to standard error at ``console_level`` and, given ``log_file``, to that file.

    The file gets ``file_level`` or more (or ``console_level`` when that is
    lower). ``rotating`` False appends without ever renaming the file: for a
    second process writing the same file now and then (the supervisor), so
    that only one process rotates it. Returns the file's handler, ``None``
    without a file. A file that cannot be opened is reported on standard
    error and the process carries on without it: a read-only disk must not
    keep a wall from showing.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(console_level)
    console.setFormatter(logging.Formatter(CONSOLE_FORMAT))
    root.addHandler(console)
    levels = [console_level]
    file_handler: logging.Handler | None = None
    if log_file is not None:
        level = min(file_level, console_level)
        try:
            file_handler = _file_handler(log_file, rotating)
        except OSError as error:
            log.error("cannot write the log file %s: %s", log_file, error)
        else:
            file_handler.setLevel(level)
            file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
            root.addHandler(file_handler)
            levels.append(level)
    root.setLevel(min(levels))
    return file_handler


def _file_handler(path: Path, rotating: bool) -> logging.Handler:
    path.parent.mkdir(parents=True, exist_ok=True)
    if rotating:
        return logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    return _AppendingHandler(path)


class _AppendingHandler(logging.FileHandler):
    """Opens the file for each record and closes it again.

    Another process (the wall) rotates the file by renaming it; a handle kept
    open here would go on writing into the renamed file, and on Windows would
    keep the rename from happening at all.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(path, mode="a", encoding="utf-8", delay=True)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            super().emit(record)
        finally:
            self.close()
