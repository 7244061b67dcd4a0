// Filters by label, relationship type, document and zone. Emits "change" with the complete filter state; the state
// goes to and comes from the URL (nl, nt, doc, zone).
import { el, clear } from '../util/dom.js';
import { t } from '../i18n.js';

const emptyFilters = () => ({ hiddenLabels: new Set(), hiddenTypes: new Set(), documentId: '', zoneId: '' });

export class FiltersPanel extends EventTarget {
  constructor(root) {
    super();
    this.root = root;
    this.overview = null;
    this.state = emptyFilters();
  }

  setOverview(overview) {
    this.overview = overview;
    this.render();
  }

  /** Takes the filters a link names (hidden labels and types, document and zone). */
  setUrlState({ hiddenLabels = [], hiddenTypes = [], documentFilter, zoneFilter }) {
    this.state = { hiddenLabels: new Set(hiddenLabels), hiddenTypes: new Set(hiddenTypes),
      documentId: documentFilter ?? '', zoneId: zoneFilter ?? '' };
    this.render();
  }

  urlState() {
    return { hiddenLabels: [...this.state.hiddenLabels], hiddenTypes: [...this.state.hiddenTypes],
      documentFilter: this.state.documentId || null, zoneFilter: this.state.zoneId || null };
  }

  reset() {
    this.state = emptyFilters();
    this.render();
  }

  /** The active filters as readable text (for "why is the graph empty?"); empty when none is set. */
  describeActive() {
    const name = (items, id) => items?.find((item) => item.id === id)?.name ?? id;
    const parts = [];
    if (this.state.hiddenLabels.size) parts.push(`${t('labels')}: −${[...this.state.hiddenLabels].map(t).join('、')}`);
    if (this.state.hiddenTypes.size) parts.push(`${t('types')}: −${[...this.state.hiddenTypes].map(t).join('、')}`);
    if (this.state.documentId) parts.push(`${t('document')} = ${name(this.overview?.documents, this.state.documentId)}`);
    if (this.state.zoneId) parts.push(`${t('zone')} = ${name(this.overview?.zones, this.state.zoneId)}`);
    return parts;
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
