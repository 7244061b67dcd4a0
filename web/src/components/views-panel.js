// The ready-made views: one entry per named query with a small form for its parameters. Emits "run".
import { el, clear } from '../util/dom.js';
import { t, currentLanguage } from '../i18n.js';
import { attachTypeAhead } from './type-ahead.js';

export class ViewsPanel extends EventTarget {
  /**
   * @param suggest (text, label) => Promise<hits> for type-ahead in fields that take an entity
   * @param labelOf (parameter name) => the node label it names (agency → Agency), or null for any entity
   * @param extras (query) => elements shown under a view's form (a saved view's export link and delete button)
   */
  constructor(root, suggest, labelOf, extras = () => []) {
    super();
    this.root = root;
    this.suggest = suggest;
    this.labelOf = labelOf;
    this.extras = extras;
    this.queries = [];
    this.active = null;
    this.ran = new Set();
  }

  setQueries(queries) {
    this.queries = queries;
    this.render();
  }

  has(name) {
    return this.queries.some((q) => q.name === name);
  }

  /** Re-renders (e.g. in the other language) keeping what the user has typed into the forms. */
  render() {
    const typed = [...this.root.querySelectorAll('form[data-query]')].map((form) =>
      [form.dataset.query, Object.fromEntries(new FormData(form).entries())]);
    clear(this.root);
    this.queries.forEach((query) => this.root.append(this.entry(query)));
    typed.forEach(([name, values]) => this.setValues(name, values));
  }

  setValues(name, values) {
    const form = this.root.querySelector(`form[data-query="${CSS.escape(name)}"]`);
    Object.entries(values).forEach(([key, value]) => {
      const input = form?.elements.namedItem(key);
      if (input) input.value = value;
    });
    return form;
  }

  entry(query) {
    const title = currentLanguage() === 'zh' ? query.titleZh : query.titleEn;
    const inputs = query.parameters.map((p) => el('label', {},
      el('span', { text: p.name }),
      el('input', { name: p.name, type: p.type === 'String' ? 'text' : 'number', step: p.type === 'Float' ? 'any' : undefined,
        placeholder: p.description, value: p.default ?? '', required: p.required })));
    const form = el('form', { class: 'view-form', dataset: { query: query.name } }, ...inputs,
      el('button', { type: 'submit', text: t('run') }));
    // Every text parameter of a view names an entity: offer them by name.
    query.parameters.filter((p) => p.type === 'String').forEach((p) =>
      attachTypeAhead(form.elements.namedItem(p.name), this.suggest, this.labelOf(p.name)));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.run(query.name, Object.fromEntries(new FormData(form).entries()));
    });
    const open = this.active === query.name;
    return el('details', { class: 'view', open, dataset: { query: query.name } },
      el('summary', { text: title }), el('p', { class: 'answers', text: currentLanguage() === 'zh' ? query.answersZh : query.answers }), form,
      ...this.extras(query));
  }

  /** Fills a view's form (from the URL or another component) without running it. */
  fill(name, params) {
    this.active = name;
    const form = this.setValues(name, params);
    if (form) form.closest('details').open = true;
  }

  /** Whether the user ran this view on this page (a view from a link is shown, and runs only on the user's click). */
  hasRun(name) {
    return this.ran.has(name);
  }

  run(name, params) {
    this.ran.add(name);
    this.fill(name, params);
    this.dispatchEvent(new CustomEvent('run', { detail: { name, params } }));
  }

  /** The question a view answers, in the UI language. */
  answers(name) {
    const query = this.queries.find((q) => q.name === name);
    if (!query) return '';
    return currentLanguage() === 'zh' ? query.answersZh : query.answers;
  }

  title(name) {
    const query = this.queries.find((q) => q.name === name);
    if (!query) return name;
    return currentLanguage() === 'zh' ? query.titleZh : query.titleEn;
  }
}
