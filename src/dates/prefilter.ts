// Cheap test: can this sentence hold a date at all (a digit, a month or weekday name, a date word)?
// Sentences that fail are skipped outright. Of those that pass, compromise-dates (the costly part) only
// sees the ones where the grammar leaves a date-like word unexplained (library.ts: needsLibrary).
const DATE_WORDS = new RegExp(
  String.raw`\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|` +
  String.raw`\b(?:today|tonight|yesterday|tomorrow|now|current|currently|recent|recently|lately|formerly|previously|presently|nowadays|future|past|ago|earlier|later)\b|` +
  String.raw`\b(?:day|week|weekend|month|year|quarter|half|decade|century|spring|summer|fall|autumn|winter|season|christmas|easter|thanksgiving)s?\b|` +
  String.raw`\b(?:nineteen|two thousand|eighties|nineties|seventies|sixties)\b`,
  'i',
);

export function mayHoldDate(text: string): boolean {
  return DATE_WORDS.test(text);
}
