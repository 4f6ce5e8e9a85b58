# segment: the English words that join a word broken at a line end again
# (rejoin.c): WordNet's lower-case words and forms, the list
# extract-entities has too, and the words of the gazetteer's names in
# lower case ("wilson", "german": "Wil/son" is broken as often as
# "fol/lowing"; not "st" of "St Louis", an abbreviation, which would
# keep "in st" and "st one" apart).  The binary embeds the list with the
# assembler's .incbin, as tag embeds its model, and main.c hands it to
# the core (its unit tests and fuzzers give their own, or none).
SEGMENT_WORD_SOURCES = data/entities/common-words.txt data/entities/gazetteer.tsv

$(BUILD)/segment/words.txt: $(SEGMENT_WORD_SOURCES) src/segment/tool.mk
	@mkdir -p $(@D)
	{ grep -v '^#' data/entities/common-words.txt; \
	  grep -v '^#' data/entities/gazetteer.tsv | cut -f 1 | tr ' ' '\n' | \
	    grep -E '^[A-Z][a-z]+$$' | grep -vx St | tr 'A-Z' 'a-z'; } | \
	    LC_ALL=C sort -u >$@.tmp && mv $@.tmp $@

$(BUILD)/segment/words_blob.S: src/segment/tool.mk
	@mkdir -p $(@D)
	printf '%s\n' '	.section .rodata' \
	    '	.globl segment_words' '	.globl segment_words_end' \
	    'segment_words:' '	.incbin "$(BUILD)/segment/words.txt"' 'segment_words_end:' \
	    '	.section .note.GNU-stack,"",@progbits' > $@

$(BUILD)/segment/words_blob.o: $(BUILD)/segment/words_blob.S $(BUILD)/segment/words.txt
	$(CC) -c -o $@ $<

$(BIN)/segment: $(BUILD)/segment/words_blob.o
