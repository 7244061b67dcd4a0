// One line at the bottom of the graph: what is shown and how long it took, or what went wrong.
import { t } from '../i18n.js';

export class StatusBar {
  constructor(root) {
    this.root = root;
  }

  info(text) {
    this.root.classList.remove('error');
    this.root.textContent = text;
  }

  error(error) {
    this.root.classList.add('error');
    this.root.textContent = `${t('error')}: ${error.message ?? error}`;
  }

  counts({ nodes, edges }, extra = '') {
    this.info(`${nodes} ${t('nodes')} · ${edges} ${t('edges')}${extra ? ` · ${extra}` : ''}`);
  }
}
