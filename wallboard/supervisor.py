"""Keeping a wall up: the wall runs as a child process, started again when it dies.

``wallboard`` (the wall, not its sub-commands) starts itself a second time
as a child and watches it. When the child ends with status 0 (the window was
closed) or 2 (bad options: starting again would not help), so does the
supervisor. Any other end is a crash: an unhandled exception the wall logged
before quitting with :data:`CRASH_STATUS`, or a death by signal (a crash in
Qt's native code, an abort, the out-of-memory killer), which no handler
inside the process could have survived. The supervisor logs it, with the
child's last lines of standard error for a native crash (where
:mod:`faulthandler` wrote the Python stacks), waits, and starts the wall
again.

The wait doubles with each crash in a row, from one second up to a minute,
so a wall that cannot start does not spin; a wall that ran for a while
before crashing starts again after the shortest wait.

SIGTERM and SIGINT stop the child (SIGTERM, then SIGKILL after
:data:`STOP_TIMEOUT_S`) and the supervisor, without a restart.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import IO

from wallboard.clock import SYSTEM_CLOCK, Clock

log = logging.getLogger(__name__)

#: The wall's status after it logged an unhandled exception (EX_SOFTWARE).
CRASH_STATUS = 70
#: Bad options or configuration: the wall would fail the same way again.
USAGE_STATUS = 2
#: Set in the child's environment: run the wall itself, not another supervisor.
SUPERVISED_ENV = "WALLBOARD_SUPERVISED"
#: Set in the child's environment: how many times the wall was started again.
RESTARTS_ENV = "WALLBOARD_RESTARTS"
#: Seconds a stopping child gets after SIGTERM before it is killed.
STOP_TIMEOUT_S = 10.0
#: Lines of the child's standard error kept for the report of a native crash.
TAIL_LINES = 60


@dataclass(frozen=True, slots=True)
class RestartPolicy:
    """How long to wait before starting a crashed wall again."""

    first_delay_s: float = 1.0
    max_delay_s: float = 60.0
    #: A run at least this long was no part of a crash loop: the wait starts over.
    healthy_after_s: float = 300.0

    def delay(self, crashes_in_a_row: int) -> float:
        """Seconds to wait after the ``crashes_in_a_row``-th crash in a row (1 first)."""
        doublings = min(max(crashes_in_a_row - 1, 0), 32)
        return float(min(self.max_delay_s, self.first_delay_s * 2**doublings))


def wall_command(argv: Sequence[str]) -> list[str]:
    """The command line that runs this program again with ``argv``.

    The frozen application's executable, or this Python with ``-m wallboard``.
    """
    if getattr(sys, "frozen", False):
        return [sys.executable, *argv]
    return [sys.executable, "-m", "wallboard", *argv]


def is_supervised(environ: Mapping[str, str] = os.environ) -> bool:
    """Whether this process is a wall started by a supervisor."""
    return bool(environ.get(SUPERVISED_ENV))


def restarts(environ: Mapping[str, str] = os.environ) -> int:
    """How many times the supervisor started this wall again (0: the first run)."""
    try:
        return max(0, int(environ.get(RESTARTS_ENV, "0")))
    except ValueError:
        return 0


def describe_status(status: int) -> str:
    """A child's end in words: ``status 70`` or ``killed by SIGSEGV``."""
    if status < 0:
        try:
            return f"killed by {signal.Signals(-status).name}"
        except ValueError:
            return f"killed by signal {-status}"
    if status == CRASH_STATUS:
        return f"status {status}, an unhandled exception (see the traceback above)"
    return f"status {status}"


class Supervisor:
    """Runs ``command`` until it ends on purpose, starting it again after each crash.

    Call :meth:`run` from the main thread; :meth:`stop` from a signal handler
    or another thread ends it. :attr:`delays` records each wait, in order.
    """

    def __init__(
        self,
        command: Sequence[str],
        *,
        policy: RestartPolicy = RestartPolicy(),
        clock: Clock = SYSTEM_CLOCK,
        environ: Mapping[str, str] | None = None,
        stderr: IO[str] | None = None,
    ) -> None:
        self.command = list(command)
        self.policy = policy
        self._clock = clock
        self._environ = dict(os.environ if environ is None else environ)
        self._stderr = stderr
        self._stopping = threading.Event()
        self._child: subprocess.Popen[bytes] | None = None
        # Reentrant: stop() may run in a signal handler on the thread holding it.
        self._lock = threading.RLock()
        self.restarts = 0
        self.delays: list[float] = []

    def run(self) -> int:
        """Supervise until the wall ends on purpose or :meth:`stop`; the exit status to use."""
        in_a_row = 0
        while True:
            started = self._clock.monotonic()
            status, tail = self._run_once()
            ran_s = self._clock.monotonic() - started
            if self._stopping.is_set():
                log.info("wall stopped (%s)", describe_status(status))
                return 0
            if status == 0:
                log.info("the wall was closed; the supervisor ends too")
                return 0
            if status == USAGE_STATUS:
                log.error("the wall did not start (bad options, status 2); not starting it again")
                return status
            if status == CRASH_STATUS or not tail:
                log.error("the wall stopped after %.1f s: %s", ran_s, describe_status(status))
            else:
                log.error("the wall stopped after %.1f s: %s; its last output:\n%s",
                          ran_s, describe_status(status), tail)
            in_a_row = 1 if ran_s >= self.policy.healthy_after_s else in_a_row + 1
            delay = self.policy.delay(in_a_row)
            self.delays.append(delay)
            self.restarts += 1
            log.warning("starting the wall again in %.1f s (restart %d, crash %d in a row)",
                        delay, self.restarts, in_a_row)
            if self._stopping.wait(delay):
                log.info("stopped while waiting to start the wall again")
                return 0

    def stop(self) -> None:
        """End supervision: ask the child to stop, and kill it if it does not in time."""
        self._stopping.set()
        with self._lock:
            child = self._child
        if child is None or child.poll() is not None:
            return
        with contextlib.suppress(OSError):
            child.terminate()
        killer = threading.Timer(STOP_TIMEOUT_S, _kill, args=(child,))
        killer.daemon = True
        killer.start()

    @contextlib.contextmanager
    def handling_signals(self) -> Iterator[None]:
        """SIGTERM, SIGINT and SIGHUP stop supervision within the block (main thread only)."""
        wanted = [signal.SIGTERM, signal.SIGINT]
        if hasattr(signal, "SIGHUP"):
            wanted.append(signal.SIGHUP)
        previous = {}
        for signum in wanted:
            previous[signum] = signal.signal(signum, lambda _signum, _frame: self.stop())
        try:
            yield
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)

    def _run_once(self) -> tuple[int, str]:
        """Start the wall, copy its standard error through, and wait for its end."""
        env = {**self._environ, SUPERVISED_ENV: "1", RESTARTS_ENV: str(self.restarts)}
        log.info("starting the wall: %s", subprocess.list2cmdline(self.command))
        try:
            child = subprocess.Popen(self.command, env=env, stdin=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE)
        except OSError as error:
            log.error("cannot start the wall: %s", error)
            return 127, ""
        with self._lock:
            self._child = child
        if self._stopping.is_set():  # a stop that came while starting
            self.stop()
        tail: collections.deque[str] = collections.deque(maxlen=TAIL_LINES)
        assert child.stderr is not None
        copier = threading.Thread(target=self._copy, args=(child.stderr, tail),
                                  name="wallboard-supervisor-stderr", daemon=True)
        copier.start()
        status = child.wait()
        copier.join(timeout=5)
        with self._lock:
            self._child = None
        return status, "".join(tail).rstrip("\n")

    def _copy(self, source: IO[bytes], tail: collections.deque[str]) -> None:
        out = self._stderr if self._stderr is not None else sys.stderr
        for raw in iter(source.readline, b""):
            line = raw.decode("utf-8", errors="replace")
            tail.append(line)
            try:
                out.write(line)
                out.flush()
            except (OSError, ValueError, AttributeError):
                pass  # nowhere to show it: the tail still goes into the log
        source.close()


def _kill(child: subprocess.Popen[bytes]) -> None:
    if child.poll() is None:
        log.warning("the wall did not stop within %.0f s of SIGTERM; killing it", STOP_TIMEOUT_S)
        with contextlib.suppress(OSError):
            child.kill()


def supervise(argv: Sequence[str], policy: RestartPolicy = RestartPolicy()) -> int:
    """Run the wall with ``argv`` under a :class:`Supervisor` until it ends on purpose."""
    environ = dict(os.environ)
    if getattr(sys, "frozen", False):
        # The frozen executable started again as a program of its own, not as
        # a helper of this one: its loader sets up its environment afresh.
        environ["PYINSTALLER_RESET_ENVIRONMENT"] = "1"
    supervisor = Supervisor(wall_command(argv), policy=policy, environ=environ)
    with supervisor.handling_signals():
        return supervisor.run()
