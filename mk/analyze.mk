# make analyze: the tables of a folder of articles, incrementally.
#
#   make analyze [IN=folder-or-file] [OUT=folder] [EXCEL=1] [DATE=YYYY-MM-DD]
#                [RULES=file] [ALL=1] [MIN_DOCS=N] [NBATCH=4|8|16]
#                [CSV_PART=bytes] [-j N]
#
# The top Makefile reads this file for the `analyze` target, which builds
# the tools and then runs this file on its own (make -f mk/analyze.mk),
# where the rules below live:
#
#   OUT/.work/lock             while a make analyze runs in OUT (see
#                              analyze --manifest --lock)
#   OUT/.work/state            each article file's KEY (a hash of its
#                              path, so that names with spaces are no
#                              trouble for make), path, time and size
#                              (a big CSV is cut into parts, each its own
#                              KEY, KEY.KofN.csv: see CSV_PART below)
#   OUT/.work/in/pending-X     the KEYs ending in X of the files that came
#                              or changed (their time or size) since
#                              their batch last ran
#   OUT/.work/in/bucket-X.stamp touched when a file whose KEY ends in X
#                              came, changed or went
#   OUT/.work/first-X.seg.tsv  segment's sentences of the files whose KEYs
#                              end in X, each file alone
#   OUT/.work/furniture.txt    the lines the site's pages share (sentences
#                              --furniture of all the above)
#   OUT/.work/KEY.txt.sent.tsv segment --furniture's sentences of the file
#   OUT/.work/KEY.txt.ent.tsv  extract-entities' mentions in them
#   OUT/.work/refine-G.done    when the files of batch G (G: the last hex
#                              digit of their KEYs, or two or four of them, see
#                              NBATCH) were last segmented knowing the
#                              site's lines, and their entities extracted
#   OUT/*.csv                  the four tables, from all the above, by
#                              pipelines/analyze -S ... -E ...
#
# A file is processed again only when it came or changed since its
# batch's last run (it is in a pending list), or a tool or option it depends on changed (and segmented
# again when the site's lines changed; its entities are then extracted
# again only if its stream changed); the files of a bucket are segmented
# a first time together by pipelines/analyze --site (one segment run for
# all the bucket's files, whenever one changed: it is cheap), and those of
# a batch again by --refine (one segment, one extract-entities run for
# those that changed).  The
# corpus-wide steps (the site's lines, boilerplate across documents,
# near-duplicate articles, the entity summary) run again when any batch
# ran, a file came or went, or an option changed.  Every result is written to a temporary file and
# renamed when complete.

# A word for the shell: $(call quote,TEXT) is 'TEXT', its quotes escaped.
quote     = '$(subst ','\'',$(1))'

ifneq ($(notdir $(firstword $(MAKEFILE_LIST))),analyze.mk)
# Read by the top Makefile.  IN and OUT are passed on as they were given
# ($(value ...): a $ in them is not make's).
IN  ?= fixtures/articles
OUT ?= out
analyze: deps
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory -f mk/analyze.mk \
	    IN=$(call quote,$(value IN)) OUT=$(call quote,$(value OUT)) tables

else
# On its own: make -f mk/analyze.mk [IN=...] [OUT=...] [BIN=...] tables
# (No built-in rules: none is needed, and looking through them for every
# key's files cost milliseconds.)
MAKEFLAGS += --no-builtin-rules
.SUFFIXES:
IN       ?= fixtures/articles
OUT      ?= out
BIN      ?= bin
MIN_DOCS ?= 5
# The names as given: a $ in them is not make's.
override IN    := $(value IN)
override OUT   := $(value OUT)
override RULES := $(value RULES)

# OUT names make's targets, where these characters cannot stand (nor a
# space, a TAB or a line feed); in the shell it is always quoted.  A
# leading dash or tilde is kept from the commands and from make by ./
# (which make leaves out of its targets' names: $@ is no path to give a
# command, and the rules match OUT's files by pattern).
HASH     := \#
OUT_BAD  := : ; $(HASH) % $$ \ * ? [ = |
ifneq ($(words $(OUT))$(strip $(foreach c,$(OUT_BAD),$(findstring $(c),$(OUT)))),1)
$(error analyze: OUT='$(OUT)': make cannot name files under a folder whose name holds a space, a TAB or one of $(OUT_BAD); choose another OUT)
endif
override OUT := $(if $(filter -% ~%,$(OUT)),./)$(OUT)

# A watch list that cannot be read stops the run before it starts.
ifneq ($(RULES),)
RULES_BAD := $(shell f=$(call quote,$(RULES)); \
	if [ -d "$$f" ]; then echo 'a folder, not a file'; \
	elif [ ! -e "$$f" ]; then echo 'no such file'; \
	elif [ ! -r "$$f" ]; then echo 'not readable'; fi)
ifneq ($(RULES_BAD),)
$(error analyze: RULES=$(RULES): $(RULES_BAD))
endif
endif

W        := $(OUT)/.work
QW       := $(call quote,$(W))
TOOLDIR  := $(abspath $(BIN))
SEARCH   := $(TOOLDIR):$(CURDIR)/pipelines:$(PATH)
export PATH := $(SEARCH)

.DEFAULT_GOAL := tables
.DELETE_ON_ERROR:
.PHONY: tables

HEX     := 0 1 2 3 4 5 6 7 8 9 a b c d e f
# The keys fall in 16 buckets by their last hex digit (B_0 ... B_f, see
# pipelines/analyze --manifest); a batch is one bucket (NBATCH=16), two
# (NBATCH=8: 0 and 8, 1 and 9 ...) or four (NBATCH=4: 0, 4, 8 and c ...).
# A batch has a fixed cost whatever its size (the tools' start, some 20
# programs of the shell around them, about 0.2 s of CPU; a process costs
# 3 to 7 ms on the 2-core benchmark VM), so the default is as few
# batches as keep every core busy, and never fewer than 4, so that the
# progress line moves: 4 up to 4 cores, 8 up to 8, 16 above.  On 2
# cores, 4 batches took make -j2 analyze of the 1916 pages 1.9 s less
# CPU than 8 (13.4 against 15.4 s, medians of three, the same tables).
CORES   := $(or $(shell nproc),2)
NBATCH  ?= $(if $(filter 1 2 3 4,$(CORES)),4,$(if $(filter 5 6 7 8,$(CORES)),8,16))
ifeq ($(NBATCH),16)
GROUPS  := $(HEX)
else ifeq ($(NBATCH),8)
GROUPS  := 0-8 1-9 2-a 3-b 4-c 5-d 6-e 7-f
else ifeq ($(NBATCH),4)
GROUPS  := 0-4-8-c 1-5-9-d 2-6-a-e 3-7-b-f
else
$(error analyze: NBATCH='$(NBATCH)': 4, 8 or 16)
endif
# An article CSV of more than CSV_PART bytes is cut into parts of at
# least that size, at most NBATCH, each processed as a file in its own
# batch (segment --part): one big CSV, the scrapers' output, uses every
# core.  (A part costs some milliseconds: 256 KiB of articles take about
# 0.1 s of CPU.)  CSV_PART=0 never cuts.
CSV_PART ?= 262144
digits   = $(subst 0,,$(subst 1,,$(subst 2,,$(subst 3,,$(subst 4,,$(subst 5,,$(subst 6,,$(subst 7,,$(subst 8,,$(subst 9,,$(1)))))))))))
ifneq ($(words $(CSV_PART))$(call digits,$(CSV_PART)),1)
$(error analyze: CSV_PART='$(CSV_PART)': a number of bytes (0: never cut a CSV))
endif

# The manifest (see pipelines/analyze --manifest), then the keys.  It
# takes OUT/.work/lock for this make ($$PPID in $(shell)), so that a
# second make analyze in OUT is refused while this one runs; the last
# step removes it.  Its error, if any, is make's.
MANIFEST_ERR := $(shell if ! err=$$(PATH=$(call quote,$(SEARCH)) analyze --manifest $(QW) \
	--lock "$$PPID" --parts $(call quote,$(NBATCH)) $(call quote,$(CSV_PART)) -- $(call quote,$(IN)) 2>&1 >/dev/null); then \
	echo "$${err:-analyze: no article files listed}"; \
	elif [ -n "$$err" ]; then printf '%s\n' "$$err" >&2; fi)
ifneq ($(MANIFEST_ERR),)
$(error $(MANIFEST_ERR))
endif
include $(W)/inputs.mk

# Options stamps: a file rewritten only when the options change, so that
# changing them re-runs what depends on them.  (Compared by the shell's
# read: not a cmp and an rm for each of the three stamps.  The options
# are one line.)  One shell makes the three and marks the start of the
# progress line (see progress below): a $(shell) is a process, and a run
# with nothing new is mostly processes.
stamp = stamp $(call quote,$(1)) $(call quote,$(2));
# (extract-entities reads RULES where it is, so that its errors name the
# file; a change in it is seen in its checksum.)
RULES_SUM := $(if $(RULES),$(shell cksum <$(call quote,$(RULES)) || echo unreadable))
SETUP := $(shell stamp() { old=; { IFS= read -r old <"$$1"; } 2>/dev/null; \
	[ "$$old" = "$$2" ] || { printf '%s\n' "$$2" >"$$1.new" && mv -f "$$1.new" "$$1"; }; }; \
	$(call stamp,$(W)/extract.options,DATE=$(DATE) RULES=$(RULES) $(RULES_SUM)) \
	$(call stamp,$(W)/tables.options,DATE=$(DATE) EXCEL=$(EXCEL) ALL=$(ALL) MIN_DOCS=$(MIN_DOCS)) \
	$(call stamp,$(W)/site.options,MIN_DOCS=$(MIN_DOCS)) \
	[ ! -t 2 ] || { date +%s.%N >$(QW)/started; : >$(QW)/done; })

TABLES  := $(addprefix $(OUT)/,articles.csv sentences.csv entities.csv entity-summary.csv)
$(foreach g,$(GROUPS),$(eval G_$(g) := $(foreach h,$(subst -, ,$(g)),$(B_$(h)))))
REFINES := $(foreach g,$(GROUPS),$(if $(strip $(G_$(g))),$(W)/refine-$(g).done))
# The stamps of the buckets of batch G (see analyze --manifest).
bucket_stamps = $(foreach h,$(subst -, ,$(1)),$(W)/in/bucket-$(h).stamp)

tables: $(TABLES)
	@rm -f $(QW)/lock
# Every result is renamed into place when complete: an interrupted run
# must not delete the ones already there (make would, as they changed).
.PRECIOUS: $(TABLES) $(REFINES)

# First, corpus-wide, the site's lines: furniture.txt, rewritten only
# when it changes, so that only then every file is segmented again.  They
# come from a first segmentation of every file, kept in one stream a
# bucket (first-X.seg.tsv): the buckets whose files came, changed or went
# (their stamps newer), or all when segment changed, are segmented again,
# two at a time, in this one step (cheap: 0.3 s of CPU for the 1,098
# pages; a make job a batch cost more in shells and waiting than the
# segmenting).  The path of a file is read from the state file, so it may
# hold spaces.
ALL_STAMPS := $(foreach h,$(HEX),$(W)/in/bucket-$(h).stamp)
$(W)/furniture.txt: $(W)/furniture.done ;
$(W)/furniture.done: $(ALL_STAMPS) $(TOOLDIR)/segment $(W)/inputs.mk $(W)/site.options \
		pipelines/sentences pipelines/lib/common.sh
	@analyze --site $(QW) "$(if $(filter %/segment,$?),$(HEX),$(patsubst bucket-%.stamp,%,$(notdir $(filter %.stamp,$?))))" \
	    --min-docs $(call quote,$(MIN_DOCS)) && \
	touch -- $(call quote,$@)

# Then, per batch (see NBATCH above), so that -j N has work for N cores
# and a tool starts once per batch, not once per file: its files
# segmented knowing the site's lines (those pending since its last run,
# or all when the site's lines or segment changed), and the entities of
# those whose stream changed (or of all, when extract-entities, DATE or
# RULES changed).
EXTRACT_DEPS := $(TOOLDIR)/extract-entities $(W)/extract.options
define REFINE_RULE
$$(W)/refine-$(1).done: $$(call bucket_stamps,$(1)) $$(W)/furniture.txt $$(TOOLDIR)/segment $$(EXTRACT_DEPS)
	@analyze --refine $$(QW) "$$(subst -, ,$(1))" \
	    "$$(if $$(filter %/extract-entities %/extract.options,$$?),all)" \
	    $$(if $$(filter %/segment %/furniture.txt,$$?),,--newer $$(call quote,$$@)) \
	    $$(if $$(DATE),-d $$(call quote,$$(DATE))) $$(if $$(RULES),-r $$(call quote,$$(RULES))) \
	    >$$(call quote,$$(W)/refined-$(1)) && \
	touch -- $$(call quote,$$@) && \
	$$(call progress,$$(call quote,$$(W)/refined-$(1)))
endef
$(foreach g,$(GROUPS),$(if $(strip $(G_$(g))),$(eval $(call REFINE_RULE,$(g)))))

# Corpus-wide: the four tables at once (a grouped target).
$(TABLES) &: $(REFINES) $(W)/sent.list $(W)/ent.list $(W)/tables.options \
		$(addprefix pipelines/,analyze sentences entities entity-summary articles lib/common.sh)
	@analyze -o $(call quote,$(OUT)) $(if $(EXCEL),--excel) $(if $(ALL),--all) \
	    --min-docs $(call quote,$(MIN_DOCS)) $(if $(DATE),-d $(call quote,$(DATE))) \
	    -S $(call quote,$(W)/sent.list) -E $(call quote,$(W)/ent.list) && \
	{ [ ! -t 2 ] || printf '\nanalyze: tables in %s/\n' $(call quote,$(OUT)) >&2; }

# Progress, only when stderr is a terminal: files done in this run (the
# keys in the file $(1), which analyze --refine printed; a part of a CSV
# counts as its share of the file), of all the inputs, and MB/s of
# article text since the run began (SETUP above wrote when, and emptied
# the list of what is done: a line a key, the number of parts of its
# file and its bytes, from the state's size).
progress = { [ ! -t 2 ] || { \
	awk 'BEGIN { FS = "\t" } FILENAME == ARGV[1] { want[$$1]; next } \
	     $$1 in want { n = 1; if (match($$1, /of[0-9]+\.csv$$/)) n = substr($$1, RSTART + 2) + 0; \
	                 size = $$3; sub(/.* /, "", size); print n, size / n }' $(1) $(QW)/state >>$(QW)/done; \
	awk -v all=$(FILES) -v began=$$(cat $(QW)/started) -v now=$$(date +%s.%N) \
	'{ n += 1 / $$1; b += $$2 } END { s = now - began; if (s <= 0) s = 0.001; \
	   printf "\ranalyze: %d files done (of %d), %.1f MB/s ", n + 1e-9, all, b / 1e6 / s }' \
	$(QW)/done >&2; }; }
endif
