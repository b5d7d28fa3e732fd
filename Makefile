# Quick start: `make run` installs what is missing, builds, and generates the original
# design's product inventory (1,000 rows, offline); `make test` runs every test.
SWIFT ?= swift
ROWS ?= 1000
BIN = .build/release/synthgen

.PHONY: run test deps build bench validate check-service serve clean

deps:
	@./scripts/install-deps.sh

# The Swift runtime is linked in, so the one file runs on any Debian host with
# libpcre2-8-0 (which Debian installs by default); rules and data are embedded.
build: deps
	$(SWIFT) build -c release --product synthgen --static-swift-stdlib

run: build
	@mkdir -p out
	$(BIN) generate --schema examples/inventory.json --rows $(ROWS) --seed 42 -o out/inventory.csv
	@echo "wrote out/inventory.csv ($(ROWS) rows); first lines:"
	@head -n 6 out/inventory.csv

test: deps
	@./scripts/install-llmock.sh
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Every checksum and format checked by independent validators from PyPI (needs the network).
validate: build
	./scripts/validate.sh

# The live server checked against its OpenAPI document (schemathesis) and the web page
# rendered in headless Chromium (both installed when missing).
check-service: build
	./scripts/check-service.sh $(BIN)

# The service on http://127.0.0.1:8080 (web page at /).
serve: build
	$(BIN) serve

bench: build
	./bench/run.sh

clean:
	rm -rf .build out
