"""The state store and KPI engine: pure Python, sans-I/O, no Qt."""

from wallboard.engine.figures import (
    DepartmentBacklog,
    DepartmentFigures,
    GroupFigures,
    QueueFigures,
    SiteFigures,
    SlRule,
)
from wallboard.engine.state import Engine

__all__ = [
    "DepartmentBacklog",
    "DepartmentFigures",
    "Engine",
    "GroupFigures",
    "QueueFigures",
    "SiteFigures",
    "SlRule",
]
