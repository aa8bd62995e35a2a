// The intermediate claim every frame produces: token ranges for source and cue, character spans for content.
import type { Span } from '../types.js';
import type { CueInfo } from './lexicon.js';

export type Frame = 'SC' | 'XSC' | 'XCS' | 'SCsplit' | 'ACC' | 'ACCpost' | 'CITE' | 'SPK' | 'PASSIVE' | 'REPORTEDLY' | 'NOUN' | 'GER' | 'COORD' | 'SIGN' | 'ASKED' | 'PASSIVE0' | 'IN' | 'RAISE' | 'COLON';
export interface Draft {
  frame: Frame;
  cue: [number, number];
  source: [number, number] | null;
  content: Span[];
  info: CueInfo | null;
  via?: [number, number];
  /** A cue that is punctuation (`HOST:`), in characters. */
  cueChars?: Span;
  /** A source shorter than its tokens ("He’s claiming": the pronoun without the ’s), in characters. */
  srcChars?: Span;
}
