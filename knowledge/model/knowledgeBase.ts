// The typed, in-memory knowledge base every other part reads (search index, dialogs, HTTP).
import type { Certification } from './certification.js';
import type { OperatorStructure } from './operatorStructure.js';
import type { Scheme } from './scheme.js';
import type { Trade } from './trade.js';
import type { TrainingOffer } from './trainingOffer.js';

/** Provenance of one dataset in the snapshot, shown with the data. */
export interface DatasetInfo {
  id: string;
  label: string;
  /** e.g. "France Travail, ROME 4.0 v4.60" */
  source: string;
  /** Publication/extraction date of the source data (ISO), when known. */
  date?: string;
  count: number;
}

export interface KnowledgeBase {
  /** Snapshot metadata. */
  readonly meta: { formatVersion: number; generatedAt: string; datasets: DatasetInfo[] };
  getTrade(code: string): Trade | undefined;
  trades(): readonly Trade[];
  getCertification(id: string): Certification | undefined;
  certifications(): readonly Certification[];
  certificationsForRome(code: string): readonly Certification[];
  schemes(): readonly Scheme[];
  getScheme(id: string): Scheme | undefined;
  /** Training offers (empty unless a Lhéo file was loaded). */
  offers(): readonly TrainingOffer[];
  operators(): readonly OperatorStructure[];
}
