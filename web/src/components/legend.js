// Explains the edge styles on screen (stated roles vs not stated, body/table sources, weighted links). Touches only
// its own element; items() gives the same entries to the image exports.
import { el, clear } from '../util/dom.js';
import { t } from '../i18n.js';

const ENTRIES = {
  'role-lead': { key: 'legend.role.lead', colour: '#d9822b' },
  'role-supporting': { key: 'legend.role.supporting', colour: '#d9822b' },
  'role-responsible': { key: 'legend.role.responsible', colour: '#d9822b' },
  'role-submitting': { key: 'legend.role.submitting', colour: '#d9822b' },
  'role-not-stated': { key: 'legend.role.notStated', colour: '#d9822b', dashed: true },
  'src-both': { key: 'legend.source.both', colour: '#1a202c' },
  'src-body': { key: 'legend.source.body', colour: '#a0aec0' },
  'src-table': { key: 'legend.source.table', colour: '#1a202c' },
  virtual: { key: 'legendWeighted', colour: '#dd6b20' },
  'lod-aggregate': { key: 'legend.lod', colour: '#4a5568' },
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
      el('span', { class: `swatch ${name}` }), t(ENTRIES[name].key))));
  }

  /** The visible entries as text, colour and dash, for the PNG and SVG exports (which draw every real edge, no stand-ins). */
  items() {
    return this.entries.filter((name) => name !== 'lod-aggregate').map((name) => ({ text: t(ENTRIES[name].key), colour: ENTRIES[name].colour, dashed: Boolean(ENTRIES[name].dashed) }));
  }

  refresh() {
    this.show(this.entries);
  }
}
