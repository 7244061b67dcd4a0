// Explains the edge styles on screen (stated roles vs not stated, weighted links). Touches only its own element.
import { el, clear } from '../util/dom.js';
import { t } from '../i18n.js';

const ENTRIES = {
  'role-lead': 'legend.role.lead',
  'role-supporting': 'legend.role.supporting',
  'role-responsible': 'legend.role.responsible',
  'role-submitting': 'legend.role.submitting',
  'role-not-stated': 'legend.role.notStated',
  virtual: 'legendWeighted',
};

export class Legend {
  constructor(root) {
    this.root = root;
    this.entries = [];
  }

  /** @param {string[]} entries which edge styles are visible (GraphController.legendEntries()) */
  show(entries) {
    this.entries = entries;
    clear(this.root);
    this.root.hidden = entries.length === 0;
    entries.forEach((name) => this.root.append(el('span', { class: 'entry', dataset: { entry: name } },
      el('span', { class: `swatch ${name}` }), t(ENTRIES[name]))));
  }

  refresh() {
    this.show(this.entries);
  }
}
