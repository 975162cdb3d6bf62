# The two commands a new machine needs (see README):
#   make demo   set up, analyse the bundled examples into newsgraph.db, summarise them and serve
#               the explorer on http://127.0.0.1:8000/
#   make test   set up and run the whole test suite (what CI runs)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DB     ?= newsgraph.db
# The seed article lives beside the checkout (read-only shared data); use it when present.
SEEDS  := $(wildcard ../shared/seeds)

.PHONY: install demo test lint bench clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	# build the place index from the installed gazetteer packages once (cached by their versions)
	$(BIN)/python -c "from newsgraph.kb.gazetteer import load_gazetteer; load_gazetteer()"
	touch $(STAMP)

# Debian's chromium drives the explorer's browser tests (tests/test_web_browser.py).
CHROMIUM := /usr/bin/chromium
HOST     ?= 127.0.0.1
PORT     ?= 8000

$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y --no-install-recommends chromium

# Debian's PostgreSQL binaries: tests/test_postgres.py runs initdb/pg_ctl for a throwaway server of its own.
POSTGRES := /usr/lib/postgresql

$(POSTGRES):
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y --no-install-recommends postgresql

install: $(STAMP) $(CHROMIUM) $(POSTGRES)

demo: $(STAMP)
	$(BIN)/newsgraph add examples $(SEEDS) --db $(DB)
	$(BIN)/newsgraph list --db $(DB)
	$(BIN)/newsgraph serve --db $(DB) --host $(HOST) --port $(PORT)

test: install
	$(BIN)/ruff check newsgraph tests bench
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-bench.lock
	$(BIN)/python bench/fundus_eval.py
	$(BIN)/python bench/throughput.py
	for set in quotes_dev quotes_dev2 quotes_dev3 quotes_dev4 quotes_test; do \
		$(BIN)/python bench/quotes_eval.py --dev bench/data/$$set.jsonl --out bench/out/$$set.json || exit 1; done
	$(BIN)/python bench/annotator_cost.py --without ng_quotes,ng_terms --rounds 3
	$(BIN)/python bench/times_eval.py
	$(BIN)/python bench/gazetteer_load.py
	for set in places_dev places_test; do \
		$(BIN)/python bench/places_eval.py --dev bench/data/$$set.jsonl --show-errors 0 --json bench/out/$$set.json || exit 1; done
	$(BIN)/python bench/annotator_cost.py --without ng_places --rounds 3
	$(BIN)/python bench/kb_import.py
	$(BIN)/python bench/plover_gsr_eval.py --out bench/out/plover_gsr.json
	for set in events_dev events_test; do \
		$(BIN)/python bench/events_eval.py --data bench/data/$$set.jsonl --out bench/out/$$set.json || exit 1; done
	$(BIN)/python bench/annotator_cost.py --without ng_events --rounds 3
	$(BIN)/python bench/actors_eval.py --out bench/out/actors_dev.json
	$(BIN)/python bench/actors_eval.py --dev bench/data/actors_test.jsonl --out bench/out/actors_test.json
	$(BIN)/python bench/actor_load.py --out bench/out/actor_load.json
	$(BIN)/python bench/annotator_cost.py --without ng_actors --rounds 3
	$(BIN)/python bench/api_latency.py
	$(BIN)/python bench/annotator_cost.py --without ng_actors,ng_events,ng_places,ng_descriptors,ng_claims --rounds 3

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache .ruff_cache
