# 兰西规划 Explorer — build, serve and test on a fresh Debian machine with rustup and cargo.
#   make serve   build the release site and serve dist/ at http://127.0.0.1:$(PORT)
#   make test    formatting, lints (host and wasm32), native tests, release build, browser tests
#   make dist    the release build into dist/, with its sizes
#   make dev     trunk serve with reload (no pre-rendering)
# Every target installs only what is missing; a second run installs nothing.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PORT ?= 8080
# Where the site is hosted below its domain, e.g. LANXI_BASE=/plan (no trailing slash).
LANXI_BASE ?=
export LANXI_BASE
# The content pack the site is built from (a directory like content/, see content/FORMAT.md),
# and where the site goes.
LANXI_CONTENT ?= content
export LANXI_CONTENT
DIST ?= dist
# The second pack, a made-up plan that proves the engine (make fixture-tests).
FIXTURE := tests/fixtures/pack
# Absolute origin used for canonical URLs, Open Graph tags and the sitemap.
LANXI_SITE_URL ?= https://lanxi-plan.example
export LANXI_SITE_URL

# Reproducible builds: panic locations in the wasm name crates as /cargo/… and our files as
# /src/…, not the build machine's home directory or checkout (`make budgets` checks).
CARGO_HOME_DIR := $(or $(CARGO_HOME),$(HOME)/.cargo)
export RUSTFLAGS := --remap-path-prefix=$(CARGO_HOME_DIR)=/cargo --remap-path-prefix=$(CURDIR)=/src

TOOLS := $(CURDIR)/.tools
CARGO_BIN := $(HOME)/.cargo/bin
export PATH := $(TOOLS)/node_modules/.bin:$(CARGO_BIN):$(PATH)

TRUNK_VERSION := 0.21.14
BINARYEN_VERSION := 132
ESBUILD_VERSION := 0.25.12
WASM_BINDGEN_VERSION := $(shell sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)
WASM := --target wasm32-unknown-unknown
SOURCES := $(shell find src $(LANXI_CONTENT) style public crates/site-tools/src crates/plan-core crates/search-web -type f) Cargo.toml Cargo.lock index.html Trunk.toml build.rs

.PHONY: serve test dist dev search-wasm bench-latency host-tests tools browser-tools lint native-tests e2e-tests fixture-tests clean bench mapdata budgets lighthouse places-report

serve: dist
	@echo "Serving at http://127.0.0.1:$(PORT)$(LANXI_BASE)/"
	cargo run --quiet --release -p site-tools --bin serve -- $(DIST) $(PORT)

dev: tools
	trunk serve --release=false --port $(PORT)

dist: $(DIST)/.built
	@cargo run --quiet --release -p site-tools --bin sizes -- $(DIST)

# Fails when a size budget is exceeded (brotli): the one app's wasm 100 KB; a reading page on
# open (no app code) 40 KB; a map page on open (no app code) 120 KB; a page that starts the app
# at once 300 KB; map data 100 KB; a place page 12 KB; the whole site (see sizes.rs). Prints
# the site by part.
budgets: $(DIST)/.built
	cargo run --quiet --release -p site-tools --bin sizes -- $(DIST) --check

# What a build depends on beyond its files: the pack, the base and the site's URL. Each DIST
# has its parameters written in target/, rewritten only when they change, so building another
# pack, base or URL into the same DIST rebuilds it (its files alone would say it is current).
TARGET_DIR := $(or $(CARGO_TARGET_DIR),$(CURDIR)/target)
PARAMS := $(TARGET_DIR)/build-params/$(subst /,_,$(abspath $(DIST)))
PARAMS_NOW := content=$(abspath $(LANXI_CONTENT)) base=$(LANXI_BASE) url=$(LANXI_SITE_URL)
$(shell mkdir -p $(dir $(PARAMS)) && (test "$$(cat '$(PARAMS)' 2>/dev/null)" = '$(PARAMS_NOW)' || echo '$(PARAMS_NOW)' > '$(PARAMS)'))

$(DIST)/.built: $(SOURCES) $(PARAMS) | tools
	cargo fetch --quiet
	trunk build --release --dist $(DIST) --public-url "$(LANXI_BASE)/"
	$(MAKE) --no-print-directory DIST=$(DIST) search-wasm
	@# Scripts, then the stylesheet, minified in place (comments and spaces: 5.5 KB brotli over
	@# the site, 3 KB of a search link's first answer). The pre-renderer's placeholders in the
	@# scripts are strings or free names, which esbuild keeps; it reads the map's rules from the
	@# stylesheet line by line, so that is minified after it.
	esbuild --minify --log-level=warning --allow-overwrite --outdir=$(DIST) $(DIST)/boot-*.js $(DIST)/sw.js $(DIST)/search.js $$(ls $(DIST)/lanxi-explorer-*.js)
	cargo run --quiet --features ssr --bin prerender -- $(DIST) "$(LANXI_SITE_URL)"
	esbuild --minify --log-level=warning --allow-overwrite --outdir=$(DIST) $(DIST)/main-*.css
	cargo run --quiet --release -p site-tools --bin precompress -- $(DIST)
	@touch $@

# The search's own wasm (crates/search-web) and its glue, into $(DIST) as search_bg.wasm and
# search.js; the pre-renderer names the wasm by content and puts the glue in the search page
# (a classic script, hence `no-modules`: it defines `wasm_bindgen` for boot.js). Built like
# the app (release profile, wasm-bindgen, wasm-opt -Oz with the same features).
search-wasm: tools
	cargo build --quiet --release $(WASM) -p search-web
	wasm-bindgen --target no-modules --no-typescript --out-dir $(DIST) --out-name search $(TARGET_DIR)/wasm32-unknown-unknown/release/search_web.wasm
	wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int $(DIST)/search_bg.wasm -o $(DIST)/search_bg.wasm

# The fixture pack's whole site, built by the same code into $(FIXTURE_DIST), and its
# tests (pages, search, a place page, its figure, file:line errors), and the core's own tests
# on that pack: the engine holds on any pack, not only the 2018 plan.
FIXTURE_DIST := $(TARGET_DIR)/fixture-dist
fixture-tests: tools
	$(MAKE) --no-print-directory LANXI_CONTENT=$(FIXTURE) DIST=$(FIXTURE_DIST) $(FIXTURE_DIST)/.built
	LANXI_CONTENT=$(FIXTURE) LANXI_FIXTURE_DIST=$(FIXTURE_DIST) cargo test --features ssr --test fixture_pack
	LANXI_CONTENT=$(FIXTURE) cargo test -p plan-core

test: tools browser-tools lint native-tests budgets e2e-tests host-tests fixture-tests

lint: tools
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --features lanxi-explorer/ssr -- -D warnings
	cargo clippy --all-targets $(WASM) --features hydrate -- -D warnings
	cargo clippy -p search-web $(WASM) -- -D warnings

native-tests: tools
	cargo test --workspace --features lanxi-explorer/ssr --lib --bins --test content --test search --test goals --test places --test place_audit --test place_precision --test progress --test server --test step --test url_inputs --test layers --test open_data

e2e-tests: $(DIST)/.built browser-tools
	cargo test --features ssr --test links --test e2e

# The README's host lines proven: nginx serves dist/ with exactly the ```nginx block of
# README.md (brotli_static where Debian's module is installed, gzip_static otherwise), and the
# host test, a section, search, a map and the offline tests run against it.
NGINX_DIR := $(TARGET_DIR)/nginx
NGINX_PORT ?= 8391
NGINX := nginx -p /usr/share/nginx/ -c $(NGINX_DIR)/nginx.conf
HOST_TESTS := host:: reader::a_section_reads_with_javascript_disabled search::a_shared_search_url_restores search::a_shared_search_link_answers maps::a_map_url_restores hardening::after_one_visit hardening::offline_after
host-tests: $(DIST)/.built browser-tools
	@mkdir -p $(NGINX_DIR)
	@brotli=$$(ls /etc/nginx/modules-enabled/*brotli*.conf 2>/dev/null | head -1); \
	{ echo "daemon on; worker_processes 1; user root; pid $(NGINX_DIR)/nginx.pid; error_log $(NGINX_DIR)/error.log;"; \
	  if [ -n "$$brotli" ]; then echo "include $$brotli;"; fi; \
	  echo "events {} http { include /etc/nginx/mime.types; default_type application/octet-stream; access_log off;"; \
	  echo "server { listen 127.0.0.1:$(NGINX_PORT); root $(abspath $(DIST));"; \
	  sed -n '/^```nginx$$/,/^```$$/p' README.md | sed '1d;$$d' | { if [ -n "$$brotli" ]; then cat; else grep -v '^brotli_static'; fi; }; \
	  echo "} }"; } > $(NGINX_DIR)/nginx.conf
	@$(NGINX) -t -q
	@-$(NGINX) -s stop 2>/dev/null; sleep 0.2
	$(NGINX)
	@coding=$$(ls /etc/nginx/modules-enabled/*brotli*.conf >/dev/null 2>&1 && echo br || echo gzip); \
	LANXI_E2E_HOST=http://127.0.0.1:$(NGINX_PORT) LANXI_E2E_HOST_CODING=$$coding \
	  LANXI_E2E_HOST_OFF="$(NGINX) -s stop && sleep 0.3" LANXI_E2E_HOST_ON="$(NGINX)" \
	  cargo test --features ssr --test e2e -- --test-threads=1 $(HOST_TESTS); \
	status=$$?; $(NGINX) -s stop 2>/dev/null; exit $$status

clean:
	rm -rf dist target

# --- tools: each installed only when missing or at the wrong version -------------------------
tools:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
	@rustup component list --installed | grep -q '^clippy' || rustup component add clippy
	@trunk --version 2>/dev/null | grep -qx "trunk $(TRUNK_VERSION)" || cargo install --locked trunk --version $(TRUNK_VERSION)
	@# The CLI must equal the pinned crate; --locked fails here (a locked dependency is missing).
	@wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $(WASM_BINDGEN_VERSION)" || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	@# Debian's wasm-opt (binaryen 108) breaks the release page at runtime: use 132 from npm;
	@# esbuild minifies the scripts and the stylesheet. One install for both: an
	@# `npm install --no-save` into a prefix prunes what another one put there.
	@(wasm-opt --version 2>/dev/null | grep -q "version $(BINARYEN_VERSION)" && esbuild --version 2>/dev/null | grep -qx "$(ESBUILD_VERSION)") || npm install --silent --no-save --prefix $(TOOLS) binaryen@$(BINARYEN_VERSION) esbuild@$(ESBUILD_VERSION)

browser-tools:
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null && command -v pdftotext >/dev/null && command -v nginx >/dev/null && fc-list 2>/dev/null | grep -qi 'WenQuanYi Micro Hei'; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei poppler-utils nginx >/dev/null \
	   && (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libnginx-mod-http-brotli-static >/dev/null 2>&1 || true)); \
	else echo "make: the browser tests need Debian's chromium, chromium-driver, fonts-wqy-microhei, poppler-utils and nginx: run as root or install them (apt-get install chromium chromium-driver fonts-wqy-microhei poppler-utils nginx libnginx-mod-http-brotli-static)" >&2; exit 1; fi

# Search speed, native (criterion: loading the published index, a keystroke); the browser
# figure comes from the e2e test's output. Then `bench-latency`.
bench: bench-latency
	cargo bench --features ssr --bench search

# A shared search link's first result beside Pagefind 1.6 over an mdBook of the same text
# (../shared/bench/README.md): fresh headless Chromium, 150 ms round trip, 1.6 Mbit/s, CPU
# slowed 4x; prints each run and the medians with their ratio; then the same seen from inside the
# page, without the shared script's polling (bench/first_result.py). Then the first tap on a county
# to its sheet, unthrottled and throttled (bench/tap_latency.py). Not part of `make test`.
PEER := $(TOOLS)/peer
BENCH_ROUNDS ?= 3
SHARED := $(CURDIR)/../shared
bench-latency: $(DIST)/.built browser-tools
	@command -v mdbook >/dev/null || cargo install --locked mdbook --version 0.5.4
	@test -x $(TOOLS)/pf/node_modules/.bin/pagefind || npm install --silent --no-save --prefix $(TOOLS)/pf pagefind@1.6.0
	@python3 -c "import selenium" 2>/dev/null || pip install -q selenium
	rm -rf $(PEER) && python3 $(SHARED)/bench/mdbook_peer.py $(SHARED)/plan/lanzhou-xining-plan-2018.txt $(PEER)
	mdbook build $(PEER) >/dev/null && $(TOOLS)/pf/node_modules/.bin/pagefind --site $(PEER)/book >/dev/null
	cp $(SHARED)/bench/pf_latency.html $(PEER)/book/
	cargo run --quiet --release -p site-tools --bin precompress -- $(PEER)/book
	cargo build --quiet --release -p site-tools --bin serve
	$(TARGET_DIR)/release/serve $(DIST) 8471 & ours=$$!; $(TARGET_DIR)/release/serve $(PEER)/book 8472 & peer=$$!; \
	  sleep 1; python3 $(SHARED)/bench/search_latency.py http://127.0.0.1:8471 http://127.0.0.1:8472 $(BENCH_ROUNDS) \
	  && python3 bench/first_result.py http://127.0.0.1:8471 http://127.0.0.1:8472 $(BENCH_ROUNDS) \
	  && python3 bench/tap_latency.py http://127.0.0.1:8471 0 $(BENCH_ROUNDS) && python3 bench/tap_latency.py http://127.0.0.1:8471 1 $(BENCH_ROUNDS); \
	  status=$$?; kill $$ours $$peer; exit $$status

# The audit of the place pages: per place, own and inherited projects with reasons, passages,
# links set or removed by hand, and where each site lies with its source.
places-report:
	cargo run --quiet --features ssr --bin places-report > places-report.md
	@echo "wrote places-report.md"

# Reduce data/geo to content/region.txt (commit the result; a test fails when it is stale).
mapdata:
	cargo run --release -p mapdata -- data/geo content/region.txt

# Lighthouse (npm `lighthouse`, Debian's Chromium), mobile preset, on the home page and a
# section page of the running `make serve`; prints the four scores. Not part of `make test`.
LIGHTHOUSE_PAGES ?= / /c6/s1/
lighthouse:
	@# Its own prefix: an `npm install --no-save` prunes what another one put beside it.
	@$(TOOLS)/lighthouse/node_modules/.bin/lighthouse --version >/dev/null 2>&1 || npm install --silent --no-save --prefix $(TOOLS)/lighthouse lighthouse@12
	@for page in $(LIGHTHOUSE_PAGES); do \
	  CHROME_PATH=/usr/bin/chromium $(TOOLS)/lighthouse/node_modules/.bin/lighthouse "http://127.0.0.1:$(PORT)$$page" --quiet \
	    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
	    --only-categories=performance,accessibility,best-practices,seo --output=json --output-path=/tmp/lighthouse.json; \
	  node -e 'const r=require("/tmp/lighthouse.json"); console.log(process.argv[1], Object.values(r.categories).map(c => c.title + " " + Math.round(c.score*100)).join(", "))' "$$page"; \
	done
