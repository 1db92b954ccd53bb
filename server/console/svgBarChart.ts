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
const LABEL_WIDTH = 260;
const VALUE_WIDTH = 80;

function truncate(label: string, max = 38): string {
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
  return html`<svg class="console-chart" id="${opts.id}" role="img" aria-labelledby="${titleId} ${descId}" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">
<title id="${titleId}">${opts.title}</title>
<desc id="${descId}">${opts.description ?? 'Les mêmes données figurent dans le tableau qui suit.'}</desc>
${opts.bars.length === 0 ? html`<text x="8" y="24" class="console-chart__label">Aucune donnée sur la période.</text>` : rows}
</svg>`;
}
