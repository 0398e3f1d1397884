# FörderDesk developer commands. `make run` and `make test` are the README quick start.
# The interpreter under .venv: the system's python3 when it is 3.11 or later and can make a venv, else python3 on the
# PATH. A distribution's interpreter has libpython built in; a plain `--enable-shared` build (pyenv's) loads it as a
# shared library and runs the program's Python code about a fifth slower: measured in docs/benchmarks.md (issue 26).
PYTHON ?= $(shell for p in /usr/bin/python3 python3; do \
	$$p -c 'import sys, ensurepip, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && { echo $$p; break; }; \
	done)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
LOCK   := requirements/lock.txt
# parallel test workers (pytest-xdist); "auto" = one per CPU, measured best on the 2-core machines (3 was slower)
WORKERS ?= auto

.PHONY: run test lint screenshots bench dist clean translations lock

# installs the versions in the lock file (what CI tested); refresh it with `make lock`. `-c` (constraints, not `-r`)
# so a platform-only dependency missing from the Linux-made lock (e.g. pywin32-ctypes on Windows) still installs
$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c $(LOCK) -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/foerderdesk

# the parallel run first (one throw-away PostgreSQL database per worker), then the few `serial` tests alone
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(WORKERS) --dist loadgroup -m "not serial"
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m serial

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache

# development tools (devtools/, bench/) run from the source tree; they are neither in the wheel nor in the bundle
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m devtools.screenshots.window --out docs/screenshots
	$(BIN)/python -m devtools.screenshots.laptop --out docs/screenshots
	$(BIN)/python -m devtools.screenshots.laptop --out docs/screenshots --scale 1.25

bench: $(STAMP)
	$(BIN)/python -m foerderdesk bench

dist: $(STAMP)
	installer/build.sh

# extract texts (app/reports `_()`, ui `tr()`), merge into the English catalogues, compile .mo/.qm (committed)
translations: $(STAMP)
	$(BIN)/python -m translations.build all

# re-pin every dependency (pyproject + extras test, dev, dist) to the newest allowed versions; pip-tools runs in a
# throw-away venv so it never lands in .venv. `make lock LOCK_UPGRADE=` keeps the current pins and only adds what
# pyproject.toml newly requires. Review the diff, run `make test`, commit the lock together with the change.
LOCK_UPGRADE ?= --upgrade
lock:
	rm -rf build/lock-venv && $(PYTHON) -m venv build/lock-venv
	build/lock-venv/bin/pip install --quiet pip-tools
	build/lock-venv/bin/pip-compile --quiet $(LOCK_UPGRADE) --strip-extras --allow-unsafe --no-emit-index-url \
		--no-emit-find-links \
		--extra test --extra dev --extra dist -o $(LOCK) pyproject.toml
	sed -i '/^foerderdesk @ /{N;d;}' $(LOCK)  # the project itself (via its dev extra) is installed from the checkout
	rm -rf build/lock-venv
