// The console's few own styles (served from /console/static/console.css; the CSP forbids inline
// styles). Colours are DSFR tokens so contrast follows the design system.
export const CONSOLE_CSS = `
.console-chart { display: block; max-width: 100%; height: auto; font-family: Marianne, arial, sans-serif; margin-bottom: 1rem; }
.console-chart__axis { font-size: 12px; fill: var(--text-mention-grey, #666); }
.console-chart__axis-line { stroke: var(--border-default-grey, #ddd); stroke-width: 1; }
.console-chart__label, .console-chart__value { font-size: 14px; fill: var(--text-default-grey, #161616); }
.console-chart__bar { fill: var(--background-action-high-blue-france, #000091); }
.console-transcript { list-style: none; padding-left: 0; }
.console-transcript li { padding: .5rem .75rem; margin-bottom: .5rem; border-left: 4px solid var(--border-default-grey, #ddd); white-space: pre-wrap; }
.console-transcript li.console-transcript__user { border-left-color: var(--border-action-high-blue-france, #000091); }
.console-synthesis dt { font-weight: 700; margin-top: .75rem; }
.console-synthesis dd { margin-left: 0; white-space: pre-wrap; }
.console-actions form { margin-bottom: 1.5rem; }
.console-inline-form { display: inline; }
`;
