// Lays out large views in a web worker (layout-worker.js) so the page never freezes: the caller places nodes on a
// cheap grid at once (the first frame), and the worker's positions replace it when they arrive. A newer request
// supersedes an older one.

// Below this many nodes a layout on the main thread is quick and can size nodes by their labels.
export const BACKGROUND_LAYOUT_NODES = 250;

export class BackgroundLayout {
  constructor(url = '/dist/layout-worker.js') {
    this.url = url;
    this.worker = null;
    this.token = 0;
    this.pending = null;
  }

  static available() {
    return typeof Worker === 'function';
  }

  /** Resolves with { positions } (id → {x, y}), or null when a newer layout was asked for meanwhile. */
  run(name, nodes, edges) {
    this.worker ??= this.start();
    this.cancel();
    const token = ++this.token;
    return new Promise((resolve, reject) => {
      this.pending = { token, resolve, reject };
      const boxes = nodes.map((n) => ({ id: n.id(), w: n.width(), h: n.height(), ...n.position() }));
      const links = edges.map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() }));
      this.worker.postMessage({ token, name, nodes: boxes, edges: links });
    });
  }

  /** Drops the layout asked for last (its promise resolves with null); the worker's answer is then ignored. */
  cancel() {
    this.pending?.resolve(null);
    this.pending = null;
  }

  start() {
    const worker = new Worker(this.url, { type: 'module' });
    worker.onmessage = ({ data }) => {
      if (!this.pending || data.token !== this.pending.token) return;
      const { resolve, reject } = this.pending;
      this.pending = null;
      if (data.error) reject(new Error(data.error));
      else resolve({ positions: data.positions });
    };
    return worker;
  }
}
