# The two set-up commands of the README: `make run` (the page) and `make test` (the whole check).
# Each installs what is missing first, so both work on a fresh machine.
VENV := .venv
PYTHON := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
ADDRESS ?= 127.0.0.1
PORT ?= 8501
MAX_UPLOAD_MB ?= 20

.PHONY: run test lint unit browser-deps benchmark

$(INSTALLED): pyproject.toml
	test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	# torch first: this machine's disk has its CPU build; sentence-transformers alone would pull a CUDA one.
	$(PYTHON) -m pip install --quiet torch==2.13.0
	$(PYTHON) -m pip install --quiet -e '.[dev]'
	touch $(INSTALLED)

run: $(INSTALLED)
	$(VENV)/bin/streamlit run app.py --server.address $(ADDRESS) --server.port $(PORT) \
		--server.headless true --server.maxUploadSize $(MAX_UPLOAD_MB) --browser.gatherUsageStats false \
		--client.toolbarMode minimal

browser-deps:
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)

lint: $(INSTALLED)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

unit: $(INSTALLED)
	$(VENV)/bin/pytest -q

test: $(INSTALLED) browser-deps lint unit

benchmark: $(INSTALLED)
	$(PYTHON) -m benchmarks
