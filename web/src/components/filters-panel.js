// Filters by label, relationship type, document and zone. Emits "change" with the complete filter state.
import { el, clear } from '../util/dom.js';
import { t } from '../i18n.js';

export class FiltersPanel extends EventTarget {
  constructor(root) {
    super();
    this.root = root;
    this.overview = null;
    this.state = { hiddenLabels: new Set(), hiddenTypes: new Set(), documentId: '', zoneId: '' };
  }

  setOverview(overview) {
    this.overview = overview;
    this.render();
  }

  render() {
    if (!this.overview) return;
    const { labels, relationshipTypes, documents, zones } = this.overview;
    clear(this.root).append(
      this.checkGroup('labels', labels, this.state.hiddenLabels),
      this.checkGroup('types', relationshipTypes, this.state.hiddenTypes),
      this.select('document', documents, 'documentId'),
      this.select('zone', zones, 'zoneId'));
  }

  checkGroup(titleKey, counts, hidden) {
    const boxes = Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([name, count]) => {
      const box = el('input', { type: 'checkbox', value: name, checked: !hidden.has(name) });
      box.addEventListener('change', () => {
        if (box.checked) hidden.delete(name);
        else hidden.add(name);
        this.changed();
      });
      return el('label', { class: 'check' }, box, el('span', { text: `${t(name)} (${count})` }));
    });
    return el('fieldset', {}, el('legend', { text: t(titleKey) }), ...boxes);
  }

  select(titleKey, items, stateKey) {
    const options = [el('option', { value: '', text: t('all') }),
      ...items.map((item) => el('option', { value: item.id, text: item.name, selected: this.state[stateKey] === item.id }))];
    const select = el('select', { name: stateKey }, ...options);
    select.addEventListener('change', () => {
      this.state[stateKey] = select.value;
      this.changed();
    });
    return el('label', { class: 'select' }, el('span', { text: t(titleKey) }), select);
  }

  changed() {
    this.dispatchEvent(new CustomEvent('change', { detail: { ...this.state } }));
  }
}
