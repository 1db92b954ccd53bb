// One message → what it tells us: deterministic extraction, the place resolved by the territory
// module, the target trade resolved to a ROME code by the knowledge search, and optionally an LLM
// assist merged in (facts only). No botbuilder; dependencies are injected.
import type { KnowledgeSearch, SearchHit } from '../../knowledge/search/knowledgeSearch.js';
import type { KnowledgeBase } from '../../knowledge/model/knowledgeBase.js';
import { normalizeText } from './normalizeText.js';
import { chooseTradeHit } from '../../knowledge/search/tradeMatchConfidence.js';
import type { PlaceActivity, PlaceMention, TerritoryResult } from '../../knowledge/territory/index.js';
import type { Profile } from '../routing/profile.js';
import { extractProfile, mergeProfiles, withRetractions, type ExpectedFact, type Extraction } from './extractProfile.js';
import type { ProfileAssist } from './llmExtractor.js';
import { words as splitWords } from '../../knowledge/shared/frenchText.js';

/** The territory functions the understanding needs (knowledge/territory). */
export interface TerritoryPort {
  findPlaceInText(text: string): PlaceMention | undefined;
  resolvePlace(raw: string): TerritoryResult;
}

export interface UnderstandingDeps {
  territory?: TerritoryPort;
  knowledgeSearch?: KnowledgeSearch;
  /** Used to check a trade hit against the fiche's appellations (no far-fetched match). */
  knowledgeBase?: Pick<KnowledgeBase, 'getTrade'>;
  llm?: ProfileAssist;
  now?: () => Date;
}

/**
 * A town or département told as the person's workplace or study place, or as the place of a training,
 * a business project or an institution they stay in: a hint to ask about, never their place.
 */
export interface WorkOrStudyPlace {
  activity: PlaceActivity;
  /** The place of the workplace (a commune or a département), as the profile would hold it. */
  place: NonNullable<Profile['place']>;
  /** How to name it in a question (« Vannes », « Gers »). */
  name: string;
}

export interface Understanding extends Extraction {
  /** Territory outcome when a place was mentioned (resolved, ambiguous or unknown). */
  territory?: TerritoryResult;
  /** Where the person works or studies, when that is the only place told (never written as their place). */
  workOrStudyPlace?: WorkOrStudyPlace;
  /** Best ROME hit for the trade span, with its source. */
  tradeHit?: SearchHit;
  /** A plausible but unsure trade hit: ask « Vous parlez du métier de … ? » before using it. */
  tradeToConfirm?: SearchHit;
  /** Facts the LLM assist added (for audit); empty when off. */
  llmFacts: string[];
}

/** Minimal score for a trade hit to be believed (search scores are relative; keep it loose). */
const MIN_TRADE_SCORE = 0;

export async function understandMessage(
  text: string,
  deps: UnderstandingDeps,
  options: { expecting?: ExpectedFact } = {},
): Promise<Understanding> {
  const extraction = extractProfile(text, { expecting: options.expecting, now: deps.now?.() });
  const result: Understanding = { ...extraction, llmFacts: [] };
  if (extraction.signals.injection) {
    // Nothing of an injection attempt becomes a fact (only emergency signs, which add safety lines).
    result.profile = { ...emptyLists(), emergencies: extraction.profile.emergencies };
    result.tradeQuery = undefined;
    result.placeQuery = undefined;
    result.understood = false;
    return result;
  }

  // Place: a direct answer to "Où habitez-vous ?" is resolved as a whole; else look inside the text.
  // Another language, keyboard noise or an injection attempt: no place lookup ("Job" is a commune).
  const skipPlace = !!extraction.signals.foreignLanguage || extraction.signals.nonsense || extraction.signals.injection;
  if (deps.territory && !skipPlace) {
    if (options.expecting === 'place') {
      const mention = deps.territory.findPlaceInText(text);
      const found = keepHomeOrHint(mention, result);
      // A bare answer ("Villeurbanne", "69100") is resolved as a whole; "oui" or a sentence is not a place.
      const placeLike = !mention && !extraction.signals.yes && !extraction.signals.no && !extraction.signals.insult && text.trim().split(/\s+/).length <= 5;
      result.territory = found ?? (placeLike ? deps.territory.resolvePlace(text) : undefined);
    } else if (extraction.placeQuery || /\p{Lu}/u.test(text.slice(1))) {
      result.territory = keepHomeOrHint(deps.territory.findPlaceInText(text), result);
    }
    if (result.workOrStudyPlace && !result.understood) result.understood = true;
    const place = placeOf(result.territory);
    if (place) result.profile = mergeProfiles(result.profile, { ...emptyLists(), place });
    if (result.territory && !result.understood && result.territory.kind !== 'unknown') result.understood = true;
  }

  // Trade → ROME.
  if (extraction.tradeQuery && deps.knowledgeSearch) {
    try {
      const hits = await deps.knowledgeSearch.search(extraction.tradeQuery, { types: ['trade'], limit: 5 });
      const candidates = hits.filter((h) => h.type === 'trade' && h.code && h.score > MIN_TRADE_SCORE && tradeHitMatches(extraction.tradeQuery!, h, deps.knowledgeBase));
      // Confidence compares the person's words with the fiche's label and appellations (entry-level first).
      const choice = chooseTradeHit(extraction.tradeQuery, candidates, deps.knowledgeBase);
      const best = choice.sure?.hit;
      if (choice.unsure) result.tradeToConfirm = choice.unsure.hit;
      if (best?.code) {
        result.tradeHit = best;
        result.profile = mergeProfiles(result.profile, { ...emptyLists(), targetTrade: { romeCode: best.code, label: best.label } });
      }
    } catch {
      // Search unavailable: the trade stays as words; the conversation goes on.
    }
  }

  // LLM assist: facts only, merged under the deterministic ones (rules win on conflicts).
  if (deps.llm && !extraction.signals.injection) {
    try {
      const assisted = await deps.llm.extract(text);
      const { profile, added } = mergeAssist(result.profile, assisted);
      result.profile = profile;
      result.llmFacts = added;
      if (added.length > 0) result.understood = true;
    } catch {
      // The assist is optional: failure is silent for the person.
    }
  }
  // What the person took back travels with the profile to the caller's mergeProfiles.
  if (result.retracted.length > 0) withRetractions(result.profile, result.retracted);
  return result;
}

/**
 * The territory result of a mention that may be the person's place; a workplace's or a school's
 * place (« infirmière au CHU de Bordeaux ») becomes a hint on the understanding instead.
 */
function keepHomeOrHint(mention: PlaceMention | undefined, result: Understanding): TerritoryResult | undefined {
  if (!mention) return undefined;
  if (mention.role !== 'work_or_study') return mention.result;
  const r = mention.result;
  // Only a place known for sure makes a hint; an ambiguous or unknown workplace town is not asked about.
  if (r.kind === 'commune') result.workOrStudyPlace = { activity: mention.activity ?? 'work', place: r.place, name: r.commune.name };
  else if (r.kind === 'departement') result.workOrStudyPlace = { activity: mention.activity ?? 'work', place: r.place, name: r.departementName };
  return undefined;
}

function emptyLists(): Pick<Profile, 'needs' | 'barriers' | 'emergencies' | 'outOfScope'> {
  return { needs: [], barriers: [], emergencies: [], outOfScope: [] };
}

/** The profile place of a territory result; ambiguous results keep only what is certain. */
export function placeOf(result: TerritoryResult | undefined): Profile['place'] | undefined {
  if (!result) return undefined;
  switch (result.kind) {
    case 'commune':
    case 'departement':
    case 'region':
      return result.place;
    case 'ambiguous':
      return Object.keys(result.common).length > 0 ? result.common : undefined;
    default:
      return undefined;
  }
}

/**
 * Deterministic facts win; the assist only fills gaps, and only with facts of the schema (no
 * contact details exist in Profile). Returns the list of fields it filled.
 */
export function mergeAssist(base: Profile, assisted: Partial<Profile>): { profile: Profile; added: string[] } {
  const profile: Profile = { ...base };
  const added: string[] = [];
  const scalar = ['status', 'age', 'ageBand', 'rqth', 'cadre', 'diplomaLevel', 'jobAtRiskForHealth', 'rsa', 'recentlyLostJob', 'pluriActive', 'womanSpecificBarrier'] as const;
  for (const key of scalar) {
    const v = assisted[key];
    if (v !== undefined && profile[key] === undefined) {
      (profile as Record<string, unknown>)[key] = v;
      added.push(key);
    }
  }
  // A place only when the rules found none (the assist's place comes from the territory module).
  if (assisted.place && !profile.place) {
    profile.place = assisted.place;
    added.push('place');
  }
  for (const key of ['needs', 'barriers', 'emergencies', 'outOfScope'] as const) {
    const extra = (assisted[key] ?? []) as string[];
    const current = profile[key] as string[];
    const fresh = extra.filter((v) => !current.includes(v));
    if (fresh.length > 0) {
      (profile as Record<string, unknown>)[key] = [...current, ...fresh];
      added.push(key);
    }
  }
  return { profile, added };
}

const QUERY_STOP = new Set(['metier', 'metiers', 'travail', 'emploi', 'poste', 'dans', 'avec', 'pour', 'plus', 'faire', 'etre', 'chose', 'quelque']);

/**
 * A trade hit is believed only when a word of the person's span (or its stem) appears in the
 * fiche label or one of its appellations: "devenir riche" must not become a ROME fiche.
 */
export function tradeHitMatches(query: string, hit: SearchHit, kb?: Pick<KnowledgeBase, 'getTrade'>): boolean {
  const words = splitWords(normalizeText(query)).filter((w) => w.length >= 3 && !QUERY_STOP.has(w));
  if (words.length === 0) return false;
  const trade = hit.code ? kb?.getTrade(hit.code) : undefined;
  const texts = [hit.label, ...(trade ? [trade.label, ...trade.appellations.map((a) => a.label)] : [])].map((t) => ` ${normalizeText(t)}`);
  return words.some((w) => {
    const stem = w.length <= 5 ? w.slice(0, 4) : w.slice(0, Math.max(5, w.length - 3));
    return texts.some((t) => t.includes(` ${stem}`) || t.includes(`'${stem}`));
  });
}
