# One task runner for set-up, demo, tests and benchmarks. The README uses these targets.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install vendor browser screenshot demo test lint typecheck pytest eval bench clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found; install Python 3.11 or run 'make PYTHON=python3 ...'"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# CPU build of torch first (for the optional embeddings extra); unpinned, pip would fetch CUDA.
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[dev,embeddings]'
	@touch $(STAMP)

# Cytoscape.js for the web UI and the report: pinned in web/package-lock.json, installed by
# npm (never committed) and copied into the package, where `serve` and `report` read it.
VENDOR_JS := src/actorgraph/web/static/vendor/cytoscape.min.js

web/node_modules/.package-lock.json: web/package.json web/package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "npm not found; install Node.js 18+ and npm"; exit 1; }
	npm ci --prefix web --no-audit --no-fund

$(VENDOR_JS): web/node_modules/.package-lock.json
	mkdir -p $(dir $(VENDOR_JS))
	cp web/node_modules/cytoscape/dist/cytoscape.min.js $@

vendor: $(VENDOR_JS) ## install Cytoscape.js from npm into the package (part of install)

install: $(STAMP) $(VENDOR_JS) ## create .venv, install actorgraph with its dev tools and Cytoscape.js

# Headless Chromium for the browser tests (Debian's package; Playwright drives it directly).
browser: ## install Debian's chromium when missing (as root), for tests/test_web_browser.py
	@if [ -x /usr/bin/chromium ]; then echo "chromium: /usr/bin/chromium"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	else echo "chromium missing: run 'sudo apt-get install -y chromium' (browser tests skip without it)"; fi

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

screenshot: install browser ## retake docs/img/graph.png (the README's graph view) in headless Chromium
	$(BIN)/python -m pytest -q tests/test_web_browser.py -k readme_screenshot
	cp test-artifacts/readme-graph.png docs/img/graph.png

bench: install ## throughput and memory benchmarks (see bench/)
	$(BIN)/python bench/bench_analyze.py

clean:
	rm -rf $(VENV) demo.db demo.json seeds.db report.html .pytest_cache .mypy_cache .ruff_cache
	rm -rf web/node_modules $(dir $(VENDOR_JS))
