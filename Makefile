# kubesmith — every target bootstraps its own virtualenv (.venv) on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# the complete spec of the release the testbed builds (every group, alpha and beta included)
SPEC ?= specs/kubernetes-v1.37.2-source/swagger.json
OUT := output/python
GOLDEN_SPEC := tests/golden/spec.json
GOLDEN_OUT := tests/golden/output
JAVA_OUT := output/java
GOLDEN_JAVA_OUT := tests/golden/java

.PHONY: venv generate check-output golden testbed spec test test-java lint typecheck clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet -e $(OUT)
	touch $(STAMP)

venv: $(STAMP)

## Generate the clients from the default spec into output/python and output/java.
generate: $(STAMP)
	$(BIN)/kubesmith generate --spec $(SPEC) --out $(OUT)
	$(BIN)/kubesmith generate --target java --spec $(SPEC) --out $(JAVA_OUT)

## Fail when the committed output/ is not what the generator produces.
check-output: $(STAMP)
	$(BIN)/kubesmith generate --spec $(SPEC) --out $(OUT) --check
	$(BIN)/kubesmith generate --target java --spec $(SPEC) --out $(JAVA_OUT) --check

## Regenerate the golden output of the small trimmed spec (review the diff, then commit).
golden: $(STAMP)
	$(BIN)/kubesmith generate --spec $(GOLDEN_SPEC) --out $(GOLDEN_OUT) --kubernetes-version 1.36 --without-runtime
	$(BIN)/kubesmith generate --target java --spec $(GOLDEN_SPEC) --out $(GOLDEN_JAVA_OUT) --kubernetes-version 1.36 --without-runtime

## Build (or reuse from the cache) the real control plane the integration tests run on.
testbed: $(STAMP)
	$(BIN)/kubesmith testbed build

## Dump /openapi/v2 and /openapi/v3 of the testbed's kube-apiserver into specs/ (commit them).
spec: $(STAMP) testbed
	$(BIN)/kubesmith testbed dump-spec

## Every test: unit, generator, generated client, and integration on the real control plane.
test: $(STAMP) testbed
	$(BIN)/python -m pytest

## Only the Java client's JUnit tests (Maven reactor tests/java on the testbed; part of `test`).
test-java: $(STAMP) testbed
	$(BIN)/python -m pytest tests/java -s

lint: $(STAMP)
	$(BIN)/ruff check generator tests templates/python/runtime reliability
	$(BIN)/ruff format --check generator tests templates/python/runtime reliability

typecheck: $(STAMP)
	$(BIN)/mypy generator/kubesmith
	cd $(OUT) && ../../$(BIN)/mypy kubeclient
	MYPYPATH=$(OUT):generator $(BIN)/mypy --strict reliability

clean:
	rm -rf $(VENV)

## Benchmarks vs the peers (bench/.venv holds them): rewrites docs/benchmarks.md and .png.
.PHONY: bench
bench: $(STAMP)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

## Reliability (reliability/): each rewrites docs/reliability.md with its figures.
## Fuzz every target for FUZZ_SECONDS seconds each.
FUZZ_SECONDS ?= 60
.PHONY: fuzz soak load
fuzz: $(STAMP)
	$(BIN)/python -m reliability.run fuzz --seconds $(FUZZ_SECONDS)

## Soak on a private testbed for SOAK_MINUTES (restarts, compaction, expiring tokens, sessions).
SOAK_MINUTES ?= 10
soak: $(STAMP) testbed
	$(BIN)/python -m reliability.run soak --minutes $(SOAK_MINUTES) $(SOAK_ARGS)

## Load on one client: concurrent asyncio requests, threads, watches; QPS limiter off and on.
load: $(STAMP) testbed
	$(BIN)/python -m reliability.run load $(LOAD_ARGS)
