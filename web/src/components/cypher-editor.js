// A textarea with syntax colouring: a <pre> behind the transparent textarea repeats the text as coloured spans.
// Tokens are built with textContent, so typed text is never parsed as HTML.
import { el, clear } from '../util/dom.js';

const KEYWORDS = new Set(['MATCH', 'OPTIONAL', 'WHERE', 'WITH', 'RETURN', 'ORDER', 'BY', 'LIMIT', 'SKIP', 'AS', 'AND',
  'OR', 'NOT', 'XOR', 'IN', 'IS', 'NULL', 'DISTINCT', 'UNWIND', 'CASE', 'WHEN', 'THEN', 'ELSE', 'END', 'ASC', 'DESC',
  'ASCENDING', 'DESCENDING', 'TRUE', 'FALSE', 'CONTAINS', 'STARTS', 'ENDS', 'UNION', 'ALL', 'CREATE', 'MERGE', 'DELETE',
  'DETACH', 'SET', 'REMOVE', 'CALL', 'YIELD', 'EXISTS', 'COUNT']);

const TOKEN = /(\/\/[^\n]*)|('(?:[^'\\]|\\.)*'?|"(?:[^"\\]|\\.)*"?)|(\$[A-Za-z_][\w]*)|(:\s*[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff]*)|(\b\d+(?:\.\d+)?\b)|([A-Za-z_][A-Za-z_0-9]*)/g;

export function tokens(text) {
  const result = [];
  let at = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index > at) result.push({ kind: 'plain', text: text.slice(at, match.index) });
    const [whole, comment, string, parameter, label, number, word] = match;
    let kind = 'plain';
    if (comment) kind = 'comment';
    else if (string) kind = 'string';
    else if (parameter) kind = 'param';
    else if (label) kind = 'label';
    else if (number) kind = 'number';
    else if (word && KEYWORDS.has(word.toUpperCase())) kind = 'keyword';
    result.push({ kind, text: whole });
    at = match.index + whole.length;
  }
  if (at < text.length) result.push({ kind: 'plain', text: text.slice(at) });
  return result;
}

export class CypherEditor {
  constructor(textarea) {
    this.textarea = textarea;
    this.mirror = el('pre', { class: 'highlight', 'aria-hidden': 'true' });
    textarea.before(this.mirror);
    textarea.addEventListener('input', () => this.paint());
    textarea.addEventListener('scroll', () => {
      this.mirror.scrollTop = textarea.scrollTop;
      this.mirror.scrollLeft = textarea.scrollLeft;
    });
    this.paint();
  }

  get value() { return this.textarea.value; }

  set value(text) {
    this.textarea.value = text;
    this.paint();
  }

  paint() {
    const spans = tokens(this.textarea.value).map((token) =>
      (token.kind === 'plain' ? document.createTextNode(token.text) : el('span', { class: `tok-${token.kind}`, text: token.text })));
    clear(this.mirror).append(...spans, '\n');
  }

  /** Puts the caret at a 1-based line and column, where an error was reported. */
  markPosition(line, column) {
    const lines = this.textarea.value.split('\n');
    const offset = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + Math.max(0, column - 1);
    this.textarea.focus();
    this.textarea.setSelectionRange(offset, Math.min(this.textarea.value.length, offset + 1));
  }
}
