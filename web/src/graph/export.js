// Image exports of the current view with a title and the legend, so a picture pasted into a report explains itself.
// PNG: Cytoscape's image drawn onto a canvas under the title, legend lines below. SVG: cytoscape-svg's drawing,
// with the title and legend added as SVG text nodes (never parsed from strings that hold document text).
import cytoscape from 'cytoscape';
import svg from 'cytoscape-svg';

cytoscape.use(svg);

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif';
const TITLE_PX = 28;
const LEGEND_PX = 18;
const MARGIN = 24;

/** @param legend {{ text: string, colour: string, dashed: boolean }[]} */
export async function exportPng(graph, { title, legend }) {
  const blob = withRealEdges(graph, () => graph.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }));
  const image = await createImageBitmap(blob);
  const width = Math.max(image.width, 600);
  const top = TITLE_PX + 2 * MARGIN;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = top + image.height + legend.length * (LEGEND_PX + 8) + MARGIN * 2;
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#1a202c';
  context.font = `bold ${TITLE_PX}px ${FONT}`;
  context.fillText(title || 'PolicyGraph', MARGIN, MARGIN + TITLE_PX);
  context.drawImage(image, (width - image.width) / 2, top);
  context.font = `${LEGEND_PX}px ${FONT}`;
  legend.forEach((entry, index) => {
    const y = top + image.height + MARGIN + index * (LEGEND_PX + 8) + LEGEND_PX / 2;
    context.strokeStyle = entry.colour;
    context.lineWidth = 3;
    context.setLineDash(entry.dashed ? [8, 6] : []);
    context.beginPath();
    context.moveTo(MARGIN, y);
    context.lineTo(MARGIN + 40, y);
    context.stroke();
    context.fillText(entry.text, MARGIN + 52, y + LEGEND_PX / 3);
  });
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

/**
 * Runs an export with the view's real edges drawn: level-of-detail stand-ins are removed for it (they would widen the
 * picture and replace the edges) and rebuilt after.
 */
function withRealEdges(graph, draw) {
  graph.lod.release();
  try {
    return draw();
  } finally {
    graph.lod.update();
  }
}

export function exportSvg(graph, { title, legend }) {
  const markup = withRealEdges(graph, () => graph.cy.svg({ full: true, scale: 1, bg: '#ffffff' }));
  const drawing = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const root = drawing.documentElement;
  const width = Number.parseFloat(root.getAttribute('width')) || 800;
  const height = Number.parseFloat(root.getAttribute('height')) || 600;
  const top = TITLE_PX + 2 * MARGIN;
  const bottom = legend.length * (LEGEND_PX + 8) + 2 * MARGIN;
  const view = drawing.createElementNS(SVG_NS, 'g');
  view.setAttribute('transform', `translate(0 ${top})`);
  view.append(...[...root.childNodes]);
  root.append(view);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(top + height + bottom));
  root.setAttribute('viewBox', `0 0 ${width} ${top + height + bottom}`);
  root.append(text(drawing, title || 'PolicyGraph', MARGIN, MARGIN + TITLE_PX, TITLE_PX, 'bold'));
  legend.forEach((entry, index) => {
    const y = top + height + MARGIN + index * (LEGEND_PX + 8) + LEGEND_PX / 2;
    const line = drawing.createElementNS(SVG_NS, 'line');
    Object.entries({ x1: MARGIN, y1: y, x2: MARGIN + 40, y2: y, stroke: entry.colour, 'stroke-width': 3 })
      .forEach(([key, value]) => line.setAttribute(key, String(value)));
    if (entry.dashed) line.setAttribute('stroke-dasharray', '8 6');
    root.append(line, text(drawing, entry.text, MARGIN + 52, y + LEGEND_PX / 3, LEGEND_PX, 'normal'));
  });
  return new Blob([new XMLSerializer().serializeToString(drawing)], { type: 'image/svg+xml' });
}

function text(drawing, content, x, y, size, weight) {
  const node = drawing.createElementNS(SVG_NS, 'text');
  Object.entries({ x, y, 'font-size': size, 'font-weight': weight, 'font-family': FONT, fill: '#1a202c' })
    .forEach(([key, value]) => node.setAttribute(key, String(value)));
  node.textContent = content;
  return node;
}
