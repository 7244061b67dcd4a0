// Owns the Cytoscape instance and everything the graph does. Components never touch cy directly: they call
// these methods and listen to the events this controller emits (select, unselect, expand, change).
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { labelSize, LARGE_VIEW_LABEL_ZOOM } from './style.js';
import { createInstance } from './instance.js';
import { LARGE_VIEW_NODES, probeGraphics, rendererFor, sameRenderer } from './renderer-choice.js';
import { LAYOUTS, DEFAULT_LAYOUT, layoutOptions } from './layouts.js';
import { filterClasses } from './filters.js';
import { BackgroundLayout, BACKGROUND_LAYOUT_NODES } from './background-layout.js';
import { withCaption } from './captions.js';
import { LevelOfDetail } from './level-of-detail.js';
import { inBatch } from './batch.js';
import { classesBySize, joinClasses, withClasses, SOURCE_CLASSES, ROLE_CLASSES } from './element-classes.js';
import { positionBox, viewportFit } from './viewport-fit.js';
import { undoHistory } from './undo-history.js';
import { viewStateMethods } from './view-state.js';

cytoscape.use(fcose);

// Spacing of the lattice a large view shows until its layout arrives from the worker.
const LATTICE_STEP = 60;

export class GraphController extends EventTarget {
  constructor(container) {
    super();
    this.container = container;
    // What the browser offers for drawing is asked the first time a view could use WebGL (see graphics).
    this.probedGraphics = null;
    // From this many nodes a view is drawn by WebGL, never on a software GL unless allowed (the rendering benchmark
    // sets both to compare the renderers).
    this.rendererChoice = { webglFromNodes: LARGE_VIEW_NODES, allowSoftwareGl: false };
    this.renderer = rendererFor(0, () => this.graphics, this.rendererChoice);
    this.cy = createInstance(container, this, this.renderer);
    this.lod = new LevelOfDetail(this);
    this.labelScale = labelSize(10, 1);
    // The canvas may change size after a view is drawn (panels filling, window resizing): refit unless the user
    // has since panned or zoomed by hand.
    this.autoFitted = false;
    new ResizeObserver(() => {
      this.cy.resize();
      if (this.autoFitted) this.fit();
    }).observe(container);
    this.undoStack = [];
    // Neighbourhood pages added to the view, in order (one entry per page), and nodes moved by hand.
    this.expansions = [];
    this.moved = new Map();
    this.layoutName = DEFAULT_LAYOUT;
    this.filters = { hiddenLabels: new Set(), hiddenTypes: new Set(), documentId: '', zoneId: '' };
    this.englishLabels = false;
  }

  /** WebGL2 and its GL, probed once when first needed: a probe makes a GL context, which takes time. */
  get graphics() {
    this.probedGraphics ??= probeGraphics();
    return this.probedGraphics;
  }

  /** Whether the view is drawn by WebGL now. */
  get webgl() {
    return this.renderer.webgl;
  }

  /**
   * A view that needs another renderer or other gesture options than the current instance gets a new instance
   * (Cytoscape fixes them at creation; renderer-choice.js). The undo history is kept: its steps are plain JSON.
   */
  useRendererFor(nodeCount) {
    const wanted = rendererFor(nodeCount, () => this.graphics, this.rendererChoice);
    if (sameRenderer(wanted, this.renderer)) return;
    const viewport = { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
    // A worker layout still running places nodes of the instance that goes now.
    this.background?.cancel();
    this.layoutRunning = false;
    this.lod.discard();
    this.cy.destroy();
    this.renderer = wanted;
    this.cy = createInstance(this.container, this, wanted);
    this.cy.viewport(viewport);
    this.emit('renderer', { ...wanted });
  }

  /** Label sizes depend on the zoom; restyle only when the size they come out at has changed noticeably. */
  restyleLabels() {
    this.labelLargeView();
    this.lod.update();
    const scale = labelSize(10, this.cy.zoom());
    // Skipping is safe only when labels would come out slightly larger than needed, never smaller.
    if (scale <= this.labelScale && (this.labelScale - scale) / this.labelScale < 0.05) return;
    this.labelScale = scale;
    this.cy.style().update();
  }

  /**
   * A large view has no labels (not even measured) until zoomed in far enough for them to be read: they are switched
   * on for all its nodes once a zoom gesture pauses there (style.js, node.large.labelled).
   */
  labelLargeView() {
    const on = this.cy.zoom() >= LARGE_VIEW_LABEL_ZOOM;
    if (!this.lod.large() || on === this.largeViewLabelled) return;
    this.largeViewLabelled = on;
    inBatch(this.cy, () => this.cy.nodes('.large').toggleClass('labelled', on));
  }

  emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  describe(element) {
    if (element.isNode()) return { kind: 'node', data: element.data() };
    return { kind: 'edge', data: element.data(), sourceName: element.source().data('name'), targetName: element.target().data('name'),
      sourceNode: element.source().data(), targetNode: element.target().data() };
  }

  /** Records on a node whether its neighbourhood has more pages ("show more"). */
  markMore(nodeId, nextOffset) {
    const node = this.cy.getElementById(nodeId);
    node.toggleClass('has-more', nextOffset != null);
    node.data('nextOffset', nextOffset ?? null);
  }

  /** Replaces (or adds to) the graph with Cytoscape elements JSON from the API and lays it out; returns ms spent. */
  show(elements, { replace = true } = {}) {
    const started = performance.now();
    // Where the time before the first paint goes (the rendering benchmark prints it).
    const timings = {};
    const lap = (name, since) => { timings[name] = performance.now() - since; return performance.now(); };
    // The view on screen is kept for undo (without level-of-detail stand-ins, held elements included) before the
    // instance may be replaced; elements added to a view must meet its edges in Cytoscape (fresh() reads it).
    const before = replace ? this.undoSnapshot() : null;
    const viewport = { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
    if (replace) this.lod.discard();
    else this.lod.release();
    if (replace) this.useRendererFor((elements.nodes ?? []).length);
    const preset = replace && this.hasServerLayout(elements);
    let added;
    let mark = lap('prepare', started);
    if (replace) {
      // A view with server positions is drawn at the zoom that fits them (computed before anything is added).
      added = this.replaceView(elements, preset ? this.fittedZoom(positionBox(elements.nodes.map((n) => n.position))) : null);
    } else {
      added = inBatch(this.cy, () => {
        const more = this.cy.add(this.fresh(elements));
        this.applyFilterClasses();
        return more;
      });
    }
    mark = lap('add', mark);
    if (!replace) this.remember({ kind: 'add', ids: added.map((e) => e.id()) });
    else if (before.length > 0) this.remember({ kind: 'replace', snapshot: before, expansions: this.expansions, moved: this.moved, viewport });
    if (replace) {
      this.expansions = [];
      this.moved = new Map();
    }
    if (preset) this.refineServerLayout(added);
    else this.layout();
    mark = lap('layout', mark);
    this.fit();
    mark = lap('fit', mark);
    this.emit('change', this.counts());
    lap('listeners', mark);
    this.timings = timings;
    return performance.now() - started;
  }

  /**
   * Empties the instance and puts a whole view in (a new one, or one undone). A large view drawn below the
   * level-of-detail zoom (`zoom`; null when not known) is held by the level of detail, outside Cytoscape; any other
   * is added with the classes of its size (large, crowded: style.js), so each element's style is computed once.
   * Returns what went into Cytoscape.
   */
  replaceView(elements, zoom) {
    const sizeClasses = classesBySize((elements.nodes ?? []).length);
    const folds = zoom !== null && this.lod.foldsOnArrival(sizeClasses.node === 'large', elements, zoom, this.filtering());
    this.largeViewLabelled = false;
    return inBatch(this.cy, () => {
      this.cy.elements().remove();
      if (folds) {
        this.lod.hold(elements, sizeClasses);
        return this.cy.collection();
      }
      // After the removal: fresh() leaves out what the view already holds.
      const added = this.cy.add(this.fresh(elements, sizeClasses));
      this.applyFilterClasses();
      return added;
    });
  }

  /**
   * Classes of the page's state, set on nodes put into Cytoscape later (by the level of detail) as they are now: on or
   * off (an undone view's JSON may carry them from when it was left).
   */
  dressAdded(added) {
    added.nodes().toggleClass('labelled', Boolean(this.largeViewLabelled)).toggleClass('label-en', this.englishLabels);
  }

  /**
   * Whether the server laid the view out (every node has a position) for the layout chosen here: its force layout
   * stands in for fcose, the default; another layout chosen on the toolbar is run here instead.
   */
  hasServerLayout(elements) {
    const nodes = elements.nodes ?? [];
    return this.layoutName === DEFAULT_LAYOUT && nodes.length > 0 && nodes.every((n) => n.position);
  }

  /**
   * A large view is drawn where the server placed it: nothing is laid out in the browser. A small one is refined from
   * those positions by fcose with label-sized nodes (no random start, so a reload shows the same picture).
   */
  refineServerLayout(added) {
    this.layoutRunning = false;
    if (added.nodes().length > BACKGROUND_LAYOUT_NODES || this.lod.heldNodeCount > 0) return;
    this.layout({ ...layoutOptions(this.layoutName, added.nodes().length, added.edges().length), randomize: false, fit: false });
  }

  /** Adds one page of a node's neighbourhood around it; marks the node when more neighbours remain. */
  addNeighbours(page) {
    this.lod.release();
    const centre = this.cy.getElementById(page.nodeId);
    let added;
    inBatch(this.cy, () => {
      added = this.cy.add(this.fresh(page.elements, { edge: this.cy.edges('.crowded').nonempty() ? 'crowded' : '' }));
      this.markMore(page.nodeId, page.nextOffset);
      this.applyFilterClasses();
    });
    this.remember({ kind: 'add', ids: added.map((e) => e.id()), expansion: true });
    this.expansions.push(page.nodeId);
    const position = centre.nonempty() ? centre.position() : { x: 0, y: 0 };
    added.nodes().positions(() => ({ x: position.x + (Math.random() - 0.5) * 160, y: position.y + (Math.random() - 0.5) * 160 }));
    this.layout({ ...LAYOUTS[this.layoutName], randomize: false, fit: false }, added.union(centre).closedNeighborhood());
    this.lod.update();
    this.emit('change', this.counts());
    return added;
  }

  /** The elements not in the view yet, with captions and style classes (plus sizeClasses.node / .edge) set. */
  fresh(elements, sizeClasses = {}) {
    const isNew = (e) => this.cy.getElementById(e.data.id).empty();
    const plus = (extra) => (element) => (extra ? { ...element, classes: joinClasses(element.classes, extra) } : element);
    return { nodes: (elements.nodes ?? []).filter(isNew).map((n) => plus(sizeClasses.node)(withCaption(n))),
      edges: (elements.edges ?? []).filter(isNew).map((e) => plus(sizeClasses.edge)(withClasses(e))) };
  }

  hideSelected() {
    if (this.cy.$(':selected').empty()) return;
    // Edges held aside by the level of detail at the selected nodes go into Cytoscape to be hidden with them.
    this.lod.take(this.cy.$('node:selected').map((n) => n.id()), [], { edges: true });
    const selected = this.cy.$(':selected');
    const hidden = selected.union(selected.connectedEdges());
    inBatch(this.cy, () => hidden.addClass('hidden').unselect());
    // The stand-ins counted the edges hidden now.
    this.lod.refresh();
    this.remember({ kind: 'hide', ids: hidden.map((e) => e.id()) });
    this.emit('change', this.counts());
  }

  togglePinSelected() {
    const nodes = this.cy.$('node:selected');
    if (nodes.empty()) return;
    inBatch(this.cy, () => nodes.forEach((n) => (n.hasClass('pinned') ? n.removeClass('pinned').unlock() : n.addClass('pinned').lock())));
    this.remember({ kind: 'pin', ids: nodes.map((n) => n.id()) });
  }

  layout(options = null, collection = null) {
    const target = (collection ?? this.cy.elements()).filter((e) => !e.hasClass('hidden') && !e.hasClass('filtered'));
    if (target.empty()) return 0;
    if (!options && !collection && target.nodes().length > BACKGROUND_LAYOUT_NODES && BackgroundLayout.available()) {
      return this.layoutInBackground(target);
    }
    // Fitting is ours (see fit): the layouts' own fit ignores label room and zooms small views in too far.
    options ??= { ...layoutOptions(this.layoutName, target.nodes().length, target.edges().length), fit: false };
    const started = performance.now();
    const unlocked = target.filter((e) => !e.isNode() || !e.locked());
    unlocked.union(unlocked.connectedEdges()).layout(options).run();
    return performance.now() - started;
  }

  /** A grid at once (the first frame), then the worker's layout; emits "layout" when its positions are in place. */
  layoutInBackground(target) {
    const started = performance.now();
    const unlocked = target.nodes().filter((n) => !n.locked());
    // A plain lattice, not Cytoscape's grid layout: that one measures every node first.
    const columns = Math.ceil(Math.sqrt(unlocked.length));
    unlocked.positions((node, i) => ({ x: (i % columns) * LATTICE_STEP, y: Math.floor(i / columns) * LATTICE_STEP }));
    this.layoutRunning = true;
    this.background ??= new BackgroundLayout();
    this.background.run(this.layoutName, unlocked, target.edges()).then((result) => {
      if (!result) return;
      inBatch(this.cy, () => unlocked.forEach((node) => {
        const position = result.positions[node.id()];
        if (position && node.inside()) node.position(position);
      }));
      this.layoutRunning = false;
      // Stand-ins were made for the old positions.
      this.lod.refresh();
      if (this.autoFitted) this.fit();
      this.emit('layout', { ms: performance.now() - started });
    }).catch((error) => {
      this.layoutRunning = false;
      this.emit('layout', { error });
    });
    return performance.now() - started;
  }

  setLayout(name) {
    if (!LAYOUTS[name]) return;
    this.layoutName = name;
    this.lod.release();
    this.layout();
    this.fit();
  }

  /** Which edge styles the legend must explain for what is on screen. */
  legendEntries() {
    // By the controller's own classes, not ':visible', which computes the style of every edge and both its ends
    // (seconds for 20,000 edges before the first frame).
    const shown = this.realEdges().filter((e) => !e.hasClass('hidden') && !e.hasClass('filtered'));
    // Edges held aside by the level of detail count by the classes they will have.
    const held = this.lod.classesInUse();
    const has = (name) => held.has(name) || shown.some((e) => e.hasClass(name));
    // Crowded and large views do not draw where an edge is stated (see style.js): the legend does not claim it.
    const sources = has('crowded') || has('large') ? [] : SOURCE_CLASSES;
    const styles = [...ROLE_CLASSES, ...sources, 'virtual'].filter(has);
    return this.lod.active ? [...styles, 'lod-aggregate'] : styles;
  }

  setFilters(filters) {
    // Filters read Cytoscape's edges: held ones go in only when a filter is set before or after.
    const filteredBefore = this.filtering();
    this.filters = { ...this.filters, ...filters };
    if (filteredBefore || this.filtering()) this.lod.release();
    inBatch(this.cy, () => this.applyFilterClasses());
    this.lod.update();
    this.emit('change', this.counts());
  }

  /** Whether any filter is set. */
  filtering() {
    const { hiddenLabels, hiddenTypes, documentId, zoneId } = this.filters;
    return hiddenLabels.size > 0 || hiddenTypes.size > 0 || Boolean(documentId) || Boolean(zoneId);
  }

  applyFilterClasses() {
    // No filter: nothing to compute per element (a large view's first frame would otherwise visit every one).
    if (!this.filtering()) this.cy.elements('.filtered').removeClass('filtered');
    else {
      const visible = filterClasses(this.cy, this.filters);
      this.cy.elements().forEach((e) => e.toggleClass('filtered', !visible.has(e.id())));
    }
    if (this.englishLabels) this.cy.nodes().addClass('label-en');
    else this.cy.nodes('.label-en').removeClass('label-en');
  }

  /** Shows English node names where the data has them (the UI language is English). */
  setEnglishLabels(on) {
    this.englishLabels = on;
    inBatch(this.cy, () => this.cy.nodes().toggleClass('label-en', on));
  }

  select(id) {
    // An element held aside by the level of detail goes into Cytoscape to be selected (an edge with its ends).
    this.lod.take([id]);
    const element = this.cy.getElementById(id);
    if (element.empty()) return false;
    inBatch(this.cy, () => {
      this.cy.$(':selected').unselect();
      element.select();
      // Folded away by the level of detail before it was selected: a selected edge is always drawn.
      if (element.hasClass('lod-folded')) this.lod.unfold(element);
    });
    this.cy.animate({ center: { eles: element }, duration: 200 });
    return true;
  }

  selectedId() {
    return this.cy.$(':selected').first().id() ?? null;
  }

  /** Whether an element is in the view and neither hidden nor filtered out. */
  isShown(id) {
    const element = this.cy.getElementById(id);
    if (element.empty()) return this.lod.holds(id);
    return element.nonempty() && !element.hasClass('hidden') && !element.hasClass('filtered');
  }

  toggleEdgeLabels(on) {
    this.lod.release();
    inBatch(this.cy, () => this.cy.edges().toggleClass('show-edge-label', on));
    this.lod.update();
  }

  /** The view's own nodes and edges, without level-of-detail stand-ins (folded edges included). */
  realNodes() {
    return this.cy.nodes().not('.lod');
  }

  realEdges() {
    return this.cy.edges().not('.lod');
  }
}

// Kept in their own files to stay readable; they share the controller's state through `this`.
Object.assign(GraphController.prototype, viewportFit, undoHistory, viewStateMethods);
