// The only module that talks to the server. Every failure becomes an ApiError carrying the problem+json body.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }

  get line() { return this.problem.line ?? null; }

  get column() { return this.problem.column ?? null; }
}

async function request(path, init = {}) {
  const response = await fetch(path, { headers: { Accept: 'application/json', ...(init.headers ?? {}) }, ...init });
  const type = response.headers.get('Content-Type') ?? '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

const query = (params) => {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  });
  const text = search.toString();
  return text ? `?${text}` : '';
};

const id = (value) => encodeURIComponent(value);

// Where a server has no coverage endpoint (an older one), the counts come from a console query of the same shape.
const COVERAGE_QUERY = `MATCH (d:Document {id: $document})-[:CONTAINS]->(m:Measure)
WITH DISTINCT m
OPTIONAL MATCH (m)<-[u:RESPONSIBLE_FOR]-()
WITH m, count(u) AS units
OPTIONAL MATCH (m)-[s:APPLIES_IN|PILOTED_IN]->()
WITH m, units, count(s) AS scopes
RETURN count(m) AS measures, sum(CASE WHEN units > 0 THEN 1 ELSE 0 END) AS withUnits,
  sum(CASE WHEN scopes > 0 THEN 1 ELSE 0 END) AS withScope,
  sum(CASE WHEN m.deadline IS NULL THEN 0 ELSE 1 END) AS withDeadline`;

const cypher = (text, parameters = {}) => request('/api/cypher', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ query: text, parameters }),
});

// Which routes this server has, from its OpenAPI document (read once): newer endpoints are used where they exist.
let routes = null;
const hasRoute = async (path) => {
  routes ??= request('/openapi/v1.json').then((document) => new Set(Object.keys(document.paths ?? {})), () => new Set());
  return (await routes).has(path);
};

const firstRow = (answer) => Object.fromEntries(answer.columns.map((column, i) => [column, answer.rows[0]?.[i] ?? 0]));

export const api = {
  overview: () => request('/api/overview'),
  wholeGraph: () => request('/api/graph'),
  search: (q, labels) => request(`/api/search${query({ q, labels })}`),
  /**
   * Type-ahead: [{ id, label, name, nameEn, matchedAlias }]. The server's GET /api/search/suggest (branch webapi)
   * where it exists, else the search's hits.
   */
  suggest: async (q, label = null) => (await hasRoute('/api/search/suggest')
    ? (await request(`/api/search/suggest${query({ q, label, limit: 10 })}`)).suggestions
    : (await request(`/api/search${query({ q, labels: label, limit: 10 })}`)).hits),
  node: (nodeId) => request(`/api/nodes/${id(nodeId)}`),
  neighbours: (nodeId, offset = 0) => request(`/api/nodes/${id(nodeId)}/neighbours${query({ offset })}`),
  queries: () => request('/api/queries'),
  runQuery: (name, params) => request(`/api/queries/${id(name)}${query(params)}`),
  cypher,
  source: (documentId, line, quote, context = 6) => request(`/api/source/${id(documentId)}${query({ line, quote, context })}`),
  /** The whole text of a document: { title, sourceFile, totalLines, lines: [{ number, text }] }. */
  documentText: (documentId) => request(`/api/source/${id(documentId)}`),
  /**
   * { documentId, items, measures, withUnits, withScope, withDeadline, withStatedRoles? }: the server's
   * GET /api/documents/{id}/coverage (branch webapi); where this server has no such route, the same counts by query.
   */
  coverage: async (documentId) => {
    if (await hasRoute('/api/documents/{document}/coverage')) return request(`/api/documents/${id(documentId)}/coverage`);
    const counts = firstRow(await cypher(COVERAGE_QUERY, { document: documentId }));
    return { documentId, items: counts.measures, ...counts };
  },
  /** Coverage of every document with items: [{ documentId, title, items, measures, withUnits, withScope, withDeadline, withStatedRoles }]. */
  coverageAll: () => request('/api/coverage'),
  /**
   * A document's extracted facts placed on its lines: { documentId, title, totalLines, facts: [{ kind, line, endLine,
   * text, elementId, nodeId, role, sources, spans: [{ line, start, end }] }] } (GET /api/documents/{id}/facts).
   */
  documentFacts: (documentId) => request(`/api/documents/${id(documentId)}/facts`),
  /** { labels, relationshipTypes, propertyKeys, procedures: [{ name, signature }] } of the live graph (GET /api/schema). */
  schema: () => request('/api/schema'),
  /** The views users saved on this server, in the shape of the ready-made ones. */
  savedViews: () => request('/api/views'),
  runSavedView: (name, params) => request(`/api/views/${id(name)}${query(params)}`),
  /** Saves { title, answers, query, parameters: [{ name, type, default }] } under a name; answers the stored view. */
  saveView: (name, view) => request(`/api/views/${id(name)}`, {
    method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(view),
  }),
  deleteView: (name) => request(`/api/views/${id(name)}`, { method: 'DELETE' }),
  savedViewFileUrl: (name) => `/api/views/${id(name)}/file`,
  /** The consistency report { counts, findings } (GET /api/check, branch webapi). */
  check: async () => {
    if (!(await hasRoute('/api/check'))) throw new ApiError(404, { detail: 'This server has no check report (GET /api/check).' });
    return request('/api/check');
  },
  exportUrl: (format) => `/api/export/${id(format)}`,
};
