"""``wallboard staffing`` prints the model's answer and the table around it."""

from __future__ import annotations

import json

import pytest

from wallboard.cli import main
from wallboard.staffing.erlang import Model, Target, agents_needed, performance


def test_the_classic_example_by_hand(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["staffing", "--rate", "200", "--per", "hour", "--aht", "180",
                 "--target", "80/20", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["model"] == "Erlang C"
    assert doc["traffic_erlangs"] == 10.0
    assert doc["needed"] == 14
    assert doc["to_schedule"] == 20  # 14 / (1 - 0.30), rounded up
    fourteen = next(r for r in doc["rows"] if r["agents"] == 14)
    assert fourteen["service_level_pct"] == 88.8
    assert fourteen["wait_probability"] == 0.1741
    assert [r["agents"] for r in doc["rows"]] == list(range(11, 18))


def test_per_minute_with_patience_is_erlang_a(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["staffing", "--rate", "3", "--per", "minute", "--aht", "240",
                 "--target", "90/30", "--patience", "100", "--occupancy-cap", "80",
                 "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    expected = agents_needed(Model.ERLANG_A, Target(30, sl_pct=90), rate=3 / 60, aht_s=240,
                             patience_s=100, occupancy_cap_pct=80)
    assert doc["model"] == "Erlang A" and doc["needed"] == expected.agents
    row = next(r for r in doc["rows"] if r["agents"] == expected.agents)
    assert row["abandon_pct"] == round(expected.abandon_pct, 1) > 0


def test_the_table_marks_the_need(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["staffing", "--rate", "100", "--aht", "180", "--target", "asa:20"]) == 0
    out = capsys.readouterr().out
    need = agents_needed(Model.ERLANG_C, Target(20, asa_s=20), rate=100 / 3600, aht_s=180)
    marked = [line for line in out.splitlines() if line.endswith("<- needed")]
    assert len(marked) == 1 and marked[0].split()[0] == str(need.agents)
    p = performance(Model.ERLANG_C, need.agents, rate=100 / 3600, aht_s=180, threshold_s=20)
    assert f"{p.asa_s:.1f} s" in marked[0]


@pytest.mark.parametrize("bad", [["--target", "80"], ["--target", "150/20"],
                                 ["--aht", "-3"], ["--rate", "zero"]])
def test_bad_input_is_refused_with_a_reason(bad: list[str],
                                            capsys: pytest.CaptureFixture[str]) -> None:
    args = {"--rate": "100", "--aht": "180"}
    for flag, value in zip(bad[::2], bad[1::2], strict=True):
        args[flag] = value
    with pytest.raises(SystemExit) as exit_:
        main(["staffing", *[x for kv in args.items() for x in kv]])
    assert exit_.value.code == 2
    assert "wallboard staffing: error:" in capsys.readouterr().err
