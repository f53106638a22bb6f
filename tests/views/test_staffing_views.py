"""The staffing figures on the wall: the overview's gap, the departments' strip, languages."""

from __future__ import annotations

import msgspec
import pytest
from pytestqt.qtbot import QtBot

from tests.builders import T0, SiteBuilder
from tests.core.alerts.conftest import LIVE
from tests.core.staffing.test_live import apply, steady_traffic
from wallboard.engine import Engine, SiteFigures
from wallboard.levels import Level
from wallboard.present import text
from wallboard.present.staffing import model_note, staffing_cell
from wallboard.present.wall import WallView, wall_view
from wallboard.staffing.live import StaffingOptions
from wallboard.views.pages.channels import ChannelsPage
from wallboard.views.pages.departments import DepartmentsPage
from wallboard.views.pages.overview import OverviewPage


def view_of(options: StaffingOptions | None = None) -> tuple[WallView, SiteFigures]:
    site = SiteBuilder()
    engine = Engine(staffing=options)
    apply(engine, site.snapshot())
    end = steady_traffic(site, engine, per_minute=6, minutes=30, handle_ms=180_000)
    figures = engine.figures(end)
    assert figures is not None
    return wall_view(figures, LIVE, now_ms=end, url="ws://x"), figures


def test_a_short_department_shows_needed_floor_and_projection(qtbot: QtBot) -> None:
    view, figures = view_of()
    assert figures.staffing is not None
    health = figures.staffing.departments["health"]
    assert health.needed is not None and health.needed > health.on_floor

    page = DepartmentsPage()
    qtbot.addWidget(page)
    page.resize(1920, 900)
    page.show()
    page.show_view(view)
    cells = [c for c in page.staffing._cells if c.isVisible()]
    by_name = {c.name.text(): c for c in cells}
    # Health is short: its level's shape is before its name; urban has no live queue: "—".
    short = by_name[f"{Level.CRITICAL.glyph} Health"]
    # Two labelled figures; the one on the floor carries the level and its shape.
    needed, floor = (box for box in short.boxes if box.isVisible())
    assert (needed.value.text(), needed.unit.text()) == (str(health.needed), "needed")
    assert floor.value.text() == f"{Level.CRITICAL.glyph}{text.NNBSP}{health.on_floor}"
    assert floor.unit.text() == "on the floor"
    assert short.sub.text().endswith(f"{health.projected_sl_pct:.0f}{text.NNBSP}%")
    urban = by_name["Urban services"]
    assert [b.value.text() for b in urban.boxes] == [text.DASH, "0"]
    assert "Erlang C" in page.more.text()
    # The row of a short department is flagged on the board too.
    assert view.departments[0].name == "Health"
    assert view.departments[0].level is Level.CRITICAL


def test_the_overview_shows_the_sites_gap(qtbot: QtBot) -> None:
    view, figures = view_of()
    page = OverviewPage()
    qtbot.addWidget(page)
    page.resize(1920, 1000)
    page.show_view(view)
    tile = next(t for t in view.tiles if t.key == "staffing")
    assert page.tiles["staffing"].value.text() == tile.value != text.DASH
    assert figures.staffing is not None
    short = sum(1 for g in figures.staffing.departments.values() if g.gap)
    # When short, the detail says how many departments are (the model is named on
    # the departments page: the tile has no room for both).
    assert short and tile.detail.endswith(f" {short}") and tile.level is Level.CRITICAL
    assert "Erlang C" not in tile.detail


def test_languages_carry_the_figure_and_the_model_is_named(qtbot: QtBot) -> None:
    view, _ = view_of(StaffingOptions())
    page = ChannelsPage()
    qtbot.addWidget(page)
    page.resize(1920, 1000)
    page.show()
    page.show_view(view)
    arabic = next(c for c in view.languages if c.key == "ar")
    assert arabic.staffing is not None
    shown = [c.sub3.text() for c in page.languages._cells if c.isVisible()]
    assert any(s.endswith(f"needed {arabic.staffing.needed} · on the floor "
                          f"{arabic.staffing.on_floor} → {arabic.staffing.projected}")
               for s in shown)
    assert "Erlang C" in page.model.text()


@pytest.mark.parametrize("page_type", [DepartmentsPage, ChannelsPage, OverviewPage])
def test_switched_off_nothing_of_it_shows(qtbot: QtBot, page_type: type) -> None:
    view, _ = view_of(StaffingOptions(enabled=False))
    assert view.staffing_model == "" and all(t.key != "staffing" for t in view.tiles)
    page = page_type()
    qtbot.addWidget(page)
    page.resize(1920, 1000)
    page.show()
    page.show_view(view)
    if isinstance(page, DepartmentsPage):
        assert not page.staffing.isVisible()
        assert "Erlang" not in page.more.text()
    if isinstance(page, ChannelsPage):
        assert page.model.text() == ""
        assert all(not c.sub3.isVisible() for c in page.languages._cells)


def test_groups_sharing_agents_are_said_to_be_projected_as_one_pool(qtbot: QtBot) -> None:
    site = SiteBuilder()
    engine = Engine()
    # a2 (health and urban) back from the break: on the floor, it links the departments.
    apply(engine, site.snapshot(), site.delta(
        "agent.state", T0 + 1, agent="a2", state="available", reason=None, contact=None))
    end = steady_traffic(site, engine, per_minute=6, minutes=30, handle_ms=180_000)
    figures = engine.figures(end)
    assert figures is not None and figures.staffing is not None
    assert figures.staffing.departments["health"].shared
    view = wall_view(figures, LIVE, now_ms=end, url="ws://x")
    page = DepartmentsPage()
    qtbot.addWidget(page)
    page.resize(1920, 1000)
    page.show()
    page.show_view(view)
    assert view.staffing_model.startswith("Erlang C; ") and "one pool" in view.staffing_model
    assert view.staffing_model in page.more.text()
    # Each shared department's projection says it is the pool's (its own floor may be
    # all it needs while the pool is short); one with agents of its own does not.
    health = next(r for r in view.departments if r.id == "health")
    shared = figures.staffing.departments["health"].projected_sl_pct
    assert health.projected_sl == f"{shared:.0f}{text.NNBSP}% (pool)"
    assert any(c.sub.text().endswith("% (pool)") for c in page.staffing._cells
               if c.isVisible())
    own = msgspec.structs.replace(figures.staffing.departments["health"], shared=False)
    cell = staffing_cell(own)
    assert cell is not None and cell.projected == f"{shared:.0f}{text.NNBSP}%"
    # No group sharing agents: the model's name alone.
    alone = msgspec.structs.replace(
        figures.staffing,
        departments={k: msgspec.structs.replace(g, shared=False)
                     for k, g in figures.staffing.departments.items()},
        languages={k: msgspec.structs.replace(g, shared=False)
                   for k, g in figures.staffing.languages.items()})
    assert model_note(alone) == "Erlang C"
