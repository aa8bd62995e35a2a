// A synthetic news corpus for benchmarks: articles assembled from the sample articles' sentences
// (input/*.txt) and from sentence templates, with people, places, organizations, numbers and dates
// drawn at random (seeded, so the corpus is the same on every machine). Names vary from article to
// article, so nothing is flattered by repetition.
import fs from 'node:fs';
import path from 'node:path';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = 'Anna Omar Maria Sergei Fatima Jean Li Ahmed Olga Carlos Ingrid Kwame Yuki Pedro Amina Tomas Leila Dmitri Sofia Raj Elena Hassan Marta Ivan Chen Lucia Mehmet Nadia Pablo Aisha'.split(' ');
const LAST = 'Petrov Haddad Lopez Novak Okafor Schmidt Tanaka Rossi Kowalski Nguyen Ali Ivanova Fernandez Dubois Mensah Yilmaz Santos Berg Kim Rahman Silva Moreau Popescu Hassan Larsen Costa Abadi Jansen Horvat Reyes'.split(' ');
const PLACE = 'Kyiv Lagos Berlin Ankara Manila Lima Nairobi Warsaw Hanoi Cairo Madrid Oslo Quito Dhaka Tunis Riga Accra Lisbon Baghdad Jakarta Minsk Dakar Sofia Tbilisi Beirut Kharkiv Odesa Mosul Aleppo Gdansk'.split(' ');
const ORG = ['the United Nations', 'the World Bank', 'the European Commission', 'the Red Cross', 'the Ministry of Health', 'the central bank', 'Reuters', 'the African Union', 'the International Monetary Fund', 'Amnesty International', 'the national electoral commission', 'the Defence Ministry', 'Greenpeace', 'the port authority', 'the teachers union'];
const ROLE = ['Foreign Minister', 'President', 'Mayor', 'Prime Minister', 'General', 'spokesman', 'Health Minister', 'Governor', 'Dr.'];
const MONTH = 'January February March April May June July August September October November December'.split(' ');
const DAY = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' ');
const TOPIC = ['the ceasefire', 'the budget', 'the vaccine rollout', 'the election', 'the pipeline', 'the peace talks', 'the strike', 'the flood defences', 'the trade deal', 'grain exports', 'the power grid', 'the new tax'];

const TEMPLATES = [
  '{P} said on {D} that {T} would be delayed until {M}.',
  '"We will not accept {T} in its current form," {P} told reporters in {L}.',
  'According to {O}, at least {N} people were displaced near {L} last week.',
  '{R} {P} warned that {T} could collapse if {O} withdrew its support.',
  '{O} said in a statement that it had sent {N} tonnes of aid to {L}.',
  'Officials in {L} said the talks had stalled, but {P} insisted progress was possible.',
  'The vote is scheduled for {M} {Y}, two years after the last one in {L}.',
  '{P}, who arrived from {L} on {D}, denied that {O} had been consulted.',
  'Two diplomats familiar with the matter said {O} would raise the issue in {L} on {DD} {M}.',
  '"It is too early to say," said {P}, adding that {O} was studying the figures.',
  'Prices in {L} rose {N} percent in the third quarter, {O} reported.',
  'Residents of {L} said they had not seen such damage since {Y}.',
  '{P} of {O} claimed that {T} had cost the region {N} million dollars.',
  'The report, published on {M} {DD}, {Y}, blamed {O} for the delays.',
  'In {L}, {P} vowed to keep {T} on the agenda "for as long as it takes."',
];

export function article(rand: () => number, samples: string[]): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const person = (): string => `${pick(FIRST)} ${pick(LAST)}`;
  const fill = (t: string): string =>
    t.replace(/\{(\w+)\}/g, (_, k: string) => {
      switch (k) {
        case 'P': return person();
        case 'L': return pick(PLACE);
        case 'O': return pick(ORG);
        case 'R': return pick(ROLE);
        case 'D': return pick(DAY);
        case 'M': return pick(MONTH);
        case 'DD': return String(1 + Math.floor(rand() * 28));
        case 'Y': return String(1990 + Math.floor(rand() * 36));
        case 'N': return String(2 + Math.floor(rand() * 5000));
        case 'T': return pick(TOPIC);
        default: return k;
      }
    });
  const paragraphs: string[] = [`${fill('{T}').replace(/^the /, '').toUpperCase()} IN ${pick(PLACE).toUpperCase()} DRAWS CRITICISM`];
  paragraphs.push(`${pick(PLACE).toUpperCase()}, ${pick(MONTH)} ${1 + Math.floor(rand() * 28)} (Newswire) - ${fill(pick(TEMPLATES))}`);
  const length = 8 + Math.floor(rand() * 12);
  for (let i = 0; i < length; i++) {
    const sentences = 1 + Math.floor(rand() * 3);
    const para: string[] = [];
    for (let j = 0; j < sentences; j++) {
      // Sample sentences keep their own names; swapping in a new person varies them between articles.
      para.push(rand() < 0.35 && samples.length ? pick(samples).replace(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/, person()) : fill(pick(TEMPLATES)));
    }
    paragraphs.push(para.join(' '));
  }
  return `${paragraphs.join('\n\n')}\n`;
}

export function sampleSentences(inputDir: string): string[] {
  const out: string[] = [];
  for (const f of fs.readdirSync(inputDir).filter((x) => x.endsWith('.txt')).sort()) {
    const text = fs.readFileSync(path.join(inputDir, f)).toString('utf8');
    for (const para of text.split(/\r?\n\s*\r?\n/)) {
      for (const s of para.replace(/\s+/g, ' ').split(/(?<=[.!?]["”’]?)\s+(?=[A-Z"“‘])/)) if (s.length > 40 && !s.includes('\uFFFD')) out.push(s.trim());
    }
  }
  return out;
}

/** Writes articles into dir until it holds about `bytes` bytes; returns the file count. */
export function writeCorpus(dir: string, bytes: number, seed: number, inputDir: string): number {
  fs.mkdirSync(dir, { recursive: true });
  const rand = rng(seed);
  const samples = sampleSentences(inputDir);
  let total = 0;
  let n = 0;
  while (total < bytes) {
    const text = article(rand, samples);
    const sub = path.join(dir, String(Math.floor(n / 500)).padStart(3, '0'));
    if (n % 500 === 0) fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `a${String(n).padStart(6, '0')}.txt`), text);
    total += Buffer.byteLength(text);
    n++;
  }
  return n;
}
