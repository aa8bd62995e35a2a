// Quotation regions, found on the raw text: compromise splits sentences inside long quotes, and a quote
// (not a sentence) is what a direct claim's content covers.
import type { Span } from '../types.js';

export interface Quote extends Span {
  /** Position of the opening and one past the closing mark (the marks themselves are outside start/end). */
  open: number;
  close: number;
}

const MARK = /“|”|„|«|»|''|"|``|‘|’|'/g;

const ELIDED = /^(em|cause|cos|coz|cuz|til|tis|twas|bout|nuff)(?!\p{L})/iu;

/** ‘ (or a straight ') opens a quotation (British style, or one nested in a sentence) at the start of a word. */
function singleOpens(text: string, at: number, from: number): boolean {
  // not an elided lower-case letter ("rock 'n' roll", "in 't Veld") nor an elided word ("give 'em", "'cause")
  return (at === from || /[\s(\[—–“"-]/.test(text[at - 1]!)) && /\p{L}/u.test(text[at + 1] ?? '') && !/^\p{Ll}['’\s]/u.test(text.slice(at + 1, at + 3))
    && !ELIDED.test(text.slice(at + 1, at + 8));
}

/** ’ (or ') closes one when no letter follows it ("it’s") and it is not a plural's apostrophe ("the workers’ pay"). */
function singleCloses(text: string, at: number): boolean {
  const next = text[at + 1] ?? '';
  if (/[\p{L}\p{N}]/u.test(next)) return false;
  return !(/s/i.test(text[at - 1] ?? '') && /\s/.test(next) && /[\p{Ll}\p{N}]/u.test(text[at + 2] ?? ''));
}

/** Quotes within each paragraph; an unclosed quote runs to its paragraph's end (news style for quotes spanning paragraphs). */
export function findQuotes(text: string, paragraphs: Span[]): Quote[] {
  const out: Quote[] = [];
  const MARK_LEN = new Map<number, number>();
  for (const p of paragraphs) {
    // after a stray apostrophe read as an opening mark, the rest is read again with no single mark opening
    for (let from = p.start, singles = true; ;) {
      const body = text.slice(from, p.end);
      let openAt = -1, single = false;
      for (const m of body.matchAll(MARK)) {
        const at = from + m.index!;
        const mark = m[0];
        // single marks: a quotation of their own only outside a double one, and inside it every other mark is nested
        if (single) {
          if ((mark === '’' || mark === "'") && singleCloses(text, at)) { out.push({ open: openAt, start: openAt + 1, end: at, close: at + 1 }); openAt = -1; single = false; }
          continue;
        }
        if (mark === '‘' || mark === '’' || mark === "'") {
          if (openAt < 0 && singles && mark !== '’' && singleOpens(text, at, p.start)) { openAt = at; single = true; MARK_LEN.set(at, 1); }
          continue;
        }
        // a ” that starts a paragraph or follows a space and precedes a word is a mistyped opening mark
        const misTyped = mark === '”' && openAt < 0 && (at === p.start || /\s/.test(text[at - 1] ?? '')) && /[\p{L}\p{N}]/u.test(text[at + 1] ?? '');
        // and a “ right after a word and before a space or the end, while a quote is open, is a mistyped closing mark
        const misClosed = mark === '“' && openAt >= 0 && /[\p{L}\p{N}.,!?…]/u.test(text[at - 1] ?? '') && (at + 1 >= p.end || /[\s,.;:)—–-]/.test(text[at + 1] ?? ''));
        const opening = (mark === '“' && !misClosed) || mark === '„' || mark === '«' || mark === '``' || misTyped;
        const closing = (mark === '”' && !misTyped) || mark === '»';
        if (openAt < 0) {
          if (closing) continue;
          // A straight mark opens only before a word: `5" tall` and `he said "` are not openings.
          if (!opening && !/[\p{L}\p{N}'‘(\[.…-]/u.test(text[at + mark.length] ?? '')) continue;
          openAt = at;
          MARK_LEN.set(at, mark.length);
        } else {
          if (opening) { // a new opening while open: the previous one was never closed
            out.push({ open: openAt, start: openAt + MARK_LEN.get(openAt)!, end: at, close: at });
            openAt = at; MARK_LEN.set(at, mark.length);
            continue;
          }
          out.push({ open: openAt, start: openAt + MARK_LEN.get(openAt)!, end: at, close: at + mark.length });
          openAt = -1;
        }
      }
      // an unclosed ‘ is more often a stray apostrophe than a quotation running on, unless it opens a sentence;
      // the double quotations it hid are read again (each paragraph at most twice: no single mark opens then)
      if (openAt >= 0 && single && !(openAt === p.start || /[.!?]\s+$/.test(text.slice(Math.max(p.start, openAt - 3), openAt)))) { from = openAt + 1; singles = false; continue; }
      if (openAt >= 0) out.push({ open: openAt, start: openAt + MARK_LEN.get(openAt)!, end: p.end, close: p.end });
      break;
    }
  }
  return out;
}

/** Index of the quote containing position `pos`, or -1; quotes are sorted and disjoint. */
export function quoteAt(quotes: Quote[], pos: number): number {
  let lo = 0, hi = quotes.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (quotes[mid]!.close <= pos) lo = mid + 1; else hi = mid; }
  const q = quotes[lo];
  return q && q.open <= pos && pos < q.close ? lo : -1;
}
