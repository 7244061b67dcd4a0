import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import fs from 'node:fs';
cytoscape.use(fcose);
const els = JSON.parse(fs.readFileSync('/tmp/whole.json'));
for (const [name, opts] of Object.entries({
  draft: { quality: 'draft' },
  d300: { quality: 'default', numIter: 300 },
  d300nopack: { quality: 'default', numIter: 300, packComponents: false },
  d2500: { quality: 'default' },
})) {
  for (let k = 0; k < 3; k++) {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: els, style: [{ selector: 'node', style: { width: 30, height: 30, label: 'data(name)', 'text-wrap': 'wrap', 'text-max-width': 96 } }] });
  const t = performance.now();
  cy.layout({ name: 'fcose', animate: false, randomize: true, nodeDimensionsIncludeLabels: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, nodeSeparation: 90, packComponents: true, ...opts }).run();
  console.log(name, (performance.now() - t).toFixed(0), 'ms');
  }
}
