# tag: the model compiled into the binary, training and evaluation.
#
#   make model      retrains data/tag/model.bin from UD English EWT in
#                   ../shared (deterministic: the same bytes every time)
#   make eval-tag   UPOS/XPOS/lemma accuracy on EWT dev and test
#
# The model is embedded with the assembler's .incbin, so building needs no
# generated C array and no ../shared.  The trainer is tag itself
# (tag --train), linked with an empty model so that retraining does not
# depend on the model it replaces.

TAG_MODEL  = data/tag/model.bin
TAG_EWT   ?= ../shared/data/ud-english-ewt
TAG_EPOCHS ?= 8
# (the Makefile defines tool_core after including this file)
TAG_CORE   = $(patsubst src/%.c,$(BUILD)/%.o,$(filter-out src/tag/main.c,$(wildcard src/tag/*.c)))

$(BUILD)/tag/model_blob.S: src/tag/tool.mk
	@mkdir -p $(@D)
	printf '%s\n' '	.section .rodata' '	.balign 16' \
	    '	.globl tag_model_data' '	.globl tag_model_end' \
	    'tag_model_data:' '	.incbin "$(TAG_MODEL)"' 'tag_model_end:' \
	    '	.section .note.GNU-stack,"",@progbits' > $@

$(BUILD)/tag/model_none.S: src/tag/tool.mk
	@mkdir -p $(@D)
	printf '%s\n' '	.section .rodata' '	.balign 16' \
	    '	.globl tag_model_data' '	.globl tag_model_end' \
	    'tag_model_data:' 'tag_model_end:' \
	    '	.section .note.GNU-stack,"",@progbits' > $@

$(BUILD)/tag/model_blob.o: $(BUILD)/tag/model_blob.S $(TAG_MODEL)
	$(CC) -c -o $@ $<

$(BUILD)/tag/model_none.o: $(BUILD)/tag/model_none.S
	$(CC) -c -o $@ $<

$(BIN)/tag: $(BUILD)/tag/model_blob.o

$(BUILD)/tag/tag-trainer: $(BUILD)/tag/main.o $(TAG_CORE) $(BUILD)/tag/model_none.o $(LIBA)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(filter %.o %.a,$^) $(LDLIBS)

model: $(BUILD)/tag/tag-trainer
	@test -f $(TAG_EWT)/en_ewt-ud-train.conllu || \
	    { echo "make model: $(TAG_EWT) is absent" >&2; exit 1; }
	$(BUILD)/tag/tag-trainer --train $(TAG_EWT)/en_ewt-ud-train.conllu \
	    --dev $(TAG_EWT)/en_ewt-ud-dev.conllu --epochs $(TAG_EPOCHS) \
	    -o $(TAG_MODEL)

eval-tag: $(BIN)/tag
	@sh src/tag/eval.sh $(BIN)/tag $(TAG_EWT)

.PHONY: model eval-tag
