// The Cypher console: editor, JSON parameters, run, errors with line and column, the answer as a table, and the
// query history (this browser's localStorage). Emits "answer" so the page can also draw it as a graph.
import { el, clear } from '../util/dom.js';
import { t } from '../i18n.js';
import { CypherEditor } from './cypher-editor.js';

const HISTORY_KEY = 'policygraph.queryHistory';
const HISTORY_LENGTH = 30;

export function readHistory(storage = window.localStorage) {
  try {
    const list = JSON.parse(storage.getItem(HISTORY_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((entry) => typeof entry?.query === 'string') : [];
  } catch {
    return []; // a damaged entry is not worth an error: the history starts again
  }
}

/** Newest first, each query once (with its latest parameters). */
export function remember(list, query, parameters) {
  return [{ query, parameters }, ...list.filter((entry) => entry.query !== query)].slice(0, HISTORY_LENGTH);
}

export class ConsolePanel extends EventTarget {
  constructor(root, api, table) {
    super();
    this.api = api;
    this.table = table;
    this.editor = new CypherEditor(root.querySelector('textarea.cypher'), () => this.run());
    root.querySelector('textarea.cypher').addEventListener('focus', () => this.editor.start(), { once: true });
    this.parameters = root.querySelector('textarea.parameters');
    this.error = root.querySelector('.console-error');
    this.history = root.querySelector('select.history');
    this.history.addEventListener('change', () => this.recall(Number(this.history.value)));
    root.querySelector('form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.run();
    });
    this.renderHistory();
  }

  /** Loads the editor and, for its completion, the live graph's labels, relationship types and property keys. */
  async loadSchema() {
    this.editor.start();
    try {
      this.editor.setSchema(await this.api.schema());
    } catch (error) {
      this.showError(`${t('error')}: ${error.message}`);
    }
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
    const query = this.editor.value;
    try {
      const answer = await this.api.cypher(query, parameters);
      this.table.show(answer, t('console'));
      this.save(query, this.parameters.value);
      this.dispatchEvent(new CustomEvent('answer', { detail: { answer, query, parameters: this.parameters.value } }));
    } catch (error) {
      const where = error.line ? ` (${t('line')} ${error.line}, column ${error.column})` : '';
      this.showError(`${error.problem?.title ?? t('error')}: ${error.message}${error.message.includes('line') ? '' : where}`);
      if (error.line) this.editor.markPosition(error.line, error.column ?? 1);
    }
  }

  save(query, parameters) {
    try {
      window.localStorage.setItem(HISTORY_KEY, JSON.stringify(remember(readHistory(), query, parameters)));
    } catch {
      return; // storage full or disabled: the console works without a history
    }
    this.renderHistory();
  }

  renderHistory() {
    const entries = readHistory();
    clear(this.history).append(el('option', { value: '', text: `${t('history')} (${entries.length})` }),
      ...entries.map((entry, index) => el('option', { value: String(index), text: entry.query.replace(/\s+/g, ' ').slice(0, 80) })));
  }

  recall(index) {
    const entry = readHistory()[index];
    if (entry) this.set(entry.query, entry.parameters);
    this.history.value = '';
  }

  showError(message) {
    clear(this.error).append(el('p', { role: 'alert', text: message }));
  }
}
