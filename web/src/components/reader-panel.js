// The reader: a document's text as written, every extracted fact highlighted where it stands (items, units with
// their role, scopes, deadlines, citations, headings); text nothing was extracted from stays plain. A click on a
// highlight emits "show" { nodeId, elementId } so the page can show it in the graph. Text goes in as text nodes only.
import { el, clear } from '../util/dom.js';
import { t } from '../i18n.js';
import { marksByLine, segments, unplacedFacts } from './reader-facts.js';
import { roleKey } from './result-table.js';

export class ReaderPanel extends EventTarget {
  constructor(root, api) {
    super();
    this.root = root;
    this.api = api;
    this.documentId = null;
    this.line = null;
    this.loaded = null;
  }

  /** Opens a document at a line (null closes the reader). */
  async open(documentId, line) {
    this.documentId = documentId ?? null;
    this.line = line ?? null;
    this.root.hidden = !documentId;
    if (!documentId) return;
    if (this.loaded?.documentId !== documentId) {
      clear(this.root).append(el('p', { class: 'hint', text: t('sourceLoading') }));
      try {
        const [text, facts] = await Promise.all([this.api.documentText(documentId), this.api.documentFacts(documentId)]);
        this.loaded = { documentId, text, marks: marksByLine(facts.facts), unplaced: unplacedFacts(facts.facts) };
      } catch (error) {
        clear(this.root).append(el('p', { role: 'alert', text: `${t('error')}: ${error.message}` }));
        return;
      }
    }
    if (this.documentId === documentId) this.render();
  }

  close() {
    this.open(null, null);
  }

  refresh() {
    if (this.documentId && this.loaded) this.render();
  }

  render() {
    const { text, marks, unplaced } = this.loaded;
    const lines = text.lines.map((line) => this.renderLine(line, marks.get(line.number) ?? []));
    const body = el('div', { class: 'reader-text' }, ...lines);
    clear(this.root).append(
      el('header', {}, el('h2', { text: text.title }), el('span', { class: 'source-ref', text: text.sourceFile }),
        el('button', { type: 'button', class: 'close', text: t('close'), onclick: () => {
          this.close();
          this.dispatchEvent(new CustomEvent('close'));
        } })),
      el('p', { class: 'hint', text: t('readerLegend') }), body,
      this.factList('by-quote', t('factsByQuote'), unplaced.byQuote), this.factList('not-located', t('factsNotLocated'), unplaced.notLocated));
    const focus = this.line ? body.querySelector(`[data-line="${this.line}"]`) : null;
    if (focus) {
      focus.classList.add('focus');
      focus.scrollIntoView({ block: 'center' });
    }
  }

  renderLine(line, marks) {
    const pieces = segments(line.text, marks).map(({ text, fact }) => (fact ? this.mark(text, fact) : text));
    return el('div', { class: marks.length ? 'line has-facts' : 'line', dataset: { line: String(line.number) } },
      el('span', { class: 'number', text: String(line.number) }), el('span', { class: 'text' }, ...(pieces.length ? pieces : [' '])));
  }

  mark(text, fact) {
    const classes = ['fact', fact.kind, fact.sources === 'body' || fact.sources === 'table' ? `src-${fact.sources}` : '',
      fact.located === 'quote' ? 'by-quote' : ''].filter(Boolean).join(' ');
    const byQuote = fact.located === 'quote' ? ` · ${t('byQuote')}` : '';
    return el('mark', { class: classes, title: `${this.describe(fact)}${byQuote}`, tabindex: 0,
      dataset: { kind: fact.kind, element: fact.elementId, node: fact.nodeId, role: fact.role ?? '' },
      onclick: () => this.show(fact) },
    text);
  }

  describe(fact) {
    const role = fact.kind === 'unit' && fact.elementId.startsWith('RESPONSIBLE_FOR') ? ` · ${t(roleKey(fact.role))}` : '';
    return `${t(`fact.${fact.kind}`)}${role}`;
  }

  show(fact) {
    this.dispatchEvent(new CustomEvent('show', { detail: { nodeId: fact.nodeId, elementId: fact.elementId, line: fact.line } }));
  }

  /** A list, after the text, of facts the text does not show in their own words; each opens its element in the graph. */
  factList(kind, title, facts) {
    if (facts.length === 0) return null;
    const items = facts.map((fact) => el('li', { dataset: { element: fact.elementId } },
      el('button', { type: 'button', class: 'link', onclick: () => this.show(fact),
        text: `${t('lineLabel')} ${fact.line} · ${this.describe(fact)}: ${fact.text ?? fact.elementId}` })));
    return el('section', { class: `unplaced ${kind}` }, el('h3', { text: `${title} (${facts.length})` }), el('ul', {}, ...items));
  }
}
