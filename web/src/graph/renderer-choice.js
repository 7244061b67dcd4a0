// Which Cytoscape renderer and which of its cheap-gesture options a view gets, by its size and by what the browser
// has. Cytoscape fixes these when an instance is made, so GraphController makes a new instance when they change.

import { BACKGROUND_LAYOUT_NODES } from './background-layout.js';

// From this many nodes a view is "large": WebGL where the GPU is real, edges hidden while the viewport moves
// (hideEdgesOnViewport), no hover dimming, level of detail when zoomed out.
export const LARGE_VIEW_NODES = 1500;

// Renderer strings of software GL implementations (WEBGL_debug_renderer_info): WebGL there rasterises on the CPU,
// and its picking reads pixels back on every query; the benchmark has not shown it faster than canvas (docs/web.md).
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

/** What the browser offers for drawing: WebGL2 at all, and whether its GL is a software one. */
export function probeGraphics() {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return { webgl2: false, softwareGl: false, glRenderer: '' };
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const glRenderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { webgl2: true, softwareGl: SOFTWARE_GL.test(glRenderer), glRenderer };
  } catch {
    return { webgl2: false, softwareGl: false, glRenderer: '' }; // a browser that refuses the context has no WebGL for us
  }
}

/**
 * The renderer options for a view of nodeCount nodes; graphics is a function giving probeGraphics()'s answer. webglFromNodes moves the WebGL threshold (the benchmark
 * compares both renderers with it); WebGL is never chosen on a software GL unless allowSoftwareGl.
 */
export function rendererFor(nodeCount, graphics, { webglFromNodes = LARGE_VIEW_NODES, allowSoftwareGl = false } = {}) {
  // graphics() probes the browser: only asked for a view that could use WebGL.
  const webgl = nodeCount >= webglFromNodes && graphics().webgl2 && (allowSoftwareGl || !graphics().softwareGl);
  return {
    webgl,
    // Views as crowded as those laid out in the background move a bitmap of themselves during pan and zoom; the
    // bitmap is a canvas-renderer feature (the WebGL renderer redraws every frame on the GPU).
    textureOnViewport: !webgl && nodeCount > BACKGROUND_LAYOUT_NODES,
    hideEdgesOnViewport: nodeCount >= LARGE_VIEW_NODES,
    pixelRatio: nodeCount >= LARGE_VIEW_NODES ? 1 : 'auto',
  };
}

export const sameRenderer = (a, b) => a.webgl === b.webgl && a.textureOnViewport === b.textureOnViewport
  && a.hideEdgesOnViewport === b.hideEdgesOnViewport && a.pixelRatio === b.pixelRatio;
