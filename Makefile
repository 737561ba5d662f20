# The README's two commands: `make run` and `make test`. Everything else is for developers.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export LANG ?= C.UTF-8
# The app's languages besides English (aliassist/i18n.py): a .ts source each, kept in git; the .qm
# files Qt reads are built from them by pyside6-lrelease on every install path (not kept in git).
LANGS  := ru es pt_BR fr de pl
TRANS  := resources/translations
TS     := $(foreach l,$(LANGS),$(TRANS)/aliassist_$(l).ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test test-fast lint eval bench mutate stress package package-smoke clean sysdeps-run \
	sysdeps-test sysdeps-package translations translations-build

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

## Gather every translate() text of aliassist/ into the .ts sources (new texts come in
## unfinished, texts gone from the code are dropped), for translators to fill (pyside6-linguist).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations relative aliassist -ts $(TS)

## Build the .qm files from the .ts sources (make run, make test and make package do it too).
translations-build: $(QM)

$(TRANS)/%.qm: $(TRANS)/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

sysdeps-run:
	@sh packaging/system-deps.sh run

sysdeps-test:
	@sh packaging/system-deps.sh test

sysdeps-package:
	@sh packaging/system-deps.sh package

## Start the app on the embedded SQLite database in your user data folder.
run: sysdeps-run $(STAMP) $(QM)
	$(BIN)/aliassist $(ARGS)

## Install and run the whole suite headless (Qt offscreen; Xvfb/D-Bus tests start their own).
test: sysdeps-test $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 -q -m "not package" $(PYTEST_ARGS)
	$(BIN)/ruff check .
	$(BIN)/mypy

test-fast: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -x -m "not slow and not package" $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

## The text rules on the labelled corpus: recall and false alarms per rule and language, and the
## texts they get wrong (tests/fixtures/text_corpus). Fails when a goal is missed.
eval: $(STAMP)
	$(BIN)/python -m tests.text_eval

## Benchmarks: each figure, named by its goal id (P1-P6, J1, T1...), is the median (min-max) of
## at least 5 runs alternated with a baseline's, measured in the same run, and their ratio.
bench: sysdeps-test $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(BENCH_ARGS)

## Mutation testing of the rules (domain/, importers' cells) against the fast tests: prints the
## score and every surviving mutant with file and line. Results are kept in mutants/; a re-run
## tests only what changed. MUTATE_ARGS: --max-children N, --report, mutant names.
mutate: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,mutate]'
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.mutate $(MUTATE_ARGS)

## A one-folder build (dist/AliAssist/) and, on Linux, an installable tarball; prints sizes.
## Then the smoke test on the build (package-smoke).
package: sysdeps-package $(STAMP) $(QM)
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	$(BIN)/python -m pytest -q -p no:cacheprovider -m package tests/packaging
	$(BIN)/python packaging/build.py
	$(BIN)/python packaging/smoke_test.py dist/AliAssist/aliassist

## Start the frozen build with --version and --smoke-test; fail on any line on stderr.
package-smoke:
	@test -x dist/AliAssist/aliassist || $(MAKE) package
	$(BIN)/python packaging/smoke_test.py dist/AliAssist/aliassist

## Crash trials (SIGKILL at random moments: TRIALS, default 210), real faults (a full disk, a
## read-only database, 40 commands at once; skipped with the reason when they cannot be made)
## and long fuzzing.
stress: sysdeps-test $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.stress --trials $(or $(TRIALS),210)
	ALIASSIST_STRESS_WRITERS=40 QT_QPA_PLATFORM=offscreen \
		$(BIN)/python -m pytest -q -rs -p no:cacheprovider tests/store/test_faults.py
	ALIASSIST_FUZZ_EXAMPLES=$(or $(FUZZ_EXAMPLES),3000) QT_QPA_PLATFORM=offscreen \
		$(BIN)/python -m pytest -q -p no:cacheprovider --hypothesis-show-statistics -k fuzz tests

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis $(QM)
