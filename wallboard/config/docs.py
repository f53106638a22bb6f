"""The README's tables of settings and alert rules, generated from the declarations."""

from __future__ import annotations

import enum
import json
import typing
from collections.abc import Iterator
from typing import Any

import msgspec

from wallboard.config.schema import Config, Rule


def _description(tp: Any) -> str:
    if typing.get_origin(tp) is typing.Annotated:
        for meta in typing.get_args(tp)[1:]:
            if isinstance(meta, msgspec.Meta) and meta.description:
                return meta.description
    return ""


def _default(value: Any) -> str:
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, msgspec.Struct) or value is msgspec.NODEFAULT:
        return ""
    if isinstance(value, tuple):
        value = list(value)
    if value in ({}, []) or value is None:
        return "" if value is None else f"`{json.dumps(value)}`"
    return f"`{json.dumps(value, ensure_ascii=False)}`"


def settings(cls: type = Config, prefix: str = "") -> Iterator[tuple[str, str, str]]:
    """(key, default, description) of every setting, table by table."""
    for f in msgspec.structs.fields(cls):
        plain = f.type
        while typing.get_origin(plain) is typing.Annotated:
            plain = typing.get_args(plain)[0]
        key = f"{prefix}{f.encode_name}"
        if isinstance(plain, type) and issubclass(plain, msgspec.Struct) and \
                plain.__name__ not in ("Band",):
            yield from settings(plain, f"{key}.")
            continue
        if typing.get_origin(plain) is tuple and typing.get_args(plain) and \
                typing.get_args(plain)[0] is Rule:
            yield (key, "", _description(f.type))
            continue
        default = f.default if f.default is not msgspec.NODEFAULT else (
            f.default_factory() if f.default_factory is not msgspec.NODEFAULT else None)
        shown = _default(default)
        if prefix == "targets." and default is None:
            shown = _target_default(f.encode_name)
        yield (key, shown, _description(f.type))


def _target_default(metric: str) -> str:
    from wallboard.config.schema import DEFAULT_LEVELS

    band = getattr(DEFAULT_LEVELS, metric, None)
    if band is None:
        return ""
    critical = "none" if band.critical == float("inf") else f"{band.critical:g}"
    return f"{band.warning:g} / {critical}"


def settings_markdown() -> str:
    rows = ["| key | default | meaning |", "|---|---|---|"]
    rows += [f"| `{k}` | {d} | {m} |" for k, d, m in settings()
             if not k.startswith("alerts.rules")]
    return "\n".join(rows) + "\n"


def rule_keys_markdown() -> str:
    rows = ["| key | default | meaning |", "|---|---|---|"]
    rows += [f"| `{k}` | {d} | {m} |" for k, d, m in settings(Rule)]
    return "\n".join(rows) + "\n"


def metrics_markdown() -> str:
    from wallboard.config.schema import BACKLOG_METRICS, SITE_ONLY_METRICS, Metric

    rows = ["| metric | worse when | scopes |", "|---|---|---|"]
    for m in Metric:
        scopes = ("site" if m in SITE_ONLY_METRICS else "site, department"
                  if m in BACKLOG_METRICS else "site, department, language"
                  if m is Metric.STAFFING_GAP else "site, department, queue, channel, language")
        rows.append(f"| `{m.value}` | {'lower' if m.lower_is_worse else 'higher'} | {scopes} |")
    return "\n".join(rows) + "\n"


def rules_markdown() -> str:
    from wallboard.alerts.baseline import RULES as UNUSUAL
    from wallboard.alerts.rules import BUILTIN_RULES
    from wallboard.config.schema import DEFAULT_LEVELS, SL_CRITICAL_MARGIN_PCT

    def levels(rule: Rule) -> str:
        if rule.warning is not None:
            crit = "" if rule.critical is None else f", critical over {rule.critical:g}"
            return f"warning over {rule.warning:g}{crit}"
        if rule.metric.value == "service_level_pct":
            return (f"each queue's target from the feed; critical "
                    f"{SL_CRITICAL_MARGIN_PCT:g} points under")
        assert getattr(DEFAULT_LEVELS, rule.metric.value) is not None
        return f"`[targets]` (default {_target_default(rule.metric.value)})"

    rows = ["| id | watches | scope | levels | fires after | clears after |",
            "|---|---|---|---|---|---|"]
    for r in BUILTIN_RULES:
        extra = f"; from {r.min_volume} contacts" if r.min_volume else ""
        rows.append(f"| `{r.id}` | `{r.metric.value}` | `{r.scope}` | {levels(r)}{extra} | "
                    f"{r.for_s:g} s | {r.clear_after_s:g} s |")
    for r in UNUSUAL.values():
        rows.append(f"| `{r.id}` | `{r.metric.value}`, last hour | `{r.scope}` | over the "
                    f"baseline by `sigmas` deviations and `min_rise_pts` points | "
                    f"{r.for_s:g} s | {r.clear_after_s:g} s |")
    return "\n".join(rows) + "\n"
