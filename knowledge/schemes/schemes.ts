// Funding and guidance schemes, written by the project in plain French (users read them).
// Each entry cites its official source and the date it was last reviewed.
import type { Scheme } from '../model/scheme.js';

export const SCHEMES_REVIEWED_AT = '2026-11-23';

export const SCHEMES: readonly Scheme[] = [];
