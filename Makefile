# Two entry points for a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# postgresql: the workspace tests start a PostgreSQL server of their own
DEBIAN_PACKAGES := chromium fonts-thai-tlwg postgresql
PORT ?= 8501

.PHONY: install system-deps build run test bench export deck deck-preview screenshots clean

# $(call debian_install,PACKAGES): install what is missing with apt-get as root, else one line saying what to install
define debian_install
	@missing=""; \
	for pkg in $(1); do dpkg -s $$pkg >/dev/null 2>&1 || missing="$$missing $$pkg"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Missing system packages:$$missing — install them with: sudo apt-get install$$missing"; exit 1; \
	  fi; \
	fi
endef

system-deps:
	$(call debian_install,$(DEBIAN_PACKAGES))

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

install: system-deps $(STAMP)

# compileall: where PYTHONDONTWRITEBYTECODE is set, every start recompiled the package (40 ms)
build: install
	$(PY) -m compileall -q digital_compare >/dev/null
	$(VENV)/bin/digital-compare build
	@# without them the story pages draw every chart with Plotly: a failure here is said, not fatal
	$(VENV)/bin/digital-compare pictures || echo "digital-compare pictures failed: the story pages will draw their charts with Plotly"

run: build
	$(VENV)/bin/digital-compare serve --port $(PORT)

test: build
	$(VENV)/bin/python -m pytest -q

bench: build
	$(VENV)/bin/digital-compare bench

export: build
	$(VENV)/bin/digital-compare export --out exports --format png

deck: build
	$(VENV)/bin/digital-compare deck --out exports/digital-compare_th.pptx --lang th
	$(VENV)/bin/digital-compare deck --out exports/digital-compare_en.pptx --lang en

# The decks as an audience sees them: LibreOffice renders each to PDF, poppler to PNG.
# Its Debian packages are installed here, not by `make test`.
DECK_PREVIEW_PACKAGES := libreoffice-impress poppler-utils
deck-preview: deck
	$(call debian_install,$(DECK_PREVIEW_PACKAGES))
	soffice --headless --convert-to pdf --outdir exports exports/digital-compare_th.pptx exports/digital-compare_en.pptx >/dev/null
	pdftoppm -r 72 -png -f 1 -l 4 exports/digital-compare_th.pdf docs/screenshots/deck_th
	pdftoppm -r 72 -png -f 12 -l 12 exports/digital-compare_en.pdf docs/screenshots/deck_en

screenshots: build
	$(VENV)/bin/digital-compare screenshots --out docs/screenshots

clean:
	# the published versions and the build cache; the workspace database (the analysts' work) is kept
	rm -rf $(VENV) data/tables data/versions data/cache
