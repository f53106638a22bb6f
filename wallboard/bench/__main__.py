"""``python -m wallboard.bench``: throughput and latency figures of the core.

Prints, measured in one run on this machine:

* the rate of the standard library's ``json.loads`` merely parsing the
  flood's frames, the yardstick;
* decode + apply of the same frames through the engine, with all figures
  recomputed four times a second as the wall does, and the ratio of the two;
* the same through the real websocket client from a loopback server in
  another process;
* decoding and applying one snapshot of the large site, and one recompute of
  all its figures (medians);
* what the interval store costs: a sample, a minute's write, the trends'
  prefill at start (:mod:`wallboard.bench.store`);
* one staffing evaluation (agents needed for every department and
  language of the 200 queues), Erlang C and Erlang A (medians);
* the resident memory after the run.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

import psutil

from wallboard.alerts.desk import AlertDesk
from wallboard.bench.flood import START_MS, Flood, build
from wallboard.config.schema import Config
from wallboard.engine import Engine
from wallboard.feed import FeedClient, FeedOptions, FeedSession
from wallboard.feed.health import FeedHealth, FeedState
from wallboard.protocol import decode
from wallboard.staffing.erlang import Model
from wallboard.staffing.live import StaffingOptions

RECOMPUTE_EVERY_S = 0.25


def _median_ms(action: Callable[[], object], repeat: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    worst = samples[int(len(samples) * 0.99) - 1] if repeat >= 100 else samples[-1]
    return statistics.median(samples), worst


def json_rate(flood: Flood) -> float:
    loads = json.loads
    best = 0.0
    for _ in range(3):
        start = time.perf_counter()
        for frame in flood.frames:
            loads(frame)
        best = max(best, len(flood.frames) / (time.perf_counter() - start))
    return best


def pipeline_rate(flood: Flood) -> tuple[float, int]:
    """Decode + apply every frame; recompute the figures every 0.25 s of the run."""
    best, recomputes = 0.0, 0
    for _ in range(3):
        engine = Engine()
        engine.apply(decode(flood.snapshot))  # type: ignore[arg-type]
        apply, now = engine.apply, START_MS
        recomputes = 0
        start = next_recompute = time.perf_counter()
        for i, frame in enumerate(flood.frames):
            message = decode(frame)
            problem = apply(message)  # type: ignore[arg-type]
            if problem is not None:
                raise SystemExit(f"benchmark stream is inconsistent at frame {i}: {problem}")
            if not i & 255 and time.perf_counter() >= next_recompute:
                engine.figures(now)
                recomputes += 1
                next_recompute += RECOMPUTE_EVERY_S
        best = max(best, len(flood.frames) / (time.perf_counter() - start))
    return best, recomputes


async def _websocket_rate(events: int) -> float:
    server = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "wallboard.bench.server", "--events", str(events),
        stdout=subprocess.PIPE,
    )
    try:
        assert server.stdout is not None
        port = int((await server.stdout.readline()).decode())
        engine = Engine()
        session = FeedSession(engine)
        client = FeedClient(FeedOptions(f"ws://127.0.0.1:{port}/"), session)

        async def recompute() -> None:
            while True:
                await asyncio.sleep(RECOMPUTE_EVERY_S)
                engine.figures(START_MS)

        task = asyncio.create_task(client.run())
        while session.messages < 1:
            await asyncio.sleep(0.001)
        start = time.perf_counter()
        ticker = asyncio.create_task(recompute())
        while session.messages < events + 1 and not task.done():
            await asyncio.sleep(0.005)
        elapsed = time.perf_counter() - start
        ticker.cancel()
        client.stop()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        if session.gaps or session.bad_messages or session.inconsistent:
            raise SystemExit(f"websocket run was not clean: {session.health(0)}")
        return events / elapsed
    finally:
        server.kill()
        await server.wait()


def _staffing_once(flood: Flood, model: Model) -> None:
    engine = Engine(staffing=StaffingOptions(model=model))
    engine.apply(decode(flood.snapshot))  # type: ignore[arg-type]
    for frame in flood.frames:
        engine.apply(decode(frame))  # type: ignore[arg-type]
    at = START_MS + 3_600_000
    cached, _ = _median_ms(lambda: engine.figures(at), 50)
    seconds = iter(range(1, 10_000))
    # A new second each time: the staffing model runs again (at most once a second).
    fresh, worst = _median_ms(lambda: engine.figures(at + 1000 * next(seconds)), 50)
    figures = engine.figures(at)
    assert figures is not None and figures.staffing is not None
    known = sum(g.needed is not None for g in figures.staffing.departments.values())
    print(f"one staffing evaluation, {model.label}: {fresh - cached:>6.2f} ms median "
          f"({worst - cached:.2f} ms max; {len(figures.queues)} queues, "
          f"{known}/{len(figures.staffing.departments)} departments computed)")


def staffing_cost(flood: Flood) -> None:
    """The staffing model's share of a recompute: figures at a new second, less at the same."""
    for model in Model:
        _staffing_once(flood, model)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wallboard.bench")
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--staffing-only", action="store_true",
                        help="measure only the staffing evaluation")
    args = parser.parse_args(argv)

    flood = build(events=args.events)
    if args.staffing_only:
        staffing_cost(flood)
        return 0
    size = sum(map(len, flood.frames)) / len(flood.frames)
    print(f"site: 1000 agents, 200 queues, 20 departments, 5000 open cases; "
          f"snapshot {len(flood.snapshot) / 1e6:.2f} MB; {len(flood.frames):,} events, "
          f"mean frame {size:.0f} bytes")
    gc.collect()

    reference = json_rate(flood)
    print(f"json.loads alone:                    {reference:>12,.0f} frames/s")
    rate, recomputes = pipeline_rate(flood)
    print(f"decode + apply + figures at 4 Hz:    {rate:>12,.0f} events/s  "
          f"(ratio to json.loads {rate / reference:.2f}; {recomputes} recomputes)")
    ws_rate = asyncio.run(_websocket_rate(args.events))
    print(f"through the websocket client:        {ws_rate:>12,.0f} events/s  "
          f"(ratio to json.loads {ws_rate / reference:.2f})")

    def load_snapshot() -> None:
        Engine().apply(decode(flood.snapshot))  # type: ignore[arg-type]

    median, worst = _median_ms(load_snapshot, 30)
    print(f"snapshot decode + apply:             {median:>9.1f} ms median, {worst:.1f} ms max")
    engine = Engine()
    engine.apply(decode(flood.snapshot))  # type: ignore[arg-type]
    for frame in flood.frames:
        engine.apply(decode(frame))  # type: ignore[arg-type]
    median, p99 = _median_ms(lambda: engine.figures(START_MS + 3_600_000), 200)
    print(f"one recompute of all figures:        {median:>9.2f} ms median, {p99:.2f} ms p99")
    figures = engine.figures(START_MS + 3_600_000)
    health = FeedHealth(FeedState.LIVE, 1, 1, 0, 0, 0, 0, 0, 0.1, False, None)
    desk = AlertDesk(Config(), alert_log=None, now_ms=START_MS, user="bench")
    median, p99 = _median_ms(lambda: desk.evaluate(figures, health, START_MS + 3_600_000), 200)
    print(f"alert rules on one snapshot:         {median:>9.2f} ms median, {p99:.2f} ms p99 "
          f"({len(desk.engine.rules)} rules)")
    from wallboard.bench import store

    for line in store.measure(flood):
        print(line)
    staffing_cost(flood)
    rss = psutil.Process().memory_info().rss / 2**20
    print(f"resident memory after the run:       {rss:>9.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
