# extract-entities: the rule file of data/entities/ is compiled into the
# binary, and the word lists too, as the lexicon's image (below), so
# nothing is read at run time (embedded.h).
EE_DATA = data/entities/patterns.rules

$(BUILD)/extract-entities/embedded.c: $(EE_DATA) src/extract-entities/embed.sh
	@mkdir -p $(@D)
	sh src/extract-entities/embed.sh $(EE_DATA) >$@.tmp && mv $@.tmp $@

$(BUILD)/extract-entities/embedded.o: $(BUILD)/extract-entities/embedded.c
	$(CC) $(CPPFLAGS) -Isrc/extract-entities $(CFLAGS) -c -o $@ $<

$(BIN)/extract-entities: $(BUILD)/extract-entities/embedded.o

# The word lists are hashed at build time into the lexicon's image
# (lexicon.h), which the binary embeds with .incbin and uses in place:
# building the tables at every start was most of a run's start-up.
# mklexicon runs on the build machine, whose byte order and struct layout
# the image has (lexicon_image checks its sizes); the same lists give
# the same bytes.
EE_LEX_DATA = data/entities/names.tsv data/entities/gazetteer.tsv \
              data/entities/common-words.txt

# mklexicon is a tool of the build, made from the sources with plain
# flags: not OPT, which instruments the fuzz build (its allocation shim
# would not link here) and the sanitizer build.
EE_MKLEX_SRC = src/extract-entities/gen/mklexicon.c src/extract-entities/lexicon.c \
               src/extract-entities/mention.c $(wildcard src/lib/*.c)

$(BUILD)/extract-entities/mklexicon: $(EE_MKLEX_SRC) $(wildcard src/lib/*.h) \
    src/extract-entities/lexicon.h src/extract-entities/mention.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) -std=c11 -O2 -o $@ $(EE_MKLEX_SRC) $(LDLIBS)

$(BUILD)/extract-entities/lexicon.img: $(BUILD)/extract-entities/mklexicon $(EE_LEX_DATA)
	$(BUILD)/extract-entities/mklexicon $@.tmp $(EE_LEX_DATA) && mv $@.tmp $@

$(BUILD)/extract-entities/lexicon_blob.S: src/extract-entities/tool.mk
	@mkdir -p $(@D)
	printf '%s\n' '	.section .rodata' '	.balign 64' \
	    '	.globl ee_lexicon' '	.globl ee_lexicon_end' \
	    'ee_lexicon:' '	.incbin "$(BUILD)/extract-entities/lexicon.img"' \
	    'ee_lexicon_end:' \
	    '	.section .note.GNU-stack,"",@progbits' > $@

$(BUILD)/extract-entities/lexicon_blob.o: $(BUILD)/extract-entities/lexicon_blob.S $(BUILD)/extract-entities/lexicon.img
	$(CC) -c -o $@ $<

$(BIN)/extract-entities: $(BUILD)/extract-entities/lexicon_blob.o

# The gazetteers are generated from Debian's iso-codes and wordnet-base
# (apt-get install iso-codes wordnet-base) and committed; this remakes them.
gazetteers:
	sh data/entities/make-gazetteers.sh data/entities

.PHONY: gazetteers

# The name model (data/entities/ner.bin) is embedded with the assembler's
# .incbin, as tag's is.  `make ner-model` retrains it from the NER data in
# ../shared with a trainer linked without a model (the same bytes every
# time): UNER EWT train (draft) and dev, and WikiGold split by article:
# every 5th is held out for testing (build/extract-entities/
# wikigold-test.conll), the rest trains.  UNER EWT test is never trained on.
EE_MODEL  = data/entities/ner.bin
EE_NER   ?= ../shared/data/ner
EE_EPOCHS ?= 5
EE_CORE   = $(patsubst src/%.c,$(BUILD)/%.o,$(filter-out src/extract-entities/main.c,$(wildcard src/extract-entities/*.c)))

$(BUILD)/extract-entities/model_blob.S: src/extract-entities/tool.mk
	@mkdir -p $(@D)
	printf '%s\n' '	.section .rodata' '	.balign 16' \
	    '	.globl ee_ner_model' '	.globl ee_ner_model_end' \
	    'ee_ner_model:' '	.incbin "$(EE_MODEL)"' 'ee_ner_model_end:' \
	    '	.section .note.GNU-stack,"",@progbits' > $@

$(BUILD)/extract-entities/model_none.S: src/extract-entities/tool.mk
	@mkdir -p $(@D)
	printf '%s\n' '	.section .rodata' '	.balign 16' \
	    '	.globl ee_ner_model' '	.globl ee_ner_model_end' \
	    'ee_ner_model:' 'ee_ner_model_end:' \
	    '	.section .note.GNU-stack,"",@progbits' > $@

$(BUILD)/extract-entities/model_blob.o: $(BUILD)/extract-entities/model_blob.S $(EE_MODEL)
	$(CC) -c -o $@ $<

$(BUILD)/extract-entities/model_none.o: $(BUILD)/extract-entities/model_none.S
	$(CC) -c -o $@ $<

$(BIN)/extract-entities: $(BUILD)/extract-entities/model_blob.o

$(BUILD)/extract-entities/ner-trainer: $(BUILD)/extract-entities/main.o $(EE_CORE) $(BUILD)/extract-entities/embedded.o $(BUILD)/extract-entities/lexicon_blob.o $(BUILD)/extract-entities/model_none.o $(LIBA)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(filter %.o %.a,$^) $(LDLIBS)

# WikiGold articles (-DOCSTART-) 0, 5, 10... are held out; the rest,
# news-like text unlike UNER's web forums, counts three times in training.
EE_WG = $(BUILD)/extract-entities/wikigold-train.conll
$(BUILD)/extract-entities/wikigold-train.conll $(BUILD)/extract-entities/wikigold-test.conll: $(EE_NER)/wikigold/wikigold.conll.txt
	@mkdir -p $(@D)
	awk -v tr=$(BUILD)/extract-entities/wikigold-train.conll \
	    -v te=$(BUILD)/extract-entities/wikigold-test.conll \
	    '/^-DOCSTART-/ { n++ } { print > ((n - 1) % 5 == 0 ? te : tr) }' $<

# The Wikinews train and dev sets of fixtures/ner (news, which the other
# data is not) count three times too, in tag's tokens; the test set is
# held out.
EE_WN = $(BUILD)/extract-entities/wikinews-train.iob2 $(BUILD)/extract-entities/wikinews-dev.iob2
$(BUILD)/extract-entities/wikinews-%.iob2: fixtures/ner/wikinews-%.tsv fixtures/ner/wikinews-%.gold data/entities/spans2iob.awk $(BIN)/tag
	@mkdir -p $(@D)
	$(BIN)/tag fixtures/ner/wikinews-$*.tsv >$@.tok
	awk -f data/entities/spans2iob.awk fixtures/ner/wikinews-$*.gold $@.tok >$@.tmp
	mv $@.tmp $@
	rm -f $@.tok

ner-model: $(BUILD)/extract-entities/ner-trainer $(BUILD)/extract-entities/wikigold-train.conll $(EE_WN)
	@test -f $(EE_NER)/uner-english-ewt/en_ewt-ud-dev.iob2 || \
	    { echo "make ner-model: $(EE_NER) is absent" >&2; exit 1; }
	$(BUILD)/extract-entities/ner-trainer --train --epochs $(EE_EPOCHS) \
	    -o $(EE_MODEL) \
	    $(EE_NER)/uner-english-ewt/DRAFT-2022-12-02-DO-NOT-USE_en_ewt-ud-train.iob2 \
	    $(EE_NER)/uner-english-ewt/en_ewt-ud-dev.iob2 \
	    $(EE_WG) $(EE_WG) $(EE_WG) $(EE_WN) $(EE_WN) $(EE_WN)

# Names P/R/F1 on the held-out WikiGold articles, UNER EWT test and the
# Wikinews sets of fixtures/ner, with names from both sources
# (EE_NAMES=model or rules for the others).
EE_NAMES ?= both
eval-ner: $(BIN)/extract-entities $(BUILD)/extract-entities/wikigold-test.conll
	@echo "WikiGold held out (every 5th article), --names $(EE_NAMES):"
	@sh data/entities/evaluate.sh -b $(BIN)/extract-entities -n $(EE_NAMES) $(BUILD)/extract-entities/wikigold-test.conll
	@echo "UNER EWT test, --names $(EE_NAMES):"
	@sh data/entities/evaluate.sh -b $(BIN)/extract-entities -n $(EE_NAMES) $(EE_NER)/uner-english-ewt/en_ewt-ud-test.iob2
	@for set in dev test; do \
	    echo "Wikinews $$set (fixtures/ner, news annotated for quarry), --names $(EE_NAMES):"; \
	    sh data/entities/evaluate.sh -b $(BIN)/extract-entities -n $(EE_NAMES) \
	        -s fixtures/ner/wikinews-$$set.tsv fixtures/ner/wikinews-$$set.gold; \
	done
	@for set in dev test; do \
	    echo "Wikinews $$set, dates and their ISO values:"; \
	    sh data/entities/evaluate-dates.sh -b $(BIN)/extract-entities \
	        fixtures/ner/wikinews-$$set.tsv fixtures/ner/wikinews-$$set.dates; \
	done

.PHONY: ner-model eval-ner
