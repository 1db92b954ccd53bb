// What an importer tells the operator: counts, and every rejected record with its position.
export interface ImportReject {
  file: string;
  /** 1-based line (and column for XML) of the rejected record. */
  line?: number;
  column?: number;
  reason: string;
}

export interface ImportReport {
  counts: Record<string, number>;
  rejects: ImportReject[];
  notes: string[];
}

export function emptyReport(): ImportReport {
  return { counts: {}, rejects: [], notes: [] };
}

export function mergeReports(...reports: ImportReport[]): ImportReport {
  const out = emptyReport();
  for (const r of reports) {
    for (const [k, v] of Object.entries(r.counts)) out.counts[k] = (out.counts[k] ?? 0) + v;
    out.rejects.push(...r.rejects);
    out.notes.push(...r.notes);
  }
  return out;
}

/** Signals progress on long imports (the CLI prints it, tests ignore it). */
export type ProgressFn = (stage: string, done: number, total?: number) => void;
export const noProgress: ProgressFn = () => {};
