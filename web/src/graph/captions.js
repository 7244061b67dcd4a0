// Node captions broken into lines here, once per element, instead of by Cytoscape's 'anywhere' wrapping: that
// measures a Chinese name character by character and, measured in the rendering benchmark, tripled the cost of every
// frame. Chinese characters are about as wide as the font size; other characters are counted at about half of it.

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** The text broken into lines of at most `units` character widths (a wide character is one unit). */
export function wrapCaption(text, units) {
  if (typeof text !== 'string') return text;
  const lines = [];
  let line = '';
  let width = 0;
  for (const char of text) {
    const w = WIDE.test(char) ? 1 : 0.55;
    if (width + w > units && line.length > 0) {
      lines.push(line.trimEnd());
      line = char === ' ' ? '' : char;
      width = char === ' ' ? 0 : w;
    } else {
      line += char;
      width += w;
    }
  }
  lines.push(line);
  return lines.join('\n');
}

// Units per line: the stylesheet's text-max-width over the font size (style.js).
const UNITS = { Document: 10 };
const DEFAULT_UNITS = 8;

/** A node's element JSON with `caption` set: the name as the canvas draws it. */
export function withCaption(node) {
  const caption = wrapCaption(node.data.name, UNITS[node.data.label] ?? DEFAULT_UNITS);
  return caption === node.data.caption ? node : { ...node, data: { ...node.data, caption } };
}
