// Cue lexicon: reporting, belief and intention verbs by lemma, inflected here so "says", "saying",
// "said" and "has said" are all found without a second tagging pass over the document.

/** Verbs whose object is usually the addressee, not the content ("told reporters that ..."). */
const ADDRESSEE = ['tell', 'assure', 'inform', 'remind', 'ask', 'brief', 'notify', 'reassure', 'email', 'text', 'warn', 'promise'];

/** Speech and writing: the strongest cues. */
const SPEECH = [
  'say', 'tell', 'state', 'claim', 'add', 'warn', 'vow', 'deny', 'confirm', 'announce', 'insist', 'argue', 'write',
  'note', 'report', 'explain', 'declare', 'assert', 'allege', 'acknowledge', 'admit', 'concede', 'reply', 'respond',
  'remark', 'comment', 'observe', 'point', 'suggest', 'predict', 'promise', 'pledge', 'ask', 'urge', 'tweet',
  'recall', 'reveal', 'disclose', 'contend', 'maintain', 'mention', 'testify', 'repeat', 'reiterate', 'stress',
  'emphasize', 'emphasise', 'complain', 'boast', 'brag', 'joke', 'quip', 'shout', 'yell', 'scream', 'whisper',
  'continue', 'conclude', 'counter', 'retort', 'answer', 'assure', 'inform', 'remind', 'caution', 'threaten',
  'estimate', 'forecast', 'indicate', 'signal', 'hint', 'imply', 'charge', 'accuse', 'blame', 'criticize',
  'criticise', 'praise', 'describe', 'call', 'label', 'dub', 'dismiss', 'reject', 'question', 'challenge', 'agree',
  'disagree', 'propose', 'recommend', 'demand', 'order', 'advise', 'post', 'email', 'text', 'publish', 'cite',
  'quote', 'attest', 'affirm', 'swear', 'guarantee', 'concur', 'speculate', 'muse', 'lament', 'acknowledge',
  'brief', 'elaborate', 'clarify', 'specify', 'outline', 'recount', 'narrate', 'chant',
  'proclaim', 'exclaim', 'announce', 'hail', 'applaud', 'condemn', 'denounce', 'slam', 'blast', 'attack',
  'defend', 'endorse', 'support', 'back', 'oppose', 'tout', 'decry', 'mock', 'ridicule', 'scoff', 'insinuate', 'declare',
];

/** Belief, knowledge, perception and intention: weaker, often unquoted. */
const MIND = [
  'believe', 'think', 'hope', 'fear', 'expect', 'know', 'feel', 'worry', 'want', 'plan', 'intend', 'wish',
  'doubt', 'suspect', 'assume', 'figure', 'reckon', 'consider', 'understand', 'realize', 'realise', 'recognize',
  'insist', 'anticipate', 'trust', 'guess', 'imagine', 'conclude', 'decide', 'agree', 'seek', 'aim', 'prefer',
  'refuse', 'decline', 'threaten', 'find', 'show', 'suggest', 'learn',
];

/** Cue nouns: "in a statement", "the claim that". */
export const CUE_NOUNS = new Set([
  'statement', 'claim', 'claims', 'assertion', 'allegation', 'allegations', 'remark', 'remarks', 'comment', 'comments',
  'interview', 'email', 'tweet', 'post', 'speech', 'letter', 'release', 'report', 'testimony', 'announcement',
  'warning', 'belief', 'view', 'argument', 'promise', 'pledge', 'suggestion', 'message', 'memo',
]);

const IRREGULAR: Record<string, string[]> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written', 'writ'], think: ['thought'], know: ['knew', 'known'],
  feel: ['felt'], see: ['saw', 'seen'], find: ['found'], show: ['showed', 'shown'], swear: ['swore', 'sworn'],
  understand: ['understood'], seek: ['sought'], forecast: ['forecast'], quip: ['quipped'], plan: ['planned'],
  slam: ['slammed'], scoff: ['scoffed'], admit: ['admitted'], regret: ['regretted'], text: ['texted'], learn: ['learned', 'learnt'],
};

const VOWEL = /[aeiou]/;
/** Regular inflections: -s, -ed, -ing, with the usual spelling changes. */
function inflect(lemma: string): string[] {
  const out = new Set<string>([lemma]);
  const irr = IRREGULAR[lemma];
  if (irr) for (const f of irr) out.add(f);
  // third person
  if (/(s|sh|ch|x|z|o)$/.test(lemma)) out.add(lemma + 'es');
  else if (/[^aeiou]y$/.test(lemma)) out.add(lemma.slice(0, -1) + 'ies');
  else out.add(lemma + 's');
  // past
  if (!irr || lemma === 'show') {
    if (lemma.endsWith('e')) out.add(lemma + 'd');
    else if (/[^aeiou]y$/.test(lemma)) out.add(lemma.slice(0, -1) + 'ied');
    else out.add(lemma + 'ed');
  }
  // gerund
  if (lemma.endsWith('ie')) out.add(lemma.slice(0, -2) + 'ying');
  else if (lemma.endsWith('e') && !lemma.endsWith('ee')) out.add(lemma.slice(0, -1) + 'ing');
  else out.add(lemma + 'ing');
  if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(lemma) && VOWEL.test(lemma)) {
    out.add(lemma + lemma.slice(-1) + 'ed');
    out.add(lemma + lemma.slice(-1) + 'ing');
  }
  return [...out];
}

export type CueClass = 'speech' | 'mind' | 'other';
export interface CueInfo { lemma: string; cls: CueClass; addressee: boolean }

const FORMS = new Map<string, CueInfo>();
for (const [list, cls] of [[MIND, 'mind'], [SPEECH, 'speech']] as const) {
  for (const lemma of list) {
    const info: CueInfo = { lemma, cls, addressee: ADDRESSEE.includes(lemma) };
    for (const f of inflect(lemma)) FORMS.set(f, info);
  }
}

/** Lexicon entry for a token's normal form, or undefined. */
export function cueInfo(normal: string): CueInfo | undefined {
  return FORMS.get(normal);
}

/** Particles that belong to the cue ("pointed out", "called for", "called on"). */
export const PARTICLES: Record<string, string[]> = {
  point: ['out', 'to'], call: ['for', 'on'], refer: ['to'], talk: ['about'], write: ['about'], ask: ['about', 'for'], speak: ['about', 'of', 'out'], comment: ['on'], agree: ['on', 'with', 'to'], focus: ['on'], insist: ['on'], argue: ['for', 'against'], joke: ['about'], boast: ['about', 'of'],
  warn: ['of', 'about', 'against'], complain: ['about'], accuse: [], blame: [],
  respond: ['to'], reply: ['to'], react: ['to'], object: ['to'], allude: ['to'], testify: ['to', 'about'],
};

/** The forms of "be" that make a passive or a raising verb ("was told", "is expected to"). */
export const BE = /^(is|was|are|were|be|been|being)$/;

/** Words allowed between the subject and the cue, and kept in the cue ("has also said"). */
export const CUE_PREFIX = new Set([
  'has', 'have', 'had', 'also', 'later', 'previously', 'earlier', 'repeatedly', 'often', 'recently', 'once',
  'will', 'would', 'could', 'may', 'might', 'should', 'must', 'can', 'did', 'does', 'do', 'not', 'never',
  'again', 'publicly', 'privately', 'flatly', 'firmly', 'openly', 'already', 'still',
  'has also', 'is', 'was', 'are', 'were', 'been', 'be', 'being', 'even', 'then', 'further',
  'yet', 'just', 'now', 'first', 'ever', 'since', 'long', 'soon',
]);

/** "said in a statement": nouns after "in a/an" that gold keeps in the cue. */
export const MEDIUM = new Set(['statement', 'email', 'e-mail', 'tweet', 'release', 'memo', 'filing', 'message', 'interview', 'post', 'letter', 'address']);

/** Adjectives that report a stance after a copula ("are wary of", "was critical of", "is confident that"). */
export const STANCE = /^(critical|wary|aware|proud|skeptical|sceptical|supportive|confident|certain|sure|convinced|worried|concerned|optimistic|pessimistic|hopeful|afraid|fearful|doubtful|adamant|unsure|uncertain|fond|appreciative|mindful|suspicious|dismissive|eager|determined|reluctant|willing|unwilling|keen|intent|unconvinced|nervous|anxious|enthusiastic|grateful|glad|furious|outraged|hostile|sympathetic|opposed|persuaded|insistent)$/;
/** Copulas before such an adjective, and linking verbs that act as one ("remain", "seem", "felt"). */
export const COPULA = /^(is|are|was|were|be|been|being|am|remain|remains|remained|seem|seems|seemed|appear|appears|appeared|feel|feels|felt|become|became|becomes|grow|grew|grown|'s|’s|'re|’re|'m|’m)$/;
