// The compromise copies the pipeline loads: each is the package itself, in a world of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { freshCompromise } from '../../src/nlp/index.js';

const required = createRequire(import.meta.url)('compromise') as ReturnType<typeof freshCompromise>;
const tagsOf = (doc: unknown): string[] =>
  (doc as { document: Array<Array<{ text: string; tags: Set<string> }>> }).document.flat().map((t) => `${t.text}/${[...t.tags].sort().join(',')}`);

test('a fresh copy tags exactly as the package loaded by require does', () => {
  const fresh = freshCompromise();
  for (const s of ['Officials in Kherson said on Tuesday that the bridge would reopen.', "She'd told Reuters the deal was off, Mr. Okoro added."]) {
    assert.deepEqual(tagsOf(fresh(s)), tagsOf(required(s)), s);
  }
});

test("a plugin added to one copy is not seen by another copy's world", () => {
  const a = freshCompromise();
  const b = freshCompromise();
  a.plugin({ words: { zorblat: 'Organization' } });
  assert.ok(tagsOf(a('zorblat')).join().includes('Organization'));
  assert.ok(!tagsOf(b('zorblat')).join().includes('Organization'));
});
