// bench/wink/run.js - the reference for bench/run: wink-nlp's full
// pipeline (sentence boundaries, tokens, POS, named entities) over the same
// articles quarry's `make analyze` reads.  A benchmark baseline only; it is
// no part of quarry.
//
//   node run.js FILE...       each .txt file is one article; a .csv file
//                             holds articles in its text column
//   node run.js --pos FILE... tokens and part-of-speech tags only (the
//                             reference for `tag`, bench/run tag): one
//                             line per token, doc TAB tag
//
// Writes one line per sentence and one per entity (doc, kind, text) to
// standard output, so the work cannot be skipped, and a summary on stderr.
'use strict';
const fs = require('fs');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const posOnly = process.argv[2] === '--pos';
// The default pipeline: sbd, negation, sentiment, pos, ner, cer; or the
// tokenizer and the tagger alone.
const nlp = posOnly ? winkNLP(model, ['pos']) : winkNLP(model);
const its = nlp.its;

// RFC 4180 records of a CSV text (quoted fields may hold commas and LF).
function csvRecords(text) {
  const rows = [];
  let row = [], field = '', i = 0, quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = ''; i++; continue;
    }
    field += c; i++;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

function articles(path) {
  const text = fs.readFileSync(path, 'utf8');
  if (!/\.csv$/i.test(path)) return [[path, text]];
  const rows = csvRecords(text);
  const head = rows.shift().map((h) => h.toLowerCase());
  const t = head.indexOf('text');
  const id = head.indexOf('url') >= 0 ? head.indexOf('url') : head.indexOf('id');
  return rows.filter((r) => r.length > t).map((r) => [r[id] || path, r[t]]);
}

const out = [];
let docs = 0, sentences = 0, tokens = 0, entities = 0, bytes = 0;
for (const path of process.argv.slice(posOnly ? 3 : 2)) {
  for (const [doc, text] of articles(path)) {
    docs++;
    bytes += Buffer.byteLength(text);
    const d = nlp.readDoc(text);
    if (posOnly) {
      const tags = d.tokens().out(its.pos);
      tokens += tags.length;
      if (tags.length) out.push(doc + '\t' + tags.join('\n' + doc + '\t'));
      if (out.length > 1000) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
      continue;
    }
    d.sentences().each((s) => { sentences++; out.push(doc + '\tsentence\t' + s.out()); });
    tokens += d.tokens().length();
    d.tokens().out(its.pos);
    d.entities().each((e) => {
      entities++;
      out.push(doc + '\t' + e.out(its.type) + '\t' + e.out());
    });
    if (out.length > 10000) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
  }
}
process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
process.stderr.write(`wink: ${docs} documents, ${bytes} bytes, ${sentences} sentences, ` +
  `${tokens} tokens, ${entities} entities\n`);
