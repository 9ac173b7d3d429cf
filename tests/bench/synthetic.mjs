// Synthetic news pages for the benchmark: paragraphs of ordinary words with
// the dictionary's names sprinkled in, some split over inline elements, at a
// chosen size and density.

const WORDS = (
  'the government said on tuesday that talks would continue next week while officials ' +
  'in the region described the situation as stable but warned of risks to trade and ' +
  'security along the border where traffic has grown since the agreement was signed ' +
  'analysts expect further meetings before the end of the year as ministers prepare ' +
  'a joint statement on water energy transport and the fight against smuggling'
).split(' ');

/** A small seeded generator, so every run builds the same pages. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A name as markup: plain, linked, or split over two inline elements. */
function nameMarkup(name, next) {
  const roll = next();
  const words = name.split(' ');
  if (roll < 0.2) return `<a href="#">${escapeHtml(name)}</a>`;
  if (roll < 0.35 && words.length > 1) {
    return `<b>${escapeHtml(words.slice(0, -1).join(' '))}</b> <i>${escapeHtml(words.at(-1))}</i>`;
  }
  return escapeHtml(name);
}

/**
 * A page of about `textBytes` characters of text with a mention about every
 * `spacing` characters, drawn from `names` (standalone aliases).
 */
export function syntheticPage(textBytes, spacing, names, seed = 1) {
  const next = random(seed);
  const paragraphs = [];
  let size = 0;
  let mentions = 0;
  while (size < textBytes) {
    const parts = [];
    let length = 0;
    let sinceName = 0;
    while (length < 600) {
      const word = WORDS[Math.floor(next() * WORDS.length)];
      parts.push(word);
      length += word.length + 1;
      sinceName += word.length + 1;
      if (sinceName >= spacing) {
        const name = String(names[Math.floor(next() * names.length)]);
        parts.push(nameMarkup(name, next));
        length += name.length + 1;
        sinceName = 0;
        mentions++;
      }
    }
    size += length;
    paragraphs.push(`<p>${parts.join(' ')}.</p>`);
  }
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Synthetic</title></head><body><article>${paragraphs.join('\n')}</article></body></html>`;
  return { html, mentions };
}
