// The Cypher console: editor, JSON parameters, run, errors with line and column, and the answer as a table.
// Emits "answer" so the page can also draw it as a graph.
import { el, clear } from '../util/dom.js';
import { t } from '../i18n.js';
import { CypherEditor } from './cypher-editor.js';

export class ConsolePanel extends EventTarget {
  constructor(root, api, table) {
    super();
    this.api = api;
    this.table = table;
    this.editor = new CypherEditor(root.querySelector('textarea.cypher'));
    this.parameters = root.querySelector('textarea.parameters');
    this.error = root.querySelector('.console-error');
    root.querySelector('form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.run();
    });
    this.editor.textarea.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        this.run();
      }
    });
  }

  set(query, parameters) {
    this.editor.value = query ?? '';
    this.parameters.value = parameters ?? '';
  }

  async run() {
    clear(this.error);
    let parameters = {};
    try {
      parameters = this.parameters.value.trim() ? JSON.parse(this.parameters.value) : {};
    } catch (error) {
      this.showError(`${t('parameters')}: ${error.message}`);
      return;
    }
    try {
      const answer = await this.api.cypher(this.editor.value, parameters);
      this.table.show(answer, t('console'));
      this.dispatchEvent(new CustomEvent('answer', { detail: { answer, query: this.editor.value, parameters: this.parameters.value } }));
    } catch (error) {
      const where = error.line ? ` (${t('line')} ${error.line}, column ${error.column})` : '';
      this.showError(`${error.problem?.title ?? t('error')}: ${error.message}${error.message.includes('line') ? '' : where}`);
      if (error.line) this.editor.markPosition(error.line, error.column ?? 1);
    }
  }

  showError(message) {
    clear(this.error).append(el('p', { role: 'alert', text: message }));
  }
}
