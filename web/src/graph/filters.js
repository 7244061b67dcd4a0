// Which elements the filters keep. Label and type filters act directly; a document or zone filter keeps the
// measures of that document / in that zone and whatever is attached to them.

export function filterClasses(cy, { hiddenLabels, hiddenTypes, documentId, zoneId }) {
  const visible = new Set();
  let nodes = cy.nodes().filter((n) => !hiddenLabels.has(n.data('label')));
  if (documentId) nodes = keepAround(nodes, (n) => n.data('doc') === documentId || n.id() === documentId);
  if (zoneId) {
    nodes = keepAround(nodes, (n) => n.id() === zoneId
      || n.connectedEdges().some((e) => e.data('label') === 'APPLIES_IN' && e.target().id() === zoneId));
  }
  nodes.forEach((n) => visible.add(n.id()));
  cy.edges().forEach((e) => {
    if (!hiddenTypes.has(e.data('label')) && visible.has(e.source().id()) && visible.has(e.target().id())) visible.add(e.id());
  });
  return visible;
}

function keepAround(nodes, isCore) {
  const core = nodes.filter(isCore);
  const around = core.neighborhood().nodes();
  return nodes.filter((n) => core.has(n) || around.has(n));
}
