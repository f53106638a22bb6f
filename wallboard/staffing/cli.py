"""``wallboard staffing``: the model by hand, to check it or to plan with it.

Prints the agents needed for a rate, handle time and target, and for a few
numbers of agents around it the service level, probability of waiting, ASA
and occupancy, so that anyone can check them against a table or a
spreadsheet.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from typing import Any

import msgspec

from wallboard.staffing.erlang import Model, Performance, Target, agents_needed, performance

#: Rows shown below and above the number needed.
AROUND = 3


def _target(text: str) -> Target:
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*%?\s*/\s*(\d+(?:\.\d+)?)\s*s?\s*", text)
    if m:
        pct, seconds = float(m[1]), float(m[2])
        if 0 < pct < 100:
            return Target(seconds, sl_pct=pct)
    m = re.fullmatch(r"\s*asa\s*[:=]?\s*(\d+(?:\.\d+)?)\s*s?\s*", text, re.IGNORECASE)
    if m and float(m[1]) > 0:
        return Target(20, asa_s=float(m[1]))
    raise argparse.ArgumentTypeError(
        f"{text!r} is not a target like 80/20 (80 % within 20 s) or asa:30 (ASA 30 s)")


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value > 0 or not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"{text!r} must be above 0")
    return value


def _percent(text: str) -> float:
    value = _positive(text.rstrip("%"))
    if value > 100:
        raise argparse.ArgumentTypeError(f"{text!r} is over 100 %")
    return value


def add_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("staffing", help="agents needed for a rate, handle time and target "
                                        "(Erlang C, or Erlang A with --patience)")
    p.add_argument("--rate", type=_positive, required=True, help="contacts arriving")
    p.add_argument("--per", choices=("hour", "minute"), default="hour",
                   help="the rate is per hour (default) or per minute")
    p.add_argument("--aht", type=_positive, required=True, metavar="SECONDS",
                   help="average handle time")
    p.add_argument("--target", type=_target, default=Target(20, sl_pct=80),
                   metavar="PCT/SECONDS", help="80/20: 80 %% answered within 20 s (default); "
                                               "asa:30: an average speed of answer of 30 s")
    p.add_argument("--patience", type=_positive, metavar="SECONDS",
                   help="mean patience of waiting callers: Erlang A (abandons) instead of C")
    p.add_argument("--occupancy-cap", type=_percent, default=85.0, metavar="PCT",
                   help="plan no agent busier than this (default 85)")
    p.add_argument("--shrinkage", type=lambda t: _percent(t) if t.strip() not in ("0", "0%")
                   else 0.0, default=30.0, metavar="PCT",
                   help="share of paid time off the floor, for agents to schedule "
                        "(default 30)")
    p.add_argument("--json", action="store_true", help="one JSON object instead of a table")


def _row(p: Performance) -> dict[str, Any]:
    return {
        "agents": p.agents,
        "service_level_pct": round(p.service_level_pct, 1),
        "wait_probability": round(p.wait_probability, 4),
        "asa_s": None if math.isinf(p.asa_s) else round(p.asa_s, 1),
        "occupancy_pct": round(p.occupancy_pct, 1),
        "abandon_pct": round(p.abandon_pct, 1),
    }


def run(args: argparse.Namespace) -> int:
    rate = args.rate / (3600 if args.per == "hour" else 60)
    model = Model.ERLANG_A if args.patience else Model.ERLANG_C
    target: Target = args.target
    if args.shrinkage >= 100:
        print("wallboard staffing: --shrinkage must be under 100 %", file=sys.stderr)
        return 2
    try:
        need = agents_needed(model, target, rate=rate, aht_s=args.aht, patience_s=args.patience,
                             occupancy_cap_pct=args.occupancy_cap)
    except ValueError as e:
        print(f"wallboard staffing: {e}", file=sys.stderr)
        return 1
    rows = [performance(model, n, rate=rate, aht_s=args.aht, threshold_s=target.threshold_s,
                        patience_s=args.patience)
            for n in range(max(1, need.agents - AROUND), need.agents + AROUND + 1)]
    schedule = math.ceil(need.agents / (1 - args.shrinkage / 100) - 1e-9)
    document = {
        "model": model.label,
        "traffic_erlangs": round(need.traffic, 2),
        "target": {"service_level_pct": target.sl_pct,
                   "threshold_s": target.threshold_s if target.sl_pct is not None else None,
                   "asa_s": target.asa_s},
        "occupancy_cap_pct": args.occupancy_cap,
        "patience_s": args.patience,
        "needed": need.agents,
        "shrinkage_pct": args.shrinkage,
        "to_schedule": schedule,
        "rows": [_row(p) for p in rows],
    }
    if args.json:
        sys.stdout.buffer.write(msgspec.json.encode(document) + b"\n")
        return 0
    goal = (f"{target.sl_pct:g} % within {target.threshold_s:g} s" if target.sl_pct is not None
            else f"ASA {target.asa_s:g} s")
    print(f"{model.label}: {args.rate:g} contacts per {args.per} of {args.aht:g} s = "
          f"{need.traffic:.2f} Erlangs; target {goal}, occupancy at most "
          f"{args.occupancy_cap:g} %" + (f"; mean patience {args.patience:g} s"
                                         if args.patience else ""))
    print(f"Agents needed on the floor: {need.agents}  (to schedule with "
          f"{args.shrinkage:g} % shrinkage: {schedule})")
    print()
    print(f"{'agents':>6}  {'service level':>13}  {'P(wait)':>7}  {'ASA':>8}  "
          f"{'occupancy':>9}" + (f"  {'abandon':>7}" if args.patience else ""))
    for p in rows:
        asa = "∞" if math.isinf(p.asa_s) else f"{p.asa_s:.1f} s"
        mark = "  <- needed" if p.agents == need.agents else ""
        print(f"{p.agents:>6}  {p.service_level_pct:>11.1f} %  {p.wait_probability:>7.4f}  "
              f"{asa:>8}  {p.occupancy_pct:>7.1f} %"
              + (f"  {p.abandon_pct:>5.1f} %" if args.patience else "") + mark)
    return 0
