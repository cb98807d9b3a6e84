# awsmon: every entry point. `make demo` runs the main job, `make test` runs every test.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
TOOLS := $(CURDIR)/.tools
export TF_CLI_CONFIG_FILE := $(TOOLS)/terraform.rc
export PATH := $(TOOLS)/bin:$(TOOLS)/cargo/bin:$(PATH)
# Diagnostics must not carry Rust backtraces; tests that want them set it themselves.
export RUST_BACKTRACE := 0
# Terraform 1.0's fmt takes one directory at a time.
TERRAFORM_DIRS := tests/fixtures examples modules provider/examples
MODULES := $(wildcard modules/*)

.PHONY: tools lint-tools build runtime lambda lint module-docs test test-python test-rust fuzz demo demo-hello clean release install

# Progress of the long entry points: `[N/M] what (how long)`, M the phases of the goal asked for
# (`make test`: tools, runtime, lint, Python tests, Rust tests; `make demo`: tools, runtime,
# provider, scenario). Durations are measured on the 2-core reference machine (README).
PHASES := $(if $(filter test,$(MAKECMDGOALS)),5,$(if $(filter demo,$(MAKECMDGOALS)),4,))
phase = @echo "$(if $(PHASES),[$(1)/$(PHASES)] )$(2)"

## Install every pinned tool into .tools/, each download checked against its pinned sha256
## (idempotent: a second run downloads nothing).
tools:
	$(call phase,1,installing the pinned tools into .tools/ (cold about 1 min; then seconds))
	bash tools/install.sh

## The tools only lint, the module READMEs and their tests need (checkov, python-hcl2): not the
## demo's.
lint-tools: tools
	bash tools/install.sh --lint

build: runtime
	cargo build --workspace --all-targets --locked

## The runtime the provider embeds: every binary of the contract's registry (the agent's, and the
## master's one binary for its five functions) built for Lambda (glibc <= 2.34) in one cargo
## invocation, so that the AWS SDK compiles once with one feature set, and zipped
## deterministically into target/lambda/<binary>.zip. Whatever else packages
## these functions (the tests) builds them the same way, or its bytes would differ.
runtime: tools
	$(call phase,2,building the Lambda functions for Lambda (cold about 9 min; after a change about 3 min))
	cargo run --quiet --locked -p awsmon-lambda-package -- runtime --out-dir target/lambda

## The Lambda package of the hello function: target/lambda/hello.zip (glibc <= 2.34).
lambda: tools
	cargo run --quiet --locked -p awsmon-lambda-package -- build --package awsmon-hello --bin hello --out target/lambda/hello.zip

## Rust fmt and clippy, terraform fmt, the module READMEs, and checkov over modules/ (offline:
## --skip-download; a finding is fixed, or skipped inline with `#checkov:skip=<id>:<reason>`).
lint: runtime lint-tools
	$(call phase,3,lint: rustfmt and clippy on the workspace (cold about 5 min) then terraform fmt and the module READMEs and checkov)
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets --locked -- -D warnings
	for dir in $(TERRAFORM_DIRS); do terraform fmt -check -recursive $$dir; done
	$(TOOLS)/docs-venv/bin/python tools/module-docs/generate.py --check $(MODULES)
	$(TOOLS)/checkov-venv/bin/checkov --directory modules --framework terraform --quiet --compact --skip-download

## Rewrite the Requirements, Providers, Resources, Inputs and Outputs tables of each module's
## README from its code (parsed with python-hcl2, tools/module-docs/requirements.lock).
module-docs: lint-tools
	$(TOOLS)/docs-venv/bin/python tools/module-docs/generate.py $(MODULES)

## Every test: lint, the launcher's and the installer's own tests, then the Rust unit and
## end-to-end tests.
test: lint test-python test-rust

# pytest from the moto venv in directory $(1) on $(2); "no tests collected" (status 5) fails.
PYTEST = cd $(1) && status=0 && $(TOOLS)/moto-venv/bin/python -m pytest -q $(2) || status=$$?; \
  if [ $$status -eq 5 ]; then echo "pytest collected no tests in $(1)/$(2): that is a failure" >&2; fi; \
  exit $$status

## The Python tests: the launcher's (tools/localaws/tests) and the installer's (tools/tests:
## version checks, sha256 checks, hashed lock files).
test-python: lint-tools
	$(call phase,4,the Python tests: local AWS launcher and installer (about 3 min))
	$(call PYTEST,tools/localaws,tests)
	$(call PYTEST,tools,tests)

## The test binaries of `cargo test --workspace`, built once and run side by side (they mostly
## wait on local AWS and Terraform): tools/test-rust.py, AWSMON_TEST_JOBS at a time (default 3).
test-rust: runtime
	$(call phase,5,the Rust tests: unit and local AWS and Terraform acceptance and end to end (cold about 5 min to build then 12 min to run))
	python3 tools/test-rust.py

## Every parser under the fuzz targets (runtime/domain/src/fuzz.rs, runtime/master/src/api/fuzz.rs)
## with their budgets times FUZZ_SCALE (125: over a million inputs in all), in debug like the
## tests: inputs per target, panics, failed checks and the slowest input, then the total.
FUZZ_SCALE ?= 125
fuzz: tools
	mkdir -p target
	AWSMON_FUZZ_SCALE=$(FUZZ_SCALE) cargo test --locked --no-fail-fast -p awsmon-domain -p awsmon-master --lib fuzz_ \
	  -- --nocapture --test-threads=2 2>&1 | tee target/fuzz.log | grep -E '^fuzz |^test result|panicked'
	awk '/^fuzz / { inputs += $$3; panics += $$5; failed += $$7 } \
	  END { printf "fuzz total %d inputs, %d panics, %d failed\n", inputs, panics, failed; exit (panics + failed > 0) }' target/fuzz.log

## The main job on local AWS: examples/local applied (a master and two agent accounts), a
## scenario of errors and failures played on it, then Slack, the API and the daily report.
demo: runtime
	$(call phase,3,building the provider (cold about 3.5 min))
	cargo build --quiet --locked -p terraform-provider-awsmon
	$(call phase,4,the scenario on local AWS (about 2 min; Enter tears it down))
	cargo run --quiet --locked -p awsmon-demo

## The hello function deployed with Terraform and run the three ways the executor supports.
demo-hello: lambda
	bash examples/hello/demo.sh

clean:
	cargo clean

## The provider as a release: target/release-artifacts/terraform-provider-awsmon_<v>_linux_amd64.zip,
## _SHA256SUMS and _manifest.json. PROVIDER_BINARY=<path> packages a binary built already.
PROVIDER_BINARY ?=
RELEASE_DIR ?= target/release-artifacts
release:
	if [ -z "$(PROVIDER_BINARY)" ]; then \
	  $(MAKE) runtime && cargo build --release --locked -p terraform-provider-awsmon; \
	fi
	bash tools/release.sh package $(or $(PROVIDER_BINARY),target/release/terraform-provider-awsmon) $(RELEASE_DIR)

## The release into a plugin directory Terraform reads as a filesystem mirror (default: the
## implied local mirror ~/.terraform.d/plugins): `terraform init` then finds awsmon/awsmon without
## dev_overrides and records its hashes in the lock file.
PLUGIN_DIR ?= $(HOME)/.terraform.d/plugins
install: release
	bash tools/release.sh install $(RELEASE_DIR) $(PLUGIN_DIR)

## Measurements side by side on this machine, written to docs/benchmarks.md (not part of
## `make test`). `make bench BENCH="hot-path scan"` runs some of them (see bench/src/main.rs).
.PHONY: bench
bench: runtime lambda
	bash tools/bench/install.sh
	cargo run --release --locked -p awsmon-bench -- $(BENCH)
