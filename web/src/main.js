// Wires the page: components raise events, this module answers them with API calls and graph-controller calls,
// and keeps the URL in step so a copied link reproduces the view.
import './styles/app.css';
import { api } from './api.js';
import { t, setLanguage, currentLanguage } from './i18n.js';
import { readState, writeState } from './url-state.js';
import { GraphController } from './graph/controller.js';
import { SearchBox } from './components/search-box.js';
import { DetailsPanel } from './components/details-panel.js';
import { ViewsPanel } from './components/views-panel.js';
import { FiltersPanel } from './components/filters-panel.js';
import { ResultTable } from './components/result-table.js';
import { ConsolePanel } from './components/console-panel.js';
import { Toolbar } from './components/toolbar.js';
import { StatusBar } from './components/status-bar.js';
import { Legend } from './components/legend.js';
import { download } from './util/dom.js';

const $ = (selector) => document.querySelector(selector);
// The start page shows who works with whom; the search box above it answers "who owns what".
const START_VIEW = 'co-responsibility';

const graph = new GraphController($('#graph'));
const search = new SearchBox($('#search'), (text) => api.search(text));
const details = new DetailsPanel($('#details'), api);
const views = new ViewsPanel($('#views'));
const filters = new FiltersPanel($('#filters'));
const table = new ResultTable($('#table'));
const consolePanel = new ConsolePanel($('#console'), api, table);
const toolbar = new Toolbar($('#toolbar'));
const status = new StatusBar($('#status'));
const legend = new Legend($('#legend'));
let state = readState();

// Like Cytoscape's own demos: the instance is reachable from the browser console (and end-to-end tests).
window.cy = graph.cy;

function saveState(changes) {
  state = { ...state, ...changes };
  writeState(state);
}

function drawn(elements, label) {
  const ms = graph.show(elements);
  $('#graph').dataset.layoutMs = ms.toFixed(1);
  status.counts(graph.counts(), `${label} · ${ms.toFixed(0)} ms`);
}

async function runView(name, params) {
  status.info(t('loading'));
  try {
    const result = await api.runQuery(name, params);
    drawn(result.answer.elements, views.title(name));
    table.show(result.answer, views.title(name));
    views.fill(name, params);
    describeView(name);
    saveState({ view: name, params, cypher: null, cypherParams: null, q: null, select: null });
    return true;
  } catch (error) {
    status.error(error);
    return false;
  }
}

function describeView(name) {
  details.setIntro(name ? { title: views.title(name), answers: views.answers(name) } : { title: null, answers: null });
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
  try {
    const page = await api.neighbours(id);
    drawn(page.elements, id);
    describeView(null);
    graph.markMore(id, page.nextOffset);
    graph.select(id);
    saveState({ view: null, params: {}, cypher: null, cypherParams: null, select: id });
  } catch (error) {
    status.error(error);
  }
}

async function expand(id, offset = 0) {
  try {
    const page = await api.neighbours(id, offset);
    graph.addNeighbours(page);
    status.counts(graph.counts());
    const node = graph.cy.getElementById(id);
    if (node.selected()) details.show(graph.describe(node));
  } catch (error) {
    status.error(error);
  }
}

const VIEW_FOR_LABEL = {
  Agency: (id) => ['agency-portfolio', { agency: id }],
  Document: (id) => ['document-outline', { document: id }],
  Zone: (id) => ['zone-applicability', { zone: id }],
};

function pick(hit) {
  const view = VIEW_FOR_LABEL[hit.label];
  if (view) runView(...view(hit.id)).then((ok) => ok && graph.select(hit.id));
  else showNeighbourhood(hit.id);
}

function onAction({ action, data, from }) {
  const handlers = {
    expand: () => expand(data.id),
    more: () => expand(data.id, data.nextOffset ?? 0),
    portfolio: () => runView('agency-portfolio', { agency: data.id }),
    outline: () => runView('document-outline', { document: data.id }),
    zone: () => runView('zone-applicability', { zone: data.id }),
    'path-to': () => runView('shortest-path', { from, to: data.id }),
  };
  handlers[action]?.();
}

async function onCommand({ name, value }) {
  const commands = {
    layout: () => { graph.setLayout(value); saveState({ layout: value }); },
    fit: () => graph.fit(),
    hide: () => graph.hideSelected(),
    pin: () => graph.togglePinSelected(),
    undo: () => graph.undo(),
    edgeLabels: () => graph.toggleEdgeLabels(value),
    wholeGraph: async () => drawn(await api.wholeGraph(), t('wholeGraph')),
    png: async () => download(await graph.exportPng(), 'policygraph-view.png'),
    json: () => download(new Blob([JSON.stringify(graph.exportJson(), null, 2)], { type: 'application/json' }), 'policygraph-view.json'),
    link: () => navigator.clipboard?.writeText(window.location.href).then(() => status.info(t('linkCopied'))),
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
  saveState({ lang });
  views.render();
  filters.render();
  describeView(state.view);
  legend.refresh();
  details.refresh();
}

function wire() {
  search.addEventListener('pick', (e) => pick(e.detail));
  search.addEventListener('text', (e) => saveState({ q: e.detail || null }));
  views.addEventListener('run', (e) => runView(e.detail.name, e.detail.params));
  filters.addEventListener('change', (e) => graph.setFilters(e.detail));
  table.addEventListener('select', (e) => graph.select(e.detail.id));
  details.addEventListener('action', (e) => onAction(e.detail));
  toolbar.addEventListener('command', (e) => onCommand(e.detail));
  $('#language-toggle').addEventListener('click', () => switchLanguage(currentLanguage() === 'zh' ? 'en' : 'zh'));
  graph.addEventListener('select', (e) => {
    details.show(e.detail);
    saveState({ select: e.detail.data.id });
  });
  graph.addEventListener('unselect', () => details.showEmpty());
  graph.addEventListener('expand', (e) => expand(e.detail.id, graph.cy.getElementById(e.detail.id).data('nextOffset') ?? 0));
  graph.addEventListener('change', (e) => {
    status.counts(e.detail);
    legend.show(graph.legendEntries());
  });
  consolePanel.addEventListener('answer', (e) => {
    drawn(e.detail.answer.elements, t('console'));
    describeView(null);
    saveState({ view: null, params: {}, cypher: e.detail.query, cypherParams: e.detail.parameters || null });
  });
}

async function restore() {
  // Read before any view runs: running a view resets the search text kept in the state.
  const { select: selected, q: searchText } = state;
  if (state.layout) { graph.layoutName = state.layout; toolbar.setLayout(state.layout); }
  if (state.cypher) {
    consolePanel.set(state.cypher, state.cypherParams);
    await consolePanel.run();
  } else if (state.view) {
    await runView(state.view, state.params);
  } else if (selected) {
    await showNeighbourhood(selected);
  } else {
    await runView(START_VIEW, {});
  }
  if (selected) graph.select(selected);
  if (searchText) {
    saveState({ q: searchText });
    await search.setText(searchText);
  }
}

async function start() {
  setLanguage(state.lang);
  graph.setEnglishLabels(state.lang === 'en');
  details.refresh();
  wire();
  try {
    const [overview, queries] = await Promise.all([api.overview(), api.queries()]);
    filters.setOverview(overview);
    views.setQueries(queries);
    await Promise.all([restore(), loadTopAgencies()]);
    document.body.dataset.ready = 'true';
  } catch (error) {
    status.error(error);
  }
}

start();
