// The details panel: properties of the selected node or edge and its provenance (document, line, quoted clause)
// with the source lines around it. Emits "action" for buttons; fetches source text through the injected api.
import { el, clear, formatValue } from '../util/dom.js';
import { t, currentLanguage } from '../i18n.js';
import { LABEL_COLOURS } from '../graph/style.js';
import { renderSource } from './source-view.js';
import { sourceBlocks, statedRole } from '../graph/edge-sources.js';
import { roleKey } from './result-table.js';
import { renderCoverage, renderPortfolioCoverage } from './coverage-view.js';

const LONG_TEXT_KEYS = new Set(['text', 'quote', 'innovationPoint']);

export class DetailsPanel extends EventTarget {
  constructor(root, api) {
    super();
    this.root = root;
    this.api = api;
    this.pathStart = null;
    this.current = null;
    this.showEmpty();
  }

  showEmpty() {
    this.current = null;
    clear(this.root).append(el('p', { class: 'hint', text: t('noSelection') }), this.introSection());
  }

  /**
   * What the panel shows while nothing is selected: what the current view answers, and the agencies named on most
   * measures with how many of those the text gives a role (a click opens one's portfolio).
   * @param intro {{ title, answers, agencies: {id, name, measures, roleStated}[] }}
   */
  setIntro(intro) {
    const portfolioChanged = 'portfolio' in intro && intro.portfolio !== this.intro?.portfolio;
    this.intro = { ...this.intro, ...intro };
    if (!this.current) this.showEmpty();
    // A selected agency shows its portfolio's coverage: redraw it when that arrives; other selections stay as they are.
    else if (portfolioChanged && this.current.data.label === 'Agency') this.show(this.current);
  }

  /** The coverage of the documents of the agency portfolio on view, or null. */
  portfolioSection(agencyId = null) {
    const portfolio = this.intro?.portfolio;
    if (!portfolio || (agencyId && portfolio.agencyId !== agencyId)) return null;
    return renderPortfolioCoverage(portfolio.documents, (documentId) => this.emit('outline', { id: documentId }));
  }

  introSection() {
    const { title, answers, agencies = [] } = this.intro ?? {};
    const section = el('section', { class: 'intro' });
    if (title) section.append(el('h3', { text: t('aboutView') }), el('h2', { text: title }), el('p', { text: answers ?? '' }));
    const portfolio = this.portfolioSection();
    if (portfolio) section.append(portfolio);
    if (agencies.length === 0) return section;
    const items = agencies.map((agency) => el('li', { dataset: { id: agency.id } },
      el('button', { type: 'button', class: 'link', text: (currentLanguage() === 'en' && agency.nameEn) || agency.name, onclick: () => this.emit('portfolio', { id: agency.id }) }),
      el('span', { class: 'count', text: `${agency.measures} ${t('measureCount')} · ${agency.roleStated} ${t('roleStatedCount')}` })));
    section.append(el('h3', { text: t('topAgencies') }), el('ol', {}, ...items));
    return section;
  }

  refresh() {
    if (this.current) this.show(this.current);
    else this.showEmpty();
  }

  show(selection) {
    this.current = selection;
    const { kind, data } = selection;
    const header = kind === 'node' ? this.nodeHeader(data) : this.edgeHeader(selection);
    const provenance = el('section', { class: 'provenance' });
    const coverage = el('section', { class: 'coverage' });
    // The agency whose portfolio is on view (selected after a search) shows its documents' coverage too.
    const portfolio = kind === 'node' && data.label === 'Agency' ? this.portfolioSection(data.id) : null;
    clear(this.root).append(header, this.actions(kind, data), coverage, portfolio ?? '', this.properties(data.props ?? {}), provenance);
    if (kind === 'node' && data.label === 'Document') this.loadCoverage(coverage, data);
    const blocks = kind === 'edge' ? sourceBlocks(selection) : [];
    if (blocks.length > 0) this.loadSources(provenance, data, blocks);
    else this.loadProvenance(provenance, kind, data);
  }

  /** After "show in graph" from the reader: a button back to the text (the same as the browser's Back). */
  offerReturn(on) {
    this.returnToText = on;
    if (this.current) this.show(this.current);
  }

  nodeHeader(data) {
    const chip = el('span', { class: 'chip', text: t(data.label) });
    chip.style.backgroundColor = LABEL_COLOURS[data.label] ?? '#718096';
    return el('header', {}, chip, el('h2', { text: data.name }), data.nameEn ? el('p', { class: 'english', text: data.nameEn }) : null);
  }

  edgeHeader({ data, sourceName, targetName }) {
    // A responsibility's role is the one its text states, else "not stated"; the list position is never a role.
    const stated = statedRole(data);
    const role = data.label === 'RESPONSIBLE_FOR'
      ? el('p', { class: 'role', dataset: { role: stated ?? '' } }, `${t('role')}: `,
        el('strong', { text: stated ? t(roleKey(stated)) : t('notStated') }))
      : null;
    return el('header', {}, el('span', { class: 'chip edge', text: `${t(data.label)} · ${data.label}` }),
      el('p', { class: 'endpoints', text: `${sourceName ?? data.source} → ${targetName ?? data.target}` }), role);
  }

  actions(kind, data) {
    const button = (action, label) => el('button', { type: 'button', dataset: { action }, text: t(label),
      onclick: () => this.emit(action, data) });
    const back = this.returnToText ? button('back-to-text', 'backToText') : null;
    const read = data.doc || data.label === 'Document' ? button('read', 'read') : null;
    if (kind !== 'node') return el('div', { class: 'actions' }, back, read);
    const buttons = [back, read, button('expand', 'expand')].filter(Boolean);
    if (data.nextOffset != null) buttons.push(button('more', 'showMore'));
    if (data.label === 'Agency') buttons.push(button('portfolio', 'portfolio'));
    if (data.label === 'Document') buttons.push(button('outline', 'outline'));
    if (data.label === 'Zone') buttons.push(button('zone', 'zoneView'));
    buttons.push(button('path-from', 'pathFrom'));
    if (this.pathStart && this.pathStart !== data.id) buttons.push(button('path-to', 'pathTo'));
    return el('div', { class: 'actions' }, ...buttons);
  }

  emit(action, data) {
    if (action === 'path-from') this.pathStart = data.id;
    this.dispatchEvent(new CustomEvent('action', { detail: { action, data, from: this.pathStart } }));
    if (action === 'path-from') this.refresh();
  }

  properties(props) {
    const rows = Object.entries(props).filter(([, value]) => value !== null && value !== undefined).map(([key, value]) =>
      el('tr', {}, el('th', { text: key }), el('td', { class: LONG_TEXT_KEYS.has(key) ? 'long' : '', text: formatValue(value) })));
    return el('section', { class: 'properties' }, el('h3', { text: t('properties') }), el('table', {}, el('tbody', {}, ...rows)));
  }

  async loadCoverage(section, data) {
    try {
      const coverage = await this.api.coverage(data.id);
      if (this.current?.data === data) section.append(renderCoverage(coverage));
    } catch (error) {
      section.append(el('p', { class: 'hint', text: `${t('coverage')}: ${error.message}` }));
    }
  }

  /** The body clause and the annex-table row of a fact, each with its line, or what does not state it. */
  loadSources(section, data, blocks) {
    section.append(el('h3', { text: t('provenance') }));
    blocks.forEach((block) => {
      const part = el('div', { class: `source-block ${block.kind}`, dataset: { source: block.kind, line: block.line ?? '' } },
        el('h4', { text: `${t(block.kind === 'body' ? 'bodyQuote' : 'tableQuote')}${block.line ? ` · ${t('line')} ${block.line}` : ''}` }));
      if (block.missing) part.append(el('p', { class: 'missing', text: t(block.missing) }));
      if (block.quote) part.append(el('blockquote', { class: 'quote', text: block.quote }));
      section.append(part);
      if (block.line) this.appendExcerpt(part, data, block.line, block.quote ?? block.highlight);
    });
  }

  async appendExcerpt(part, data, line, quote) {
    try {
      const excerpt = await this.api.source(data.doc, line, quote ?? undefined, 2);
      if (this.current?.data === data) part.append(renderSource(excerpt));
    } catch (error) {
      part.append(el('p', { class: 'hint', text: `${t('error')}: ${error.message}` }));
    }
  }

  async loadProvenance(section, kind, data) {
    const props = data.props ?? {};
    const line = props.line;
    const quote = props.quote ?? (kind === 'node' ? props.title ?? props.text : undefined);
    if (!data.doc || (line === undefined && data.label !== 'Document')) return;
    section.append(el('h3', { text: t('provenance') }));
    if (props.quote) section.append(el('blockquote', { class: 'quote', text: props.quote }));
    const status = el('p', { class: 'hint', text: t('sourceLoading') });
    section.append(status);
    try {
      const excerpt = await this.api.source(data.doc, line, quote);
      if (this.current?.data !== data) return;
      const where = line !== undefined ? ` · ${t('line')} ${line}` : '';
      status.replaceWith(el('p', { class: 'source-ref', text: `${excerpt.title} (${excerpt.sourceFile})${where}` }), renderSource(excerpt));
    } catch (error) {
      status.textContent = `${t('error')}: ${error.message}`;
    }
  }
}
