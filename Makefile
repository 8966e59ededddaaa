# One task runner. `make run` and `make test` work on a fresh clone: both create the
# virtualenv and install the project first, from the lock file, never from whatever is
# newest that day (docs/development.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Every third-party package, pinned with the hash of each of its files: the default
# dependencies plus the dev extra, for Python 3.11 and newer on any platform. Made by
# `make lock`; the project itself is not in it.
LOCK   := requirements/lock.txt
# The venv's own pip, pinned and hashed: the oldest pip we support, what Python 3.11 ships,
# so every install (a developer's and CI's) proves the lock installs with it.
PIP_LOCK    := requirements/pip.txt
PIP_VERSION := 23.2.1
# `make lock` resolves with uv, in a venv of its own under .venv.
UV_VERSION := 0.13.10
UV         := $(VENV)/uv/bin/uv
# Extra flags for `make lock`: --upgrade moves every pin to the newest release that fits,
# --upgrade-package NAME only one; with none, pins that still fit pyproject.toml stay.
LOCK_FLAGS ?=
# axe-core for the browser tests: test-only, from npm, never shipped or copied into the repo.
NODE_STAMP := node_modules/.installed

.PHONY: run test lint bench lock clean

# pip check: pyproject.toml asks for something the lock lacks (run `make lock`).
$(STAMP): $(LOCK) $(PIP_LOCK) pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(PIP_LOCK)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(BIN)/python -m pip check
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

## Style, types, the import contract and the code's shape (tests/test_layers.py,
## tests/test_code_shape.py; docs/architecture.md).
lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/pytest -q tests/test_layers.py tests/test_code_shape.py

## Speed and quality benchmarks; numbers go to docs/benchmarks.md by hand.
bench: $(STAMP)
	$(BIN)/python -m benchmarks

## Refresh the lock files from pyproject.toml (see docs/development.md), then commit them.
## Resolves against the package index alone: uv reads no pip or uv config and no index
## variables here, so nothing machine-local gets in.
LOCK_ENV  := env -u UV_INDEX -u UV_INDEX_URL -u UV_DEFAULT_INDEX -u UV_EXTRA_INDEX_URL \
	-u UV_FIND_LINKS -u UV_CONSTRAINT -u UV_OVERRIDE
LOCK_ARGS := --universal --python-version 3.11 --generate-hashes --no-config --quiet \
	--custom-compile-command 'make lock'
lock: $(UV)
	echo 'pip==$(PIP_VERSION)' | $(LOCK_ENV) $(UV) pip compile - $(LOCK_ARGS) -o $(PIP_LOCK)
	$(LOCK_ENV) $(UV) pip compile pyproject.toml --extra dev $(LOCK_ARGS) $(LOCK_FLAGS) -o $(LOCK)

$(UV):
	$(PYTHON) -m venv $(VENV)/uv
	$(VENV)/uv/bin/python -m pip install --quiet 'uv==$(UV_VERSION)'

clean:
	rm -rf $(VENV) node_modules build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache \
		.hypothesis
