# Neurona. GNU make. `make serve` needs only Go; the other targets install
# or name the Debian packages they need (scripts/install-deps.sh).
#
#   make serve                      build the web bundle, serve it on http://localhost:8080
#   make serve ADDR=0.0.0.0:8080    the same for a classroom: prints the address and a QR code
#   make dist                       the self-contained static folder dist/ (copy it to any web host)
#   make desktop                    build bin/neurona and run it (ARGS="-scene xor -lang en")
#   make release                    release/: web zip, Linux and Windows apps, SHA256SUMS (reproducible)
#   make test                       everything: format, vet, unit, WebAssembly, Xvfb and browser tests
#   make bench | make fuzz | make deps | make clean

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-print-directory

GO       ?= go
DIST     ?= dist
ADDR     ?= localhost:8080
# Brotli level for the bundle; 9 takes seconds, 11 about a minute for a
# few percent less (see cmd/serve/static/precompress.go). BROTLI=11 for
# publishing on a course site.
BROTLI   ?= 9
FUZZTIME ?= 20s
ARGS     ?=
RELEASE  ?= release

# The version every build carries (internal/version): the nearest tag, the
# commits since and the commit, "-dirty" with uncommitted changes.
ifndef VERSION
VERSION := $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
endif
ifndef COMMIT
COMMIT := $(shell git rev-parse --short=7 HEAD 2>/dev/null)
endif
VERSION_LDFLAGS := -X github.com/neurona/neurona/internal/version.Version=$(VERSION) -X github.com/neurona/neurona/internal/version.Commit=$(COMMIT)

# wasm_exec.js must come from the same Go that builds the bundle; it is
# copied at build time and never committed.
GOROOT    := $(shell $(GO) env GOROOT)
WASM_EXEC := $(GOROOT)/lib/wasm/wasm_exec.js

.PHONY: help dist serve desktop release deps test bench fuzz clean

help:
	@sed -n 's/^#   make/  make/p' $(firstword $(MAKEFILE_LIST))

# The scene packages are compiled without inlining in the web bundle:
# their code is a frame's orchestration (the hot loops are in scenes/ui
# and engine, which keep it), and inlined copies of small helpers at each
# call site cost about 60 kB of the gzip bundle (make bench holds both the
# bundle and the per-frame time to their targets).
WASM_NOINLINE := scenes scenes/neuron scenes/perceptron scenes/xor scenes/gradient scenes/backprop scenes/regression scenes/embedding
# WASM_STRIP drops the symbol table and debug data (and with them the wasm
# name section): `make dist WASM_STRIP=` keeps function names for a
# browser profile (e2e/bench_profile_test.go).
WASM_STRIP := -s -w
WASM_GCFLAGS := $(foreach p,$(WASM_NOINLINE),-gcflags=github.com/neurona/neurona/$(p)=-l)

# The bundle. Every step only replaces files whose content changed, so the
# pre-compression (seconds for the bundle) runs again only after a real
# change, and a server running on dist/ never sees a half-written file
# (the wasm is built under a dotfile name, which the server never serves).
dist:
	@mkdir -p $(DIST)
	GOOS=js GOARCH=wasm $(GO) build -trimpath $(WASM_GCFLAGS) -ldflags="$(WASM_STRIP) -buildid= $(VERSION_LDFLAGS)" -o $(DIST)/.neurona.wasm.tmp ./cmd/wasm
	@scripts/update-file.sh $(DIST)/.neurona.wasm.tmp $(DIST)/neurona.wasm
	@for f in web/index.html $(filter-out web/sw.js,$(wildcard web/*.js)) $(WASM_EXEC); do cp $$f $(DIST)/.copy.tmp && scripts/update-file.sh $(DIST)/.copy.tmp $(DIST)/$$(basename $$f); done
	@scripts/stamp-sw.sh $(DIST) $(VERSION)
	$(GO) run ./cmd/serve -precompress $(DIST) -brotli-quality $(BROTLI)

serve: dist
	$(GO) run ./cmd/serve -dir $(DIST) -addr $(ADDR)

desktop:
	@scripts/install-deps.sh desktop
	$(GO) build -ldflags="$(VERSION_LDFLAGS)" -o bin/neurona ./cmd/desktop
	./bin/neurona $(ARGS)

# Reproducible: two runs of one commit give the same SHA256SUMS.
release:
	@GO=$(GO) MAKE=$(MAKE) VERSION=$(VERSION) COMMIT=$(COMMIT) RELEASE=$(RELEASE) BROTLI=$(BROTLI) scripts/release.sh

deps:
	@scripts/install-deps.sh

test:
	@GO=$(GO) DIST=$(DIST) MAKE=$(MAKE) scripts/test.sh

# Engine (native and WebAssembly under Node), the field shader, and the web
# page against a blank Ebiten page in headless Chromium; writes
# BENCHMARKS.md. Not part of `make test`: benchmarks assert nothing.
bench:
	@GO=$(GO) DIST=$(DIST) BROTLI=$(BROTLI) MAKE=$(MAKE) scripts/bench.sh

fuzz:
	@GO=$(GO) FUZZTIME=$(FUZZTIME) scripts/fuzz.sh

clean:
	rm -rf $(DIST) bin $(RELEASE)
