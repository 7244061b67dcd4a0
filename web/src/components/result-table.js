// Renders a query answer's columns and rows as a table. Node cells show the node's name and select it on click.
import { el, clear, formatValue } from '../util/dom.js';
import { t } from '../i18n.js';

export class ResultTable extends EventTarget {
  constructor(root) {
    super();
    this.root = root;
  }

  show(answer, caption = '') {
    const head = el('tr', {}, ...answer.columns.map((c) => el('th', { text: c })));
    const rows = answer.rows.map((row) => el('tr', {}, ...row.map((cell) => this.cell(cell))));
    const summary = `${caption}${caption ? ' · ' : ''}${answer.rows.length} ${t('rows')} · ${answer.elapsedMs.toFixed(1)} ms`
      + (answer.truncated ? ` · ${t('truncated')}` : '');
    clear(this.root).append(el('p', { class: 'summary', text: summary }),
      el('table', { class: 'results' }, el('thead', {}, head), el('tbody', {}, ...rows)));
  }

  cell(value) {
    if (value && typeof value === 'object' && value.kind === 'node') {
      return el('td', {}, el('button', { type: 'button', class: 'link', text: value.name, title: value.id,
        onclick: () => this.dispatchEvent(new CustomEvent('select', { detail: { id: value.id } })) }));
    }
    if (Array.isArray(value) && value.some((v) => v && v.kind === 'node')) {
      return el('td', { class: 'list', text: value.map(formatValue).join('；') });
    }
    return el('td', { text: formatValue(value) });
  }

  clear() {
    clear(this.root);
  }
}
