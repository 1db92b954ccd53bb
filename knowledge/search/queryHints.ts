// Query hints drawn from the knowledge base's own trade vocabulary, for the words the index cannot
// match as typed:
// - a word spelt as it sounds (« grafiste », « ortoptiste ») → the trade words with the same French
//   phonetic key, or one sound away (one letter more, less or different, trade names only);
// - a clipped form (« archi », « ergo ») → the appellation words it begins;
// - a conjugated verb (« je conduis », « je tonds », « je vends ») → its infinitive, as the ROME
//   competences are written (« Conduire… », « Tondre… », « Vendre… »).
// Everything is derived from the documents (appellations, labels, competences); nothing is listed
// by hand here. The hints are added to the query as extra words; they never remove the person's own.
import { expandQuery, foldText, isWorkplaceNoun, placeComplementWords, queryTokens, stem, tokenize } from './frenchAnalyzer.js';
import { phoneticKey } from './frenchPhonetic.js';
import type { SearchDocument } from './searchDocument.js';
import { boundedEditDistance } from '../shared/frenchText.js';

/** Trade words proposed per unknown word (the most frequent in appellations first). */
const MAX_CANDIDATES = 2;
/**
 * How many of an activity's other words an agent noun's trade must use: all of them, except that with exactly three,
 * two suffice (one is often a qualifier the fiche words otherwise: « des pièces métalliques »). With four or more,
 * « all but one » let a nearby agent in (« installer les prises… » → installateur; tried in search rounds 8 and 9).
 */
const wordsToMeet = (others: number) => (others === 3 ? 2 : others);
/** Shortest word looked up phonetically, and shortest key allowed one sound of difference. */
const MIN_PHONETIC_WORD = 4;
const MIN_PHONETIC_WORD_IN_ACTIVITY = 5;
const MIN_KEY_FOR_ONE_EDIT = 7;
/** A clipped form keeps at least this many letters and drops at least MIN_CLIPPED_LETTERS. */
const MIN_CLIPPED_FORM = 3;
/** « faire » / « je fais » with an object describes an activity (« faire des photos », « je fais le ménage »), though « faire » is no competence verb. */
const DOING_SOMETHING = /\b(?:faire|fais|fait|faisais)\s+(?:l|la|le|les|des|du|de)\b/;
/** Shortest trade name read from two typed pieces (shorter joins meet trade names by chance). */
const MIN_JOINED_WORD = 8;
const MAX_CLIPPED_FORM = 8;
const MIN_CLIPPED_LETTERS = 2;
/** Below this length an unknown word that begins trade words is read as clipped, not misspelt. */
const SHORTEST_MISSPELT_WORD = 6;
/** Acronyms read from appellation initials: 3 to 5 letters, standing for at most this many names. */
const MIN_ACRONYM = 3;
const MAX_ACRONYM = 5;
const MAX_ACRONYM_NAMES = 2;
/** Small words left out of initials (« Agent de service hospitalier » → ash). */
const ACRONYM_SKIPPED = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'en', 'et', 'a', 'au', 'aux', 'pour', 'sur']);
/** Endings that make a verb's root into the one who does it (réparer → réparateur, conduire → conducteur). */
const AGENT_ENDINGS = ['eur', 'ateur', 'ier', 'cteur', 'teur', 'tre'];
/** Endings that make an object into its trade (photo → photographe, vigne → vigneron, fleur → fleuriste). */
const TRADE_OF_OBJECT_ENDINGS = ['iste', 'ier', 'eron', 'er', 'ien', 'graphe'];
/** Completions of a clipped form kept: those met with the other words at least this share as often as the best. */
const CONTEXT_SHARE = 0.5;
/** A competence's first word counts as a verb once it starts this many competences. */
const MIN_INFINITIVE_USES = 2;

/** Edits allowed to a misspelt word, as plain fuzzy search allows them (a fifth of its letters, rounded). */
const editsAllowed = (word: string) => Math.max(1, Math.round(word.length * 0.2));

const deletions = (key: string): string[] => {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
};

/** Present-tense forms (je, tu, il, ils) of an infinitive of the 2nd and 3rd groups. */
export function presentForms(infinitive: string): string[] {
  const v = infinitive;
  const forms = (base: string, endings: string[]) => endings.map((e) => base + e);
  if (/prendre$/.test(v)) return [`${v.slice(0, -2)}s`, v.slice(0, -2), `${v.slice(0, -3)}nent`];
  if (/[aeo]indre$/.test(v)) return [`${v.slice(0, -3)}s`, `${v.slice(0, -3)}t`, `${v.slice(0, -4)}gnent`];
  if (/dre$/.test(v)) return forms(v.slice(0, -2), ['s', '', 'ent']);
  if (/uire$/.test(v)) return forms(v.slice(0, -2), ['s', 't', 'sent']);
  if (/aire$/.test(v)) return forms(v.slice(0, -2), ['s', 't', 'ent']);
  if (/crire$/.test(v)) return forms(v.slice(0, -2), ['s', 't', 'vent']);
  if (/ire$/.test(v)) return forms(v.slice(0, -2), ['s', 't', 'sent']);
  if (/ttre$/.test(v)) return forms(v.slice(0, -3), ['s', '', 'tent']);
  if (/aitre$/.test(v)) return forms(v.slice(0, -4), ['is', 'it', 'issent']);
  if (/enir$/.test(v)) return forms(v.slice(0, -4), ['iens', 'ient', 'iennent']);
  if (/evoir$/.test(v)) return forms(v.slice(0, -5), ['ois', 'oit', 'oivent']);
  if (/oir$/.test(v)) return forms(v.slice(0, -2), ['s', 't', 'ent']);
  if (/(ouvrir|offrir|ueillir|ouffrir)$/.test(v)) return forms(v.slice(0, -2), ['e', 'es', 'ent']);
  if (/ir$/.test(v)) {
    // 2nd group (finir → finis) and the 3rd-group -tir/-vir/-mir verbs (servir → sers): both
    // families are generated; a form that belongs to no verb is never typed, so it costs nothing.
    const second = forms(v.slice(0, -2), ['is', 'it', 'issent']);
    const third = /[tvm]ir$/.test(v) ? forms(v.slice(0, -3), ['s', 't']).concat(v.slice(0, -2) + 'ent') : [];
    return [...second, ...third];
  }
  return [];
}

/** Bump when what prepare() derives changes. */
const HINTS_FORMAT = 1;

interface HintsVocabulary {
  format: number;
  knownWords: string[];
  titleWords: Array<[string, number]>;
  byKey: Array<[string, string[]]>;
  byKeyDeletion: Array<[string, string[]]>;
  infinitiveOf: Array<[string, string]>;
  verbStems: string[];
  agentNounsOfVerb: Array<[string, string[]]>;
  appellationsOfStem: Array<[string, number[]]>;
  appellationsOfWord: Array<[string, number[]]>;
  acronyms: Array<[string, Array<[string, number]>]>;
  documentOfAppellation: number[];
}

export class QueryHints {
  private built = false;
  /** Every folded word of the trade documents. */
  private readonly knownWords = new Set<string>();
  /** Folded words of trade labels and appellations, with the number of appellations using them. */
  private readonly titleWords = new Map<string, number>();
  private sortedTitleWords: string[] = [];
  private readonly byKey = new Map<string, string[]>();
  private readonly byKeyDeletion = new Map<string, string[]>();
  private readonly infinitiveOf = new Map<string, string>();
  /** Stems of the verbs that head competences (« Conduire », « Réparer », « Vendre »). */
  private readonly verbStems = new Set<string>();
  /** Per verb stem, the trade-name words for the one who does it (coiffer → coiffeur, réparer → réparateur). */
  private readonly agentNounsOfVerb = new Map<string, string[]>();
  /** Per stem of an appellation word, the appellations (numbered) that use it, ascending. */
  private readonly appellationsOfStem = new Map<string, number[]>();
  /** Initials of appellations' content words (« Maître-nageur sauveteur » → mns) → their words. */
  private readonly acronyms = new Map<string, Map<string, number>>();
  /** Per appellation number, the document it belongs to. */
  private readonly documentOfAppellation: number[] = [];
  /** Stems of a trade's whole text, computed when first needed. */
  private readonly stemsOfDocument = new Map<number, Set<string>>();
  /** Per appellation word as written (folded), the appellations that use it. */
  private readonly appellationsOfWord = new Map<string, number[]>();

  constructor(private readonly documents: readonly SearchDocument[]) {}

  /**
   * The vocabulary as JSON, saved with the search index snapshot: building it takes 0.4–1.5 s at
   * start-up, loading it a fraction of that. Only valid for the same documents (the snapshot's
   * fingerprint) and the same code (the snapshot's format number).
   */
  toJSON(): string {
    this.prepare();
    const vocabulary: HintsVocabulary = {
      format: HINTS_FORMAT,
      knownWords: [...this.knownWords],
      titleWords: [...this.titleWords],
      byKey: [...this.byKey],
      byKeyDeletion: [...this.byKeyDeletion],
      infinitiveOf: [...this.infinitiveOf],
      verbStems: [...this.verbStems],
      agentNounsOfVerb: [...this.agentNounsOfVerb],
      appellationsOfStem: [...this.appellationsOfStem],
      appellationsOfWord: [...this.appellationsOfWord],
      acronyms: [...this.acronyms].map(([initials, named]) => [initials, [...named]]),
      documentOfAppellation: this.documentOfAppellation,
    };
    return JSON.stringify(vocabulary);
  }

  /** Loads a vocabulary saved by toJSON(); false (and nothing loaded) when it is not one. */
  load(json: string): boolean {
    if (this.built) return true;
    let v: HintsVocabulary;
    try {
      v = JSON.parse(json) as HintsVocabulary;
    } catch {
      return false;
    }
    if (!v || v.format !== HINTS_FORMAT || !Array.isArray(v.knownWords)) return false;
    const fill = <K, V>(map: Map<K, V>, entries: Array<[K, V]>) => {
      for (const [k, x] of entries) map.set(k, x);
    };
    for (const w of v.knownWords) this.knownWords.add(w);
    fill(this.titleWords, v.titleWords);
    fill(this.byKey, v.byKey);
    fill(this.byKeyDeletion, v.byKeyDeletion);
    fill(this.infinitiveOf, v.infinitiveOf);
    for (const w of v.verbStems) this.verbStems.add(w);
    fill(this.agentNounsOfVerb, v.agentNounsOfVerb);
    fill(this.appellationsOfStem, v.appellationsOfStem);
    fill(this.appellationsOfWord, v.appellationsOfWord);
    for (const [initials, named] of v.acronyms) this.acronyms.set(initials, new Map(named));
    this.documentOfAppellation.push(...v.documentOfAppellation);
    this.sortedTitleWords = [...this.titleWords.keys()].sort();
    this.built = true;
    return true;
  }

  /** Built on first use (about half a second over the trades, once per process); see prepare(). */
  prepare(): void {
    if (this.built) return;
    this.built = true;
    const otherWords = new Set<string>();
    const cedillaWords = new Map<string, string>();
    const infinitiveUses = new Map<string, number>();
    let appellationNumber = 0;
    for (const [docIndex, d] of this.documents.entries()) {
      if (d.type !== 'trade') continue;
      for (const name of [d.label, ...d.appellations.split(' ; ')]) {
        const n = appellationNumber++;
        this.documentOfAppellation[n] = docIndex;
        const words = new Set(tokenize(name));
        // People write a trade by its initials (« MNS »): the masculine form of the appellation.
        const content = tokenize(name.split(' / ')[0].replace(/\([^)]*\)|-[A-Z]+-/g, ' ')).filter((w) => !ACRONYM_SKIPPED.has(w));
        if (content.length >= MIN_ACRONYM && content.length <= MAX_ACRONYM) {
          const initials = content.map((w) => w[0]).join('');
          const named = this.acronyms.get(initials) ?? new Map<string, number>();
          named.set(content.join(' '), docIndex);
          this.acronyms.set(initials, named);
        }
        for (const [map, keys] of [[this.appellationsOfWord, words], [this.appellationsOfStem, new Set([...words].map(stem))]] as const) {
          for (const k of keys) {
            const list = map.get(k);
            if (list) list.push(n);
            else map.set(k, [n]);
          }
        }
      }
      for (const raw of `${d.label} ${d.appellations}`.toLowerCase().match(/[a-zà-ÿ]*ç[a-zà-ÿ]*/g) ?? []) {
        cedillaWords.set(foldText(raw), foldText(raw.replace(/ç/g, 's')));
      }
      for (const t of tokenize(`${d.label} ; ${d.appellations}`)) {
        this.knownWords.add(t);
        if (t.length >= MIN_PHONETIC_WORD) this.titleWords.set(t, (this.titleWords.get(t) ?? 0) + 1);
      }
      for (const t of tokenize(`${d.skills} ; ${d.definition} ; ${d.everyday ?? ''}`)) {
        this.knownWords.add(t);
        if (t.length >= MIN_PHONETIC_WORD) otherWords.add(t);
      }
      // Competences start with their verb in the infinitive (« Conduire un poids lourd »).
      for (const m of `${d.skills} ; ${d.everyday ?? ''}`.matchAll(/(?:^|; )([^\s;]+)/g)) {
        const first = foldText(m[1]);
        if (/^[a-z]{3,}(er|re|ir|oir)$/.test(first)) infinitiveUses.set(first, (infinitiveUses.get(first) ?? 0) + 1);
      }
    }
    this.sortedTitleWords = [...this.titleWords.keys()].sort();
    // Only trade names are proposed one sound away, so only their keys need the deletion index; they
    // are added first, so a key shared with other words already has its deletions.
    const addKey = (word: string, isTradeName: boolean, key = phoneticKey(word)) => {
      if (key.length < 3) return;
      const list = this.byKey.get(key);
      if (list) {
        if (!list.includes(word)) list.push(word);
        return;
      }
      this.byKey.set(key, [word]);
      if (isTradeName && key.length >= MIN_KEY_FOR_ONE_EDIT - 1) {
        for (const d of deletions(key)) {
          const keys = this.byKeyDeletion.get(d);
          if (keys) keys.push(key);
          else this.byKeyDeletion.set(d, [key]);
        }
      }
    };
    for (const w of this.titleWords.keys()) addKey(w, true);
    // Folding turns ç into c (« maçon » → macon, a k sound): such trade names also get the key of their
    // s sound, which is how people write them from the ear (« masson »).
    for (const [word, heard] of cedillaWords) if (this.titleWords.has(word)) addKey(word, true, phoneticKey(heard));
    for (const w of otherWords) if (!this.titleWords.has(w)) addKey(w, false);
    for (const [infinitive, uses] of infinitiveUses) {
      // A word found more often in trade names than at the head of competences (« cadre ») is a noun.
      if (uses < MIN_INFINITIVE_USES || (this.titleWords.get(infinitive) ?? 0) > uses) continue;
      this.verbStems.add(stem(infinitive));
      const agents = this.agentNouns(infinitive);
      if (agents.length && !this.agentNounsOfVerb.has(stem(infinitive))) this.agentNounsOfVerb.set(stem(infinitive), agents);
      if (infinitive.endsWith('er')) continue; // 1st group: the stems of its forms already meet
      for (const form of presentForms(infinitive)) if (!this.knownWords.has(form) && !this.infinitiveOf.has(form)) this.infinitiveOf.set(form, infinitive);
    }
  }

  /** Trade-name words made of the verb's root and an agent ending, most used first. */
  private agentNouns(infinitive: string): string[] {
    const roots = new Set([infinitive.replace(/(er|ir|re|oir)$/, ''), infinitive.replace(/(ire|dre)$/, '')]);
    const out = new Set<string>();
    for (const root of roots) {
      if (root.length < MIN_CLIPPED_FORM) continue;
      for (const w of this.completions(root)) if (AGENT_ENDINGS.includes(w.slice(root.length))) out.add(w);
    }
    return [...out];
  }

  /** Agent nouns of a word that is no competence verb (« je coiffe » → coiffeur, « la pose » → poseur). */
  private agentNounsOfWord(word: string, endings: readonly string[] = AGENT_ENDINGS): string[] | undefined {
    const root = word.replace(/(es|e|s)$/, '');
    if (root.length < MIN_CLIPPED_FORM) return undefined;
    const found = this.completions(root).filter((w) => endings.includes(w.slice(root.length)));
    return found.length ? found : undefined;
  }

  private frequency(word: string): number {
    return this.titleWords.get(word) ?? 0;
  }

  private best(words: Iterable<string>): string[] {
    return [...new Set(words)].sort((a, b) => this.frequency(b) - this.frequency(a) || (a < b ? -1 : 1)).slice(0, MAX_CANDIDATES);
  }

  /** Trade-name words a few typing slips away (letters swapped, missing, doubled or wrong), closest first. */
  private nearSpellings(word: string): string[] {
    const max = editsAllowed(word);
    let best = max + 1;
    let found: string[] = [];
    for (const w of this.titleWords.keys()) {
      // Slips rarely hit the first letter; allowing it turns other words into trade names (« éteindre » → teindre).
      if (w[0] !== word[0]) continue;
      const d = boundedEditDistance(word, w, Math.min(max, best));
      if (d < best) {
        best = d;
        found = [w];
      } else if (d === best && d <= max) found.push(w);
    }
    return best <= max ? this.best(found) : [];
  }

  /** The trade names a word typed in two pieces stands for: same sounds, or a typing slip or two away. */
  private joinedReading(word: string): string[] {
    if (this.titleWords.has(word)) return [word];
    const same = this.byKey.get(phoneticKey(word))?.filter((w) => this.titleWords.has(w));
    if (same?.length) return this.best(same);
    return this.nearSpellings(word);
  }

  private oneSoundAway(key: string): string[] {
    if (key.length < MIN_KEY_FOR_ONE_EDIT) return [];
    // One sound more, one less, or one different (symmetric deletions).
    const keys = new Set<string>();
    for (const k of this.byKeyDeletion.get(key) ?? []) keys.add(k);
    for (const d of deletions(key)) {
      if (this.byKey.has(d)) keys.add(d);
      for (const k of this.byKeyDeletion.get(d) ?? []) keys.add(k);
    }
    // One sound away is a looser match: only trade names (labels, appellations) are proposed.
    return this.best([...keys].flatMap((k) => this.byKey.get(k) ?? []).filter((w) => this.titleWords.has(w)));
  }

  /** Every appellation word the clipped form begins (most used first). */
  private completions(clipped: string): string[] {
    const words = this.sortedTitleWords;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid] < clipped) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < words.length && words[i].startsWith(clipped); i++) {
      if (words[i].length >= clipped.length + MIN_CLIPPED_LETTERS) found.push(words[i]);
    }
    return found.sort((a, b) => this.frequency(b) - this.frequency(a) || (a < b ? -1 : 1));
  }

  private documentStems(i: number): Set<string> {
    let stems = this.stemsOfDocument.get(i);
    if (!stems) {
      const d = this.documents[i];
      stems = new Set(tokenize(`${d.label} ${d.appellations} ${d.skills} ${d.definition} ${d.everyday ?? ''}`).map(stem));
      this.stemsOfDocument.set(i, stems);
    }
    return stems;
  }

  /**
   * The agent nouns one of whose trades' texts uses all the query's other words (« je coiffe les
   * clientes » → coiffeur; « préparer les repas à la cantine » → not préparateur, whose trades
   * prepare orders and medicines). None when no such trade uses them all (two of exactly three will do:
   * `wordsToMeet`). The words of a place complement are left out by the caller: « en atelier » is where the
   * soudeur works, whatever his fiche calls it.
   */
  private agentsInContext(agents: string[], others: string[]): string[] {
    const stems = [...new Set(others.filter((t) => t.length >= MIN_CLIPPED_FORM && !/\d/.test(t)).map(stem))];
    if (stems.length === 0) return agents.slice(0, MAX_CANDIDATES);
    const scored = agents.map((w) => {
      let best = 0;
      for (const n of this.appellationsOfWord.get(w) ?? []) {
        const words = this.documentStems(this.documentOfAppellation[n]);
        best = Math.max(best, stems.filter((s) => words.has(s)).length);
      }
      return { w, best };
    });
    const top = Math.max(0, ...scored.map((x) => x.best));
    return top < wordsToMeet(stems.length) ? [] : this.best(scored.filter((x) => x.best === top).map((x) => x.w));
  }

  /** The names an acronym stands for whose trade text uses the query's other words most (all when it stands alone). */
  private namesInContext(named: Map<string, number>, others: string[]): string[] {
    const stems = others.filter((t) => t.length >= MIN_CLIPPED_FORM).map(stem);
    const scored = [...named].map(([name, i]) => {
      const d = this.documents[i];
      const words = new Set(tokenize(`${d.label} ${d.appellations} ${d.skills} ${d.definition} ${d.everyday ?? ''}`).map(stem));
      return { name, together: stems.filter((s) => words.has(s)).length };
    });
    const best = Math.max(...scored.map((x) => x.together));
    // With other words, initials whose trade shares none of them stand for something else.
    if (stems.length > 0 && best === 0) return [];
    const kept = scored.filter((x) => x.together === best).map((x) => x.name);
    // Between equals, initials stand for a trade's own name (« MNS » is the maître-nageur sauveteur's
    // label) more often than for one of another trade's alternative titles (« machiniste nettoyage à sec »).
    const labels = kept.filter((name) => tokenize(this.documents[named.get(name)!].label.split(' / ')[0]).join(' ') === name);
    return labels.length ? labels : kept;
  }

  /** Appellations that use one of these stems. */
  private appellationsWithAny(stems: Iterable<string>): Set<number> {
    const out = new Set<number>();
    for (const s of stems) for (const n of this.appellationsOfStem.get(s) ?? []) out.add(n);
    return out;
  }

  /**
   * The completions of a clipped form that appear in the same appellations as the query's other
   * words (« chargée de com » → communication, not the commoner « commercial »). Without other
   * words, or when no completion meets them, the most used completions.
   */
  private completionsInContext(completions: string[], context: Set<number>): { words: string[]; inContext: boolean } {
    const byUse = { words: completions.slice(0, MAX_CANDIDATES), inContext: false };
    if (context.size === 0) return byUse;
    const scored = completions
      .map((w) => {
        let together = 0;
        for (const n of this.appellationsOfWord.get(w) ?? []) if (context.has(n)) together++;
        return { w, together };
      })
      .filter((x) => x.together > 0)
      .sort((a, b) => b.together - a.together || this.frequency(b.w) - this.frequency(a.w));
    if (scored.length === 0) return byUse;
    // A completion met far less often with the other words than the best one is a different trade.
    const enough = scored[0].together * CONTEXT_SHARE;
    // Candidates sharing one stem (« assistant », « assistante ») count once.
    const out: string[] = [];
    const stems = new Set<string>();
    for (const { w, together } of scored) {
      if (together < enough) break;
      if (stems.has(stem(w))) continue;
      stems.add(stem(w));
      out.push(w);
      if (out.length === MAX_CANDIDATES) break;
    }
    return { words: out, inContext: true };
  }

  /**
   * True when the query describes an activity with a verb of the competences (« je répare des
   * vélos », « je conduis des engins ») rather than naming a trade.
   */
  describesActivity(query: string): boolean {
    this.prepare();
    return queryTokens(query).some((t) => this.infinitiveOf.has(t) || this.verbStems.has(stem(t))) || DOING_SOMETHING.test(foldText(query));
  }

  /** A word of the trades' texts, or its plural (« matins », « horaires » are no misspellings). */
  private isKnown(word: string): boolean {
    return this.knownWords.has(word) || (/[sx]$/.test(word) && this.knownWords.has(word.slice(0, -1)));
  }

  /** Extra words for the query (space-separated, may be empty). */
  for(query: string): string {
    const { words, agents } = this.read(query);
    return [...words, ...agents].join(' ');
  }

  /** The hints, with the agent nouns read from activity verbs apart (they weigh less: a guess about the trade). */
  read(query: string): { words: string[]; agents: string[] } {
    this.prepare();
    const agentWords: string[] = [];
    const tokens = queryTokens(query);
    // Words a synonym, acronym or brand term of this query matched are handled by that table.
    const tableWords = new Set(expandQuery(query).matched);
    const places = placeComplementWords(query);
    // Words the synonym table adds a sector to, kept in the query (« bébés » → petite enfance): whom or what the work is
    // for. When the object names the trade (« des photos de bébés » → photographe), its texts need not name them.
    const expanded = expandQuery(query);
    const peopleOrSectorWords = new Set(queryTokens(expanded.text).filter((t) => expanded.matched.includes(t)));
    const isTableWord = (t: string) => tableWords.has(t);
    // A clipped form is read among the query's other words: known words count as they are, other
    // clipped forms through all their completions (« auxi de puér » → auxiliaire + puériculture).
    const clippedOf = new Map<string, string[]>();
    for (const token of tokens) {
      if (/\d/.test(token) || this.isKnown(token) || isTableWord(token) || this.infinitiveOf.has(token)) continue;
      if (token.length < MIN_CLIPPED_FORM || token.length > MAX_CLIPPED_FORM) continue;
      const found = this.completions(token);
      if (found.length) clippedOf.set(token, found);
    }
    const contextOf = (token: string) =>
      this.appellationsWithAny(
        tokens.filter((t) => t !== token && t.length >= MIN_CLIPPED_FORM && !/\d/.test(t)).flatMap((t) => (clippedOf.has(t) ? clippedOf.get(t)!.map(stem) : this.isKnown(t) ? [stem(t)] : [])),
      );
    const out: string[] = [];
    const isVerb = (t: string) => this.infinitiveOf.has(t) || this.verbStems.has(stem(t));
    const activity = tokens.some(isVerb) || DOING_SOMETHING.test(foldText(query));
    // A word after a subject pronoun is a verb (« je coiffe », « on pose »), whatever the texts say.
    const afterSubject = new Set([...foldText(query).matchAll(/\b(?:je|j|tu|il|elle|on)\s+([a-z]+)/g)].map((m) => m[1]));
    // Words typed in capitals (« MNS ») are read as initials even when the texts use them otherwise.
    const capitals = new Set(tokenize(query.replace(/\b(?![A-Z]{3,5}\b)\S+/g, ' ')));
    // A trade name typed in two pieces (« chaux dronier », « plom bier »): the joined word is read as one.
    const joined = new Set<string>();
    for (let i = 0; i + 1 < tokens.length; i++) {
      const [a, b] = [tokens[i], tokens[i + 1]];
      if (joined.has(a) || /\d/.test(a + b) || isTableWord(a) || isTableWord(b) || (this.isKnown(a) && this.isKnown(b))) continue;
      if (isVerb(a) || isVerb(b) || a.length + b.length < MIN_JOINED_WORD) continue;
      const reading = this.joinedReading(a + b);
      if (!reading.length) continue;
      out.push(...reading);
      joined.add(a).add(b);
    }
    for (const token of tokens) {
      if (/\d/.test(token) || joined.has(token)) continue;
      const named = this.acronyms.get(token);
      if (named && named.size <= MAX_ACRONYM_NAMES && !isTableWord(token) && !this.titleWords.has(token) && (capitals.has(token) || !this.knownWords.has(token))) {
        out.push(...this.namesInContext(named, tokens.filter((t) => t !== token)));
        continue;
      }
      // An activity verb also stands for the one who does it (« je coiffe » → coiffeur), among the
      // agent nouns the query's other words are met with (« je soude des tuyaux » → tuyauteur-soudeur).
      const verbAgents = token.length < MIN_PHONETIC_WORD ? undefined : this.agentNounsOfVerb.get(stem(this.infinitiveOf.get(token) ?? token)) ?? (afterSubject.has(token) ? this.agentNounsOfWord(token) : undefined);
      // In an activity, the object can name the trade too (« des photos » → photographe, « la vigne » → vigneron).
      const objectAgents = !verbAgents && activity && token.length >= MIN_PHONETIC_WORD && !this.verbStems.has(stem(token)) ? this.agentNounsOfWord(token, TRADE_OF_OBJECT_ENDINGS) : undefined;
      // A workplace after a preposition (« à l'usine ») is neither a verb nor an object (no usineur).
      const agents = isWorkplaceNoun(token) && places.has(token) ? undefined : (verbAgents ?? objectAgents);
      // The place is where the work is done, not what the trade's texts must name (« je soude des tuyaux en atelier »);
      // a word typed as a trade's name (« aide-soignante en ehpad ») is no verb, its context stays whole.
      const placesLeftOut = this.titleWords.has(token) ? undefined : places;
      const agentsMet = agents ? this.agentsInContext(agents.filter((w) => w !== token), tokens.filter((t) => t !== token && (!objectAgents || !isVerb(t)) && !placesLeftOut?.has(t) && !(objectAgents && peopleOrSectorWords.has(t)))) : [];
      agentWords.push(...agentsMet);
      const infinitive = this.infinitiveOf.get(token);
      if (infinitive) {
        out.push(infinitive);
        continue;
      }
      if (this.isKnown(token) || isTableWord(token) || token.length < MIN_CLIPPED_FORM || agentsMet.length) continue;
      // A short word is more often clipped (« archi ») than misspelt; a longer one the other way round.
      const key = phoneticKey(token);
      // In an activity, a short word is an ordinary object (« des docs », « les pots ») more often than a
      // misspelt trade, and its three-letter key meets trade names by chance (docs → docker).
      const same = token.length >= (activity ? MIN_PHONETIC_WORD_IN_ACTIVITY : MIN_PHONETIC_WORD) ? this.byKey.get(key) : undefined;
      const found = clippedOf.get(token);
      const clipped = found ? this.completionsInContext(found, contextOf(token)) : undefined;
      // Completions met in the same appellations as the other words outweigh a phonetic reading.
      // In an activity the objects are things (« des docs » is no docker): a completion must meet the other words.
      if (clipped && (clipped.inContext || (!activity && (token.length < SHORTEST_MISSPELT_WORD || !same)))) out.push(...clipped.words);
      else if (same && same.some((w) => this.titleWords.has(w))) out.push(...this.best(same));
      else if (token.length >= MIN_PHONETIC_WORD) {
        // A typing slip away from a trade name beats a same-sounding word of the competences.
        const near = this.nearSpellings(token);
        const sounds = same ? this.best(same) : this.oneSoundAway(key);
        out.push(...new Set([...near, ...sounds]));
      }
    }
    return { words: out, agents: [...new Set(agentWords)] };
  }
}
