# Everyday commands. Each target sets up .venv itself (first run: a few minutes). The targets
# that serve or build call the otpt command (otpt lab, otpt present, otpt site), which needs no make.
#   make lab     open JupyterLab on the lessons (extra arguments: ARGS=--no-browser)
#   make present the outreach booth in Voila (POOL=2 kernels preheated)
#   make site    the lessons as a static site that works offline, in build/site
#   make test    everything, in stages: test-unit (docstring examples, unit, widget, the
#                full layout matrix, server tests), test-notebooks (nbval), test-browser,
#                test-hub
#   make check   the quick loop while editing (under a minute): what is not marked slow
#                (tests/_lanes.py marks by folder and fixture), on every core
#   make lint    ruff check and format check
#   make bench   the benchmark table (README's Performance section)
#   make translations        extract the interface strings, update and compile the catalogs
#   make check-translations  fail listing every interface string without a current translation
#   make slides  offline reveal.js slides of the poll and the cases (build/slides)
#   make handouts  the paired activities, the goal rubric, the worked examples and the
#                facilitator's key as PDFs to copy (build/handouts)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.otpt-installed
NBVAL := --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

.PHONY: translations check-translations lab present site slides handouts test test-unit test-notebooks test-browser test-hub check lint format notebooks screenshots bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

# The targets that serve call the otpt command (otpt/cli.py): one way to do each thing.
# (otpt lab adds --allow-root when run as root; in a checkout it opens notebooks/ itself.)
lab: $(STAMP)
	$(BIN)/otpt lab notebooks $(ARGS)

# Outreach booth: the booth app (notebooks/booth/booth.ipynb) served by `otpt present`: Voila, code
# hidden, one kernel per visitor, POOL (2) kernels preheated so the next visitor's Start works at
# once, idle kernels shut down after 10 minutes, no quiz continues the last visitor's session.
# Event settings: README.
POOL ?= 2
present: $(STAMP)
	$(BIN)/otpt present --pool=$(POOL) $(ARGS)

# The lessons and the booth as a static site that works offline (otpt site), in build/site.
site: $(STAMP)
	$(BIN)/otpt site build/site

# Offline slides: a class poll (POLL=A011,A008 by default) and the care-team cases (lesson 5), reveal.js
# vendored beside them: open build/slides/*.slides.html in any browser, no network needed.
slides: $(STAMP)
	$(BIN)/python tools/build_slides.py build/slides $(if $(POLL),--poll $(POLL))

# Printable handouts for a room with no computers: the students' parts of the paired activities,
# the goal-writing rubric, the worked examples and the facilitator's key, Letter and A4 (tools/handouts.py).
handouts: $(STAMP)
	$(BIN)/python tools/handouts.py build/handouts

# xdist's workers share nothing but the machine. nbval keeps one kernel per notebook, so its
# workers take whole notebooks (--dist loadfile). The browser and hub tests run in one process:
# one Chromium and one hub per run (two browser workers on 2 cores timed out under load).
XDIST := -n auto
test: test-unit test-notebooks test-browser test-hub

# The full strength Hypothesis profile: 300 examples, no database (tests/_lanes.py).
test-unit: $(STAMP)
	HYPOTHESIS_PROFILE=ci $(BIN)/python -m pytest otpt tests -m "not browser and not hub" $(XDIST) -q $(ARGS)

test-notebooks: $(STAMP)
	$(BIN)/python -m pytest $(NBVAL) notebooks $(XDIST) --dist loadfile -q $(ARGS)

test-browser: $(STAMP)
	$(BIN)/python -m pytest tests -m "browser and not hub" -q $(ARGS)

test-hub: $(STAMP)
	$(BIN)/python -m pytest tests/hub -q $(ARGS)

# tests/browser and tests/hub are slow through and through: not even collected here.
FAST := -m "not slow" --ignore=tests/browser --ignore=tests/hub
check: $(STAMP)
	$(BIN)/python -m pytest otpt tests $(FAST) $(XDIST) -q $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Re-execute every lesson top to bottom and save it with its outputs (what nbval compares);
# the translated lessons are generated from their catalogs first (tools/lesson_catalogs.py).
notebooks: $(STAMP)
	$(BIN)/python tools/lesson_catalogs.py build
	$(BIN)/python tools/execute_notebooks.py notebooks/*.ipynb notebooks/booth/booth.ipynb notebooks/es/*.ipynb notebooks/es/booth/booth.ipynb

# Regenerate the README's pictures from the browser tests (needs Chromium).
SHOTS := quiz_feedback overlap_diagram explorer class_results booth_attract booth_card booth_feedback booth_end \
	quiz_es_feedback booth_es_attract booth_es_feedback booth_es_end
screenshots: $(STAMP)
	OTPT_REQUIRE_BROWSER=1 $(BIN)/python -m pytest tests/browser/test_voila.py tests/browser/test_booth.py tests/browser/test_lab.py tests/browser/test_spanish.py -q
	mkdir -p docs/images
	for name in $(SHOTS); do cp tests/artifacts/$$name.png docs/images/; done

# Interface strings (README, "En español"): extract what the code marks (babel.cfg) into
# otpt/locale/otpt.pot, merge it into each language's otpt.po (a changed English string comes
# back fuzzy: review it), compile the .mo files otpt reads (committed, so a clean clone, an
# editable install and a wheel all have them; check-translations fails if one is stale).
LOCALE := otpt/locale
translations: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg --sort-by-file --no-wrap --project=otpt \
		--copyright-holder="The otpt developers" --msgid-bugs-address="" -o $(LOCALE)/otpt.pot .
	$(BIN)/pybabel update -i $(LOCALE)/otpt.pot -d $(LOCALE) -D otpt --no-wrap --ignore-pot-creation-date --ignore-obsolete
	$(BIN)/pybabel compile -d $(LOCALE) -D otpt --statistics

check-translations: $(STAMP)
	$(BIN)/python tools/check_translations.py

# Benchmarks (a few minutes): prints a table, writes benchmarks/results/.
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) .venv-min build dist
