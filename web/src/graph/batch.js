/**
 * Runs fn inside one Cytoscape batch that always ends, even when fn throws (cy.batch leaves the instance mid-batch
 * then, and nothing is redrawn after).
 */
export function inBatch(cy, fn) {
  cy.startBatch();
  try {
    return fn();
  } finally {
    cy.endBatch();
  }
}
