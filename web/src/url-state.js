// The whole view state lives in the URL query, so a copied link reproduces the view and Back/Forward walk through it:
//   base view   ?view=agency-portfolio&p.agency=…  |  ?saved=<saved view>&p.…=…  |  ?cypher=…&params=… (shown, run on click)  |  ?focus=<id>  |  ?whole=1  |  ?read=<doc>&line=N
//   on top      &x=<id> (one per expanded page, in order) &hide=<id> &pin=<id> &pos=<x>,<y>,<id> (moved nodes)
//               &nl=<hidden label> &nt=<hidden type> &doc=<document filter> &zone=<zone filter>
//               &layout=concentric &select=<id> &lang=en &q=<search text>
// Lists repeat their key, so ids may hold any character.
import { DEFAULT_LAYOUT } from './graph/layouts.js';

const LISTS = { expand: 'x', hide: 'hide', pin: 'pin', hiddenLabels: 'nl', hiddenTypes: 'nt' };
const SCALARS = { view: 'view', saved: 'saved', cypher: 'cypher', cypherParams: 'params', focus: 'focus', read: 'read', layout: 'layout',
  select: 'select', q: 'q', documentFilter: 'doc', zoneFilter: 'zone' };

export function emptyState() {
  return { lang: 'zh', params: {}, whole: false, line: null, positions: {},
    ...Object.fromEntries(Object.keys(LISTS).map((key) => [key, []])),
    ...Object.fromEntries(Object.keys(SCALARS).map((key) => [key, null])) };
}

/** The state a query string describes (missing keys take their defaults). */
export function parseState(queryString) {
  const search = new URLSearchParams(queryString);
  const state = emptyState();
  search.forEach((value, key) => {
    if (key.startsWith('p.')) state.params[key.slice(2)] = value;
  });
  Object.entries(LISTS).forEach(([name, key]) => { state[name] = search.getAll(key); });
  Object.entries(SCALARS).forEach(([name, key]) => { state[name] = search.get(key); });
  state.lang = search.get('lang') === 'en' ? 'en' : 'zh';
  state.whole = search.get('whole') === '1';
  const line = Number.parseInt(search.get('line') ?? '', 10);
  state.line = Number.isFinite(line) && line > 0 ? line : null;
  search.getAll('pos').forEach((entry) => {
    const match = /^(-?[\d.]+),(-?[\d.]+),(.+)$/s.exec(entry);
    const [x, y] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
    // "1.2.3" matches the pattern but is no number.
    if (Number.isFinite(x) && Number.isFinite(y)) state.positions[match[3]] = { x, y };
  });
  return state;
}

/** The query string for a state; defaults are left out so links stay short. */
export function formatState(state) {
  const search = new URLSearchParams();
  if (state.lang === 'en') search.set('lang', 'en');
  const scalar = (name) => {
    const value = state[name];
    if (value !== null && value !== undefined && value !== '') search.set(SCALARS[name], value);
  };
  ['view', 'saved', 'cypher', 'cypherParams', 'focus', 'read'].forEach(scalar);
  if (state.whole) search.set('whole', '1');
  if (state.read && state.line) search.set('line', String(state.line));
  Object.entries(state.params ?? {}).forEach(([key, value]) => {
    if (value !== '' && value !== null && value !== undefined) search.set(`p.${key}`, value);
  });
  Object.entries(LISTS).forEach(([name, key]) => (state[name] ?? []).forEach((value) => search.append(key, value)));
  Object.entries(state.positions ?? {}).forEach(([id, { x, y }]) => search.append('pos', `${Math.round(x)},${Math.round(y)},${id}`));
  ['documentFilter', 'zoneFilter', 'q', 'select'].forEach(scalar);
  if (state.layout && state.layout !== DEFAULT_LAYOUT) search.set('layout', state.layout);
  return search.toString();
}

/** Which keys choose the base view: a change there redraws; anything else is applied on top of what is shown. */
export const BASE_KEYS = ['view', 'saved', 'params', 'cypher', 'cypherParams', 'focus', 'whole', 'read', 'line'];

export const readState = () => parseState(window.location.search);

/**
 * Writes the state to the address bar: a new history entry (push) for a step the user may want to go back from,
 * or in place (replace) for selection, search text and dragged positions. `memo` (node positions) rides along in
 * history.state so Back redraws the same picture instead of a fresh layout.
 */
export function writeState(state, { push = false, memo = null } = {}) {
  const text = formatState(state);
  const url = text ? `?${text}` : window.location.pathname;
  const unchanged = (text ? `?${text}` : '') === window.location.search;
  if (push && !unchanged) {
    window.history.pushState(memo, '', url);
  } else {
    window.history.replaceState(memo ?? window.history.state, '', url);
  }
}
