// Renders source lines with the quoted clause marked. Highlights arrive as [start, end) offsets per line, so the
// text is cut into plain text nodes and <mark> elements: no markup from the document is ever interpreted.
import { el } from '../util/dom.js';

export function renderSource(excerpt) {
  const lines = excerpt.lines.map((line) => {
    const text = el('span', { class: 'text' }, ...pieces(line.text, line.highlights ?? []));
    const classes = ['line', line.number === excerpt.focusLine ? 'focus' : '', (line.highlights ?? []).length ? 'quoted' : '']
      .filter(Boolean).join(' ');
    return el('div', { class: classes, dataset: { line: String(line.number) } }, el('span', { class: 'number', text: String(line.number) }), text);
  });
  const view = el('div', { class: 'source-lines' }, ...lines);
  requestAnimationFrame(() => {
    const focus = view.querySelector('.quoted') ?? view.querySelector('.focus');
    if (focus) view.scrollTop = focus.offsetTop - view.clientHeight / 3;
  });
  return view;
}

function pieces(text, highlights) {
  const result = [];
  let at = 0;
  [...highlights].sort((a, b) => a[0] - b[0]).forEach(([start, end]) => {
    if (start > at) result.push(text.slice(at, start));
    result.push(el('mark', { text: text.slice(start, end) }));
    at = end;
  });
  if (at < text.length) result.push(text.slice(at));
  return result.length ? result : [' '];
}
