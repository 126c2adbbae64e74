# Two entry points for a fresh machine: `make demo` and `make test` (see README).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test fuzz lint bench bench-web bench-stream killloop schema clean eval

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

fuzz: $(STAMP)  ## property tests with the large budget: 107,000 hypothesis examples (see BENCHMARKS.md)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest -q tests/test_properties.py --hypothesis-show-statistics

bench: $(STAMP)  ## time the demo brief cold and warm, then extraction + full briefs on the dev sets
	$(BIN)/python scripts/bench_demo.py
	$(BIN)/python scripts/bench_extract.py

bench-web: $(STAMP)  ## load test of `newsfuse serve` on loopback: 20 clients, 500 demo briefs
	$(BIN)/python scripts/load_test.py --clients 20 --requests 500

bench-stream: $(STAMP)  ## cluster throughput: Timeline17 local vs dask 1/2 workers, then 100k synthetic (~1 h)
	@mkdir -p out
	$(BIN)/python scripts/bench_stream.py timeline17 --json out/bench-stream-t17.json
	$(BIN)/python scripts/bench_stream.py synthetic --n 100000 --engines dask-2 --json out/bench-stream-100k.json

killloop: $(STAMP)  ## crash safety: 20 SIGKILLs at random moments of `newsfuse cluster`, checked after each
	@mkdir -p out
	$(BIN)/python scripts/kill_loop.py --kills 20 --json out/killloop.json

eval: $(STAMP)  ## newsfuse vs peers/baselines on the full dev sets (see BENCHMARKS.md)
	@mkdir -p out
	$(BIN)/newsfuse eval --dataset multinews ../shared/data/multinews/validation.jsonl --json out/eval-multinews.json
	$(BIN)/newsfuse eval --dataset allsides ../shared/data/allsides --json out/eval-allsides.json
	$(BIN)/newsfuse eval --dataset timeline17 ../shared/data/timeline17 --json out/eval-timeline17.json
	$(BIN)/newsfuse eval --dataset clustering ../shared/data/multinews --json out/eval-clustering-multinews.json
	$(BIN)/newsfuse eval --dataset clustering ../shared/data/allsides --json out/eval-clustering-allsides.json

schema: $(STAMP)  ## regenerate the published JSON Schema
	$(BIN)/newsfuse schema -o docs/brief.schema.json

clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache
