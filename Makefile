# One task runner for set-up, demo, tests and benchmarks. The README uses these targets.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test lint typecheck pytest eval bench clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found; install Python 3.11 or run 'make PYTHON=python3 ...'"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# CPU build of torch first (for the optional embeddings extra); unpinned, pip would fetch CUDA.
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[dev,embeddings]'
	@touch $(STAMP)

install: $(STAMP) ## create .venv and install actorgraph with its dev tools

demo: install ## analyse the bundled sample corpus and show what was found
	rm -f demo.db
	$(BIN)/actorgraph analyze $$($(BIN)/python -c 'import actorgraph.sample; print(actorgraph.sample.corpus_path())') --db demo.db
	$(BIN)/actorgraph actors --db demo.db --limit 15
	$(BIN)/actorgraph relations --db demo.db
	$(BIN)/actorgraph export --db demo.db --format json --out demo.json

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: install
	$(BIN)/mypy

pytest: install
	$(BIN)/python -m pytest -q

test: lint typecheck pytest ## lint, type-check and run the whole test suite

eval: install ## score an analysis of ../shared/seeds against ../shared/eval
	rm -f seeds.db
	$(BIN)/actorgraph analyze ../shared/seeds --db seeds.db -q
	$(BIN)/actorgraph eval --db seeds.db --gold ../shared/eval/gold --actors ../shared/eval/actors.json

bench: install ## throughput and memory benchmarks (see bench/)
	$(BIN)/python bench/bench_analyze.py

clean:
	rm -rf $(VENV) demo.db demo.json seeds.db .pytest_cache .mypy_cache .ruff_cache
