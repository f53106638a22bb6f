"""The scenarios, and the simulator's messages as the wallboard's own decoder reads them."""

from __future__ import annotations

from collections import Counter

import msgspec
import pytest
from sim_replica import MINUTE, local_ms

from wallboard.protocol import BadMessage, UnknownType, decode
from wallboard.simulator.model import CentreModel
from wallboard.simulator.scenarios import LIVE_CHANNELS, SCENARIOS, Channel

DEPARTMENTS = {"health", "education", "commerce", "transport", "urban", "environment", "social"}


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_queues_are_sound(name: str) -> None:
    scenario = SCENARIOS[name]
    assert {d.id for d in scenario.departments} <= DEPARTMENTS
    for queue in scenario.queues:
        assert queue.short_abandon_s == 5
        if queue.channel in LIVE_CHANNELS:
            assert queue.sl_threshold_s == 20
        elif queue.channel in (Channel.SMS, Channel.SOCIAL):
            assert queue.sl_threshold_s == 300
        else:
            assert queue.sl_threshold_s >= 3600
    # Some queues take every language: their wire object has no "language".
    open_queues = [q for q in scenario.queues if q.language is None]
    assert open_queues
    assert all("language" not in q.to_wire() for q in open_queues)


def test_the_national_line() -> None:
    national = SCENARIOS["national"]
    assert 40 <= len(national.queues) <= 60
    assert {lang.tag for lang in national.languages} == {
        "ar", "en", "ur", "hi", "ml", "tl", "fr", "bn"}
    assert {d.id for d in national.departments} == DEPARTMENTS
    assert national.timezone == "Asia/Qatar"
    mix = dict(national.channel_mix)
    assert max(mix, key=lambda c: mix[c]) == Channel.VOICE


def test_the_municipal_centre() -> None:
    municipal = SCENARIOS["municipal"]
    assert municipal.agent_count == 70
    channels = {q.channel for q in municipal.queues}
    assert {Channel.VOICE, Channel.WEB, Channel.EMAIL, Channel.APP, Channel.FAX, Channel.SMS,
            Channel.SOCIAL} <= channels
    assert len(municipal.languages) < len(SCENARIOS["national"].languages)


def test_the_surge_and_the_night() -> None:
    surge, night, national = SCENARIOS["surge"], SCENARIOS["night"], SCENARIOS["national"]
    assert surge.surge_factor == 3.0 and surge.surge_duration_s > 0
    assert [n.severity for n in surge.notices] == ["warning"]
    assert night.agent_count < national.agent_count / 10
    assert night.daily_contacts < national.daily_contacts / 10


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_every_message_decodes_as_a_valid_protocol_message(name: str) -> None:
    start = local_ms(SCENARIOS[name].timezone, 2026, 11, 23, 9, 50)
    model = CentreModel(name, 1, start)
    stream = [model.snapshot(), *model.advance(start + 15 * MINUTE), model.snapshot()]
    kinds: Counter[str] = Counter()
    for seq, message in enumerate(stream, start=1):
        frame = msgspec.json.encode({"seq": seq, **message})
        decoded = decode(frame)
        assert not isinstance(decoded, BadMessage | UnknownType), (message["type"], decoded)
        kinds[message["type"]] += 1
    assert kinds["snapshot"] == 2 and kinds["agent.state"] > 0
