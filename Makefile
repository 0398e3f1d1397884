# FörderDesk developer commands. `make run` and `make test` are the README quick start.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint screenshots bench dist clean translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/foerderdesk

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache

# development tools (devtools/, bench/) run from the source tree; they are neither in the wheel nor in the bundle
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m devtools.screenshots.window --out docs/screenshots

bench: $(STAMP)
	$(BIN)/python -m foerderdesk bench

dist: $(STAMP)
	installer/build.sh

# extract texts (app/reports `_()`, ui `tr()`), merge into the English catalogues, compile .mo/.qm (committed)
translations: $(STAMP)
	$(BIN)/python -m translations.build all
