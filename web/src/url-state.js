// The view state lives in the URL query so that a copied link reproduces it:
// ?lang=en&view=agency-portfolio&p.agency=…&select=<id>  or  ?cypher=…&params=…  or  ?q=…

export function readState() {
  const search = new URLSearchParams(window.location.search);
  const params = {};
  search.forEach((value, key) => {
    if (key.startsWith('p.')) params[key.slice(2)] = value;
  });
  return {
    lang: search.get('lang') ?? 'zh',
    view: search.get('view'),
    params,
    select: search.get('select'),
    q: search.get('q'),
    cypher: search.get('cypher'),
    cypherParams: search.get('params'),
    layout: search.get('layout'),
  };
}

export function writeState(state) {
  const search = new URLSearchParams();
  if (state.lang && state.lang !== 'zh') search.set('lang', state.lang);
  if (state.view) search.set('view', state.view);
  Object.entries(state.params ?? {}).forEach(([key, value]) => {
    if (value !== '' && value !== null && value !== undefined) search.set(`p.${key}`, value);
  });
  if (state.cypher) search.set('cypher', state.cypher);
  if (state.cypherParams) search.set('params', state.cypherParams);
  if (state.q) search.set('q', state.q);
  if (state.layout && state.layout !== 'fcose') search.set('layout', state.layout);
  if (state.select) search.set('select', state.select);
  const text = search.toString();
  window.history.replaceState(null, '', text ? `?${text}` : window.location.pathname);
}
