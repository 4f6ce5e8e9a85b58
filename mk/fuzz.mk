# Fuzzing (see SECURITY.md): libFuzzer harnesses in tests/fuzz/TOOL/NAME.c,
# built with clang into build/fuzz, every object instrumented and under
# ASan + UBSan.  The harness of a tool links its core (tool_core); the
# shim (tests/fuzz/shim.h) turns the library's exit() on a data error
# into a jump back to the harness.
#
#   make fuzz             each harness for FUZZ_SECONDS (default 60)
#   make fuzz-smoke       each harness for FUZZ_SMOKE_SECONDS (20)
#   make fuzz-ci          each harness for FUZZ_CI_RUNS executions (5000)
#                         from a fixed seed, the same each time, for CI
#   make fuzz-regress     each harness once over its saved crash inputs
#   make fuzzers          build only
#   make fuzz FUZZ_ONLY=lib-rec FUZZ_SECONDS=600   one harness, longer

FUZZ_CC            ?= clang-14
FUZZ_SECONDS       ?= 60
FUZZ_SMOKE_SECONDS ?= 20
FUZZ_CI_RUNS       ?= 5000
FUZZ_BUILD         ?= build/fuzz
FUZZ_ONLY          ?=
FUZZ_OPT = -O1 -g -fno-omit-frame-pointer \
           -fsanitize=fuzzer-no-link,address,undefined \
           -fno-sanitize-recover=all -include tests/fuzz/shim.h

# Harnesses for the tools (and lib) whose sources exist: NAME = TOOL-FILE.
FUZZ_TOOLS = $(foreach d,$(notdir $(wildcard tests/fuzz/*)),\
             $(if $(wildcard src/$(d)/*.c),$(d)))
FUZZ_SRC   = $(foreach d,$(FUZZ_TOOLS),$(wildcard tests/fuzz/$(d)/*.c))
FUZZ_NAMES = $(foreach s,$(FUZZ_SRC),$(notdir $(patsubst %/,%,$(dir $(s))))-$(basename $(notdir $(s))))
FUZZ_BINS  = $(FUZZ_NAMES:%=$(BUILD)/fuzzers/%)

# The Makefile defines tool_core after it includes this file: the core is
# looked up in a second expansion, once everything is read.
.SECONDEXPANSION:
define FUZZ_RULE
$(BUILD)/fuzzers/$(1)-%: tests/fuzz/$(1)/%.c tests/fuzz/shim.c tests/fuzz/shim.h \
    $(if $(filter lib,$(1)),,$$$$(call tool_core,$(1))) $(LIBA)
	@mkdir -p $$(@D)
	$$(CC) $$(CPPFLAGS) -Isrc/$(1) -Itests/fuzz $$(CFLAGS) \
	    -fsanitize=fuzzer,address,undefined $$(LDFLAGS) -o $$@ \
	    $$(filter %.c %.o %.a,$$^) $$(LDLIBS)
endef
$(foreach d,$(FUZZ_TOOLS),$(eval $(call FUZZ_RULE,$(d))))

# The whole of extract-entities needs its embedded data, lexicon and
# name model.
$(BUILD)/fuzzers/extract-entities-stream: $(BUILD)/extract-entities/embedded.o \
    $(BUILD)/extract-entities/lexicon_blob.o $(BUILD)/extract-entities/model_blob.o
# The tagger harness tags with the model compiled into tag.
$(BUILD)/fuzzers/tag-tagger: $(BUILD)/tag/model_blob.o
# The tagger's inner loops compare hash fingerprints and scores, which
# comparison tracing cannot steer an input towards; traced, they took 60 %
# of tag-tagger's time (perf).  Edge coverage stays.
$(FUZZ_BUILD)/tag/tagger.o: CFLAGS += -fno-sanitize-coverage=trace-cmp

# Runs inside the instrumented build (see fuzzers).
fuzz-harnesses: $(FUZZ_BINS)

fuzzers:
	@sh mk/deps.sh fuzz
	$(MAKE) BUILD=$(FUZZ_BUILD) BIN=$(FUZZ_BUILD)/bin CC=$(FUZZ_CC) \
	    OPT="$(FUZZ_OPT)" HARDEN= fuzz-harnesses

fuzz: fuzzers
	@sh tests/fuzz/run $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZ_ONLY)

fuzz-smoke: fuzzers
	@sh tests/fuzz/run $(FUZZ_BUILD) $(FUZZ_SMOKE_SECONDS) $(FUZZ_ONLY)

fuzz-ci: fuzzers
	@FUZZ_RUNS=$(FUZZ_CI_RUNS) sh tests/fuzz/run $(FUZZ_BUILD) 1 $(FUZZ_ONLY)

fuzz-regress: fuzzers
	@sh tests/fuzz/run $(FUZZ_BUILD) 0 $(FUZZ_ONLY)

.PHONY: fuzz fuzz-smoke fuzz-ci fuzz-regress fuzzers fuzz-harnesses
