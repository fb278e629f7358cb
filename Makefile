# The two commands of the README: `make run` and `make test`. Everything else is a step of theirs.
BUILD      ?= build
DB         ?= sqlite:data/pcmt.db
LISTEN     ?= 127.0.0.1:8080
PROVINCE   ?= 40

FUZZ_SECONDS ?= 600

.PHONY: run test deps build web demo-db bench fuzz clean

run: deps build web demo-db
	@echo ""
	@echo "pcmt: http://$(LISTEN)  (Ctrl-C to stop)"
	@cat data/demo-accounts.txt
	$(BUILD)/pcmt serve --db $(DB) --listen $(LISTEN) --web web/dist

test: deps build web
	scripts/test.sh

deps:
	scripts/install-deps.sh

build:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
	cmake --build $(BUILD) -j2

web:
	cd web && npm run build --silent

# The demo database is created once and reused by later runs; its accounts are kept (mode 600)
# in data/demo-accounts.txt, which git ignores.
demo-db:
	@mkdir -p data
	@if [ ! -f data/pcmt.db ]; then \
	  $(BUILD)/pcmt migrate --db $(DB) && \
	  (umask 077 && $(BUILD)/pcmt demo --db $(DB) --province $(PROVINCE) > data/demo-accounts.txt); \
	else \
	  $(BUILD)/pcmt migrate --db $(DB) >/dev/null; \
	fi

bench: build
	bench/run.sh

# Each libFuzzer harness for FUZZ_SECONDS (`make test` runs them briefly); crashes in build-fuzz/crashes/.
fuzz: deps
	scripts/fuzz.sh $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD) build-fuzz web/dist
