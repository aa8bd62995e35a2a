// The output promises clean names whatever finder produced them: no surrounding spaces or punctuation,
// no possessive 's, no leading article. A mention that cleans to nothing is dropped.
import type { FoundMention } from '../types.js';

// Abbreviations whose full stop belongs to the name ("Acme Inc.", "Martin Luther King Jr.").
const KEEPS_DOT = /(?:^|\s)(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Bros|Mt|Ft)\.$|(?:^|\s|\.)\p{Lu}\.$/u;
const EDGE_OPEN = /^[\s"'“”‘’«»()[\]{},;:!?*•·–—-]+/u;
const EDGE_CLOSE = /[\s"'“”‘’«»()[\]{},;:!?*•·–—-]+$/u;
const POSSESSIVE = /['’]s?$/u;
const ARTICLE = /^(?:the|The|THE)\s+/u;

export function cleanMention(m: FoundMention, text: string): FoundMention | null {
  let { start, end } = m;
  for (let changed = true; changed && end > start; ) {
    changed = false;
    const s = text.slice(start, end);
    const open = EDGE_OPEN.exec(s);
    if (open) {
      start += open[0].length;
      changed = true;
      continue;
    }
    const close = EDGE_CLOSE.exec(s);
    // A closing bracket that matches an opening one inside the name stays: "Party (PPP)" is rare but real.
    if (close && !(close[0].startsWith(')') && s.includes('('))) {
      end -= close[0].length;
      changed = true;
      continue;
    }
    if (s.endsWith('.') && !KEEPS_DOT.test(s)) {
      end -= 1;
      changed = true;
      continue;
    }
    if (m.type !== 'date' && POSSESSIVE.test(s) && /\p{L}['’]s?$/u.test(s) && s.length > 3) {
      const poss = POSSESSIVE.exec(s)!;
      // "Reuters'" and "James'" lose the apostrophe; "Jones's" loses 's.
      end -= poss[0].length;
      changed = true;
      continue;
    }
    if (m.type !== 'date') {
      const article = ARTICLE.exec(s);
      if (article && article[0].length < s.length) {
        start += article[0].length;
        changed = true;
      }
    }
  }
  if (end <= start) return null;
  return start === m.start && end === m.end ? m : { ...m, start, end, text: text.slice(start, end) };
}
