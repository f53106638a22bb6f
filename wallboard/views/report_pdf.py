"""The day's report as a PDF (A4): the day's figures and its charts, from the store.

Drawn with Qt's ``QPdfWriter`` and ``QPainter`` (so it lives under ``views``):
page one has the site's figures for the day and two charts over the business
day (contacts offered and answered per 15 minutes; service level against the
queues' target); then one table row per department, channel and language.
Every page carries the site's name, the date and "page N of M". The figures
come from :func:`wallboard.history.report.report_rows`, so the PDF and the
CSV never disagree.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from wallboard.history.report import NoData, report_rows, write_atomically
from wallboard.history.store import StoredDay, stored_days

#: Points per millimetre: the painter works in the writer's resolution, set to 72 dpi.
_MM = 72 / 25.4


def _sum(rows: list[dict[str, Any]], name: str) -> int:
    return sum(int(r[name]) for r in rows)


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:.1f} %" if d > 0 else "—"


def _secs(total_ms: int, n: int) -> str:
    return f"{total_ms / n / 1000:.0f} s" if n > 0 else "—"


def _figures(rows: list[dict[str, Any]]) -> list[str]:
    """Offered, answered, abandoned, service level, abandon rate, ASA, AHT, FCR (protocol KPIs)."""
    offered, answered = _sum(rows, "offered"), _sum(rows, "answered")
    abandoned, short = _sum(rows, "abandoned"), _sum(rows, "short_abandoned")
    completed = _sum(rows, "completed")
    return [str(offered), str(answered), str(abandoned),
            _pct(_sum(rows, "answered_in_sl"), answered + abandoned - short),
            _pct(abandoned - short, offered - short),
            _secs(_sum(rows, "wait_ms_answered"), answered),
            _secs(_sum(rows, "handle_ms"), completed),
            _pct(_sum(rows, "resolved"), completed)]


HEADINGS = ["", "Offered", "Answ.", "Aband.", "SL", "Aband. %", "ASA", "AHT", "FCR"]


class _Pages:
    """Pages of the PDF with their header and footer; call :meth:`next` for a new one."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, day: StoredDay, total: int) -> None:
        self.writer, self.painter, self.day, self.total = writer, painter, day, total
        self.number = 1
        layout = writer.pageLayout()
        rect = layout.paintRect(QPageLayout.Unit.Point)
        self.width, self.height = rect.width(), rect.height()
        self._decorate()

    def next(self) -> None:
        self.writer.newPage()
        self.number += 1
        self._decorate()

    def _decorate(self) -> None:
        p = self.painter
        p.setFont(_font(14, bold=True))
        p.drawText(QRectF(0, 0, self.width, 24), Qt.AlignmentFlag.AlignLeft,
                   self.day.site_name)
        p.setFont(_font(10))
        p.drawText(QRectF(0, 0, self.width, 24), Qt.AlignmentFlag.AlignRight,
                   f"{self.day.date.isoformat()} ({self.day.timezone})")
        p.drawText(QRectF(0, self.height - 14, self.width, 14), Qt.AlignmentFlag.AlignCenter,
                   f"page {self.number} of {self.total}")


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _table(p: QPainter, top: float, width: float, rows: list[list[str]]) -> float:
    """Draw rows (the first one the headings); the y below them."""
    first = width * 0.22
    rest = (width - first) / (len(HEADINGS) - 1)
    line = 15.0
    for n, row in enumerate(rows):
        p.setFont(_font(7.5 if n == 0 else 8.5, bold=n == 0))
        y = top + n * line
        for k, cell in enumerate(row):
            x = 0 if k == 0 else first + (k - 1) * rest
            w = first if k == 0 else rest
            align = Qt.AlignmentFlag.AlignLeft if k == 0 else Qt.AlignmentFlag.AlignRight
            p.drawText(QRectF(x, y, w - 4, line), align | Qt.AlignmentFlag.AlignVCenter,
                       p.fontMetrics().elidedText(cell, Qt.TextElideMode.ElideRight,
                                                  int(w - 6)))
        if n == 0:
            p.drawLine(QPointF(0, y + line), QPointF(width, y + line))
    return top + len(rows) * line


def _chart(p: QPainter, box: QRectF, day: StoredDay, series: list[tuple[str, list[float],
           QColor, bool]], title: str, top: float | None = None,
           target: float | None = None) -> None:
    """A chart over the business day: bars (True) or lines, a zero-based axis, hourly ticks."""
    p.setFont(_font(10, bold=True))
    p.drawText(QRectF(box.left(), box.top(), box.width(), 16), Qt.AlignmentFlag.AlignLeft, title)
    plot = box.adjusted(32, 22, -4, -16)
    values = [v for _, ys, _, _ in series for v in ys if not math.isnan(v)]
    if top is None:  # five gridlines at a round step: 1, 2 or 5 times a power of ten
        highest = max(values, default=0.0)
        step = 1.0
        while step * 5 < highest:
            step *= 2.5 if str(step).startswith("2") else 2.0
        top = step * 5
    hours = (day.end_ms - day.start_ms) / 3_600_000
    p.setFont(_font(7))
    grey = QColor("#888888")
    p.setPen(QPen(grey, 0.5))
    for k in range(5 + 1):
        y = plot.bottom() - plot.height() * k / 5
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.drawText(QRectF(box.left(), y - 6, 28, 12), Qt.AlignmentFlag.AlignRight,
                   f"{top * k / 5:.0f}")
    for h in range(0, math.ceil(hours) + 1, 3):
        x = plot.left() + plot.width() * h / hours
        p.drawText(QRectF(x - 15, plot.bottom() + 2, 30, 12), Qt.AlignmentFlag.AlignCenter,
                   f"{h % 24:02d}:00")
    quarter = plot.width() / (hours * 4)
    legend_x = plot.right()
    for name, ys, colour, bars in reversed(series):
        p.setPen(QPen(colour, 1.2))
        p.setBrush(colour if bars else Qt.BrushStyle.NoBrush)
        previous: QPointF | None = None
        for i, v in enumerate(ys):
            if math.isnan(v):
                previous = None
                continue
            x = plot.left() + (i + 0.5) * quarter
            y = plot.bottom() - plot.height() * min(v, top) / top
            if bars:
                p.drawRect(QRectF(x - quarter * 0.4, y, quarter * 0.8, plot.bottom() - y))
            else:
                point = QPointF(x, y)
                if previous is not None:
                    p.drawLine(previous, point)
                previous = point
        width = p.fontMetrics().horizontalAdvance(name) + 18
        legend_x -= width
        p.fillRect(QRectF(legend_x, box.top() + 4, 10, 6), colour)
        p.setPen(QColor("#000000"))
        p.drawText(QRectF(legend_x + 13, box.top(), width, 12), Qt.AlignmentFlag.AlignLeft, name)
    if target is not None:
        y = plot.bottom() - plot.height() * target / top
        p.setPen(QPen(QColor("#9a6700"), 1, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.drawText(QRectF(plot.left() + 4, y - 12, 120, 12), Qt.AlignmentFlag.AlignLeft,
                   f"Target {target:g} %")
    p.setPen(QColor("#000000"))
    p.setBrush(Qt.BrushStyle.NoBrush)


def _group_tables(day: StoredDay) -> Iterator[tuple[str, list[list[str]]]]:
    for scope, title in (("departments", "Departments"), ("channels", "Channels"),
                         ("languages", "Languages"), ("queues", "Queues")):
        groups: dict[str, list[dict[str, Any]]] = {}
        for row in report_rows(day, scope):
            groups.setdefault(row["scope_name"], []).append(row)
        if groups:
            yield title, [[title[:-1], *HEADINGS[1:]]] + [
                [name, *_figures(rows)] for name, rows in groups.items()]


def write_pdf(store: Path, day: date, target: Path) -> int:
    """The report of ``day`` as a PDF at ``target`` (atomically); its number of pages.

    Raises :class:`NoData` when the store holds nothing of ``day``.
    """
    days = [d for d in stored_days(store, day) if d.counts or d.samples]
    if not days:
        raise NoData(f"no intervals are stored for {day.isoformat()} in {store}")
    pages = 0

    def write(path: Path) -> None:
        nonlocal pages
        pages = sum(_write_day(d, path) for d in days[:1])  # one site a file

    write_atomically(target, write)
    return pages


def _write_day(day: StoredDay, path: Path) -> int:
    site_rows = list(report_rows(day, "site"))
    tables = list(_group_tables(day))
    line, per_page_first, per_page = 15.0, 14, 44
    # Page one: the figures, the charts and the first rows; then full pages of rows.
    rows_left = sum(len(t) + 2 for _, t in tables)
    total = 1 + max(0, math.ceil((rows_left - per_page_first) / per_page))
    writer = QPdfWriter(os.fspath(path))
    writer.setResolution(72)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setTitle(f"{day.site_name} {day.date.isoformat()}")
    writer.setCreator("Wallboard")
    painter = QPainter(writer)
    try:
        pages = _Pages(writer, painter, day, total)
        width = pages.width
        y = _table(painter, 34, width, [["Day", *HEADINGS[1:]],
                                        [day.date.isoformat(), *_figures(site_rows)]])
        nan = float("nan")
        # Up to the last interval with anything in it: today's report stops at now.
        seen = [i for i, r in enumerate(site_rows)
                if r["offered"] or r["completed"] or r["samples"]]
        site_rows = site_rows[:seen[-1] + 1] if seen else []
        offered = [float(r["offered"]) for r in site_rows]
        answered = [float(r["answered"]) for r in site_rows]
        sl = [nan if r["service_level_pct"] is None else float(r["service_level_pct"])
              for r in site_rows]
        targets = {q[6] for q in day.queues.values() if q[6] is not None}
        chart_h = 62 * _MM
        _chart(painter, QRectF(0, y + 10, width, chart_h), day,
               [("Offered", offered, QColor("#b8c2cc"), True),
                ("Answered", answered, QColor("#1f2328"), False)],
               "Contacts per 15 minutes")
        y += 10 + chart_h + 8
        _chart(painter, QRectF(0, y, width, chart_h), day,
               [("Service level, %", sl, QColor("#1f2328"), False)], "Service level, %",
               top=100.0, target=min(targets) if len(targets) == 1 else None)
        y += chart_h + 12
        room = int((pages.height - 20 - y) / line)
        for _title, rows in tables:
            body = rows[1:]
            while body:
                if room < 4:
                    pages.next()
                    y, room = 34.0, int((pages.height - 54) / line)
                take = body[:room - 2]
                body = body[len(take):]
                y = _table(painter, y, width, [rows[0], *take]) + line
                room -= len(take) + 2
        return pages.number
    finally:
        painter.end()
