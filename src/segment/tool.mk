# segment: the English words that join a word broken at a line end again
# (rejoin.c) are WordNet's, the list extract-entities has too; the
# binary embeds it with the assembler's .incbin, as tag embeds its model,
# and main.c hands it to the core (its unit tests and fuzzers give their
# own, or none).
SEGMENT_WORDS = data/entities/common-words.txt

$(BUILD)/segment/words_blob.S: src/segment/tool.mk
	@mkdir -p $(@D)
	printf '%s\n' '	.section .rodata' \
	    '	.globl segment_words' '	.globl segment_words_end' \
	    'segment_words:' '	.incbin "$(SEGMENT_WORDS)"' 'segment_words_end:' \
	    '	.section .note.GNU-stack,"",@progbits' > $@

$(BUILD)/segment/words_blob.o: $(BUILD)/segment/words_blob.S $(SEGMENT_WORDS)
	$(CC) -c -o $@ $<

$(BIN)/segment: $(BUILD)/segment/words_blob.o
