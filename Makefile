# Two commands for a newcomer: `make demo` and `make test`. Each installs what is missing first.
SHELL := /bin/bash
PY := .venv/bin/python
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: demo test check bench setup setup-test cups services lint types contracts unit clean lock upgrade

setup:
	@scripts/bootstrap.sh run

setup-test:
	@scripts/bootstrap.sh test

demo: setup
	@echo "[demo] starting the embedded central service (with Janus and coturn), the demo staff and the kiosk shell with emulated devices"
	@$(PY) -m kiosk.cli demo

services:
	@echo "[services] PostgreSQL and Redis for the test suite (scripts/services.sh)"
	@scripts/services.sh

lint:
	@echo "[check] ruff format --check and ruff lint"
	@$(PY) -m ruff format --check .
	@$(PY) -m ruff check .

types:
	@echo "[check] mypy (strict)"
	@$(PY) -m mypy kiosk devices remote_sessions api_client config central tests benchmarks
	@# apart: with scripts/ on its path, mypy would take scripts/cups/ for pycups
	@$(PY) -m mypy scripts/lock_check.py

contracts:
	@echo "[check] import-linter contracts"
	@.venv/bin/lint-imports

unit:
	@echo "[check] unit tests (no e2e)"
	@$(PY) -m pytest -q -m "not e2e and not slow"

cups:
	@echo "[setup] CUPS with the cups-pdf emulator queue"
	@scripts/cups-setup.sh

check: setup-test cups lint types contracts services unit

test: setup-test cups lint types contracts services
	@echo "[test] the whole pytest suite"
	@$(PY) -m pytest -q --durations=15

bench: setup-test cups
	@echo "[bench] running benchmarks/"
	@for b in benchmarks/bench_*.py; do m=$${b%.py}; echo "== $$b"; $(PY) -m $${m//\//.} || exit 1; done

# After editing dependencies in pyproject.toml: re-resolve only what the edit needs.
lock:
	@echo "[lock] uv lock: uv.lock follows pyproject.toml (commit it once make test is green)"
	@scripts/uv.sh lock
	@scripts/bootstrap.sh test

# Deliberate upgrade: everything to its newest release, then the whole suite; a red suite
# puts the previous lock back.
upgrade:
	@cp uv.lock .tools/uv.lock.before
	@echo "[upgrade] uv lock --upgrade"
	@scripts/uv.sh lock --upgrade
	@if $(MAKE) test; then \
	  echo "[upgrade] the suite passed on the new versions: review 'git diff uv.lock' and commit it"; \
	else \
	  cp .tools/uv.lock.before uv.lock; scripts/bootstrap.sh test >/dev/null; \
	  echo "[upgrade] the suite failed on the new versions; uv.lock and .venv are back as they were"; \
	  exit 1; \
	fi

clean:
	rm -rf .venv .tools .stamps demo-out .mypy_cache .ruff_cache .pytest_cache
