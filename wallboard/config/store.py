"""The configuration in force: loaded at start, reloaded when its files change.

The local file is found by the platform's conventions (platformdirs) unless
``--config`` names one. It may lay itself over a central file (``central =``,
a shared path or an ``https://`` URL) so that one control room configures all
its walls alike while each wall keeps its own screen. A change is picked up
by :meth:`ConfigStore.poll`, which the wall calls a few times a second; a file
with a fatal problem is reported and the last good configuration stays.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import threading
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import platformdirs

from wallboard.clock import SYSTEM_CLOCK, Clock
from wallboard.config.load import Loaded, Problem, cannot_read, not_utf8, parse, read_toml
from wallboard.config.schema import DEFAULT_CONFIG, Config
from wallboard.phrases import QT_TRANSLATE_NOOP, Phrase

log = logging.getLogger(__name__)

APP = "wallboard"
FILE_NAME = "wallboard.toml"


def default_path() -> Path:
    """Where the configuration lives when ``--config`` does not say."""
    return platformdirs.user_config_path(APP, appauthor=False) / FILE_NAME


def is_url(source: str) -> bool:
    return source.startswith(("https://", "http://"))


def _signature(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


class CentralFetcher:
    """Fetches a central configuration over HTTP(S) every ``every_s``, off the caller's thread.

    The last good copy is kept in the cache folder, so a wall that starts while
    the server is down still has the control room's settings.
    """

    def __init__(self, url: str, *, every_s: float = 60.0, timeout_s: float = 10.0,
                 cache: Path | None = None) -> None:
        self.url = url
        self.every_s = every_s
        self.timeout_s = timeout_s
        digest = hashlib.sha256(url.encode()).hexdigest()[:16]
        self.cache = cache or platformdirs.user_cache_path(APP, appauthor=False) / \
            f"central-{digest}.toml"
        self._lock = threading.Lock()
        self._text: str | None = None
        self._error: str | None = None
        self._etag: str | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        with contextlib.suppress(OSError, UnicodeDecodeError):
            self._text = self.cache.read_text(encoding="utf-8")  # the last good copy

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="central-config",
                                            daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=self.timeout_s + 1)
            self._thread = None

    def latest(self) -> tuple[str | None, str | None]:
        """The latest text (None before any), and why the last fetch failed (or None)."""
        with self._lock:
            return self._text, self._error

    def _run(self) -> None:
        while not self._stop.is_set():
            self._fetch()
            self._wake.wait(self.every_s)
            self._wake.clear()

    def _fetch(self) -> None:
        request = urllib.request.Request(self.url, headers={"Accept": "application/toml, */*"})
        if self._etag:
            request.add_header("If-None-Match", self._etag)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as response:
                body = response.read(1 << 20).decode("utf-8")
                self._etag = response.headers.get("ETag")
        except urllib.error.HTTPError as error:
            if error.code == 304:
                with self._lock:
                    self._error = None
                return
            self._failed(f"HTTP {error.code} {error.reason}")
            return
        except (urllib.error.URLError, OSError, UnicodeDecodeError, ValueError) as error:
            reason = getattr(error, "reason", error)
            self._failed(str(reason))
            return
        with self._lock:
            self._text, self._error = body, None
        try:
            self.cache.parent.mkdir(parents=True, exist_ok=True)
            self.cache.write_text(body, encoding="utf-8")
        except OSError as error:
            log.warning("cannot keep a copy of the central configuration in %s: %s",
                        self.cache, error.strerror)

    def _failed(self, reason: str) -> None:
        with self._lock:
            first = self._error != reason
            self._error = reason
        if first:
            log.warning("central configuration %s: %s", self.url, reason)


class ConfigStore:
    """The configuration in force and the problems of the files it came from."""

    def __init__(self, path: Path | None = None, *, explicit: bool = False,
                 central: str | None = None, clock: Clock = SYSTEM_CLOCK,
                 fetcher: Callable[[str], CentralFetcher] = CentralFetcher,
                 check_every_s: float = 0.25) -> None:
        #: The local file; None when the configuration is only a central one.
        self.path = path
        #: A missing file is a problem only when the user named it.
        self.explicit = explicit
        self._central_override = central
        self.clock = clock
        self._make_fetcher = fetcher
        self._fetcher: CentralFetcher | None = None
        self._check_every_ms = int(check_every_s * 1000)
        self._last_check_ms: int | None = None
        self._seen: tuple[Any, ...] | None = None
        #: path -> (signature, text, error) of the files read, to read each only when changed.
        self._files: dict[Path, tuple[Any, str | None, OSError | UnicodeDecodeError | None]] = {}
        self._central_of: tuple[str, str | None] | None = None
        self.config: Config = DEFAULT_CONFIG
        self.problems: tuple[Problem, ...] = ()
        #: Bumped each time a new configuration comes into force.
        self.generation = 0
        #: True when the file was rejected before any good one was read.
        self.defaults_after_error = False

    @classmethod
    def for_argument(cls, argument: str | None, **kw: Any) -> ConfigStore:
        """The store for ``--config`` (a path, a URL, or None for the platform's place)."""
        if argument is None:
            return cls(default_path(), explicit=False, **kw)
        if is_url(argument):
            return cls(None, explicit=True, central=argument, **kw)
        return cls(Path(argument).expanduser(), explicit=True, **kw)

    @property
    def source(self) -> str:
        return str(self.path) if self.path is not None else (self._central_override or "")

    def stop(self) -> None:
        if self._fetcher is not None:
            self._fetcher.stop()
            self._fetcher = None

    def load(self) -> bool:
        """Read the files now; True when a new configuration came into force."""
        self._last_check_ms = int(self.clock.monotonic() * 1000)
        local_text, local_problem = self._read_local()
        central = self._central_source(local_text)
        central_text, central_problems = self._read_central(central)
        seen = (local_text, local_problem, central, central_text, central_problems)
        if seen == self._seen:
            return False
        self._seen = seen
        problems: list[Problem] = list(central_problems)
        if local_problem is not None:
            problems.append(local_problem)
        base: dict[str, Any] | None = None
        if central_text is not None:
            base_raw, syntax = read_toml(central_text, central or "")
            if syntax is not None:
                problems.append(syntax)
            else:
                base = base_raw
        loaded: Loaded
        if any(p.fatal for p in problems):
            loaded = Loaded(None)  # half a configuration is worse than the last whole one
        elif local_text is not None:
            loaded = parse(local_text, str(self.path), base=base, base_text=central_text or "",
                           base_source=central or "")
        elif base is not None:
            loaded = parse(central_text or "", central or "")
        else:
            loaded = Loaded(DEFAULT_CONFIG if local_problem is None else None)
        problems.extend(loaded.problems)
        self.problems = tuple(problems)
        for problem in self.problems:
            (log.error if problem.fatal else log.warning)("configuration: %s", problem)
        if loaded.config is None:
            if self.generation == 0:
                log.error("configuration: using the defaults until the file is mended")
                self.generation = 1
                self.defaults_after_error = True
                self.config = DEFAULT_CONFIG
                return True
            log.error("configuration: keeping the last good configuration")
            return False
        changed = loaded.config != self.config or self.generation == 0
        self.config = loaded.config
        self.defaults_after_error = False
        if changed:
            self.generation += 1
            log.info("configuration %s in force (generation %d)", self.source, self.generation)
        return changed

    def poll(self) -> bool:
        """Reload if a file changed since the last look (cheap: a stat); True on a new config."""
        now = int(self.clock.monotonic() * 1000)
        if self._last_check_ms is not None and now - self._last_check_ms < self._check_every_ms:
            return False
        return self.load()

    @property
    def fatal_problems(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.fatal)

    # -- the files ------------------------------------------------------------------------

    def _read_file(self, path: Path) -> tuple[str | None, OSError | UnicodeDecodeError | None]:
        """The text of ``path``, read again only when its size, time or inode changed."""
        signature = _signature(path)
        cached = self._files.get(path)
        if cached is not None and signature is not None and cached[0] == signature:
            return cached[1], cached[2]
        text: str | None = None
        error: OSError | UnicodeDecodeError | None = None
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as failure:
            error = failure
        self._files[path] = (signature, text, error)
        return text, error

    def _read_local(self) -> tuple[str | None, Problem | None]:
        if self.path is None:
            return None, None
        if not self.explicit and _signature(self.path) is None:
            return None, None
        text, error = self._read_file(self.path)
        source = str(self.path)
        if isinstance(error, FileNotFoundError):
            return None, Problem(source, None, "", Phrase(
                QT_TRANSLATE_NOOP("Wall", "no such file; using the defaults")))
        if isinstance(error, UnicodeDecodeError):
            return None, Problem(source, None, "", not_utf8(error))
        if error is not None:
            return None, Problem(source, None, "", cannot_read(error))
        return text, None

    def _central_source(self, local_text: str | None) -> str | None:
        if self._central_override:
            return self._central_override
        if local_text is None:
            return None
        if self._central_of is not None and self._central_of[0] == local_text:
            return self._central_of[1]  # the same file: not parsed again at every look
        central = self._central_named(local_text)
        self._central_of = (local_text, central)
        return central

    def _central_named(self, local_text: str) -> str | None:
        raw, _ = read_toml(local_text, "")
        central = (raw or {}).get("central")
        if not isinstance(central, str) or not central:
            return None
        if not is_url(central) and self.path is not None:
            central = str(self.path.parent / Path(central).expanduser())
        return central

    def _read_central(self, central: str | None) -> tuple[str | None, tuple[Problem, ...]]:
        if central is None:
            self.stop()
            return None, ()
        if not is_url(central):
            loaded_text, error = self._read_file(Path(central))
            if error is not None:
                reason = getattr(error, "strerror", None) or str(error)
                return None, (Problem(central, None, "", Phrase(QT_TRANSLATE_NOOP(
                    "Wall", "central configuration: cannot read: %1"), reason)),)
            return loaded_text, ()
        if self._fetcher is None or self._fetcher.url != central:
            self.stop()
            self._fetcher = self._make_fetcher(central)
            self._fetcher.start()
        text, failure = self._fetcher.latest()
        problems: tuple[Problem, ...] = ()
        if failure:
            problems = (Problem(central, None, "", Phrase(
                QT_TRANSLATE_NOOP("Wall", "central configuration unreachable (%1); using the "
                                          "last copy") if text is not None else
                QT_TRANSLATE_NOOP("Wall", "central configuration unreachable (%1); not "
                                          "loaded yet"), failure), fatal=False),)
        return text, problems
