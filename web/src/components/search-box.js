// The search field and its result list. Emits "text" as the user types and "pick" with the chosen hit;
// touches only its own DOM.
import { el, clear } from '../util/dom.js';
import { t } from '../i18n.js';
import { LABEL_COLOURS } from '../graph/style.js';

const DEBOUNCE_MS = 180;

export class SearchBox extends EventTarget {
  constructor(root, search) {
    super();
    this.search = search;
    this.input = root.querySelector('input');
    this.list = root.querySelector('.results');
    this.timer = 0;
    this.sequence = 0;
    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    document.addEventListener('click', (event) => {
      if (!root.contains(event.target)) this.close();
    });
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(this.input.value), DEBOUNCE_MS);
  }

  async run(text) {
    const sequence = ++this.sequence;
    // The page keeps the text in the URL so a shared link reopens the same search.
    this.dispatchEvent(new CustomEvent('text', { detail: text.trim() }));
    if (!text.trim()) {
      this.close();
      return;
    }
    try {
      const response = await this.search(text);
      if (sequence === this.sequence) this.render(response.hits);
    } catch (error) {
      if (sequence === this.sequence) this.renderMessage(error.message);
    }
  }

  setText(text) {
    this.input.value = text;
    return this.run(text);
  }

  render(hits) {
    clear(this.list);
    if (hits.length === 0) {
      this.renderMessage(t('noResults'));
      return;
    }
    hits.forEach((hit, index) => this.list.append(this.item(hit, index)));
    this.list.hidden = false;
  }

  item(hit, index) {
    const chip = el('span', { class: 'chip', text: t(hit.label) });
    chip.style.backgroundColor = LABEL_COLOURS[hit.label] ?? '#718096';
    const details = [
      hit.nameEn ? el('span', { class: 'english', text: hit.nameEn }) : null,
      hit.matchedAlias ? el('span', { class: 'alias', text: `${t('matchedAlias')}: ${hit.matchedAlias}` }) : null,
      hit.responsibilities > 0 ? el('span', { class: 'count', text: `${hit.responsibilities} ${t('responsibilities')}` }) : null,
      hit.snippet ? el('div', { class: 'snippet', text: hit.snippet }) : null,
    ];
    return el('li', { role: 'option', tabindex: -1, dataset: { index: String(index), id: hit.id, label: hit.label },
      onclick: () => this.pick(hit) }, chip, el('span', { class: 'name', text: hit.name }), ...details);
  }

  renderMessage(message) {
    clear(this.list).append(el('li', { class: 'message', text: message }));
    this.list.hidden = false;
  }

  onKey(event) {
    const items = [...this.list.querySelectorAll('li[data-id]')];
    const current = items.findIndex((item) => item.classList.contains('active'));
    if (event.key === 'Escape') this.close();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? Math.min(items.length - 1, current + 1) : Math.max(0, current - 1);
      items.forEach((item, index) => item.classList.toggle('active', index === next));
      items[next]?.scrollIntoView({ block: 'nearest' });
    }
    if (event.key === 'Enter') {
      clearTimeout(this.timer);
      const chosen = items[current] ?? items[0];
      if (chosen) chosen.click();
      else this.run(this.input.value);
    }
  }

  pick(hit) {
    this.close();
    this.dispatchEvent(new CustomEvent('pick', { detail: hit }));
  }

  close() {
    this.list.hidden = true;
  }
}
