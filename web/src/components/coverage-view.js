// A document's extraction coverage: of its items, how many state units, a scope, a deadline. Zero reads as a gap in
// the extraction or the text ("0 of 50 with units stated"), never as "no one is responsible".
import { el } from '../util/dom.js';
import { t } from '../i18n.js';

const ROWS = [['withUnits', 'coverageUnits'], ['withScope', 'coverageScope'], ['withDeadline', 'coverageDeadline'],
  ['withStatedRoles', 'coverageRoles']];

/** @param coverage {{ items: number, withUnits: number, withScope: number, withDeadline: number, withStatedRoles? }} */
export function renderCoverage(coverage) {
  const measures = coverage.items ?? coverage.measures ?? 0;
  const table = el('table', {}, el('tbody', {}, el('tr', {}, el('th', { text: t('coverageMeasures') }), el('td', { text: String(measures) })),
    ...ROWS.filter(([key]) => key in coverage).map(([key, label]) => {
      const count = coverage[key] ?? 0;
      const share = measures > 0 ? Math.round((100 * count) / measures) : 0;
      // Through the CSSOM: the page's CSP allows no style attributes in markup.
      const fill = el('span', { class: 'fill' });
      fill.style.width = `${share}%`;
      return el('tr', { class: count === 0 ? 'gap' : '', dataset: { coverage: key } }, el('th', { text: t(label) }),
        el('td', {}, el('span', { class: 'bar' }, fill), ` ${count} / ${measures}`));
    })));
  return el('div', { class: 'coverage-view', dataset: { measures: String(measures) } }, el('h3', { text: t('coverage') }),
    measures === 0 ? el('p', { class: 'gap', text: t('coverageNone') }) : table);
}

const PORTFOLIO_COLUMNS = ['items', 'withUnits', 'withScope', 'withDeadline'];

/**
 * Beside an agency's portfolio: per document, how many of its items the agency is named on, and the document's
 * coverage (items, with units, scope, deadline) so a thin answer reads as thin data where the counts are low.
 * @param documents {{ documentId, title, measureCount, coverage }[]} @param open (documentId) => void
 */
export function renderPortfolioCoverage(documents, open) {
  const head = el('tr', {}, el('th', { text: t('document') }), el('th', { text: t('portfolioItems') }),
    ...PORTFOLIO_COLUMNS.map((key) => el('th', { text: t(`portfolio.${key}`) })));
  const rows = documents.map(({ documentId, title, measureCount, coverage }) => el('tr', { dataset: { document: documentId } },
    el('td', {}, el('button', { type: 'button', class: 'link', text: title, onclick: () => open(documentId) })),
    el('td', { text: String(measureCount) }),
    ...PORTFOLIO_COLUMNS.map((key) => {
      const count = coverage?.[key];
      return el('td', { class: count === 0 ? 'gap' : '', dataset: { coverage: key }, text: count === undefined ? '–' : String(count) });
    })));
  return el('section', { class: 'portfolio-coverage' }, el('h3', { text: t('portfolioCoverage') }),
    el('p', { class: 'hint', text: t('portfolioCoverageHint') }),
    el('table', { class: 'results' }, el('thead', {}, head), el('tbody', {}, ...rows)));
}
