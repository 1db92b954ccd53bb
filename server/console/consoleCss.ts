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
/* Tables fit the container: cells wrap instead of widening the table past the screen. */
.fr-table table { width: 100%; }
.fr-table td, .fr-table th { white-space: normal; overflow-wrap: break-word; }
.fr-table th[scope="row"] a, .fr-table .fr-badge { white-space: nowrap; }
.fr-table__container:focus-visible { outline: 2px solid #0a76f6; outline-offset: 2px; }
.console-views .fr-tag[aria-current="page"] { background-color: var(--background-action-high-blue-france, #000091); color: #fff; }
.console-reply { border-left: 4px solid var(--border-action-high-blue-france, #000091); padding-left: 1rem; }
.console-transcript__counsellor { border-left-color: #18753c !important; }
.console-transcript .console-md > :last-child { margin-bottom: 0; }
`;
