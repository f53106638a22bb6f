"""The built-in simulator: the server side of the feed protocol.

* :mod:`~wallboard.simulator.scenarios`: the centres it can play (:data:`SCENARIOS`);
* :mod:`~wallboard.simulator.model`: :class:`CentreModel`, a deterministic,
  sans-I/O discrete-event model that yields snapshots and deltas;
* :mod:`~wallboard.simulator.server`: :class:`SimulatorServer`, which serves a
  model over WebSocket, and :func:`running_in_thread` for demo mode and tests;
* :mod:`~wallboard.simulator.cli`: the ``wallboard simulate`` command.
"""

from wallboard.simulator.model import CentreModel
from wallboard.simulator.scenarios import SCENARIOS, Scenario
from wallboard.simulator.server import SimulatorServer, running_in_thread

__all__ = ["SCENARIOS", "CentreModel", "Scenario", "SimulatorServer", "running_in_thread"]
