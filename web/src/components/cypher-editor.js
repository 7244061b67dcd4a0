// The console's editor: CodeMirror 6 with Neo4j's Cypher support (@neo4j-cypher/codemirror: highlighting,
// completion, linting). Completion knows the live schema (labels, relationship types, property keys) once setSchema
// is called. The editor code is loaded on first use so the graph's first frame does not wait for it; until then the
// page's plain textarea takes the text (the page starts it once the first view is drawn, or on first focus).
export class CypherEditor {
  /** @param textarea the page's fallback editor; @param onRun called on Ctrl/Cmd+Enter */
  constructor(textarea, onRun) {
    this.textarea = textarea;
    this.onRun = onRun;
    this.api = null;
    this.schema = null;
    this.ready = null;
  }

  /** Loads CodeMirror (once); until then the textarea takes the text. */
  start() {
    this.ready ??= this.load();
    return this.ready;
  }

  async load() {
    const { createCypherEditor } = await import('@neo4j-cypher/codemirror');
    const host = document.createElement('div');
    host.className = 'cm-host';
    this.textarea.after(host);
    // Inside a shadow root CodeMirror styles itself with a constructed stylesheet; on the document it would add a
    // <style> element, which the page's Content-Security-Policy (style-src 'self') refuses. The page's own
    // stylesheet (which bundles the Cypher editor's CSS) is linked into the shadow root.
    const shadow = host.attachShadow({ mode: 'open' });
    const sheet = document.createElement('link');
    sheet.rel = 'stylesheet';
    sheet.href = document.querySelector('link[rel="stylesheet"][href$="app.css"]')?.href ?? '/dist/app.css';
    const mount = document.createElement('div');
    mount.className = 'cm-mount';
    shadow.append(sheet, mount);
    const { editor } = createCypherEditor(mount, {
      value: this.textarea.value,
      // The page, not the console, has the focus when it opens (the search box is where users start).
      autofocus: false,
      lineNumbers: true,
      lineWrapping: true,
      autocomplete: true,
      autocompleteCloseOnBlur: true,
      lint: true,
      theme: 'light',
      schema: this.schema ?? undefined,
    });
    editor.onKeyDown((event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        this.onRun();
      }
    });
    this.textarea.hidden = true;
    this.api = editor;
    host.dataset.ready = 'true';
    return editor;
  }

  get value() {
    return this.api ? this.api.codemirror.state.doc.toString() : this.textarea.value;
  }

  set value(text) {
    this.textarea.value = text;
    this.api?.setValue(text);
  }

  /** Labels, relationship types, property keys and procedures of the live graph (GET /api/schema), for completion. */
  setSchema({ labels = [], relationshipTypes = [], propertyKeys = [], procedures = [] }) {
    // Neo4j's editor support completes labels and types written with their colon (":Agency", ":CONTAINS").
    const colon = (name) => (name.startsWith(':') ? name : `:${name}`);
    const schema = { labels: labels.map(colon), relationshipTypes: relationshipTypes.map(colon), propertyKeys,
      procedures: procedures.map(({ name, signature }) => ({ name, signature, returnItems: [] })) };
    this.schema = schema;
    this.api?.setSchema(schema);
    this.textarea.dataset.schema = 'loaded';
  }

  /** Puts the caret at a 1-based line and column, where an error was reported. */
  markPosition(line, column) {
    if (!this.api) return;
    this.api.setPosition({ line, column: Math.max(1, column) }, true);
    this.api.focus();
  }
}
