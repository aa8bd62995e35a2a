// Knowledge-written: towns and regions that conflict and world news names often but the packages the
// gazetteer is built from miss (towns under the population cut, regions below a country, names the
// packages spell only with diacritics). Merged into the gazetteer as the model loads, so adding a name
// needs no retraining; gazetteer-build.ts compiles them in as well. Names that are also common surnames
// ("Lyman", "Gao") are left out: there the tagger's own reading is the safer one.
import type { GazKind } from './gazetteer.js';

const TOWNS = [
  // Gaza, the West Bank, Israel, Lebanon, Syria
  'khan younis', 'khan yunis', 'rafah', 'deir al balah', 'jabalia', 'beit lahia', 'beit hanoun', 'nuseirat', 'bureij',
  'maghazi', 'mawasi', 'gaza city', 'jenin', 'tulkarm', 'qalqilya', 'bethlehem', 'jericho', 'tubas', 'sderot', 'metula',
  'kiryat shmona', 'nabatieh', 'baalbek', 'raqqa', 'manbij', 'kobani', 'quneitra', 'daraa', 'tartus',
  // Ukraine and the Russian border
  'pokrovsk', 'bakhmut', 'avdiivka', 'vuhledar', 'kupiansk', 'chasiv yar', 'toretsk', 'kurakhove', 'kramatorsk', 'izium',
  'siversk', 'robotyne', 'nova kakhovka', 'enerhodar', 'bucha', 'irpin', 'zaporizhzhia', 'odesa', 'mykolaiv', 'sudzha',
  // Sudan, the Horn, the Sahel, Central Africa
  'el geneina', 'el fasher', 'wad madani', 'zamzam', 'mekelle', 'timbuktu', 'kidal', 'misrata', 'bunia',
  // Yemen, Iraq, Afghanistan, Pakistan, Myanmar, the Caucasus, Haiti
  'marib', 'hodeidah', 'taiz', 'fallujah', 'kandahar', 'herat', 'mazar i sharif', 'sittwe', 'stepanakert', 'cap haitien',
];

const REGIONS = [
  'darfur', 'north darfur', 'south darfur', 'west darfur', 'central darfur', 'east darfur', 'kordofan', 'south kordofan',
  'gezira', 'tigray', 'amhara', 'oromia', 'sahel', 'cabo delgado', 'donbas', 'golan heights', 'helmand', 'waziristan',
  'balochistan', 'rakhine', 'borno', 'puntland', 'somaliland', 'ituri', 'north kivu', 'south kivu', 'nagorno karabakh',
  'transnistria', 'abkhazia', 'south ossetia',
];

/** Phrases (lower case, words joined by one space, as the gazetteer keys them) and their kinds. */
export const KNOWN_PLACES: ReadonlyArray<readonly [string, GazKind]> = [
  ...TOWNS.map((p) => [p, 'city'] as const),
  ...REGIONS.map((p) => [p, 'region'] as const),
];
