# One task runner. `make run` and `make test` work on a fresh clone: both create the
# virtualenv and install the project first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Set up and show the main job on the bundled sample CV and posting.
run: $(STAMP)
	$(BIN)/shortlist match --sample

## Set up and run the whole suite.
test: $(STAMP)
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
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
