// Hand-written general lexicons (not derived from any corpus). They feed features, not rules: the
// model learns how much to trust each list, so a word being listed never forces a label on its own.

/** Titles and roles that stand before a person's name and are not part of it. */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'father', 'sister', 'brother', 'rabbi', 'imam', 'sheikh', 'sheik', 'ayatollah', 'cardinal', 'bishop',
  'archbishop', 'pope', 'king', 'queen', 'prince', 'princess', 'emperor', 'sultan', 'emir', 'crown',
  'president', 'vice', 'premier', 'prime', 'minister', 'chancellor', 'secretary', 'ambassador', 'envoy',
  'governor', 'mayor', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'deputy',
  'speaker', 'chairman', 'chairwoman', 'chair', 'chief', 'executive', 'director', 'commissioner',
  'general', 'gen', 'lieutenant', 'lt', 'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'sergeant',
  'sgt', 'admiral', 'adm', 'commander', 'cmdr', 'marshal', 'corporal', 'private', 'judge', 'justice',
  'attorney', 'prosecutor', 'coach', 'manager', 'spokesman', 'spokeswoman', 'spokesperson', 'foreign',
  'defence', 'defense', 'finance', 'interior', 'justice', 'trade', 'economy', 'health', 'opposition',
  'leader', 'former', 'acting', 'interim', 'assistant', 'undersecretary', 'state', 'mp', 'mep', 'ceo',
  'cfo', 'coo', 'founder', 'dean', 'inspector', 'superintendent', 'officer', 'detective', 'agent',
  'analyst', 'economist', 'striker', 'midfielder', 'defender', 'goalkeeper', 'veteran', 'champion',
  'compatriot', 'countryman', 'rival', 'top', 'seed', 'seeded', 'world', 'number',
]);

/** Titles that may be dropped from a person's span: only these words are peeled off the front. */
export const PEELABLE_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'father', 'rabbi', 'imam', 'sheikh', 'sheik', 'ayatollah', 'cardinal', 'bishop', 'archbishop', 'pope',
  'king', 'queen', 'prince', 'princess', 'emperor', 'sultan', 'emir', 'crown', 'president', 'vice',
  'premier', 'prime', 'minister', 'chancellor', 'secretary', 'ambassador', 'envoy', 'governor', 'mayor',
  'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'deputy', 'speaker',
  'chairman', 'chairwoman', 'chief', 'executive', 'director', 'commissioner', 'general', 'gen',
  'lieutenant', 'lt', 'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'sergeant', 'sgt', 'admiral',
  'adm', 'commander', 'cmdr', 'marshal', 'corporal', 'judge', 'justice', 'attorney', 'coach', 'foreign',
  'defence', 'defense', 'finance', 'interior', 'trade', 'economy', 'health', 'opposition', 'leader',
  'former', 'acting', 'interim', 'assistant', 'state', 'spokesman', 'spokeswoman', 'of', 'the',
]);

/** Last words of organisation names. */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'plc', 'llc', 'llp', 'ag', 'gmbh', 'sa',
  'nv', 'bv', 'spa', 'ab', 'asa', 'oy', 'kk', 'group', 'holdings', 'holding', 'bank', 'bancorp', 'trust',
  'fund', 'partners', 'associates', 'securities', 'capital', 'investments', 'insurance', 'airlines',
  'airways', 'motors', 'industries', 'systems', 'technologies', 'communications', 'telecom', 'energy',
  'petroleum', 'oil', 'gas', 'ministry', 'department', 'agency', 'office', 'bureau', 'commission',
  'committee', 'council', 'court', 'parliament', 'assembly', 'congress', 'senate', 'party', 'union',
  'federation', 'association', 'institute', 'university', 'college', 'school', 'academy', 'foundation',
  'society', 'organisation', 'organization', 'authority', 'board', 'service', 'services', 'army', 'navy',
  'police', 'front', 'movement', 'alliance', 'league', 'club', 'fc', 'united', 'city', 'rovers', 'athletic',
  'wanderers', 'county', 'albion', 'hotspur', 'times', 'post', 'journal', 'news', 'press', 'herald',
  'tribune', 'gazette', 'daily', 'radio', 'television', 'tv', 'network', 'exchange', 'reserve', 'nations',
  'brigade', 'brigades', 'forces', 'guard', 'command', 'centre', 'center', 'hospital', 'church',
]);

/** Words that end place names. */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set([
  'city', 'province', 'state', 'county', 'district', 'region', 'island', 'islands', 'river', 'lake',
  'mountain', 'mountains', 'mount', 'valley', 'bay', 'sea', 'ocean', 'gulf', 'strait', 'peninsula',
  'street', 'avenue', 'road', 'square', 'airport', 'stadium', 'park', 'bridge', 'beach', 'coast',
  'desert', 'republic', 'kingdom', 'territory', 'territories', 'heights', 'hills', 'canal', 'port',
]);

/** Name particles that sit inside names in lower case. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'al', 'el',
  'bin', 'ben', 'ibn', 'abu', 'abd', 'bint', 'ter', 'ten', 'y', "o'", 'mac', 'st',
]);

/** Verbs and nouns that typically follow or precede a person. */
export const PERSON_CUES: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'added', 'according', 'spokesman', 'spokeswoman', 'wife', 'husband', 'son',
  'daughter', 'mr', 'mrs', 'who', 'he', 'she', 'his', 'her', 'aged', 'beat', 'defeated', 'scored',
]);

/** Words that commonly start or sit inside organisation names. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  'national', 'international', 'federal', 'central', 'general', 'royal', 'american', 'european', 'world',
  'united', 'democratic', 'republican', 'socialist', 'communist', 'liberal', 'conservative', 'labour',
  'labor', 'people', "people's", 'popular', 'islamic', 'workers', 'bank', 'ministry', 'council',
  'organisation', 'organization', 'union', 'party', 'association', 'federation', 'committee', 'agency',
]);

/**
 * Words that mark what a document is about. A capitalised word in business news is more often a
 * company, in sports results a team (often named after its city), in politics a person or country.
 */
export const TOPIC_WORDS: ReadonlyMap<string, string> = new Map([
  ...['shares', 'share', 'stock', 'stocks', 'percent', 'profit', 'profits', 'revenue', 'revenues', 'earnings',
    'company', 'companies', 'firm', 'market', 'markets', 'investors', 'dividend', 'quarter', 'billion',
    'trading', 'traded', 'prices', 'sales', 'bonds', 'bond', 'yield', 'securities', 'analysts', 'analyst',
    'loss', 'acquisition', 'merger', 'stake', 'futures', 'index', 'inc', 'corp', 'ltd', 'plc'].map((w) => [w, 'biz'] as const),
  ...['match', 'matches', 'game', 'games', 'season', 'league', 'cup', 'beat', 'defeated', 'draw', 'goal',
    'goals', 'scored', 'team', 'coach', 'player', 'players', 'championship', 'tournament', 'innings',
    'wickets', 'points', 'striker', 'soccer', 'football', 'tennis', 'cricket', 'golf', 'baseball',
    'basketball', 'rugby', 'race', 'seed', 'victory', 'halftime', 'played', 'won', 'lost'].map((w) => [w, 'sport'] as const),
  ...['government', 'minister', 'president', 'parliament', 'election', 'elections', 'officials', 'talks',
    'police', 'army', 'troops', 'rebels', 'opposition', 'vote', 'peace', 'war', 'killed', 'leader',
    'ministry', 'embassy', 'diplomats', 'court'].map((w) => [w, 'pol'] as const),
]);
