// Wires the page: components raise events, this module answers them with API calls and graph-controller calls,
// and keeps the URL and the browser history in step (url-state.js) so a link or Back reproduces the view.
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import './styles/app.css';
import { api } from './api.js';
import { t, setLanguage, currentLanguage } from './i18n.js';
import { readState, writeState, emptyState } from './url-state.js';
import { GraphController } from './graph/controller.js';
import { exportPng, exportSvg } from './graph/export.js';
import { SearchBox } from './components/search-box.js';
import { DetailsPanel } from './components/details-panel.js';
import { ViewsPanel } from './components/views-panel.js';
import { FiltersPanel } from './components/filters-panel.js';
import { ResultTable } from './components/result-table.js';
import { ConsolePanel } from './components/console-panel.js';
import { Toolbar } from './components/toolbar.js';
import { StatusBar } from './components/status-bar.js';
import { Legend } from './components/legend.js';
import { GraphMessage } from './components/graph-message.js';
import { ReaderPanel } from './components/reader-panel.js';
import { renderCheckReport } from './components/check-report.js';
import { download, el } from './util/dom.js';

const $ = (selector) => document.querySelector(selector);
// The start page shows who works with whom; the search box above it answers "who owns what".
const START_VIEW = 'co-responsibility';

const graph = new GraphController($('#graph'));
const search = new SearchBox($('#search'), (text) => api.search(text));
const details = new DetailsPanel($('#details'), api);
let nodeLabels = [];
// A view parameter named like a node label (agency, document, zone) takes entities of that label; others any.
const labelOfParameter = (name) => nodeLabels.find((label) => label.toLowerCase() === name.toLowerCase()) ?? null;
const suggest = (text, label) => api.suggest(text, label);
const views = new ViewsPanel($('#views'), suggest, labelOfParameter);
// The user's own views: the same forms, plus the .cypher export and delete.
const savedViews = new ViewsPanel($('#saved-views'), suggest, labelOfParameter, (view) => [
  el('a', { class: 'export-view', href: api.savedViewFileUrl(view.name), download: `${view.name}.cypher`, text: t('exportCypher') }),
  el('button', { type: 'button', class: 'link delete-view', text: t('deleteView'), onclick: () => deleteSavedView(view.name) }),
]);
const filters = new FiltersPanel($('#filters'));
const table = new ResultTable($('#table'));
const consolePanel = new ConsolePanel($('#console'), api, table);
const toolbar = new Toolbar($('#toolbar'));
const status = new StatusBar($('#status'));
const legend = new Legend($('#legend'));
const message = new GraphMessage($('#graph-message'));
const reader = new ReaderPanel($('#reader'), api);
let state = readState();
// While a state from the URL or history is being applied, its own steps must not write new history entries.
let restoring = false;
let drawnLabel = '';

// Like Cytoscape's own demos: the instance is reachable from the browser console (and end-to-end tests).
// The instance changes when a view needs another renderer or other gesture options (renderer-choice.js): always the current one.
Object.defineProperty(window, 'cy', { get: () => graph.cy, configurable: true });
// applyState: a state drawn as a link or Back draws it (the rendering benchmark and tests draw views this way).
window.policyGraph = { graph, applyState: (next) => applyState({ ...emptyState(), ...next }, null) };

/** Records the current view in the URL: push = a new history entry (Back returns here), else in place. */
function commit(changes = {}, { push = false } = {}) {
  state = { ...state, ...changes, ...graph.viewState(), ...filters.urlState() };
  if (restoring) return;
  writeState(state, { push, memo: { positions: graph.positionsSnapshot() } });
}

/** A new base view: what was done on top of the previous one (expansions, hidden, pinned, moved nodes) is gone. */
const BASE_RESET = { view: null, saved: null, params: {}, cypher: null, cypherParams: null, focus: null, whole: false, select: null,
  read: null, line: null };

function drawn(elements, label) {
  const ms = graph.show(elements);
  drawnLabel = label;
  $('#graph').dataset.layoutMs = ms.toFixed(1);
  refreshStatus(`${ms.toFixed(0)} ms`);
}

// Set while the graph is empty on purpose (a linked console query waiting for Run): the message says so.
let waiting = null;

function refreshStatus(extra = '') {
  const counts = graph.counts();
  status.counts(counts, [drawnLabel, extra].filter(Boolean).join(' · '));
  message.explain(counts, { view: drawnLabel, filters: filters.describeActive(), waiting });
}

/** Runs a ready-made view, or a saved one (`saved`), and draws its answer. */
async function runView(name, params, saved = false) {
  const panel = saved ? savedViews : views;
  status.info(t('loading'));
  try {
    const result = await (saved ? api.runSavedView(name, params) : api.runQuery(name, params));
    drawn(result.answer.elements, panel.title(name));
    table.show(result.answer, panel.title(name));
    panel.fill(name, params);
    describeView(name, panel);
    details.setIntro({ portfolio: !saved && name === PORTFOLIO_VIEW ? await portfolioCoverage(result.answer) : null });
    return true;
  } catch (error) {
    status.error(error);
    return false;
  }
}

const PORTFOLIO_VIEW = 'agency-portfolio';

/** The portfolio's documents (its rows: document, agency, measureCount …) with each document's coverage. */
async function portfolioCoverage(answer) {
  const column = (name) => answer.columns.indexOf(name);
  const rows = answer.rows.filter((row) => row[column('document')]?.id);
  if (rows.length === 0) return null;
  // Without coverage (an older server) the portfolio still shows; its cells read "–".
  const coverage = new Map((await api.coverageAll().catch(() => [])).map((entry) => [entry.documentId, entry]));
  return {
    agencyId: rows[0][column('agency')]?.id ?? null,
    documents: rows.map((row) => ({ documentId: row[column('document')].id, title: row[column('document')].name,
      measureCount: row[column('measureCount')], coverage: coverage.get(row[column('document')].id) ?? null })),
  };
}

function describeView(name, panel = views) {
  details.setIntro({ ...(name ? { title: panel.title(name), answers: panel.answers(name) } : { title: null, answers: null }), portfolio: null });
}

async function loadSavedViews() {
  const list = await api.savedViews();
  savedViews.setQueries(list);
  $('#saved-views').dataset.count = String(list.length);
  if (list.length === 0) $('#saved-views').append(el('p', { class: 'hint', text: t('noSavedViews') }));
}

async function deleteSavedView(name) {
  try {
    await api.deleteView(name);
    await loadSavedViews();
  } catch (error) {
    status.error(error);
  }
}

/** The agencies named on most measures, with how many roles the text states, for the panel while nothing is selected. */
async function loadTopAgencies() {
  try {
    const ranked = await api.runQuery('agencies-ranked', { limit: 10 });
    const english = new Map(ranked.answer.elements.nodes.map((node) => [node.data.id, node.data.nameEn]));
    const column = (name) => ranked.answer.columns.indexOf(name);
    details.setIntro({ agencies: ranked.answer.rows.map((row) => ({
      id: row[0].id, name: row[0].name, nameEn: english.get(row[0].id),
      measures: row[column('measures')], roleStated: row[column('roleStated')],
    })) });
  } catch (error) {
    status.error(error);
  }
}

async function showNeighbourhood(id) {
  const page = await api.neighbours(id);
  drawn(page.elements, id);
  describeView(null);
  graph.markMore(id, page.nextOffset);
}

async function expand(id) {
  try {
    const node = graph.cy.getElementById(id);
    graph.addNeighbours(await api.neighbours(id, node.data('nextOffset') ?? 0));
    if (node.selected()) details.show(graph.describe(node));
    commit({}, { push: true });
  } catch (error) {
    status.error(error);
  }
}

/**
 * Draws the base view a state names: console query, whole graph, saved or named view, one node's neighbourhood, or
 * the start. A console query or saved view this page has not run (it came with a link) is shown and waits for the
 * user's Run: a link must not make someone's browser run a query they have not read. Returns false then.
 */
async function drawBase(next) {
  waiting = null;
  if (next.cypher) {
    consolePanel.set(next.cypher, next.cypherParams);
    if (!consolePanel.hasRun(next.cypher)) {
      waiting = t('linkQueryWaiting');
      drawn({ nodes: [], edges: [] }, t('console'));
      return false;
    }
    await consolePanel.run();
  } else if (next.whole) {
    drawn(await api.wholeGraph(), t('wholeGraph'));
    describeView(null);
  } else if (next.focus) {
    await showNeighbourhood(next.focus);
  } else if (next.saved) {
    // A saved view is user-written Cypher too: from a link it is shown in its form and waits for Run.
    savedViews.fill(next.saved, next.params);
    if (!savedViews.hasRun(next.saved)) {
      waiting = t('linkViewWaiting');
      drawn({ nodes: [], edges: [] }, savedViews.title(next.saved) || next.saved);
      return false;
    }
    await runView(next.saved, next.params, true);
  } else {
    await runView(next.view ?? START_VIEW, next.view ? next.params : {});
  }
}

/** Makes the page show a state (from a link or from history): base view, then expansions, filters, the rest. */
async function applyState(next, memo) {
  restoring = true;
  try {
    state = { ...emptyState(), ...next };
    if (currentLanguage() !== next.lang) switchLanguage(next.lang);
    if (next.layout) { graph.layoutName = next.layout; toolbar.setLayout(next.layout); }
    filters.setUrlState(next);
    const drewBase = await drawBase(next);
    for (const id of drewBase === false ? [] : next.expand) await expand(id);
    graph.setFilters(filters.state);
    graph.applyViewState(next);
    if (memo?.positions) graph.placeAll(memo.positions);
    if (!next.select || !graph.select(next.select)) details.showEmpty();
    reader.open(next.read, next.line);
  } catch (error) {
    status.error(error);
  } finally {
    restoring = false;
  }
  commit({ select: next.select, read: next.read, line: next.line });
}

async function navigate(changes) {
  restoring = true;
  try {
    state = { ...state, ...BASE_RESET, expand: [], hide: [], pin: [], positions: {}, ...changes };
    reader.open(state.read, state.line);
    details.showEmpty();
    await drawBase(state);
  } catch (error) {
    status.error(error);
  } finally {
    restoring = false;
  }
  commit({}, { push: true });
}

const VIEW_FOR_LABEL = {
  Agency: (id) => ({ view: 'agency-portfolio', params: { agency: id } }),
  Document: (id) => ({ view: 'document-outline', params: { document: id } }),
  Zone: (id) => ({ view: 'zone-applicability', params: { zone: id } }),
};

async function pick(hit) {
  await navigate(VIEW_FOR_LABEL[hit.label]?.(hit.id) ?? { focus: hit.id });
  if (graph.select(hit.id)) commit({ select: hit.id });
}

/** Shows one element of a document in the graph (from the reader): its measure's neighbourhood, the element selected. */
async function showInGraph({ nodeId, elementId, line }) {
  commit({ line });
  await navigate({ focus: nodeId });
  if (graph.select(elementId) || graph.select(nodeId)) commit({ select: graph.selectedId() });
  details.offerReturn(true);
}

function onAction({ action, data, from }) {
  const handlers = {
    expand: () => expand(data.id),
    more: () => expand(data.id),
    portfolio: () => navigate(VIEW_FOR_LABEL.Agency(data.id)),
    outline: () => navigate(VIEW_FOR_LABEL.Document(data.id)),
    zone: () => navigate(VIEW_FOR_LABEL.Zone(data.id)),
    'path-to': () => navigate({ view: 'shortest-path', params: { from, to: data.id } }),
    read: () => openReader(data.doc ?? data.id, data.line),
    'back-to-text': () => window.history.back(),
  };
  handlers[action]?.();
}

function openReader(documentId, line) {
  reader.open(documentId, line ?? null);
  commit({ read: documentId, line: line ?? null }, { push: true });
}

async function onCommand({ name, value }) {
  const commands = {
    layout: () => { graph.setLayout(value); commit({ layout: value }, { push: true }); },
    fit: () => graph.fit(),
    hide: () => { graph.hideSelected(); commit({ select: null }, { push: true }); },
    pin: () => { graph.togglePinSelected(); commit({}, { push: true }); },
    undo: () => { if (graph.undo()) commit({}, { push: true }); },
    edgeLabels: () => graph.toggleEdgeLabels(value),
    wholeGraph: () => navigate({ whole: true }),
    png: async () => download(await exportPng(graph, { title: drawnLabel, legend: legend.items() }), 'policygraph-view.png'),
    svg: () => download(exportSvg(graph, { title: drawnLabel, legend: legend.items() }), 'policygraph-view.svg'),
    json: () => download(new Blob([JSON.stringify(graph.exportJson(), null, 2)], { type: 'application/json' }), 'policygraph-view.json'),
    link: () => navigator.clipboard?.writeText(window.location.href).then(() => status.info(t('linkCopied'))),
    check: async () => renderCheckReport($('#table'), await api.check(), (documentId, line) => openReader(documentId, line)),
    clearFilters: () => { filters.reset(); graph.setFilters(filters.state); commit({}, { push: true }); },
  };
  try {
    await commands[name]?.();
  } catch (error) {
    status.error(error);
  }
}

function switchLanguage(lang) {
  setLanguage(lang);
  graph.setEnglishLabels(lang === 'en');
  views.render();
  savedViews.render();
  filters.render();
  describeView(state.view);
  legend.refresh();
  details.refresh();
  reader.refresh();
  refreshStatus();
}

function wire() {
  search.addEventListener('pick', (e) => pick(e.detail));
  search.addEventListener('text', (e) => commit({ q: e.detail || null }));
  views.addEventListener('run', (e) => navigate({ view: e.detail.name, params: e.detail.params }));
  savedViews.addEventListener('run', (e) => navigate({ saved: e.detail.name, params: e.detail.params }));
  consolePanel.addEventListener('saved', async (e) => {
    await loadSavedViews();
    status.info(`${t('viewSaved')}: ${e.detail.titleZh}`);
  });
  filters.addEventListener('change', (e) => { graph.setFilters(e.detail); commit({}, { push: true }); });
  table.addEventListener('select', (e) => graph.select(e.detail.id));
  details.addEventListener('action', (e) => onAction(e.detail));
  toolbar.addEventListener('command', (e) => onCommand(e.detail));
  $('#graph-message').addEventListener('command', (e) => onCommand(e.detail));
  reader.addEventListener('show', (e) => showInGraph(e.detail));
  reader.addEventListener('close', () => commit({ read: null, line: null }, { push: true }));
  $('#language-toggle').addEventListener('click', () => {
    switchLanguage(currentLanguage() === 'zh' ? 'en' : 'zh');
    commit({ lang: currentLanguage() }, { push: true });
  });
  graph.addEventListener('select', (e) => {
    details.show(e.detail);
    commit({ select: e.detail.data.id });
  });
  graph.addEventListener('unselect', () => { details.showEmpty(); commit({ select: null }); });
  graph.addEventListener('expand', (e) => expand(e.detail.id));
  graph.addEventListener('moved', () => commit());
  // A large view's layout finishes in a worker after the first frame: keep its positions for Back.
  graph.addEventListener('layout', (e) => {
    if (e.detail.error) status.error(e.detail.error);
    else $('#graph').dataset.layoutSettledMs = e.detail.ms.toFixed(1);
    commit();
  });
  // Zooming a large view in or out switches its aggregated edges on or off: the legend says which are drawn.
  graph.addEventListener('lod', () => legend.show(graph.legendEntries()));
  graph.addEventListener('change', () => {
    refreshStatus();
    legend.show(graph.legendEntries());
    // A panel never describes something the view no longer shows.
    if (details.current && !graph.isShown(details.current.data.id)) details.showEmpty();
  });
  consolePanel.addEventListener('answer', (e) => onConsoleAnswer(e.detail));
  window.addEventListener('popstate', (event) => applyState(readState(), event.state));
}

/** A console answer with nodes or relationships replaces the graph; a value-only answer leaves the graph as it is. */
function onConsoleAnswer({ answer, query, parameters }) {
  const elements = answer.elements ?? {};
  if ((elements.nodes ?? []).length === 0 && (elements.edges ?? []).length === 0) {
    status.info(t('valuesOnly'));
    return;
  }
  waiting = null;
  drawn(elements, t('console'));
  describeView(null);
  if (restoring) return;
  state = { ...state, ...BASE_RESET, expand: [], hide: [], pin: [], positions: {}, cypher: query, cypherParams: parameters || null };
  commit({}, { push: true });
}

async function start() {
  setLanguage(state.lang);
  graph.setEnglishLabels(state.lang === 'en');
  details.refresh();
  wire();
  try {
    const [overview, queries] = await Promise.all([api.overview(), api.queries()]);
    nodeLabels = Object.keys(overview.labels ?? {});
    filters.setOverview(overview);
    views.setQueries(queries);
    await loadSavedViews();
    const searchText = state.q;
    await Promise.all([applyState(state, window.history.state), loadTopAgencies()]);
    // The editor's code and the schema are loaded after the first view, so they never delay it.
    consolePanel.loadSchema();
    if (searchText) {
      commit({ q: searchText });
      await search.setText(searchText);
    }
    document.body.dataset.ready = 'true';
  } catch (error) {
    status.error(error);
  }
}

start();
