// Says why the graph shows nothing: the view found nothing, or every node is hidden by filters (with a way out).
// Touches only its own element; its button raises a "command" event like the toolbar's.
import { el, clear } from '../util/dom.js';
import { t } from '../i18n.js';

export class GraphMessage {
  constructor(root) {
    this.root = root;
  }

  /**
   * @param counts {{ nodes, totalNodes }} from GraphController.counts()
   * @param context {{ view: string, filters: string[] }} the view's title and the active filters as text
   */
  explain({ nodes, totalNodes }, { view, filters, waiting = null }) {
    clear(this.root);
    if (waiting) {
      // Nothing drawn on purpose: e.g. a linked console query waits for the user's Run.
      this.root.hidden = false;
      this.root.dataset.reason = 'waiting';
      this.root.append(el('p', { text: waiting }));
      return;
    }
    this.root.hidden = nodes > 0;
    if (nodes > 0) return;
    if (totalNodes === 0) {
      this.root.dataset.reason = 'empty';
      this.root.append(el('p', { text: `${view ? `${view}: ` : ''}${t('emptyView')}` }));
      return;
    }
    this.root.dataset.reason = 'filtered';
    this.root.append(el('p', { text: t('allFiltered').replace('{n}', String(totalNodes)) }),
      el('ul', {}, ...filters.map((text) => el('li', { text }))),
      el('button', { type: 'button', text: t('clearFilters'), onclick: () => this.root.dispatchEvent(
        new CustomEvent('command', { detail: { name: 'clearFilters' } })) }));
  }
}
