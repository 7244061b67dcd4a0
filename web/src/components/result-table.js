// Renders a query answer's columns and rows as a table. Node cells show the node's name and select it on click;
// relationship cells read as text ("负责 · 牵头 · 序位 1 · 正文+附表"), not as raw ":TYPE" tokens.
import { el, clear, formatValue } from '../util/dom.js';
import { t } from '../i18n.js';

const SOURCE_KEYS = { body: 'sourceBody', table: 'sourceTable' };

/** The UI text key of a stated role (lead, supporting, responsible, submitting), or of "not stated". */
export const roleKey = (role) => (typeof role === 'string' && role.length > 0 ? `role.${role}` : 'role.notStated');

/**
 * A relationship as readable text: its type, for a responsibility the role the text states (or "not stated"), its
 * position in the list, where it was read, and the line. The position is never read as a role.
 */
export function describeRelationship(type, props = {}) {
  const parts = [t(type)];
  if (type === 'RESPONSIBLE_FOR') parts.push(t(roleKey(props.role)));
  if (typeof props.order === 'number') parts.push(`${t('order')} ${props.order}`);
  if (Array.isArray(props.sources) && props.sources.length > 0) {
    parts.push(props.sources.map((source) => t(SOURCE_KEYS[source] ?? source)).join('+'));
  }
  if (props.line !== undefined && props.line !== null) parts.push(`${t('line')} ${props.line}`);
  return parts.join(' · ');
}

const isKind = (value, kind) => value !== null && typeof value === 'object' && value.kind === kind;

export class ResultTable extends EventTarget {
  constructor(root) {
    super();
    this.root = root;
    this.edgeProps = new Map();
  }

  show(answer, caption = '') {
    // Relationship cells carry only id and type; their properties come with the answer's graph elements.
    this.edgeProps = new Map((answer.elements?.edges ?? []).map((edge) => [edge.data.id, edge.data.props ?? {}]));
    const head = el('tr', {}, ...answer.columns.map((c) => el('th', { text: c })));
    const rows = answer.rows.map((row) => el('tr', {}, ...row.map((cell) => this.cell(cell))));
    const summary = `${caption}${caption ? ' · ' : ''}${answer.rows.length} ${t('rows')} · ${answer.elapsedMs.toFixed(1)} ms`
      + (answer.truncated ? ` · ${t('truncated')}` : '');
    clear(this.root).append(el('p', { class: 'summary', text: summary }),
      el('table', { class: 'results' }, el('thead', {}, head), el('tbody', {}, ...rows)));
  }

  cell(value) {
    if (isKind(value, 'node')) {
      return el('td', { class: 'node' }, el('button', { type: 'button', class: 'link', text: value.name, title: value.id,
        onclick: () => this.dispatchEvent(new CustomEvent('select', { detail: { id: value.id } })) }));
    }
    if (isKind(value, 'relationship')) return el('td', { class: 'relationship', text: this.relationshipText(value) });
    if (Array.isArray(value) && value.some((v) => isKind(v, 'node') || isKind(v, 'relationship'))) {
      // One item per line: a list of measures or responsibilities stays scannable.
      const items = value.map((v) => (isKind(v, 'relationship') ? this.relationshipText(v) : formatValue(v)));
      return el('td', { class: 'list' }, el('ul', {}, ...items.map((text) => el('li', { text }))));
    }
    if (typeof value === 'number') return el('td', { class: 'number', text: formatValue(value) });
    return el('td', { text: formatValue(value) });
  }

  relationshipText(value) {
    return describeRelationship(value.type, this.edgeProps.get(value.id));
  }

  clear() {
    clear(this.root);
  }
}
