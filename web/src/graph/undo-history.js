// The undo history, mixed into GraphController (controller.js): each step is plain JSON or ids, so it outlives a change
// of Cytoscape instance.
import { withoutLodClasses } from './level-of-detail.js';
import { inBatch } from './batch.js';

const UNDO_DEPTH = 50;
// Classes the page's state sets on nodes (controller.dressAdded, applyFilterClasses, labelLargeView).
const PAGE_CLASSES = new Set(['labelled', 'label-en']);

function withoutPageClasses(classes) {
  return classes.split(' ').filter((name) => !PAGE_CLASSES.has(name)).join(' ');
}

export const undoHistory = {
  undo() {
    const step = this.undoStack.pop();
    if (!step) return false;
    const byIds = (ids) => this.cy.collection(ids.map((id) => this.cy.getElementById(id)).filter((e) => e.nonempty()));
    if (step.kind === 'replace') this.restoreView(step);
    else {
      // Added elements (an expansion) are removed from a view all in Cytoscape; hidden and pinned ones are in it.
      if (step.kind === 'add') this.lod.release();
      inBatch(this.cy, () => {
        if (step.kind === 'add') byIds(step.ids).remove();
        if (step.kind === 'hide') byIds(step.ids).removeClass('hidden');
        if (step.kind === 'pin') byIds(step.ids).forEach((n) => (n.hasClass('pinned') ? n.removeClass('pinned').unlock() : n.addClass('pinned').lock()));
      });
    }
    if (step.expansion) this.expansions.pop();
    // What is shown changed: stand-ins made anew.
    this.lod.refresh();
    this.emit('change', this.counts());
    return true;
  },

  /**
   * The view a step replaced, where it was on screen: a large one zoomed out is held outside Cytoscape again, as
   * when it arrived (controller.replaceView), with its held edges.
   */
  restoreView(step) {
    this.lod.discard();
    const nodes = step.snapshot.filter((e) => e.group === 'nodes');
    this.useRendererFor(nodes.length);
    if (step.viewport) this.cy.viewport(step.viewport);
    this.replaceView({ nodes, edges: step.snapshot.filter((e) => e.group === 'edges') }, step.viewport?.zoom ?? null);
    this.expansions = step.expansions;
    this.moved = step.moved;
  },

  /**
   * The view as Cytoscape JSON for undo: stand-ins left out, held elements in as the API sent them, no level-of-detail
   * classes nor those of the page's state (labels, language), which the view gets anew as it is then when undone.
   */
  undoSnapshot() {
    const elements = this.cy.elements().not('.lod').jsons().map((e) => ({ ...e, classes: withoutPageClasses(withoutLodClasses(e.classes)) }));
    const held = this.lod.heldJsons();
    return [...elements, ...held.nodes.map((n) => ({ group: 'nodes', ...n })), ...held.edges.map((e) => ({ group: 'edges', ...e }))];
  },

  remember(step) {
    this.undoStack.push(step);
    if (this.undoStack.length > UNDO_DEPTH) this.undoStack.shift();
  },
};
