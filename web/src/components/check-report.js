// The consistency report (policygraph check) as a table: counts by kind, then each finding with its document and
// source lines; a line opens the reader there. Renders into the element it is given; text only.
import { el, clear } from '../util/dom.js';
import { t } from '../i18n.js';

/**
 * @param report {{ counts: Object<string, number>, findings: { kind, documentId, sourceFile, lines: number[], message }[] }}
 * @param openLine (documentId, line) => void
 */
export function renderCheckReport(root, report, openLine) {
  const counts = Object.entries(report.counts ?? {}).map(([kind, count]) => `${kind}: ${count}`).join(' · ');
  const rows = report.findings.map((finding) => el('tr', { dataset: { kind: finding.kind } },
    el('td', { text: finding.kind }),
    el('td', { text: finding.sourceFile }),
    el('td', {}, ...finding.lines.map((line) => (finding.documentId
      ? el('button', { type: 'button', class: 'link', text: `${t('line')} ${line}`, onclick: () => openLine(finding.documentId, line) })
      : `${t('line')} ${line} `))),
    el('td', { text: finding.message })));
  clear(root).append(el('p', { class: 'summary', text: `${t('checkReport')} · ${report.findings.length} · ${counts}` }),
    el('table', { class: 'results check' }, el('tbody', {}, ...rows)));
}
