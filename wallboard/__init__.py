"""Wallboard: a supervisor wallboard for citizen contact centres.

The package is split in two. Everything except :mod:`wallboard.views` is the
core: it never imports Qt, and holds the protocol models, the state and KPI
engine, the feed client, credentials and the built-in simulator. The views
subpackage is the only place that imports PySide6 or pyqtgraph.
"""

__version__ = "0.1.0"
