// DOM building without HTML parsing: text always goes through textContent, so document text such as
// "<script>" or "<b>" shows as text and never runs or renders.

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([key, value]) => {
    if (value === undefined || value === null || value === false) return;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : String(value));
  });
  children.flat().forEach((child) => {
    if (child === null || child === undefined || child === false) return;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

/** A property value as plain text: lists joined, objects as JSON. */
export function formatValue(value) {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(formatValue).join('、');
  if (typeof value === 'object') {
    if (value.kind === 'node') return value.name;
    if (value.kind === 'relationship') return `:${value.type}`;
    if (value.kind === 'path') return `(${value.nodes.length} nodes, ${value.length} hops)`;
    return JSON.stringify(value);
  }
  return String(value);
}

export function download(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
