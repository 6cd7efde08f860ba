# Lantern: `make demo` serves a seeded synthetic authority; `make test` runs lint, types and the whole suite.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
LANTERN := $(VENV)/bin/lantern
DEMO_CHILDREN ?= 200
DEMO_YEARS ?= 5
DEMO_SEED ?= 1

.PHONY: demo test lint typecheck pytest test-postgres bench bench-national load assets install install-dev browser pdf-libs clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(VENV)/.installed $@

# locust, for `make load` and the short load test in `make bench`.
$(VENV)/.installed-load: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[load]'
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

static_build/css/lantern.css: node_modules/.installed assets/build.mjs $(wildcard assets/scss/*.scss assets/js/*)
	npm run --silent build

assets: static_build/css/lantern.css

# WeasyPrint (PDF exports) needs Pango and fonts with Arial's metrics from Debian.
pdf-libs:
	@ldconfig -p | grep -q libpangoft2-1.0 && test -d /usr/share/fonts/truetype/liberation || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-liberation)

# Browser tests drive Debian's Chromium; no tool downloads a browser.
browser:
	@test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-liberation)

demo: install assets pdf-libs
	$(PY) manage.py migrate --noinput -v 0
	$(LANTERN) seed --children $(DEMO_CHILDREN) --years $(DEMO_YEARS) --seed $(DEMO_SEED) --if-empty
	$(LANTERN) alerts
	$(LANTERN) demo-signins
	@echo "Serving Lantern at http://127.0.0.1:8000, with its task worker (Ctrl-C to stop both)"
	$(PY) manage.py db_worker --no-reload & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver 127.0.0.1:8000 --noreload

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/bandit -q -r accounts access audit people casework lantern bundles synthetic maintenance chronology duties alerts care health education missing risk network sharing escalation matching returns permanence -x '*/tests/*,*/migrations/*'

typecheck: install-dev
	$(VENV)/bin/mypy .

pytest: install-dev assets browser pdf-libs
	$(VENV)/bin/pytest -q

test: lint typecheck pytest

# The whole suite on PostgreSQL (DATABASE_URL, by default the local server's `test` database); .ci/run runs it after
# `make test`.
PG_URL ?= postgres://postgres@127.0.0.1:5432/test
test-postgres: install-dev assets browser pdf-libs
	DATABASE_URL=$(PG_URL) $(VENV)/bin/pytest -q

bench: install-dev assets pdf-libs $(VENV)/.installed-load
	apt-get install -y -qq wrk >/dev/null 2>&1 || test -x /usr/bin/wrk
	$(PY) bench/run.py
	$(PY) bench/load/run.py --users 20 --minutes 1 --database auto

# The duties of 80,000 children on PostgreSQL (bench/national.py): seeds a database of its own; takes long.
bench-national: install-dev
	$(PY) bench/national.py

# 50 simulated workers for 10 minutes against gunicorn and PostgreSQL on 127.0.0.1 (bench/load/run.py);
# LOAD_ARGS passes options, e.g. LOAD_ARGS="--users 10 --minutes 1 --database sqlite".
load: install-dev assets pdf-libs $(VENV)/.installed-load
	$(PY) bench/load/run.py $(LOAD_ARGS)

clean:
	rm -rf $(VENV) node_modules static_build staticfiles lantern.sqlite3
