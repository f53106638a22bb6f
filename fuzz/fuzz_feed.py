"""``python -m fuzz.fuzz_feed [libFuzzer options] CORPUS_DIR...``: fuzz the feed with atheris.

``make fuzz`` installs atheris into the virtualenv, writes the seed corpus
and runs this for ``FUZZ_SECONDS``. Findings are written where
``-artifact_prefix`` says; replay one with ``python -m fuzz.fuzz_feed FILE``.
"""

from __future__ import annotations

import logging
import sys


def main() -> None:
    try:
        import atheris
    except ImportError:
        sys.exit("fuzz: atheris is not installed in this virtualenv; `make fuzz` installs it "
                 "(it needs a cp311+ manylinux wheel or a clang with libFuzzer to build one)")
    # Instrument the project's code for coverage; msgspec is C and stays opaque.
    with atheris.instrument_imports(include=["wallboard", "fuzz"]):
        from fuzz.feed_target import follow
    logging.disable(logging.CRITICAL)  # damage is logged by design; millions of lines help no one
    atheris.Setup(sys.argv, follow)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
