"""The atheris fuzz target (``make fuzz``) runs here without atheris, so it cannot rot.

Its harness follows the seed corpus made from the simulator, and a few
thousand blind mutations of it; and its invariants do catch a session that
stops counting bad frames.
"""

from __future__ import annotations

import random
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from fuzz.feed_target import SEPARATOR, follow, seeds, split, write_seeds
from wallboard.engine.businessday import local_date
from wallboard.feed import FeedSession, Verdict
from wallboard.protocol import Message, decode
from wallboard.protocol.models import Snapshot


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    return [p.read_bytes() for p in write_seeds(tmp_path_factory.mktemp("seeds"))]


def test_the_seed_corpus_is_made_from_the_simulator(corpus: list[bytes]) -> None:
    assert len(corpus) == len(list(seeds())) >= 5
    frames = split(dict(seeds())["night-20-minutes-over-midnight"])
    first, last = decode(frames[0]), decode(frames[-1])
    assert isinstance(first, Snapshot) and len(frames) > 20
    assert isinstance(last, Message)
    zone = ZoneInfo(first.site.timezone)
    assert local_date(last.ts, zone) > local_date(first.ts, zone)  # a business day ends


def test_the_harness_follows_every_seed(corpus: list[bytes]) -> None:
    for data in corpus:
        follow(data)


def _mutate(data: bytes, rng: random.Random) -> bytes:
    """What a blind fuzzer does: flip, cut, splice, repeat."""
    buffer = bytearray(data)
    for _ in range(rng.randrange(1, 6)):
        if not buffer:
            break
        i = rng.randrange(len(buffer))
        what = rng.randrange(5)
        if what == 0:
            buffer[i] ^= 1 << rng.randrange(8)
        elif what == 1:
            del buffer[i: i + rng.randrange(1, 64)]
        elif what == 2:
            buffer[i:i] = rng.choice([b"-1", b"null", b"9" * 30, b'"x"', SEPARATOR, b"{}"])
        elif what == 3:
            j = rng.randrange(len(buffer))
            buffer[i:i] = buffer[j: j + rng.randrange(1, 200)]
        else:
            buffer[i] = rng.randrange(256)
    return bytes(buffer)


def test_the_harness_survives_blind_mutations(corpus: list[bytes]) -> None:
    rng = random.Random(20251124)
    small = [d for d in corpus if len(d) < 40_000]
    for _ in range(300):
        follow(_mutate(rng.choice(small), rng))


def test_the_harness_notices_an_uncounted_bad_frame(
    corpus: list[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    original = FeedSession.reject

    def forgetful(self: FeedSession, reason: str, mono: float,
                  message_type: str | None = None) -> Verdict:
        verdict = original(self, reason, mono, message_type)
        self.bad_messages -= 1
        return verdict

    monkeypatch.setattr(FeedSession, "reject", forgetful)
    with pytest.raises(AssertionError, match="uncounted"):
        follow(corpus[0] + SEPARATOR + b"{not json")


def test_the_fuzzer_entry_point_exists() -> None:
    entry = Path(__file__).parents[2] / "fuzz" / "fuzz_feed.py"
    assert "atheris.Setup" in entry.read_text()
