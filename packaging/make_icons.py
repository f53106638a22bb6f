"""Draw the application icon: a bar-chart glyph on the dark theme's panel colour.

Writes ``resources/icons/wallboard.svg``, ``wallboard.png`` (256 px, the
window icon and the Linux desktop entry's icon), ``wallboard-<size>.png`` for
the hicolor icon theme, and ``wallboard.ico`` (the Windows executable's icon,
PNG-compressed entries packed here by hand, so nothing beyond Qt is needed).

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

The files are kept in the repository; run this again only to change the icon.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"

# The geometry on a 256-unit canvas, shared by the SVG and the raster icons.
CANVAS = 256
PANEL = (16, 16, 224, 224)  # x, y, width, height
PANEL_RADIUS = 40
PANEL_FILL = "#161b22"  # the dark theme's panel
PANEL_EDGE = "#30363d"
EDGE_WIDTH = 8
BASELINE_Y = 192
BASELINE = (43, 213)  # x from, x to
BAR_WIDTH = 28
# (left x, height, colour): grey bars, the last one the theme's "live" green.
BARS = ((51, 64, "#8b949e"), (93, 104, "#8b949e"), (135, 80, "#8b949e"), (177, 136, "#56d364"))
BAR_RADIUS = 6

RASTER_SIZES = (16, 24, 32, 48, 64, 128, 256)


def svg() -> str:
    x, y, w, h = PANEL
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{CANVAS}" height="{CANVAS}" '
        f'viewBox="0 0 {CANVAS} {CANVAS}">',
        "  <title>Wallboard</title>",
        f'  <rect x="{x + EDGE_WIDTH / 2}" y="{y + EDGE_WIDTH / 2}" width="{w - EDGE_WIDTH}" '
        f'height="{h - EDGE_WIDTH}" rx="{PANEL_RADIUS}" fill="{PANEL_FILL}" '
        f'stroke="{PANEL_EDGE}" stroke-width="{EDGE_WIDTH}"/>',
    ]
    for left, height, colour in BARS:
        parts.append(
            f'  <rect x="{left}" y="{BASELINE_Y - height}" width="{BAR_WIDTH}" '
            f'height="{height}" rx="{BAR_RADIUS}" fill="{colour}"/>'
        )
    parts.append(
        f'  <rect x="{BASELINE[0]}" y="{BASELINE_Y + 4}" width="{BASELINE[1] - BASELINE[0]}" '
        f'height="6" rx="3" fill="{PANEL_EDGE}"/>'
    )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / CANVAS, size / CANVAS)
    x, y, w, h = PANEL
    half = EDGE_WIDTH / 2
    painter.setPen(QPen(QColor(PANEL_EDGE), EDGE_WIDTH))
    painter.setBrush(QColor(PANEL_FILL))
    painter.drawRoundedRect(QRectF(x + half, y + half, w - EDGE_WIDTH, h - EDGE_WIDTH),
                            PANEL_RADIUS, PANEL_RADIUS)
    painter.setPen(Qt.PenStyle.NoPen)
    for left, height, colour in BARS:
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(QRectF(left, BASELINE_Y - height, BAR_WIDTH, height),
                                BAR_RADIUS, BAR_RADIUS)
    painter.setBrush(QColor(PANEL_EDGE))
    painter.drawRoundedRect(QRectF(BASELINE[0], BASELINE_Y + 4, BASELINE[1] - BASELINE[0], 6),
                            3, 3)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size} px icon as PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (valid since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    directory = b""
    offset = len(header) + 16 * len(images)
    body = b""
    for size, data in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        body += data
    return header + directory + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "wallboard.svg").write_text(svg(), encoding="utf-8")
    images = {size: png(size) for size in RASTER_SIZES}
    (ICONS / "wallboard.png").write_bytes(images[256])
    for size in (48, 128):
        (ICONS / f"wallboard-{size}.png").write_bytes(images[size])
    (ICONS / "wallboard.ico").write_bytes(ico({s: images[s] for s in (16, 24, 32, 48, 256)}))
    print(f"icons written to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
