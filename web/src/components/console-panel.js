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

const TYPE_OF_VALUE = { string: 'string', boolean: 'bool' };

/**
 * The parameter declarations of a view saved from the console: one per JSON parameter, its type from the value
 * and the value as its default. Lists, maps and null have no header type: such a query cannot be saved as a view.
 */
export function declareParameters(parameters) {
  return Object.entries(parameters).map(([name, value]) => {
    const type = typeof value === 'number' ? (Number.isInteger(value) ? 'int' : 'float') : TYPE_OF_VALUE[typeof value];
    if (!type) throw new Error(`${name}: ${t('unsavableParameter')}`);
    return { name, type, default: String(value) };
  });
}

export class ConsolePanel extends EventTarget {
  constructor(root, api, table) {
    super();
    this.api = api;
    this.table = table;
    this.ran = new Set();
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
    this.viewTitle = root.querySelector('input[name=viewTitle]');
    root.querySelector('[data-action=save-view]').addEventListener('click', () => this.saveAsView());
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

  /** Whether this page ran the query (a query from a link is shown, and runs only on the user's click). */
  hasRun(query) {
    return this.ran.has(query);
  }

  /** The parameters as an object, or null after showing why they are not valid JSON. */
  readParameters() {
    try {
      return this.parameters.value.trim() ? JSON.parse(this.parameters.value) : {};
    } catch (error) {
      this.showError(`${t('parameters')}: ${error.message}`);
      return null;
    }
  }

  async run() {
    clear(this.error);
    const parameters = this.readParameters();
    if (!parameters) return;
    const query = this.editor.value;
    this.ran.add(query);
    try {
      const answer = await this.api.cypher(query, parameters);
      this.table.show(answer, t('console'));
      this.save(query, this.parameters.value);
      this.dispatchEvent(new CustomEvent('answer', { detail: { answer, query, parameters: this.parameters.value } }));
    } catch (error) {
      this.showQueryError(error);
    }
  }

  /** Saves the editor's query as a view of this server (its JSON parameters become the view's parameter form). */
  async saveAsView() {
    clear(this.error);
    const title = this.viewTitle.value.trim();
    const parameters = this.readParameters();
    if (!parameters) return;
    if (!title) {
      this.showError(t('viewTitleMissing'));
      this.viewTitle.focus();
      return;
    }
    try {
      const view = await this.api.saveView(title, { title, query: this.editor.value, parameters: declareParameters(parameters) });
      this.viewTitle.value = '';
      this.dispatchEvent(new CustomEvent('saved', { detail: view }));
    } catch (error) {
      this.showQueryError(error);
    }
  }

  showQueryError(error) {
    const where = error.line ? ` (${t('line')} ${error.line}, column ${error.column})` : '';
    this.showError(`${error.problem?.title ?? t('error')}: ${error.message}${error.message.includes('line') ? '' : where}`);
    if (error.line) this.editor.markPosition(error.line, error.column ?? 1);
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
