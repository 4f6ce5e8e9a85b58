# make analyze: the tables of a folder of articles, incrementally.
#
#   make analyze [IN=folder-or-file] [OUT=folder] [EXCEL=1] [DATE=YYYY-MM-DD]
#                [RULES=file] [ALL=1] [MIN_DOCS=N] [-j N]
#
# The top Makefile reads this file for the `analyze` target, which builds
# the tools and then runs this file on its own (make -f mk/analyze.mk),
# where the rules below live:
#
#   OUT/.work/in/KEY.txt       a link to each article file (KEY: a hash of
#   OUT/.work/in/KEY.txt.path  its path, so names with spaces are no
#                              trouble for make) and the path itself
#   OUT/.work/KEY.txt.sent.tsv segment's sentences of that file
#   OUT/.work/KEY.txt.ent.tsv  extract-entities' mentions in them
#   OUT/*.csv                  the four tables, from all the above, by
#                              pipelines/analyze -S ... -E ...
#
# A file is segmented again only when it is newer than its sentences (or
# segment was rebuilt); the corpus-wide steps (boilerplate across
# documents, near-duplicate articles, the entity summary) run again when
# any per-file result changed, a file came or went, or an option changed.
# Every result is written to a .part file and renamed when complete.

ifneq ($(notdir $(firstword $(MAKEFILE_LIST))),analyze.mk)
# Read by the top Makefile.
IN  ?= fixtures/articles
OUT ?= out
analyze: deps all
	@$(MAKE) --no-print-directory -f mk/analyze.mk IN="$$IN" OUT="$$OUT" tables
analyze: export IN := $(IN)
analyze: export OUT := $(OUT)

else
# On its own: make -f mk/analyze.mk [IN=...] [OUT=...] [BIN=...] tables
IN       ?= fixtures/articles
OUT      ?= out
BIN      ?= bin
MIN_DOCS ?= 5
W        := $(OUT)/.work
TOOLDIR  := $(abspath $(BIN))
quote     = '$(subst ','\'',$(1))'
SEARCH   := $(TOOLDIR):$(CURDIR)/pipelines:$(PATH)
export PATH := $(SEARCH)

ifneq ($(words $(OUT)),1)
$(error analyze: OUT='$(OUT)': make cannot name files under a folder whose name has spaces; choose another OUT)
endif

.DEFAULT_GOAL := tables
.DELETE_ON_ERROR:
.PHONY: tables

# The manifest (see pipelines/analyze --manifest), then the keys.
ifneq ($(shell PATH=$(call quote,$(SEARCH)) analyze --manifest $(call quote,$(W)) $(call quote,$(IN)) >&2 || echo x),)
$(error analyze: no article files listed)
endif
include $(W)/inputs.mk

# Options stamps: a file rewritten only when the options change, so that
# changing them re-runs what depends on them.
stamp = $(shell printf '%s\n' $(call quote,$(2)) >$(call quote,$(1).new) && \
	{ cmp -s $(call quote,$(1).new) $(call quote,$(1)) && rm -f $(call quote,$(1).new) || \
	  mv -f $(call quote,$(1).new) $(call quote,$(1)); })
RULES_SUM := $(if $(RULES),$(shell cksum <$(call quote,$(RULES)) || echo unreadable))
$(call stamp,$(W)/extract.options,DATE=$(DATE) RULES=$(RULES) $(RULES_SUM))
$(call stamp,$(W)/tables.options,DATE=$(DATE) EXCEL=$(EXCEL) ALL=$(ALL) MIN_DOCS=$(MIN_DOCS))
ifneq ($(RULES),)
$(shell cmp -s $(call quote,$(RULES)) $(W)/rules.tsv || cp $(call quote,$(RULES)) $(W)/rules.tsv)
endif

SENT   := $(KEYS:%=$(W)/%.sent.tsv)
ENT    := $(KEYS:%=$(W)/%.ent.tsv)
TABLES := $(addprefix $(OUT)/,articles.csv sentences.csv entities.csv entity-summary.csv)

tables: $(TABLES)
	@:
# Every result is renamed into place when complete: an interrupted run
# must not delete the ones already there (make would, as they changed).
.PRECIOUS: $(TABLES) $(W)/%.sent.tsv $(W)/%.ent.tsv

# Per file.  The path comes from the .path file, so it may hold spaces.
$(W)/%.txt.sent.tsv: $(W)/in/%.txt $(TOOLDIR)/segment
	@segment -- "$$(cat $(W)/in/$*.txt.path)" >$@.part && mv -f $@.part $@
$(W)/%.csv.sent.tsv: $(W)/in/%.csv $(TOOLDIR)/segment
	@segment --csv -- "$$(cat $(W)/in/$*.csv.path)" >$@.part && mv -f $@.part $@

$(W)/%.ent.tsv: $(W)/%.sent.tsv $(TOOLDIR)/extract-entities $(W)/extract.options $(if $(RULES),$(W)/rules.tsv)
	@extract-entities $(if $(DATE),-d $(call quote,$(DATE))) $(if $(RULES),-r $(W)/rules.tsv) \
	    $< >$@.part && mv -f $@.part $@
	@$(call progress,$*)

# Corpus-wide: the four tables at once (a grouped target).
$(TABLES) &: $(SENT) $(ENT) $(W)/sent.list $(W)/ent.list $(W)/tables.options \
		$(addprefix pipelines/,analyze sentences entities entity-summary articles)
	@analyze -o $(call quote,$(OUT)) $(if $(EXCEL),--excel) $(if $(ALL),--all) \
	    --min-docs $(call quote,$(MIN_DOCS)) $(if $(DATE),-d $(call quote,$(DATE))) \
	    -S $(W)/sent.list -E $(W)/ent.list
	@[ ! -t 2 ] || printf '\nanalyze: tables in %s/\n' $(call quote,$(OUT)) >&2

# Progress, only when stderr is a terminal: files done in this run, of all
# the inputs, and MB/s of article text since the run began.
$(shell [ ! -t 2 ] || { date +%s.%N >$(W)/started; : >$(W)/done; })
progress = [ ! -t 2 ] || { stat -L -c %s $(W)/in/$(1) >>$(W)/done; \
	awk -v all=$(words $(KEYS)) -v began=$$(cat $(W)/started) -v now=$$(date +%s.%N) \
	'{ n++; b += $$1 } END { s = now - began; if (s <= 0) s = 0.001; \
	   printf "\ranalyze: %d files done (of %d), %.1f MB/s ", n, all, b / 1e6 / s }' \
	$(W)/done >&2; }
endif
