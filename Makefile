# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
KAZNERD ?= ../shared/data/kaznerd/kaznerd_valid.iob2
# More tagged sentences for the builder's NER, not in the repo (see kg/models/ner_kk_builder/README.md),
# e.g. NER_EXTRA="--extra news_a.iob2 --extra news_b.iob2"
NER_EXTRA ?=

.PHONY: demo test train-ner lexicon stems clean

$(VENV)/.installed: pyproject.toml setup.py
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,browser]'
	touch $@

demo: $(VENV)/.installed
	$(VENV)/bin/kg build --out output

test: $(VENV)/.installed
	$(PY) -m pytest -q

train-ner: $(VENV)/.installed
	$(PY) -m kg.ner.train --data $(KAZNERD) --out kg/models/ner_kk
	$(PY) -m kg.ner.train --data $(KAZNERD) --out kg/models/ner_kk_builder \
		--set components.tok2vec.model.encode.width=64 --max-steps 5000 $(NER_EXTRA)

lexicon: $(VENV)/.installed
	$(PY) -m kg.lang.kk.build_lexicon $(KAZNERD)
	$(PY) -m kg.lang.kk.name_evidence $(KAZNERD)
	$(PY) -m kg.lang.kk.build_stems

# The Kazakh analyser's known stems, decided ahead from the shipped data (kg/lang/kk/data/known_stems.txt);
# tests/lang/kk/test_known_stems.py fails until this is run after a gazetteer, lexicon or analyser change
stems: $(VENV)/.installed
	$(PY) -m kg.lang.kk.build_stems

clean:
	rm -rf output .pytest_cache
