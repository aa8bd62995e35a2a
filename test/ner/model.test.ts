// The training machinery end to end on a few sentences written here: align, train, save, load.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { segment } from '../../src/segment/index.js';
import { Featurizer, Vocab } from '../../src/ner/features.js';
import { makeGazetteer } from '../../src/ner/gazetteer.js';
import { readModel, saveModel } from '../../src/ner/model.js';
import { allowed, History, LABELS, makeLabel, Trainer, transitionTable, viterbi, emitDense } from '../../src/ner/perceptron.js';
import { denseRows, featurize, labelDoc, prepare, toSeq } from '../../src/ner/tagger.js';

test('BILOU constraints', () => {
  const B_PER = makeLabel(0, 0), I_PER = makeLabel(0, 1), L_PER = makeLabel(0, 2), U_LOC = makeLabel(1, 3), L_LOC = makeLabel(1, 2);
  assert.equal(LABELS[B_PER], 'B-PER');
  assert.ok(allowed(-1, B_PER, false));
  assert.ok(!allowed(-1, B_PER, true), 'an entity cannot open on the last token');
  assert.ok(allowed(B_PER, I_PER, false) && allowed(B_PER, L_PER, true));
  assert.ok(!allowed(B_PER, L_LOC, false), 'an entity keeps its type');
  assert.ok(!allowed(B_PER, U_LOC, false) && !allowed(B_PER, 0, false), 'an open entity must close');
  assert.ok(!allowed(0, I_PER, false));
});

test('a model trained on a few sentences learns them and survives a save and load', () => {
  const text = 'Anna Berg met Tomas Lind in Oslo.\nThe Oslo council hired Anna Berg.\nTomas Lind left Oslo on Monday.';
  // gold: person = 1, place = 2, by word
  const gold: Record<string, number> = { Anna: 1, Berg: 1, Tomas: 1, Lind: 1, Oslo: 2 };
  const doc = prepare(segment(text));
  const vocab = new Vocab();
  const fz = new Featurizer(vocab, makeGazetteer({ oslo: 2 }));
  const hist = new History(vocab);
  const feats = featurize(fz, doc);
  const rowOf = new Map<number, number>();
  for (const k of [...hist.h1, ...hist.h1s]) rowOf.set(k, rowOf.size);
  for (const f of feats) for (const ks of f.keys) for (const k of ks) if (!rowOf.has(k)) rowOf.set(k, rowOf.size);
  const tr = hist.rows(rowOf);
  const seqs = feats.map((f) => toSeq(f, rowOf));
  const labels = doc.sents.map((s) => Int8Array.from(s.map((t, i) => {
    const ty = gold[t.text] ?? 0;
    if (!ty) return 0;
    const prev = i > 0 && gold[s[i - 1]!.text] === ty && ty === 1, next = i + 1 < s.length && gold[s[i + 1]!.text] === ty && ty === 1;
    return makeLabel(ty - 1, prev ? (next ? 1 : 2) : (next ? 0 : 3));
  })));
  const trainer = new Trainer(rowOf.size, tr);
  for (let e = 0; e < 20; e++) seqs.forEach((s, i) => trainer.trainSentence(s, labels[i]!));
  const w = trainer.averaged();
  const trans = transitionTable(w, tr);
  const learnt = seqs.map((s) => [...viterbi(emitDense(w, s), trans, s)]);
  // every name it was shown is labelled as shown
  labels.forEach((ls, i) => ls.forEach((l, j) => { if (l) assert.equal(learnt[i]![j], l, `sentence ${i} token ${j}`); }));

  const dir = mkdtempSync(join(tmpdir(), 'ner-test-'));
  try {
    const file = join(dir, 'm.bin.gz');
    saveModel(file, vocab, { oslo: 2 }, rowOf, [w], 0, {});
    const loaded = readModel(file);
    assert.equal(loaded.stage2, null);
    assert.equal(loaded.rowOf.length > 0, true);
    const again = labelDoc(loaded, prepare(segment(text)));
    assert.deepEqual(again.map((l) => [...l]), learnt);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.deepEqual([...denseRows([3, 1], 5)], [-1, 1, -1, 0, -1]);
});
