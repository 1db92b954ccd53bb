// Loads a knowledge snapshot into a typed in-memory KnowledgeBase with O(1) lookups.
import type { Certification } from '../model/certification.js';
import type { KnowledgeBase } from '../model/knowledgeBase.js';
import type { OperatorStructure } from '../model/operatorStructure.js';
import type { Scheme } from '../model/scheme.js';
import type { Trade } from '../model/trade.js';
import type { TrainingOffer } from '../model/trainingOffer.js';
import type { ImportReport } from '../importers/importReport.js';
import { BUILTIN_KB_DIR, readOffers, readSnapshot, type Snapshot } from './snapshot.js';

export class InMemoryKnowledgeBase implements KnowledgeBase {
  readonly meta: KnowledgeBase['meta'];
  private readonly tradeByCode = new Map<string, Trade>();
  private readonly certById = new Map<string, Certification>();
  private readonly certsByRome = new Map<string, Certification[]>();
  private readonly schemeById = new Map<string, Scheme>();
  private readonly tradeList: readonly Trade[];
  private readonly certList: readonly Certification[];
  private readonly schemeList: readonly Scheme[];
  private readonly operatorList: readonly OperatorStructure[];
  private readonly offerList: readonly TrainingOffer[];

  constructor(snapshot: Snapshot, offers: readonly TrainingOffer[] = []) {
    this.meta = { formatVersion: snapshot.formatVersion, generatedAt: snapshot.generatedAt, datasets: snapshot.datasets };
    this.tradeList = snapshot.trades;
    this.certList = snapshot.certifications;
    this.schemeList = snapshot.schemes;
    this.operatorList = snapshot.operators;
    this.offerList = offers;
    for (const t of snapshot.trades) this.tradeByCode.set(t.code, t);
    for (const c of snapshot.certifications) {
      this.certById.set(c.id, c);
      for (const code of c.romeCodes) {
        const list = this.certsByRome.get(code);
        if (list) list.push(c);
        else this.certsByRome.set(code, [c]);
      }
    }
    for (const s of snapshot.schemes) this.schemeById.set(s.id, s);
  }

  getTrade(code: string): Trade | undefined {
    return this.tradeByCode.get(code.trim().toUpperCase());
  }
  trades(): readonly Trade[] {
    return this.tradeList;
  }
  getCertification(id: string): Certification | undefined {
    const key = id.trim().toUpperCase();
    return this.certById.get(/^\d+$/.test(key) ? `RNCP${key}` : key);
  }
  certifications(): readonly Certification[] {
    return this.certList;
  }
  certificationsForRome(code: string): readonly Certification[] {
    return this.certsByRome.get(code.trim().toUpperCase()) ?? [];
  }
  schemes(): readonly Scheme[] {
    return this.schemeList;
  }
  getScheme(id: string): Scheme | undefined {
    return this.schemeById.get(id);
  }
  offers(): readonly TrainingOffer[] {
    return this.offerList;
  }
  operators(): readonly OperatorStructure[] {
    return this.operatorList;
  }
}

export interface LoadOptions {
  /** Offers to serve (e.g. from a Lhéo file); otherwise those stored in the directory, if any. */
  offers?: readonly TrainingOffer[];
}

/**
 * Loads the knowledge base from a snapshot directory (default: the built-in one shipped in
 * `knowledge/base/data/`, which works without ../shared). Synchronous: it is start-up work.
 */
export function loadKnowledgeBase(dir: string = BUILTIN_KB_DIR, options: LoadOptions = {}): KnowledgeBase {
  const snapshot = readSnapshot(dir);
  const offers = options.offers ?? (dir === BUILTIN_KB_DIR ? [] : readOffers(dir));
  return new InMemoryKnowledgeBase(snapshot, offers);
}

/**
 * Start-up helper: the snapshot (KB_DIR or built-in) plus, when configured (TRAINING_OFFERS_FILE),
 * the offers of a Lhéo 2.3 catalogue, streamed. Invalid offers are skipped and listed in the report.
 */
export async function loadKnowledgeBaseWithOffers(options: { dir?: string; trainingOffersFile?: string } = {}): Promise<{ kb: KnowledgeBase; offersReport?: ImportReport }> {
  if (!options.trainingOffersFile) return { kb: loadKnowledgeBase(options.dir) };
  // Imported lazily: the Lhéo parser is only needed when a catalogue is configured.
  const { importLheoFile } = await import('../importers/lheoImporter.js');
  const { offers, report } = await importLheoFile(options.trainingOffersFile);
  return { kb: loadKnowledgeBase(options.dir, { offers }), offersReport: report };
}
