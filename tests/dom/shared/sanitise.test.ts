// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { sanitiseBackground } from '../../../src/shared/sanitise';

/** The sanitised fragment as markup, for comparison. */
function cleaned(html: string, doc?: Document): string {
  const holder = document.createElement('div');
  holder.append(sanitiseBackground(html, doc));
  return holder.innerHTML;
}

describe("an entity's background", () => {
  test('keeps em, strong and cite, and the text of anything else', () => {
    expect(cleaned('A <em>b</em> <strong>c</strong> <cite>d</cite> <span>e</span> <a href="x">f</a>')).toBe(
      'A <em>b</em> <strong>c</strong> <cite>d</cite> e f',
    );
  });

  test('drops every attribute, data-* and aria-* included', () => {
    expect(cleaned('<em class="x" data-x="1" aria-label="y" onclick="z()">b</em>')).toBe('<em>b</em>');
  });

  test('drops scripts and styles with their content', () => {
    expect(cleaned('a<script>alert(1)</script><style>p{}</style><img src=x onerror="alert(1)">b')).toBe('ab');
  });

  test('belongs to the document it is asked for', () => {
    const other = document.implementation.createHTMLDocument('');
    expect(sanitiseBackground('<em>b</em>', other).ownerDocument).toBe(other);
  });
});
