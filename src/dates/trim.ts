// Span trimming for phrases compromise-dates reports: the date itself, without the preposition
// before it ("on Friday") or the punctuation and function words after it ("March 4,", "Friday to").
const LEAD = /^(?:(?:on|in|at|by|from|to|until|till|since|for|during|over|around|about|before|after|through|throughout|between|within|as of|of|into|and|or|than|starting|beginning|ending|ended|effective|as early as|as late as|no later than|as recently as|up to|circa|then|while|when)\s+)+/i;
const TAIL = /(?:[\s.,;:!?"“”‘’')(\]\[-]+|['’]s|\s+(?:to|from|and|or|as|at|by|in|on|of|for|with|than|the|a|an))+$/i;

/** [start, end) of the date inside text[start, end), or null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): [number, number] | null {
  let s = text.slice(start, end);
  const lead = LEAD.exec(s);
  if (lead) { start += lead[0].length; s = s.slice(lead[0].length); }
  const tail = TAIL.exec(s);
  if (tail) { end -= tail[0].length; s = s.slice(0, s.length - tail[0].length); }
  return end > start ? [start, end] : null;
}
