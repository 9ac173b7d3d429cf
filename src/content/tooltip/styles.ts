/**
 * The tooltip's stylesheet, adopted into its closed shadow root. Sizes are in
 * px so that a page's root font size cannot shrink or grow the card; colours
 * follow the user's light or dark preference, and motion stops under
 * prefers-reduced-motion.
 */

/** CSS for everything inside the tooltip's shadow root. */
export const TOOLTIP_CSS = `
:host { all: initial; }
.card {
  --bg: #ffffff; --fg: #1c1c21; --muted: #55565f; --line: #d5d6dd; --accent: #2f5fd0;
  --chip: #eef0f6; --shadow: 0 6px 24px rgb(0 0 0 / 0.18), 0 1px 3px rgb(0 0 0 / 0.12);
  color-scheme: light;
  position: fixed; top: 0; left: 0; box-sizing: border-box;
  display: none; width: max-content; max-width: min(360px, calc(100vw - 16px));
  overflow: auto; overscroll-behavior: contain;
  padding: 12px 14px; border: 1px solid var(--line); border-radius: 8px;
  background: var(--bg); color: var(--fg); box-shadow: var(--shadow);
  font: 400 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  text-align: start; white-space: normal; overflow-wrap: break-word;
  user-select: text; -webkit-user-select: text; cursor: auto; pointer-events: auto;
}
.card.is-open { display: block; animation: backstory-in 120ms ease-out; }
@keyframes backstory-in { from { opacity: 0; transform: translateY(3px); } }
@media (prefers-color-scheme: dark) {
  .card {
    --bg: #202127; --fg: #ececf1; --muted: #a9abb6; --line: #3a3c46; --accent: #8fb0ff;
    --chip: #2d2f38; --shadow: 0 6px 24px rgb(0 0 0 / 0.5);
    color-scheme: dark;
  }
}
@media (prefers-reduced-motion: reduce) {
  .card.is-open { animation: none; }
}
.head { display: flex; align-items: baseline; gap: 8px; margin: 0 0 4px; padding-inline-end: 24px; }
.name { font-weight: 650; font-size: 16px; line-height: 1.3; margin: 0; }
.type {
  flex: none; font-size: 11px; line-height: 16px; padding: 0 6px; border-radius: 8px;
  background: var(--chip); color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em;
}
.type::before {
  content: ''; display: inline-block; width: 6px; height: 6px; border-radius: 50%;
  margin-inline-end: 5px; vertical-align: 1px; background: var(--type, var(--muted));
}
.type-person { --type: #3b6fe0; }
.type-place { --type: #16956b; }
.type-organisation { --type: #c27a12; }
.type-event { --type: #c8354f; }
.type-project { --type: #8752d8; }
p, blockquote, figure { margin: 0; }
.role { color: var(--muted); margin-bottom: 8px; }
.background { margin-bottom: 8px; }
.quote { margin: 0 0 8px; padding-inline-start: 10px; border-inline-start: 2px solid var(--line); }
.quote blockquote { font-style: italic; }
.quote figcaption { color: var(--muted); font-size: 12px; margin-top: 2px; }
.related { color: var(--muted); font-size: 13px; margin-bottom: 8px; }
.related-label { font-weight: 600; }
.article { border-top: 1px solid var(--line); padding-top: 6px; margin-bottom: 4px; }
.article-heading { margin: 0; font-size: 13px; font-weight: 600; }
.article-mark { color: var(--muted); font-size: 12px; margin-bottom: 4px; }
em, cite { font-style: italic; }
strong { font-weight: 650; }
button {
  font: inherit; color: var(--accent); background: none; border: 0; padding: 0; margin: 0;
  cursor: pointer; text-decoration: underline; text-underline-offset: 2px;
}
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; border-radius: 2px; }
.close {
  position: absolute; top: 6px; inset-inline-end: 6px; width: 24px; height: 24px;
  font-size: 18px; line-height: 24px; text-align: center; text-decoration: none;
  color: var(--muted); border-radius: 4px;
}
.close:hover { background: var(--chip); }
.live {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}
`;
