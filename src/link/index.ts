// link: across documents, one id per thing. Entities with the same type and name key share an id
// already (see entityId); spelling variants of one name are merged here, the id taken from the form
// seen in most documents. Then corpus counts, and claim clusters.
// The Linker sees each document once (add), in any order, with its position in path order, keeping
// only names, counts and claim signatures; plan() decides ids and clusters, whatever the order of the
// adds; apply() rewrites one document. So a run never holds every document at once.
import { createHash } from 'node:crypto';
import type { ClaimCluster, CorpusEntity, EntityType, ExtractOutput, OutDocument } from '../types.js';
import { ClaimClusterer } from './clusters.js';
import type { ClusterMemo } from './memo.js';
import { byDisplayPreference } from '../text/keys.js';
import { phoneticKey, sameNameVariant } from './fuzzy.js';
import { linkSummary, type LinkSummary } from './summary.js';

interface Tally {
  id: string;
  type: EntityType;
  value?: string;
  names: Map<string, number>;
  /** The name of the first document (in path order) that has this id, and that document's position. */
  firstName: string;
  firstAt: number;
  /** The positions of the documents that have it, each once. */
  documents: number[];
  mentions: number;
}

export interface LinkPlan {
  rename: Map<string, string>;
  entities: CorpusEntity[];
  claimClusters: ClaimCluster[];
  /** By document position, the number of its first claim: the k-th claim of document d is claimsFrom[d] + k. */
  claimsFrom: number[];
  /** By claim number, its cluster. */
  clusterAt: ClaimCluster[];
  /** By document position: a hash of all that linking decided about the document (see decisions). */
  decided: string[];
}

/** What rewriting and rendering one document needs of the plan (see applyPlan): not the corpus lists. */
export interface DocumentPlan {
  rename: LinkPlan['rename'];
  claimsFrom: LinkPlan['claimsFrom'];
  /** By claim number, its cluster (or as much of it as the formats at hand need: its id). */
  clusterAt: Array<Pick<ClaimCluster, 'id'>>;
  decided: LinkPlan['decided'];
}

export class Linker {
  private readonly tallies = new Map<string, Tally>();
  private readonly clusterer = new ClaimClusterer();
  private docs = 0;
  /** By document position: its entities' tallies, in document order. */
  private readonly entitiesAt: Tally[][] = [];
  /** By document position: the numbers its claims have in the clusterer, from and to (exclusive). */
  private readonly claimsFrom: number[] = [];
  private readonly claimsTo: number[] = [];

  /** `position` is the document's place in path order (by default, after the documents added so far). */
  add(doc: OutDocument, position = this.docs): void {
    this.addSummary(linkSummary(doc), position);
  }

  /** The same, from the document's summary (linkSummary), as a cache entry stores it. */
  addSummary(doc: LinkSummary, position = this.docs): void {
    const di = position;
    this.docs = Math.max(this.docs, position + 1);
    const own: Tally[] = (this.entitiesAt[di] = []);
    this.claimsFrom[di] = this.clusterer.size;
    for (const e of doc.entities) {
      let t = this.tallies.get(e.id);
      if (!t) {
        t = { id: e.id, type: e.type, names: new Map(), firstName: e.name, firstAt: di, documents: [], mentions: 0 };
        if (e.value !== undefined) t.value = e.value;
        this.tallies.set(e.id, t);
      } else if (di < t.firstAt) {
        t.firstName = e.name;
        t.firstAt = di;
      }
      own.push(t);
      // An array, not a set: a document adds its entities together, so only the last entry can repeat it.
      if (t.documents[t.documents.length - 1] !== di) t.documents.push(di);
      t.mentions += e.mentions;
      // A name counts once per document that chose it as canonical; other forms are kept as aliases.
      t.names.set(e.name, (t.names.get(e.name) ?? 0) + 1);
      for (const n of e.aliases) t.names.set(n, t.names.get(n) ?? 0);
    }
    for (const c of doc.claims) this.clusterer.add(c, di);
    this.claimsTo[di] = this.clusterer.size;
  }

  /** `memo`: clusters kept from an earlier run, which this one uses and adds to (see memo.ts). */
  plan(memo?: ClusterMemo): LinkPlan {
    const rename = mergeVariants([...this.tallies.values()]);
    const merged = new Map<string, Tally>();
    const copied = new Set<Tally>();
    for (const t of this.tallies.values()) {
      const id = rename.get(t.id) ?? t.id;
      const into = merged.get(id);
      if (!into) {
        // Shared with the tally until another merges into it (few do): plan() changes no tally.
        merged.set(id, { ...t, id });
        continue;
      }
      if (!copied.has(into)) {
        into.names = new Map(into.names);
        copied.add(into);
      }
      for (const [n, c] of t.names) into.names.set(n, (into.names.get(n) ?? 0) + c);
      into.documents = [...new Set([...into.documents, ...t.documents])];
      into.mentions += t.mentions;
    }
    const entities = [...merged.values()]
      .map((t): CorpusEntity => {
        const name = canonical(t);
        const aliases = [...t.names.keys()].filter((n) => n !== name).sort();
        return { id: t.id, type: t.type, name, ...(t.value !== undefined ? { value: t.value } : {}), aliases, documents: t.documents.length, mentions: t.mentions };
      })
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const renamed = (id: string): string => rename.get(id) ?? id;
    const { clusters, clusterAt } = this.clusterer.finish(renamed, memo);
    return { rename, entities, claimClusters: clusters, claimsFrom: this.claimsFrom, clusterAt, decided: this.decisions(rename, clusterAt) };
  }

  /**
   * What linking decided about each document, hashed: the corpus ids of its entities and claim sources
   * that were merged into another, and for each claim its cluster and the cluster's size. A document's
   * output depends on nothing else the corpus holds (its own ids are fixed by its analysis), so a
   * rendered output stays valid while this does.
   */
  private decisions(rename: Map<string, string>, clusterAt: ClaimCluster[]): string[] {
    const decided: string[] = [];
    for (let di = 0; di < this.entitiesAt.length; di++) {
      const own = this.entitiesAt[di];
      if (!own) continue;
      const lines: string[] = [];
      for (const t of own) {
        const to = rename.get(t.id);
        if (to !== undefined) lines.push(`${t.id}>${to}`);
      }
      for (let i = this.claimsFrom[di]!; i < this.claimsTo[di]!; i++) {
        const c = clusterAt[i]!;
        const to = rename.get(this.clusterer.sourceKey(i));
        lines.push(`${c.id}\t${c.claims.length}\t${c.documents}${to === undefined ? '' : `\t${to}`}`);
      }
      decided[di] = createHash('sha256').update(lines.join('\n')).digest('hex');
    }
    return decided;
  }
}

/** Rewrites one document, the one at `position` in path order, with the corpus-wide ids and cluster ids. */
export function applyPlan(doc: OutDocument, plan: DocumentPlan, position: number): OutDocument {
  for (const e of doc.entities) e.id = plan.rename.get(e.id) ?? e.id;
  const from = plan.claimsFrom[position]!;
  doc.claims.forEach((c, k) => {
    if (c.source.entityId) c.source.entityId = plan.rename.get(c.source.entityId) ?? c.source.entityId;
    c.clusterId = plan.clusterAt[from + k]?.id ?? null;
  });
  mergeSameIds(doc);
  return doc;
}

/** All documents at once: for tests, and for callers that hold them anyway. */
export function link(documents: OutDocument[], meta: { version: string; referenceDate: string }): ExtractOutput {
  const linker = new Linker();
  for (const d of documents) linker.add(d);
  const plan = linker.plan();
  documents.forEach((d, position) => applyPlan(d, plan, position));
  return { schemaVersion: 1, tool: { name: 'extract', version: meta.version }, referenceDate: meta.referenceDate, documents, entities: plan.entities, claimClusters: plan.claimClusters };
}

/** The name most documents chose as canonical, then by display preference; dates are named by their value. */
function canonical(t: Tally): string {
  if (t.type === 'date') return t.value ?? t.firstName;
  return [...t.names.entries()].sort((a, b) => b[1] - a[1] || byDisplayPreference(a[0], b[0]))[0]![0];
}

/** id -> id of the variant it merges into (the one in most documents, then the smallest id). */
function mergeVariants(tallies: Tally[]): Map<string, string> {
  const rename = new Map<string, string>();
  const buckets = new Map<string, Tally[]>();
  for (const t of tallies) {
    if (t.type === 'date') continue;
    const key = `${t.type}|${phoneticKey(canonical(t))}`;
    const list = buckets.get(key) ?? [];
    list.push(t);
    buckets.set(key, list);
  }
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => b.documents.length - a.documents.length || (a.id < b.id ? -1 : 1));
    const heads: Tally[] = [];
    for (const t of list) {
      const head = heads.find((h) => sameNameVariant(canonical(h), canonical(t)));
      if (head) rename.set(t.id, head.id);
      else heads.push(t);
    }
  }
  return rename;
}

/** After renaming, two entities of one document may share an id: their mentions join. */
function mergeSameIds(doc: OutDocument): void {
  const seen = new Map<string, OutDocument['entities'][number]>();
  const kept: OutDocument['entities'] = [];
  for (const e of doc.entities) {
    const first = seen.get(e.id);
    if (!first) {
      seen.set(e.id, e);
      kept.push(e);
      continue;
    }
    first.mentions = [...first.mentions, ...e.mentions].sort((a, b) => a.start - b.start);
    const names = new Set([first.name, ...first.aliases, e.name, ...e.aliases]);
    names.delete(first.name);
    first.aliases = [...names].sort();
  }
  doc.entities = kept;
}
