# The commands a newcomer needs. Each installs what it is missing first (see
# scripts/setup.sh); the first run takes a while, later runs seconds.
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export TRUNK_OFFLINE := true

.PHONY: serve build package test setup bench bench-zoom bench-phone bench-first-use bench-core bench-instructions

## serve: build and serve the timeline at http://127.0.0.1:8080/, rebuilding on change
serve:
	bash scripts/setup.sh build
	@echo "Serving the timeline at http://127.0.0.1:8080/"
	trunk serve --offline

## build: release build into dist/
build:
	bash scripts/setup.sh build
	trunk build --release --offline

## package: a release into release/: the npm tarball, the zip to copy to a server, and
## SHA256SUMS (nothing is published)
package: build
	node scripts/package.mjs dist

## test: every check: fmt, clippy, native, browser and end-to-end tests, release build
test:
	bash scripts/test.sh

## setup: only install the tools
setup:
	bash scripts/setup.sh test

## bench-zoom: main-thread work per frame (Chromium trace) during a scripted wheel zoom,
## embedded data and 10,000 events; DIST=dir serves another build
bench-zoom: build
	bash scripts/setup.sh test
	node bench/zoom.mjs

## bench-phone: the first events on the phone profile (CPU 4× slower, 1.6 Mbit/s, 150 ms
## round trip, gzip), ours and vis-timeline's, 29 and 1,000 events (bench/phone.mjs)
bench-phone: build
	bash scripts/setup.sh test
	node bench/phone.mjs

## bench-first-use: each action a reader may take (cite, lanes, a picture, a language),
## the first time against the second (bench/first-use.mjs)
bench-first-use: build
	bash scripts/setup.sh test
	node bench/first-use.mjs

## bench-core: wall time of the pure core (lookup, layout, clustering, filters)
bench-core:
	cargo bench -p pakkaz-core --bench core

## bench-instructions: instruction counts of the pure core under Callgrind (iai-callgrind):
## lookup at 1k/10k/100k events, layout and clustering, filters, reading 10k events
bench-instructions:
	bash scripts/setup.sh bench
	cargo bench -p pakkaz-core --bench instructions

## bench: side-by-side with vis-timeline and TimelineJS (first paint, toggle latency and
## work, zoom work per frame, memory, from Chromium traces); writes BENCHMARKS.md
bench: build
	bash scripts/setup.sh test
	node bench/compare.mjs
