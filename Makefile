# The two commands a new machine needs (see README):
#   make demo   set up, analyse the bundled examples into newsgraph.db and summarise them
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
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/newsgraph add examples $(SEEDS) --db $(DB)
	$(BIN)/newsgraph list --db $(DB)

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
	$(BIN)/python bench/kb_import.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache .ruff_cache
