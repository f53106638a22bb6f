"""Configuration text in tests: a hand-written file, its settings, and its comments."""

from __future__ import annotations

from wallboard.config.load import parse
from wallboard.config.schema import Config

#: A configuration file as a person writes it: comments beside keys and between
#: tables, a commented-out key, a scope per kind.
HAND_WRITTEN = """\
# The wall in the tax hall.

[connection]
url = "wss://feed.example.org/wallboard"   # the feed since March
stale_after_s = 15.0

[display]
theme = "dark"
# windowed = true   (for a laptop)

# Warning and critical levels.
[targets]
waiting = { warning = 20, critical = 50 }
# Unset: from the feed.
# service_level_pct = { warning = 80, critical = 70 }

# Health answers faster.
[targets.departments.health]
longest_wait_s = { warning = 60, critical = 120 }

# Tagalog has fewer agents.
[targets.languages.tl]
waiting = { warning = 5, critical = 10 }

# The alert rules.
[alerts]
builtin = true
"""


def config_of(text: str) -> Config:
    """The settings ``text`` declares; fails the test, naming the problems, if it has any."""
    loaded = parse(text, "t.toml")
    assert loaded.config is not None, [str(p) for p in loaded.problems]
    return loaded.config


def comments(text: str) -> list[str]:
    """The comment lines of ``text``, in order."""
    return [line.strip() for line in text.splitlines() if line.lstrip().startswith("#")]
