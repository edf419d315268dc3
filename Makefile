# Two commands do all set-up on a fresh machine:
#   make site    build the dossier from seeds/ into site/   (make serve: live preview on 127.0.0.1:8000)
#   make test    run every test (unit, golden, quality gate, mkdocs --strict, browser when available)
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install site serve test lint goldens score bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev,pagefind]"
	touch $(STAMP)

install: $(STAMP)

site: $(STAMP)
	$(VENV)/bin/dossier build
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict
	@echo "open site/index.html, or run: make serve"

serve: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs serve

test: $(STAMP)
	$(VENV)/bin/ruff check dossier tests
	$(VENV)/bin/mypy dossier --ignore-missing-imports
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check dossier tests
	$(VENV)/bin/mypy dossier --ignore-missing-imports

goldens: $(STAMP)
	$(PY) -m tests.golden --refresh

score: $(STAMP)
	$(VENV)/bin/dossier build --out build/seeds --quiet
	$(PY) ../shared/eval/score.py ../shared/eval/seeds-gold.yml build/seeds/dossier.json

bench: $(STAMP)
	$(VENV)/bin/dossier bench --sizes 100,1000,10000 --plugin-up-to 1000

clean:
	rm -rf site build .dossier-cache
