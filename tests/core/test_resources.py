"""Where resources are found, and the environment for programs of the system."""

from __future__ import annotations

import sys

import pytest

from wallboard import resources


def test_resources_are_found_in_the_source_tree() -> None:
    assert resources.ui_path("themes", "dark.qss").is_file()
    assert resources.resource_path("icons", "wallboard.png").is_file()


def test_from_source_a_system_program_gets_the_environment_as_it_is() -> None:
    environ = {"LD_LIBRARY_PATH": "/opt/lib", "PATH": "/usr/bin"}
    assert resources.system_program_environment(environ) == environ


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="LD_LIBRARY_PATH is Linux's")
@pytest.mark.parametrize(("frozen_env", "expected"), [
    # The loader kept the user's own path: it comes back.
    ({"LD_LIBRARY_PATH": "/app/_internal:/opt/lib", "LD_LIBRARY_PATH_ORIG": "/opt/lib"},
     {"LD_LIBRARY_PATH": "/opt/lib"}),
    # There was none: there is none again.
    ({"LD_LIBRARY_PATH": "/app/_internal"}, {}),
])
def test_frozen_a_system_program_gets_the_library_path_of_before(
    monkeypatch: pytest.MonkeyPatch, frozen_env: dict[str, str], expected: dict[str, str]
) -> None:
    # As the frozen application's loader leaves them.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    environ = {"PATH": "/usr/bin", **frozen_env}
    assert resources.system_program_environment(environ) == {"PATH": "/usr/bin", **expected}
