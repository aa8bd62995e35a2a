// Raw compromise on the same texts, in a process of its own (no plugin of ours loaded): the baseline
// every speed figure is compared with. Prints one JSON line: {tokens, ms, warmMs}.
import fs from 'node:fs';
import nlp from 'compromise';

const files = fs.readFileSync(process.argv[2]!, 'utf8').split('\n').filter(Boolean);
let tokens = 0;
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
const w0 = performance.now();
for (const t of texts.slice(0, 20)) nlp(t).people(); // warm-up, as a long run would be
const t0 = performance.now();
for (const text of texts) {
  const doc = nlp(text);
  doc.people();
  doc.places();
  doc.organizations();
  tokens += doc.wordCount();
}
// warmMs: the warm-up, which a whole-process comparison leaves out of the raw side's time
process.stdout.write(`${JSON.stringify({ tokens, ms: performance.now() - t0, warmMs: t0 - w0 })}\n`);
