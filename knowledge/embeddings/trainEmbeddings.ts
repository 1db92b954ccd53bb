// Trains the embedded-default embedding model from the knowledge base's own text, supervised by
// its links: every appellation, skill, definition sentence and everyday word of a ROME fiche and every
// RNCP title (through its RNCP→ROME links) is a training example whose target is the fiche's anchor.
// 1. anchors: hierarchical random codes (grand domaine + domaine + fiche) so that near misses
//    stay in the same family; 2. closed-form init: each feature = weighted mean of the anchors of
//    the fiches it occurs in; 3. a few epochs of full-softmax SGD over (features → fiche), moving
//    both the feature table and the anchors (StarSpace-like).
import type { KnowledgeBase } from '../model/knowledgeBase.js';
import { documentFeatures, type SparseFeatures } from './textFeatures.js';
import { normalizeInPlace, TrainedEmbeddingModel } from './trainedEmbeddingModel.js';
import { mulberry32 } from '../shared/seededRandom.js';
import { everydayWordsOf } from '../search/everydayWords.js';

export interface TrainOptions {
  dim?: number;
  buckets?: number;
  epochs?: number;
  learningRate?: number;
  /** Softmax scale over cosine similarities. */
  scale?: number;
  seed?: number;
  /** Weight of each everyday word of a fiche (default EVERYDAY_WORD_WEIGHT). */
  everydayWordWeight?: number;
  log?: (msg: string) => void;
}

/** Weight of one everyday word or phrase of a fiche (an appellation weighs 2, a skill 0.4). */
export const EVERYDAY_WORD_WEIGHT = 1;

interface Example {
  f: SparseFeatures;
  k: number;
  w: number;
}


function gaussian(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

export function trainingExamples(kb: KnowledgeBase, buckets: number, codeIndex: Map<string, number>, everydayWordWeight = EVERYDAY_WORD_WEIGHT): Example[] {
  const ex: Example[] = [];
  const push = (text: string, k: number, w: number) => {
    if (!text.trim()) return;
    const f = documentFeatures(text, buckets);
    if (f.ids.length) ex.push({ f, k, w });
  };
  for (const t of kb.trades()) {
    const k = codeIndex.get(t.code)!;
    push(t.label, k, 3);
    for (const a of t.appellations) push(a.label, k, a.rare ? 1 : 2);
    for (const s of t.skills) push(s, k, 0.4);
    for (const s of t.knowledge.slice(0, 30)) push(s, k, 0.2);
    for (const s of t.definition.split(/(?<=\.)\s+/)) push(s, k, 0.8);
    if (t.access) push(t.access, k, 0.2);
    // Everyday words teach the model what the fiche texts never say (« fuites » near the plumber).
    for (const w of everydayWordsOf(t.code)) push(w, k, everydayWordWeight);
  }
  for (const c of kb.certifications()) {
    const ks = c.romeCodes.map((r) => codeIndex.get(r)).filter((x): x is number => x !== undefined);
    for (const k of ks) push(c.title, k, 1 / ks.length);
  }
  return ex;
}

export function trainEmbeddingModel(kb: KnowledgeBase, options: TrainOptions = {}): TrainedEmbeddingModel {
  const dim = options.dim ?? 64;
  const buckets = options.buckets ?? 1 << 16;
  const epochs = options.epochs ?? 4;
  const lr0 = options.learningRate ?? 0.2;
  const scale = options.scale ?? 12;
  const log = options.log ?? (() => {});
  const rand = mulberry32(options.seed ?? 42);

  const trades = kb.trades();
  const codes = trades.map((t) => t.code);
  const codeIndex = new Map(codes.map((c, i) => [c, i]));
  const K = codes.length;

  // 1. Anchors: family structure baked in so that errors stay close (same domaine).
  const family = new Map<string, Float32Array>();
  const randVec = () => {
    const v = new Float32Array(dim);
    for (let j = 0; j < dim; j++) v[j] = gaussian(rand);
    return normalizeInPlace(v);
  };
  const familyVec = (key: string) => {
    let v = family.get(key);
    if (!v) family.set(key, (v = randVec()));
    return v;
  };
  const anchors = new Float32Array(K * dim);
  trades.forEach((t, k) => {
    const g = familyVec(`g:${t.grandDomaine.code || t.code[0]}`);
    const d = familyVec(`d:${t.domaine.code || t.code.slice(0, 3)}`);
    const own = randVec();
    const a = anchors.subarray(k * dim, (k + 1) * dim);
    for (let j = 0; j < dim; j++) a[j] = 0.25 * g[j] + 0.45 * d[j] + own[j];
    normalizeInPlace(a);
  });

  const examples = trainingExamples(kb, buckets, codeIndex, options.everydayWordWeight);
  log(`${examples.length} training examples over ${K} fiches`);

  // 2. Closed-form init: mean anchor of each feature, damped for rare features.
  const table = new Float32Array(buckets * dim);
  const mass = new Float32Array(buckets);
  for (const { f, k, w } of examples) {
    const a = anchors.subarray(k * dim, (k + 1) * dim);
    for (let i = 0; i < f.ids.length; i++) {
      const base = f.ids[i] * dim;
      const v = w * f.weights[i];
      mass[f.ids[i]] += v;
      for (let j = 0; j < dim; j++) table[base + j] += v * a[j];
    }
  }
  for (let r = 0; r < buckets; r++) {
    if (mass[r] === 0) continue;
    const inv = 1 / (mass[r] + 0.5);
    for (let j = 0; j < dim; j++) table[r * dim + j] *= inv;
  }

  // 3. Full-softmax SGD.
  const q = new Float32Array(dim);
  const g = new Float32Array(dim);
  const logits = new Float32Array(K);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const lr = lr0 * (1 - epoch / epochs);
    let loss = 0;
    let correct = 0;
    for (const idx of order) {
      const { f, k, w } = examples[idx];
      q.fill(0);
      for (let i = 0; i < f.ids.length; i++) {
        const base = f.ids[i] * dim;
        const v = f.weights[i];
        for (let j = 0; j < dim; j++) q[j] += v * table[base + j];
      }
      let norm = 0;
      for (let j = 0; j < dim; j++) norm += q[j] * q[j];
      norm = Math.sqrt(norm);
      if (norm === 0) continue;
      for (let j = 0; j < dim; j++) q[j] /= norm;
      let max = -Infinity;
      let best = 0;
      for (let c = 0; c < K; c++) {
        let s = 0;
        const base = c * dim;
        for (let j = 0; j < dim; j++) s += q[j] * anchors[base + j];
        s *= scale;
        logits[c] = s;
        if (s > max) {
          max = s;
          best = c;
        }
      }
      if (best === k) correct++;
      let sum = 0;
      for (let c = 0; c < K; c++) sum += logits[c] = Math.exp(logits[c] - max);
      loss -= Math.log(logits[k] / sum + 1e-12);
      // gradient w.r.t. q and anchor updates (only anchors with noticeable probability).
      g.fill(0);
      const step = lr * w;
      for (let c = 0; c < K; c++) {
        const p = logits[c] / sum - (c === k ? 1 : 0);
        if (Math.abs(p) < 1e-4) continue;
        const base = c * dim;
        const gp = scale * p;
        for (let j = 0; j < dim; j++) {
          g[j] += gp * anchors[base + j];
          anchors[base + j] -= step * 0.1 * gp * q[j];
        }
      }
      // back through the normalisation: d/dq_raw = (g - (g·q) q) / |q_raw|
      let gq = 0;
      for (let j = 0; j < dim; j++) gq += g[j] * q[j];
      for (let j = 0; j < dim; j++) g[j] = (g[j] - gq * q[j]) / norm;
      for (let i = 0; i < f.ids.length; i++) {
        const base = f.ids[i] * dim;
        const v = step * f.weights[i];
        for (let j = 0; j < dim; j++) table[base + j] -= v * g[j];
      }
    }
    for (let c = 0; c < K; c++) normalizeInPlace(anchors.subarray(c * dim, (c + 1) * dim));
    log(`epoch ${epoch + 1}/${epochs}: loss ${(loss / order.length).toFixed(3)}, train top-1 ${((100 * correct) / order.length).toFixed(1)} %`);
  }

  return new TrainedEmbeddingModel(
    {
      magic: 'CEPEMB1',
      dim,
      buckets,
      anchorCodes: codes,
      trainedAt: new Date().toISOString(),
      info: {
        datasets: kb.meta.datasets.map((d) => `${d.id}:${d.count}`),
        examples: examples.length,
        epochs,
        learningRate: lr0,
        scale,
        seed: options.seed ?? 42,
      },
    },
    table,
    anchors,
  );
}
