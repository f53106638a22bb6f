"""Translation of the presentation layer's labels through Qt's system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, context: str = "Wall") -> str:
    """Translate a label marked with ``QT_TRANSLATE_NOOP("Wall", ...)`` in the core."""
    return QCoreApplication.translate(context, text) if text else text
