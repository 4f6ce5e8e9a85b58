# quarry - small Unix filters that turn scraped news articles into CSV.
#
#   make                build every tool into bin/
#   make test           build, then run the C unit tests and the bats suite
#   make check-sanitize the same tests against an ASan+UBSan build
#   make analyze        run the analysis pipelines over IN (default: the
#                       bundled fixture articles) into OUT (default: out/)
#   make bench          throughput and peak memory, next to baselines
#   make install        PREFIX=/usr/local DESTDIR=

VERSION   = 0.1.0
PREFIX   ?= /usr/local
BINDIR    = $(PREFIX)/bin
LIBEXECDIR= $(PREFIX)/libexec/quarry
MANDIR    = $(PREFIX)/share/man

CC       ?= cc
OPT      ?= -O2 -g
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
            -DQUARRY_VERSION='"$(VERSION)"' -Isrc/lib
CFLAGS   += -std=c11 $(OPT) -Wall -Wextra -Wshadow -Wstrict-prototypes \
            -Wmissing-prototypes $(HARDEN)
HARDEN   ?= -D_FORTIFY_SOURCE=2 -fstack-protector-strong
LDLIBS   += $(shell pkg-config --libs libpcre2-8 2>/dev/null || echo -lpcre2-8) -lcsv

# The build directory; check-sanitize points it elsewhere so the two
# builds never mix objects.
BUILD    ?= build
BIN      ?= bin

TOOLS     = $(sort $(notdir $(patsubst %/main.c,%,$(wildcard src/*/main.c))))
LIB_SRC   = $(wildcard src/lib/*.c)
LIB_OBJ   = $(LIB_SRC:src/%.c=$(BUILD)/%.o)
LIBA      = $(BUILD)/libquarry.a
PROGS     = $(TOOLS:%=$(BIN)/%)
# Generated or embedded data a tool needs (its Makefile fragment adds to it).
EXTRA_DEPS =

all: $(PROGS)

# No built-in rules: every rule make needs is written here, and its
# search of the built-in ones for each source and header was 17 of the
# 22 ms of a make with nothing to build (make analyze runs three makes).
MAKEFLAGS += --no-builtin-rules
.SUFFIXES:

# Each tool may add rules (models, generated sources) in src/TOOL/tool.mk.
-include $(wildcard src/*/tool.mk)
# Project-wide extras (fuzzing, static analysis) in mk/*.mk.
-include $(wildcard mk/*.mk)

$(BUILD)/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(LIBA): $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

# A tool is every .c file in src/TOOL; main.c holds its CLI, the rest its
# core, which unit tests link against.
tool_core = $(filter-out $(BUILD)/$(1)/main.o,$(patsubst src/%.c,$(BUILD)/%.o,$(wildcard src/$(1)/*.c)))

define TOOL_RULE
$(BIN)/$(1): $(BUILD)/$(1)/main.o $(call tool_core,$(1)) $(LIBA)
	@mkdir -p $$(@D)
	$$(CC) $$(CFLAGS) $$(LDFLAGS) -o $$@ $$(filter %.o %.a,$$^) $$(LDLIBS)
endef
$(foreach t,$(TOOLS),$(eval $(call TOOL_RULE,$(t))))

# Unit tests: tests/unit/NAME/test_*.c links with src/NAME's core
# (tests/unit/lib/ with the library alone).
UNIT_SRC  = $(wildcard tests/unit/*/test_*.c)
UNIT_BIN  = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

define UNIT_RULE
$(BUILD)/tests/$(1)/%: tests/unit/$(1)/%.c tests/unit/tap.h $(if $(filter lib,$(1)),,$(call tool_core,$(1))) $(LIBA)
	@mkdir -p $$(@D)
	$$(CC) $$(CPPFLAGS) -Isrc/$(1) -Itests/unit $$(CFLAGS) $$(LDFLAGS) -o $$@ $$(filter %.c %.o %.a,$$^) $$(LDLIBS)
endef
$(foreach d,$(notdir $(wildcard tests/unit/*)),$(if $(filter tap.h,$(d)),,$(eval $(call UNIT_RULE,$(d)))))

# Test helpers: tests/lib/NAME.c, one file each, is the program
# $(BUILD)/tests/bin/NAME that the bats tests run (tests/run puts it on
# their PATH).  Built with the unit tests, so check-sanitize builds them too.
HELPER_SRC = $(wildcard tests/lib/*.c)
HELPER_BIN = $(HELPER_SRC:tests/lib/%.c=$(BUILD)/tests/bin/%)

$(BUILD)/tests/bin/%: tests/lib/%.c $(LIBA)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIBA) $(LDLIBS)

units: $(UNIT_BIN) $(HELPER_BIN)

# The packages are looked for again only when dpkg's database changed
# since they were last found (dpkg-query took 0.1 s of every make
# analyze, a third of one with nothing new to do).
deps: $(BUILD)/deps.ok
$(BUILD)/deps.ok: mk/deps.sh $(wildcard /var/lib/dpkg/status)
	@sh mk/deps.sh
	@mkdir -p $(@D) && touch $@

deps-test:
	@sh mk/deps.sh test

# The packages first, then the build (in a sub-make, so that under -j
# the compiler does not start beside the check and bury its message).
test: deps-test
	@$(MAKE) --no-print-directory all units
	@BUILD=$(BUILD) BIN=$(BIN) sh tests/run

# clang's UBSan, which reports arithmetic on a null pointer (NULL + 0
# included) where gcc's does not; the same compiler as the fuzzers.
SAN_CC    = clang-14
SAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
            -fno-sanitize-recover=all
check-sanitize: deps-test
	@sh mk/deps.sh fuzz
	$(MAKE) BUILD=build/sanitize BIN=build/sanitize/bin CC=$(SAN_CC) \
	    OPT="$(SAN_FLAGS)" HARDEN= LDFLAGS="-fsanitize=address,undefined" \
	    all units
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
	    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	    BUILD=build/sanitize BIN=build/sanitize/bin sh tests/run

# make analyze [IN=...] [OUT=...] [-j N]: its rules are in mk/analyze.mk.

bench: all
	@BIN=$(BIN) sh bench/run

# The pipelines call each other by name, so they live together in
# LIBEXECDIR; quarry-NAME on the PATH runs one of them.
install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBEXECDIR) \
	    $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man7
	cp $(PROGS) $(DESTDIR)$(BINDIR)/
	mkdir -p $(DESTDIR)$(LIBEXECDIR)/lib; \
	cp pipelines/lib/common.sh $(DESTDIR)$(LIBEXECDIR)/lib/; \
	for p in pipelines/*; do \
		[ -f "$$p" ] || continue; \
		n=$${p##*/}; \
		cp "$$p" "$(DESTDIR)$(LIBEXECDIR)/$$n"; \
		printf '#!/bin/sh\nexec %s/%s "$$@"\n' "$(LIBEXECDIR)" "$$n" \
		    >"$(DESTDIR)$(BINDIR)/quarry-$$n"; \
		chmod 755 "$(DESTDIR)$(BINDIR)/quarry-$$n"; \
	done
	cp man/*.1 $(DESTDIR)$(MANDIR)/man1/
	cp man/*.7 $(DESTDIR)$(MANDIR)/man7/

clean:
	rm -rf build bin/* out

.PHONY: all units deps deps-test test check-sanitize analyze bench install clean
.DELETE_ON_ERROR:

# The headers each object was built from (-MMD); objects are one folder
# down in BUILD.  (wildcard, not find: make analyze reads this file twice.)
-include $(wildcard $(BUILD)/*/*.d)
