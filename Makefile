# The two set-up commands of the README. Both work on a fresh machine: they make .venv and
# install what they need.
PY      := .venv/bin/python
SEED    := seeds/articles/2025-12-21-rt-france-miami.txt
DEMO_DB := seed.sqlite3

.PHONY: demo test

.venv/.installed: pyproject.toml setup.py
	python3 -m venv .venv
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

## demo: ingest the seed article into an embedded SQLite file and print its timeline
demo: .venv/.installed
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	.venv/bin/tracker --db $(DEMO_DB) ingest $(SEED) --format table
	.venv/bin/tracker --db $(DEMO_DB) timeline --format table

## test: the checkers (ruff, mypy; settings in pyproject.toml) on the whole package, then the whole
## suite: SQLite and PostgreSQL back ends and the headless-Chromium test
test: .venv/.installed
	$(PY) -m ruff check tracker
	$(PY) -m mypy
	bash .ci/prepare-machine
	$(PY) -m pytest -n 2
