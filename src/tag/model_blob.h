/*
 * model_blob.h - the tag model compiled into the binary: tool.mk assembles
 * data/tag/model.bin into build/tag/model_blob.o with .incbin.  A tool that
 * wants the same model links that object (see tagger.h).
 */
#ifndef QUARRY_MODEL_BLOB_H
#define QUARRY_MODEL_BLOB_H

extern const unsigned char tag_model_data[];
extern const unsigned char tag_model_end[];

#endif
