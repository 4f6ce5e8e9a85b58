# extract-entities: the rule file and the word lists of data/entities/
# are compiled into the binary, so nothing is read at run time.
EE_DATA = data/entities/patterns.rules data/entities/names.tsv \
          data/entities/gazetteer.tsv data/entities/common-words.txt

$(BUILD)/extract-entities/embedded.c: $(EE_DATA) src/extract-entities/embed.sh
	@mkdir -p $(@D)
	sh src/extract-entities/embed.sh $(EE_DATA) >$@.tmp && mv $@.tmp $@

$(BUILD)/extract-entities/embedded.o: $(BUILD)/extract-entities/embedded.c
	$(CC) $(CPPFLAGS) -Isrc/extract-entities $(CFLAGS) -c -o $@ $<

$(BIN)/extract-entities: $(BUILD)/extract-entities/embedded.o

# The gazetteers are generated from Debian's iso-codes and wordnet-base
# (apt-get install iso-codes wordnet-base) and committed; this remakes them.
gazetteers:
	sh data/entities/make-gazetteers.sh data/entities

.PHONY: gazetteers
