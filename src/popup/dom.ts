/**
 * A small element builder for the popup: DOM is built from elements and text
 * nodes, never from HTML strings (the one exception is DOMPurify's output).
 */

/** What an element can hold: nodes, text, or nothing (skipped, for conditional children). */
export type Child = Node | string | null | undefined | false;

/** Attributes: strings are set, `true` sets an empty attribute, `false` and `undefined` leave it out. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/** Creates an element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
  return element;
}

/** Replaces everything inside `parent` with `children`. */
export function fill(parent: Element, children: readonly Child[]): void {
  parent.replaceChildren(
    ...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  );
}
