// Accessible horizontal bar charts rendered server-side as inline SVG (no chart library, no script).
// The SVG has role="img" with a title/description; the same figures are always given in a table
// next to it, which is what screen readers should use.
import { html, type SafeHtml } from './html.js';

export interface Bar {
  label: string;
  value: number;
  /** Text shown at the end of the bar (defaults to the value). */
  display?: string;
}

export interface BarChartOptions {
  id: string;
  title: string;
  description?: string;
  bars: readonly Bar[];
  width?: number;
}

const BAR_HEIGHT = 26;
const GAP = 10;
const LABEL_WIDTH = 330;
const VALUE_WIDTH = 80;

function truncate(label: string, max = 46): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

export function svgBarChart(opts: BarChartOptions): SafeHtml {
  const width = opts.width ?? 760;
  const plot = width - LABEL_WIDTH - VALUE_WIDTH;
  const max = Math.max(1, ...opts.bars.map((b) => b.value));
  const height = Math.max(1, opts.bars.length) * (BAR_HEIGHT + GAP) + GAP;
  const titleId = `${opts.id}-titre`;
  const descId = `${opts.id}-desc`;
  const rows = opts.bars.map((b, i) => {
    const y = GAP + i * (BAR_HEIGHT + GAP);
    const w = b.value > 0 ? Math.max(2, Math.round((b.value / max) * plot)) : 0;
    return html`<g>
  <text x="${LABEL_WIDTH - 8}" y="${y + BAR_HEIGHT / 2 + 5}" text-anchor="end" class="console-chart__label">${truncate(b.label)}</text>
  <rect x="${LABEL_WIDTH}" y="${y}" width="${w}" height="${BAR_HEIGHT}" class="console-chart__bar"></rect>
  <text x="${LABEL_WIDTH + w + 6}" y="${y + BAR_HEIGHT / 2 + 5}" class="console-chart__value">${b.display ?? String(b.value)}</text>
</g>`;
  });
  return html`<svg class="console-chart" id="${opts.id}" role="img" aria-labelledby="${titleId} ${descId}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">
<title id="${titleId}">${opts.title}</title>
<desc id="${descId}">${opts.description ?? 'Les mêmes données figurent dans le tableau qui suit.'}</desc>
${opts.bars.length === 0 ? html`<text x="8" y="24" class="console-chart__label">Aucune donnée sur la période.</text>` : rows}
</svg>`;
}

export interface ColumnChartOptions {
  id: string;
  title: string;
  description?: string;
  /** In order (e.g. days); every `labelEvery`-th label is printed under the axis. */
  columns: readonly Bar[];
  labelEvery?: number;
  width?: number;
  height?: number;
}

/** Vertical columns for time series (one per day). */
export function svgColumnChart(opts: ColumnChartOptions): SafeHtml {
  const width = opts.width ?? 760;
  const height = opts.height ?? 240;
  const left = 40;
  const bottom = 40;
  const top = 20;
  const plotH = height - bottom - top;
  const n = Math.max(1, opts.columns.length);
  const step = (width - left - 10) / n;
  const colW = Math.max(2, step * 0.7);
  const max = Math.max(1, ...opts.columns.map((c) => c.value));
  const every = opts.labelEvery ?? Math.max(1, Math.ceil(n / 8));
  const titleId = `${opts.id}-titre`;
  const descId = `${opts.id}-desc`;
  const cols = opts.columns.map((c, i) => {
    const h = c.value > 0 ? Math.max(2, Math.round((c.value / max) * plotH)) : 0;
    const x = left + i * step + (step - colW) / 2;
    return html`<g>
  <rect x="${x.toFixed(1)}" y="${top + plotH - h}" width="${colW.toFixed(1)}" height="${h}" class="console-chart__bar"><title>${c.label} : ${c.display ?? String(c.value)}</title></rect>
  ${i % every === 0 ? html`<text x="${(x + colW / 2).toFixed(1)}" y="${height - bottom + 18}" text-anchor="middle" class="console-chart__axis">${c.label}</text>` : ''}
</g>`;
  });
  return html`<svg class="console-chart" id="${opts.id}" role="img" aria-labelledby="${titleId} ${descId}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">
<title id="${titleId}">${opts.title}</title>
<desc id="${descId}">${opts.description ?? `Maximum : ${max}. Les mêmes données figurent dans le tableau qui suit.`}</desc>
<line x1="${left}" y1="${top + plotH}" x2="${width - 10}" y2="${top + plotH}" class="console-chart__axis-line"></line>
<text x="${left - 6}" y="${top + 5}" text-anchor="end" class="console-chart__axis">${max}</text>
<text x="${left - 6}" y="${top + plotH}" text-anchor="end" class="console-chart__axis">0</text>
${cols}
</svg>`;
}
