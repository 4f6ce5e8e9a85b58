# Static analysis: `make lint` runs cppcheck and clang-tidy over src/ (and the test
# helpers in tests/lib/) with
# the configuration committed here (.clang-tidy; the cppcheck options
# below, suppressions in mk/cppcheck.supp).  It fails on any finding.
# cppcheck does not read system headers, so it is told what <stdnoreturn.h>
# says, and mk/cppcheck.cfg that die() and rec_fail() do not return.
#   make lint LINT_DIRS="src/lib src/tocsv"     only some directories

LINT_DIRS  ?= src tests/lib
LINT_SRC    = $(sort $(foreach d,$(LINT_DIRS),$(shell find $(d) -name '*.c')))
CPPCHECK   ?= cppcheck
CLANG_TIDY ?= clang-tidy
CPPCHECK_FLAGS = --enable=warning,portability,performance --std=c11 \
    --inline-suppr --error-exitcode=1 --quiet --suppressions-list=mk/cppcheck.supp \
    -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -DQUARRY_VERSION=\"lint\" \
    -Dnoreturn=_Noreturn --library=mk/cppcheck.cfg \
    -Isrc/lib $(foreach d,$(wildcard src/*/),-I$(d))

lint: lint-cppcheck lint-tidy

lint-cppcheck:
	$(CPPCHECK) $(CPPCHECK_FLAGS) $(LINT_SRC)

# One file at a time with its tool's directory on the include path, as
# the build compiles it.
lint-tidy:
	@fail=0; for f in $(LINT_SRC); do \
		out=$$($(CLANG_TIDY) --quiet $$f -- $(CPPFLAGS) -I$$(dirname $$f) -std=c11 2>/dev/null); \
		if [ -n "$$out" ]; then echo "$$out"; fail=1; fi; \
	done; [ $$fail -eq 0 ] && echo "clang-tidy: clean ($(words $(LINT_SRC)) files)"; exit $$fail

.PHONY: lint lint-cppcheck lint-tidy
