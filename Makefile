# Lantern: `make demo` serves a seeded synthetic authority; `make test` runs lint, types and the whole suite.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
LANTERN := $(VENV)/bin/lantern
DEMO_CHILDREN ?= 200
DEMO_YEARS ?= 5
DEMO_SEED ?= 1

.PHONY: demo test lint typecheck pytest bench assets install install-dev browser clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

static_build/css/lantern.css: node_modules/.installed assets/build.mjs $(wildcard assets/scss/*.scss assets/js/*)
	npm run --silent build

assets: static_build/css/lantern.css

# Browser tests drive Debian's Chromium; no tool downloads a browser.
browser:
	@test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-liberation)

demo: install assets
	$(PY) manage.py migrate --noinput -v 0
	$(LANTERN) seed --children $(DEMO_CHILDREN) --years $(DEMO_YEARS) --seed $(DEMO_SEED) --if-empty
	$(LANTERN) demo-signins
	@echo "Serving Lantern at http://127.0.0.1:8000 (Ctrl-C to stop)"
	$(PY) manage.py runserver 127.0.0.1:8000 --noreload

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/bandit -q -r accounts access audit people casework lantern bundles synthetic maintenance -x '*/tests/*,*/migrations/*'

typecheck: install-dev
	$(VENV)/bin/mypy .

pytest: install-dev assets browser
	$(VENV)/bin/pytest -q

test: lint typecheck pytest

bench: install-dev assets
	apt-get install -y -qq wrk >/dev/null 2>&1 || test -x /usr/bin/wrk
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) node_modules static_build staticfiles lantern.sqlite3
