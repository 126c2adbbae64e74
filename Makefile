# Two entry points for a fresh machine: `make demo` and `make test` (see README).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint bench schema clean eval

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)  ## install, then brief the bundled demo cluster
	@mkdir -p out
	$(BIN)/newsfuse brief examples/ain-al-asad --json out/brief.json --md out/brief.md
	@echo "wrote out/brief.json and out/brief.md"

test: $(STAMP)  ## install, lint, and run the whole test suite
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts
	$(BIN)/pytest -q

bench: $(STAMP)  ## time the demo brief cold and warm, then extraction + full briefs on the dev sets
	$(BIN)/python scripts/bench_demo.py
	$(BIN)/python scripts/bench_extract.py

eval: $(STAMP)  ## newsfuse vs peers/baselines on the full dev sets (see BENCHMARKS.md)
	@mkdir -p out
	$(BIN)/newsfuse eval --dataset multinews ../shared/data/multinews/validation.jsonl --json out/eval-multinews.json
	$(BIN)/newsfuse eval --dataset allsides ../shared/data/allsides --json out/eval-allsides.json
	$(BIN)/newsfuse eval --dataset timeline17 ../shared/data/timeline17 --json out/eval-timeline17.json

schema: $(STAMP)  ## regenerate the published JSON Schema
	$(BIN)/newsfuse schema -o docs/brief.schema.json

clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache
