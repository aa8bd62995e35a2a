// Types shared by every stage. Two offset systems exist on purpose:
// - inside the pipeline (Span, Token, Sentence, Found*), offsets are UTF-16 code units into the decoded
//   text, because that is what JavaScript strings and compromise use;
// - in the output contract (Out*), offsets are Unicode code points, so Python and jq users can slice the
//   text directly. `src/pipeline/finish.ts` converts once, at the end of a document.

export type EntityType = 'person' | 'place' | 'organization' | 'date';
export type ClaimKind = 'direct' | 'indirect' | 'mixed';
export type Severity = 'warning' | 'error';

/** Half-open range [start, end) in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** A problem attached to the document (and place) it concerns; only the CLI prints it. */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  sentence?: number;
}

// ---------- read ----------

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** One input, as discovered. `path` is what the user sees (relative when they gave it so); '-' is stdin. */
export interface Source {
  path: string;
  /** Absolute path on disk, or null for standard input. */
  file: string | null;
}

export interface ReadOk {
  ok: true;
  source: Source;
  text: string;
  encoding: Encoding;
  sha256: string;
  diagnostics: Diagnostic[];
}

export interface ReadFailed {
  ok: false;
  source: Source;
  sha256: string | null;
  error: Diagnostic;
  diagnostics: Diagnostic[];
}

export type ReadResult = ReadOk | ReadFailed;

// ---------- segment ----------

export interface Token extends Span {
  text: string;
  /** compromise's normalised form (lower case, no punctuation). */
  normal: string;
  /** compromise's tags for this term (e.g. 'ProperNoun', 'Person', 'PastTense'). */
  tags: string[];
  /** Punctuation/whitespace compromise saw before and after the term. */
  pre: string;
  post: string;
  sentence: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** Index in Segmented.tokens of this sentence's first token, and one past its last. */
  firstToken: number;
  endToken: number;
}

/** The wire dateline that opens a story, "KYIV, Ukraine, March 3 (Reuters) — ": from its place to its closing
 *  mark. The segment stage finds it once, so that names, dates and claims all read the same span. */
export interface Dateline extends Span {
  /** The words it opens with, in capitals (or in ordinary case when a date follows): where the story was filed. */
  place: Span;
  /** A state or country after the place: "Ukraine", "N.Y.". */
  region: Span | null;
  /** The day it was filed: "March 3", "12 March", "Sept. 26, 2016". */
  date: Span | null;
  /** The news agency, without its brackets: "Reuters". */
  agency: Span | null;
  /** What closes it: a dash, AP's underscore or a colon. */
  mark: Span;
}

export interface Segmented {
  text: string;
  sentences: Sentence[];
  paragraphs: Span[];
  tokens: Token[];
  dateline: Dateline | null;
}

// ---------- entities ----------

/** One mention found in the text, before mentions are grouped into entities. */
export interface FoundMention extends Span {
  type: EntityType;
  text: string;
  /** Dates only: ISO 8601 value, e.g. 2025-03-04, 2025-03, 2025-W10, 2025-03-03/2025-03-09. */
  value?: string;
  /** People only: a title or role written before the name ("Chancellor"), kept out of the name. */
  title?: string;
  sentence: number;
}

/** Mentions of one thing within one document. `key` is the within-document grouping key. */
export interface DocEntity {
  type: EntityType;
  name: string;
  value?: string;
  aliases: string[];
  mentions: FoundMention[];
}

// ---------- claims ----------

export interface FoundClaim {
  sentence: number;
  kind: ClaimKind;
  confidence: number;
  source: Span & { text: string; anonymous: boolean; /** index into the document's DocEntity[] */ entity: number | null };
  cue: Span & { text: string };
  /** The content; for a quote split by its cue, `parts` holds the pieces and start/end their hull. */
  content: Span & { text: string; parts?: Span[] };
  /** Nested attribution: the outer source that reported this source ("according to the agency, which cited two diplomats"). */
  via?: Span & { text: string };
}

// ---------- output contract (code points) ----------

export interface OutSpan {
  text: string;
  start: number;
  end: number;
}

export interface OutMention extends OutSpan {
  sentence: number;
  value?: string;
  title?: string;
}

export interface OutEntity {
  id: string;
  type: EntityType;
  name: string;
  value?: string;
  aliases: string[];
  mentions: OutMention[];
}

export interface OutClaim {
  id: string;
  sentence: number;
  kind: ClaimKind;
  confidence: number;
  source: OutSpan & { entityId: string | null; anonymous: boolean };
  cue: OutSpan;
  content: OutSpan & { parts?: OutSpan[] };
  via?: OutSpan | null;
  clusterId: string | null;
}

export interface OutDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  sentence?: number;
}

export interface OutDocument {
  path: string;
  sha256: string | null;
  status: 'ok' | 'error';
  error: string | null;
  encoding: Encoding | null;
  chars: number;
  sentences: number;
  diagnostics: OutDiagnostic[];
  entities: OutEntity[];
  claims: OutClaim[];
}

export interface CorpusEntity {
  id: string;
  type: EntityType;
  name: string;
  value?: string;
  aliases: string[];
  documents: number;
  mentions: number;
}

export interface ClaimCluster {
  id: string;
  claims: string[];
  documents: number;
}

export interface ExtractOutput {
  schemaVersion: 1;
  tool: { name: 'extract'; version: string };
  referenceDate: string;
  documents: OutDocument[];
  entities: CorpusEntity[];
  claimClusters: ClaimCluster[];
}

// ---------- options ----------

export type Format = 'csv' | 'json' | 'jsonl';

export interface Shard {
  /** 1-based */
  index: number;
  count: number;
}

export interface Options {
  patterns: string[];
  /** Worker threads; 1 runs in the main thread. */
  jobs: number;
  /** --jobs was not given: `jobs` is the number of cores, and small inputs use fewer threads. */
  autoJobs: boolean;
  /** Directory of cached per-document results, or null. */
  cache: string | null;
  shard: Shard | null;
  ignore: string[];
  out: string;
  formats: Format[];
  /** YYYY-MM-DD */
  referenceDate: string;
  quiet: boolean;
  cwd: string;
}
