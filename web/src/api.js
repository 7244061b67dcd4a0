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

export const api = {
  overview: () => request('/api/overview'),
  wholeGraph: () => request('/api/graph'),
  search: (q, labels) => request(`/api/search${query({ q, labels })}`),
  node: (nodeId) => request(`/api/nodes/${id(nodeId)}`),
  neighbours: (nodeId, offset = 0) => request(`/api/nodes/${id(nodeId)}/neighbours${query({ offset })}`),
  queries: () => request('/api/queries'),
  runQuery: (name, params) => request(`/api/queries/${id(name)}${query(params)}`),
  cypher: (text, parameters) => request('/api/cypher', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: text, parameters }),
  }),
  source: (documentId, line, quote) => request(`/api/source/${id(documentId)}${query({ line, quote, context: 6 })}`),
  exportUrl: (format) => `/api/export/${id(format)}`,
};
