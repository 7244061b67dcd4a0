// The undo history, mixed into GraphController (controller.js): each step is plain JSON or ids, so it outlives a change
// of Cytoscape instance.
import { withoutLodClasses } from './level-of-detail.js';
import { inBatch } from './batch.js';

const UNDO_DEPTH = 50;

export const undoHistory = {
  undo() {
    const step = this.undoStack.pop();
    if (!step) return false;
    const byIds = (ids) => this.cy.collection(ids.map((id) => this.cy.getElementById(id)).filter((e) => e.nonempty()));
    if (step.kind === 'replace') this.lod.discard();
    else this.lod.release();
    if (step.kind === 'replace') this.useRendererFor(step.snapshot.filter((e) => e.group === 'nodes').length);
    inBatch(this.cy, () => {
      if (step.kind === 'add') byIds(step.ids).remove();
      if (step.kind === 'hide') byIds(step.ids).removeClass('hidden');
      if (step.kind === 'pin') byIds(step.ids).forEach((n) => (n.hasClass('pinned') ? n.removeClass('pinned').unlock() : n.addClass('pinned').lock()));
      if (step.kind === 'replace') {
        this.cy.elements().remove();
        this.cy.add(step.snapshot);
        this.expansions = step.expansions;
        this.moved = step.moved;
      }
    });
    if (step.expansion) this.expansions.pop();
    this.lod.update();
    this.emit('change', this.counts());
    return true;
  },

  /** The view as Cytoscape JSON for undo: stand-ins left out, held edges in, no level-of-detail classes. */
  undoSnapshot() {
    const elements = this.cy.elements().not('.lod').jsons().map((e) => ({ ...e, classes: withoutLodClasses(e.classes) }));
    const held = this.lod.edgeJsons().map((e) => ({ group: 'edges', ...e, classes: withoutLodClasses(e.classes) }));
    return [...elements, ...held];
  },

  remember(step) {
    this.undoStack.push(step);
    if (this.undoStack.length > UNDO_DEPTH) this.undoStack.shift();
  },
};
