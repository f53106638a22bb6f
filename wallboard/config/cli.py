"""``wallboard config`` and ``wallboard alerts``: the configuration and the alert log, by hand."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from importlib import resources
from pathlib import Path

from wallboard.config import docs
from wallboard.config.store import ConfigStore, default_path
from wallboard.phrases import QT_TRANSLATE_NOOP, Phrase, say, translator


def add_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("config", help="check, locate or print the configuration")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--check", nargs="?", const="", metavar="FILE",
                      help="check a file (default: the one in use); exit 1 on a mistake")
    what.add_argument("--path", action="store_true", help="print where the file is looked for")
    what.add_argument("--example", action="store_true", help="print the commented example")
    what.add_argument("--markdown", action="store_true",
                      help="print the README's tables of settings and alert rules")
    p = sub.add_parser("alerts", help="export the alert log")
    p.add_argument("--csv", metavar="FILE", default="-", help="write CSV here (- for stdout)")
    p.add_argument("--since", help="from this time, ISO 8601 (e.g. 2026-11-23T08:00+03:00)")
    p.add_argument("--until", help="up to this time, ISO 8601")
    p.add_argument("--file", dest="alert_log", metavar="FILE",
                   help="the alert log (default: as configured)")


def example_text() -> str:
    return resources.files("wallboard.config").joinpath("example.toml").read_text("utf-8")


def run_config(args: argparse.Namespace) -> int:
    if args.path:
        print(default_path())
        return 0
    if args.example:
        sys.stdout.write(example_text())
        return 0
    if args.markdown:
        for title, table in (("Settings", docs.settings_markdown()),
                             ("Keys of a rule", docs.rule_keys_markdown()),
                             ("Metrics", docs.metrics_markdown()),
                             ("Built-in rules", docs.rules_markdown())):
            print(f"{title}:\n\n{table}")
        return 0
    argument = args.check or getattr(args, "config", None)
    store = ConfigStore.for_argument(argument or None)
    store.load()
    store.stop()
    for problem in store.problems:
        kind = (QT_TRANSLATE_NOOP("Command", "error") if problem.fatal
                else QT_TRANSLATE_NOOP("Command", "warning"))
        print(f"{problem.said(translator())}  [{say(Phrase(kind))}]", file=sys.stderr)
    if store.fatal_problems:
        return 1
    print(say(Phrase(QT_TRANSLATE_NOOP("Command", "%1: ok"), store.source)) if store.source
          else say(Phrase(QT_TRANSLATE_NOOP("Command", "no configuration file: the defaults"))))
    return 0


def _millis(text: str | None, name: str) -> int | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise SystemExit(f"wallboard alerts: --{name} {text!r} is not an ISO 8601 time") from None
    if moment.tzinfo is None:
        moment = moment.astimezone()  # the computer's own zone
    return int(moment.timestamp() * 1000)


def run_alerts(args: argparse.Namespace) -> int:
    from wallboard.alerts import log as alert_log

    path = Path(args.alert_log) if args.alert_log else None
    if path is None:
        store = ConfigStore.for_argument(getattr(args, "config", None))
        store.load()
        store.stop()
        configured = store.config.alerts.log_file
        path = Path(configured).expanduser() if configured else alert_log.default_path()
    if not path.exists():
        print("wallboard alerts: " + say(Phrase(QT_TRANSLATE_NOOP(
            "Command", "no alert log at %1"), str(path))), file=sys.stderr)
        return 1
    window = {"since_ms": _millis(args.since, "since"), "until_ms": _millis(args.until, "until")}
    if args.csv == "-":
        count = alert_log.export_csv(path, sys.stdout, **window)
    else:
        with open(args.csv, "w", encoding="utf-8", newline="") as out:
            count = alert_log.export_csv(path, out, **window)
        print(say(Phrase(QT_TRANSLATE_NOOP("Command", "%1 entries written to %2"), str(count),
                         args.csv)), file=sys.stderr)
    return 0
