# One task runner. `make run` and `make test` work on a fresh clone: both create the
# virtualenv and install the project first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# axe-core for the browser tests: test-only, from npm, never shipped or copied into the repo.
NODE_STAMP := node_modules/.installed

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $(NODE_STAMP)

## Set up, migrate and serve the app at http://127.0.0.1:8000 (SQLite, offline).
run: $(STAMP)
	$(BIN)/shortlist serve

## Set up and run the whole suite.
test: $(STAMP) $(NODE_STAMP)
	$(BIN)/pytest -q

## Style and types.
lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy

## Speed and quality benchmarks; numbers go to docs/benchmarks.md by hand.
bench: $(STAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) node_modules build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
