/*
 * train.h - training a tag model (tagger.h) from CoNLL-U: an averaged
 * perceptron, a tag dictionary and lemma rules, all deterministic (a fixed
 * shuffle seed), so the same files give the same model bytes.
 */
#ifndef QUARRY_TRAIN_H
#define QUARRY_TRAIN_H

struct train_opts {
	const char	*train;		/* CoNLL-U with gold UPOS, XPOS, LEMMA */
	const char	*dev;		/* optional: accuracy after each epoch */
	const char	*out;		/* model file, written atomically */
	int		 epochs;
};

/* Trains and writes the model; progress on stderr.  Errors are fatal. */
void tag_train(const struct train_opts *o);

#endif
