"""Following a live feed: the protocol session (sans-I/O) and its websocket transport."""

from wallboard.feed.client import FeedClient, FeedOptions, FeedThread
from wallboard.feed.health import FeedHealth, FeedState
from wallboard.feed.session import FeedSession, Verdict

__all__ = [
    "FeedClient",
    "FeedHealth",
    "FeedOptions",
    "FeedSession",
    "FeedState",
    "FeedThread",
    "Verdict",
]
