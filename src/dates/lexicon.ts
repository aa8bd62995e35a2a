// Words that name or build dates, as regex sources and lookups. General English, nothing corpus-specific.

export const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
export const WEEKDAYS: Record<string, number> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};
export const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: 4, final: 4,
};
export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

const UNITS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, several: 3, few: 3, 'a few': 3, 'a couple of': 2, couple: 2,
};

/** "three" → 3, "twenty-one" → 21, "12" → 12; null when not a number. */
export function numberWord(s: string): number | null {
  const t = s.toLowerCase().trim().replace(/\s+/g, ' ');
  if (/^\d+$/.test(t)) return +t;
  if (t in UNITS) return UNITS[t]!;
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|seven|eight|nine)$/.exec(t);
  return m ? UNITS[m[1]!]! + UNITS[m[2]!]! : null;
}

/** Month number of a month word; names must be capitalised ("may" and "march" are verbs). */
export function monthOf(word: string): number | null {
  if (!/^[A-Z]/.test(word)) return null;
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

export function weekdayOf(word: string): number | null {
  if (!/^[A-Z]/.test(word)) return null;
  return WEEKDAYS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

// ---------- regex sources (used with the 'i' flag off unless noted; word edges are explicit) ----------

/** A month name or abbreviation, capitalised. */
export const MON = String.raw`(?:Jan(?:uary|\.|(?=\s+\d))|Feb(?:ruary|\.)?|Mar(?:ch|\.)|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![\w-])`;
export const WDAY = String.raw`(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.)(?![\w-])`;
export const DAYNUM = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w-])`;
export const YEAR4 = String.raw`(?<![\w$£€.,])(?:1[5-9]\d\d|20\d\d)(?![\w%]|[.,]\d)`;
const TENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
/** Years said aloud in broadcast transcripts: "nineteen ninety-six", "two thousand". */
export const SPOKEN_YEAR = String.raw`(?:[Nn]ineteen[- ](?:(?:${TENS})(?:[- ](?:${ONES}))?|oh[- ](?:${ONES}))|[Tt]wo thousand(?:[- ](?:and[- ])?(?:${ONES}|${TENS}))?)(?![\w-])`;
export const YEAR = `(?:${YEAR4}|${SPOKEN_YEAR})`;
/** A day of a month, either way round, perhaps with its year: "March 3", "Sept. 26, 2016", "12 March". */
export const DAY_OF_MONTH = String.raw`(?:${MON}[ \t]+${DAYNUM}|${DAYNUM}[ \t]+${MON})(?:,?[ \t]+${YEAR})?`;
export const ORD = String.raw`(?:first|second|third|fourth|1st|2nd|3rd|4th)`;
export const NUM = String.raw`(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|several|a few|a couple of)`;

/** Value of a YEAR match: "1998", "nineteen ninety-six", "two thousand". */
export function yearOf(s: string): number | null {
  const t = s.toLowerCase().trim();
  if (/^\d{4}$/.test(t)) return +t;
  let m = /^nineteen[- ](.+)$/.exec(t);
  if (m) {
    const oh = /^oh[- ](\w+)$/.exec(m[1]!);
    const n = oh ? numberWord(oh[1]!) : numberWord(m[1]!.replace(/-/g, ' ').replace(/^(\w+) (\w+)$/, '$1-$2'));
    return n === null ? null : 1900 + n;
  }
  m = /^two thousand(?:[- ](?:and[- ])?(.+))?$/.exec(t);
  if (m) {
    const n = m[1] ? numberWord(m[1]) : 0;
    return n === null ? null : 2000 + n;
  }
  return null;
}
