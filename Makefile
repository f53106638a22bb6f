# Wallboard: the one entry point for newcomers and CI.
#
#   make install   create .venv and install the package with its dev tools
#   make test      run the whole test suite (offscreen Qt, real Secret Service)
#   make help      list every target
#
# Everything runs from the virtualenv in $(VENV); nothing is installed into
# the system Python. `make sysdeps` installs the few Debian packages that Qt
# and the keyring tests need (as root), or prints the apt-get line to run.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:
MAKEFLAGS += --no-builtin-rules

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Touched after a successful install; rebuilt whenever pyproject.toml changes.
INSTALL_STAMP := $(VENV)/.wallboard-installed

PYTEST_ARGS ?=
RUN_ARGS ?=
BENCH_ARGS ?=
SOAK_ARGS ?=
# How long `make fuzz` runs, and more libFuzzer options (-jobs=2, -max_len=...).
FUZZ_SECONDS ?= 60
FUZZ_ARGS ?=
# Set to 1 to carry on when Debian packages are missing and cannot be installed.
SKIP_SYSDEPS ?=

# Debian 12 packages, found by reading the DT_NEEDED entries of the PySide6
# wheel's libraries and plugins (readelf -d) and by rendering offscreen.
# zlib1g and libzstd1 are needed too but are part of every Debian system.
#
# Qt core, QtGui, QtWidgets and the offscreen platform plugin:
QT_PACKAGES := \
	libgl1 libegl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6 \
	libglib2.0-0 libdbus-1-3
# The xcb platform plugin, for a real window on an X11 desktop (`make run`):
XCB_PACKAGES := \
	libx11-xcb1 libxkbcommon-x11-0 libxcb1 libxcb-cursor0 libxcb-glx0 \
	libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 \
	libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 \
	libxcb-xfixes0 libxcb-xkb1
# A private session bus (dbus-run-session) with a Secret Service on it;
# secret-tool for looking into the keyring by hand:
KEYRING_PACKAGES := dbus-daemon gnome-keyring libsecret-tools
# A real X server for the tests of screens being plugged and unplugged:
X_PACKAGES := xvfb x11-xserver-utils
# Latin text, and Arabic text with proper shaping (fonts-kacst is about 1 MB
# installed; fonts-noto-core would be about 42 MB):
FONT_PACKAGES := fonts-dejavu-core fonts-kacst

# PyInstaller (`make dist`) reads libraries with objdump and strips them:
DIST_PACKAGES := binutils

DEBIAN_PACKAGES := $(QT_PACKAGES) $(XCB_PACKAGES) $(KEYRING_PACKAGES) $(X_PACKAGES) \
	$(FONT_PACKAGES) $(DIST_PACKAGES)

.PHONY: help venv install sysdeps run test test-clock lint bench soak fuzz watchdog screenshots clean distclean
.PHONY: translations lupdate

help:
	@echo "Wallboard make targets:"
	@echo "  install    create $(VENV) (with $(PYTHON) >= 3.11) and pip install -e '.[dev]'"
	@echo "  venv       same as install"
	@echo "  sysdeps    install the Debian packages Qt and the keyring tests need (root)"
	@echo "  run        start the wallboard on the built-in simulator (RUN_ARGS=...)"
	@echo "  test       run the test suite offscreen with a real keyring (PYTEST_ARGS=...)"
	@echo "  test-clock the tests again at weekend, midnight and DST moments (CLOCK_MOMENTS=...)"
	@echo "  lint       ruff, mypy and the import-linter contracts"
	@echo "  translations  build the .qm translations from resources/translations/*.ts"
	@echo "  lupdate    update the .ts sources from the code and the forms (then translate)"
	@echo "  bench      run the benchmarks of the core and the wall (BENCH_ARGS=...)"
	@echo "  soak       the wall through a simulated day, checking memory (SOAK_ARGS=...;"
	@echo "             SOAK_ARGS='--simulated-days 7' for a week)"
	@echo "  fuzz       coverage-guided fuzzing of the feed with atheris (FUZZ_SECONDS=60)"
	@echo "  watchdog   the UI thread's timer under a flood, WATCHDOG_RUNS times (once in make test)"
	@echo "  screenshots render every page, dark and light, at 1080p and 4K into docs/"
	@echo "  screenshots-languages  every page in each language into docs/screenshots/LANG/"
	@echo "  dist       build the frozen application: dist/wallboard/ and its .tar.gz"
	@echo "  selftest-dist  run the frozen application's --self-test"
	@echo "  test-dist  the tests of the frozen application (tests/dist), after make dist"
	@echo "  clean      remove caches and build output"
	@echo "  distclean  clean, and remove $(VENV) too"

venv install: $(INSTALL_STAMP) translations

$(BIN)/python:
	@if ! command -v "$(PYTHON)" >/dev/null 2>&1; then \
		echo "install: '$(PYTHON)' not found; install Python 3.11 or newer" \
			"or pass PYTHON=/path/to/python3.11" >&2; \
		exit 1; \
	fi
	@if ! "$(PYTHON)" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then \
		version=$$("$(PYTHON)" -c 'import platform; print(platform.python_version())'); \
		echo "install: $(PYTHON) is Python $$version; Wallboard needs 3.11 or newer" \
			"(pass PYTHON=/path/to/python3.11)" >&2; \
		exit 1; \
	fi
	@if ! "$(PYTHON)" -m venv "$(VENV)"; then \
		echo "install: '$(PYTHON) -m venv' failed; on Debian install python3-venv" >&2; \
		exit 1; \
	fi

$(INSTALL_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e '.[dev]'
	@touch $@

sysdeps:
	@if [[ -n "$(SKIP_SYSDEPS)" ]]; then \
		echo "sysdeps: skipped (SKIP_SYSDEPS is set)" >&2; \
		exit 0; \
	fi; \
	if ! command -v dpkg >/dev/null 2>&1; then \
		echo "sysdeps: not a Debian system; install the equivalents of:" >&2; \
		echo "  $(DEBIAN_PACKAGES)" >&2; \
		exit 0; \
	fi; \
	missing=(); \
	for pkg in $(DEBIAN_PACKAGES); do \
		case "$$(dpkg -s "$$pkg" 2>/dev/null)" in \
			*"Status: install ok installed"*) ;; \
			*) missing+=("$$pkg") ;; \
		esac; \
	done; \
	if [[ $${#missing[@]} -eq 0 ]]; then \
		exit 0; \
	fi; \
	if [[ $$(id -u) -ne 0 ]]; then \
		echo "sysdeps: missing Debian packages: $${missing[*]}" >&2; \
		echo "sysdeps: install them with:" >&2; \
		echo "  sudo apt-get install -y --no-install-recommends $${missing[*]}" >&2; \
		echo "sysdeps: or run make with SKIP_SYSDEPS=1 to try without them" >&2; \
		exit 1; \
	fi; \
	echo "sysdeps: installing $${missing[*]}"; \
	export DEBIAN_FRONTEND=noninteractive; \
	apt-get update; \
	apt-get install -y --no-install-recommends "$${missing[@]}"

run: install sysdeps translations
	$(BIN)/wallboard --demo $(RUN_ARGS)

# A private D-Bus session for the run, with gnome-keyring unlocked on it, so
# the keyring tests talk to a real Secret Service and never to the user's own.
test: install sysdeps translations
	QT_QPA_PLATFORM=offscreen dbus-run-session -- \
		tests/run-with-keyring.sh $(BIN)/python -m pytest $(PYTEST_ARGS)

# The wall's languages besides English: Qt's tool chain, .ts sources in git,
# .qm built beside them (and bundled by make dist). `make lupdate` finds the
# strings of the code and the forms; translate the new ones (Qt Linguist:
# $(BIN)/pyside6-linguist) until tests/views/test_i18n.py passes.
LANGUAGES := ar tr vi ro
TS_DIR := resources/translations
TS_FILES := $(foreach lang,$(LANGUAGES),$(TS_DIR)/wallboard_$(lang).ts)
QM_FILES := $(TS_FILES:.ts=.qm)
translations: $(QM_FILES)
$(TS_DIR)/%.qm: $(TS_DIR)/%.ts | $(INSTALL_STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@
lupdate: install
	$(BIN)/pyside6-lupdate -no-obsolete -locations relative $$(find wallboard -name '*.py' | sort) \
		ui/*.ui -ts $(TS_FILES)

# The whole suite again with the wall clock shifted to moments that have broken
# tests before: weekends in both scenarios' zones, minutes before local midnight,
# minutes before a DST change. Tests must pass whatever day and hour they run.
CLOCK_MOMENTS ?= \
	2026-11-27T11:00+03:00 2026-11-27T23:57+03:00 \
	2026-11-28T14:00+01:00 2026-11-29T23:57+01:00 2027-03-28T01:57+01:00

test-clock: install sysdeps
	@failed=(); \
	for at in $(CLOCK_MOMENTS); do \
		echo "==> make test as if it were $$at"; \
		env -u WALLBOARD_CLOCK_SHIFT_MS WALLBOARD_CLOCK_AT=$$at \
			$(MAKE) --no-print-directory test PYTEST_ARGS="$(PYTEST_ARGS)" || failed+=("$$at"); \
	done; \
	if (( $${#failed[@]} )); then echo "test-clock: failed at $${failed[*]}" >&2; exit 1; fi

# All three run even when one fails, so one pass shows every problem.
lint: install
	@status=0; \
	for tool in "ruff check ." mypy lint-imports; do \
		echo "$(BIN)/$$tool"; \
		$(BIN)/$$tool || { status=1; echo "lint: $$tool failed" >&2; }; \
	done; \
	exit $$status

bench: install sysdeps
	$(BIN)/python -m wallboard.bench $(BENCH_ARGS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m wallboard.bench.wall

# The wall through a simulated day at high speed, failing on memory growth.
soak: install sysdeps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m wallboard.bench.soak $(SOAK_ARGS)

# The UI thread's beat (a 20 ms timer) while the feed floods, reconnects and
# loads big snapshots, run again and again; each run prints how late the timer
# was at worst, and fails when it fired 100 ms late or more. `make test` runs it once.
WATCHDOG_RUNS ?= 10
watchdog: install sysdeps
	@mkdir -p build
	@for run in $$(seq $(WATCHDOG_RUNS)); do \
		QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -rP tests/views/test_watchdog.py \
			$(PYTEST_ARGS) >build/watchdog.log 2>&1; status=$$?; \
		grep -E '^watchdog:' build/watchdog.log; \
		[ $$status -eq 0 ] || { tail -40 build/watchdog.log; exit 1; }; \
	done

# Coverage-guided fuzzing (atheris) of the decoder, feed session, engine and wall
# description, from a seed corpus made by the simulator. atheris is installed
# into $(VENV) on first use; the corpus grows in build/fuzz/corpus and findings
# land in build/fuzz/findings (replay one: $(BIN)/python -m fuzz.fuzz_feed FILE).
FUZZ_DIR := build/fuzz
fuzz: install
	@$(BIN)/python -c 'import atheris' 2>/dev/null || $(BIN)/python -m pip install 'atheris>=2.3,<4' \
		|| { echo "fuzz: cannot install atheris into $(VENV): it needs a manylinux wheel for" \
			"this Python (cp311 and later have one on PyPI) or clang with libFuzzer" \
			"to build it" >&2; exit 1; }
	@mkdir -p $(FUZZ_DIR)/corpus $(FUZZ_DIR)/findings
	$(BIN)/python -c 'import pathlib, fuzz.feed_target as t; t.write_seeds(pathlib.Path("$(FUZZ_DIR)/seeds"))'
	$(BIN)/python -m fuzz.fuzz_feed -max_total_time=$(FUZZ_SECONDS) -dict=fuzz/feed.dict \
		-max_len=65536 -artifact_prefix=$(FUZZ_DIR)/findings/ -print_final_stats=1 $(FUZZ_ARGS) \
		$(FUZZ_DIR)/corpus $(FUZZ_DIR)/seeds

# Every page of the wall on the built-in simulator, in both themes, at 1080p
# and 4K, for the README: all drawn from one frozen moment of the simulated
# centre (a pinned start, run in-process on simulated time), so the pages agree.
screenshots: install sysdeps translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m wallboard.views.shots --out docs/screenshots

# Every page in each of the wall's languages, dark, at 1080p, and the overview
# at 4K, from the same frozen moment: docs/screenshots/LANG/.
SHOT_LANGUAGES := en $(LANGUAGES)
.PHONY: screenshots-languages
screenshots-languages: install sysdeps translations
	@for lang in $(SHOT_LANGUAGES); do \
		QT_QPA_PLATFORM=offscreen $(BIN)/python -m wallboard.views.shots --language $$lang \
			--theme dark --size 1920x1080 --out docs/screenshots/$$lang && \
		QT_QPA_PLATFORM=offscreen $(BIN)/python -m wallboard.views.shots --language $$lang \
			--theme dark --size 3840x2160 --page overview --out docs/screenshots/$$lang \
			|| exit 1; \
	done

# The frozen application: PyInstaller (the `dist` extra) builds dist/wallboard/
# from packaging/wallboard.spec, with the desktop entry and the icon beside the
# executable, and packs it as dist/wallboard-VERSION-linux-ARCH.tar.gz, whose
# one folder is wallboard-VERSION (unpack it beside the previous version).
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' wallboard/__init__.py)
DIST_DIR := dist/wallboard
DIST_ARCHIVE = dist/wallboard-$(VERSION)-linux-$(shell uname -m).tar.gz
DIST_STAMP := $(VENV)/.wallboard-dist-installed
# PyInstaller reads libraries with objdump; the spec strips Python's with strip.
DIST_TOOLS := objdump strip

.PHONY: dist selftest-dist test-dist

$(DIST_STAMP): $(INSTALL_STAMP)
	$(BIN)/python -m pip install -e '.[dev,dist]'
	@touch $@

dist: $(DIST_STAMP) sysdeps translations
	@for tool in $(DIST_TOOLS); do command -v $$tool >/dev/null || { \
		echo "dist: $$tool not found; install binutils (apt-get install binutils)" >&2; \
		exit 1; }; done
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/wallboard.spec
	install -m 644 packaging/wallboard.desktop resources/icons/wallboard.png $(DIST_DIR)/
	rm -f dist/wallboard-*.tar.gz
	tar -C dist --owner=0 --group=0 --transform 's,^wallboard,wallboard-$(VERSION),S' \
		-czf $(DIST_ARCHIVE) wallboard
	@du -sh $(DIST_DIR) $(DIST_ARCHIVE)

# The frozen wall's own check, in a private keyring session like the tests'.
selftest-dist: sysdeps
	@test -x $(DIST_DIR)/wallboard || { echo "selftest-dist: no $(DIST_DIR)/wallboard;" \
		"run make dist first" >&2; exit 1; }
	QT_QPA_PLATFORM=offscreen dbus-run-session -- \
		tests/run-with-keyring.sh $(DIST_DIR)/wallboard --self-test

# WALLBOARD_DIST makes tests/dist fail, not skip, when the executable is missing.
test-dist: install sysdeps translations
	QT_QPA_PLATFORM=offscreen WALLBOARD_DIST=$(DIST_DIR)/wallboard dbus-run-session -- \
		tests/run-with-keyring.sh $(BIN)/python -m pytest -m dist tests/dist $(PYTEST_ARGS)

clean:
	rm -rf build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache \
		.hypothesis .import_linter_cache
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
