// Turns a document's extracted facts (Cytoscape elements) into highlight ranges on its source lines, and cuts a
// line into plain and highlighted segments. Pure functions: no DOM, no requests.

import { statedIn, statedRole } from '../graph/edge-sources.js';

// Narrower facts win where ranges overlap: a unit inside an item's title is shown as the unit.
const PRIORITY = { unit: 5, scope: 5, deadline: 5, citation: 5, item: 2, heading: 1 };
const MEASURE_LABELS = new Set(['Measure', 'Innovation']);
const EDGE_KINDS = { RESPONSIBLE_FOR: 'unit', APPLIES_IN: 'scope', PILOTED_IN: 'scope', ISSUED_BY: 'unit', CITES: 'citation' };

// Full-width ASCII forms and the ideographic space read as their half-width forms; one char maps to one char, so
// offsets found in the normalised text are offsets in the original.
const fold = (text) => text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0)).replace(/\u3000/g, ' ');

/** [start, end) of `needle` in `text`, exactly or with width folded; a long needle may match by its first part. */
export function locate(text, needle) {
  if (!needle) return null;
  const exact = text.indexOf(needle);
  if (exact >= 0) return [exact, exact + needle.length];
  const folded = fold(text);
  const wanted = fold(needle).trim();
  const at = folded.indexOf(wanted);
  if (at >= 0) return [at, at + wanted.length];
  const head = wanted.split(/[\s|]/)[0].slice(0, 16);
  const headAt = head.length >= 4 ? folded.indexOf(head) : -1;
  return headAt >= 0 ? [headAt, headAt + head.length] : null;
}

/**
 * Every fact with a line: { line, kind, text, elementId, nodeId (what the graph centres on), role, sources }.
 * `text` is what to find on the line (the words as written); null marks the whole line.
 */
export function factsOf(elements) {
  const nodes = new Map((elements.nodes ?? []).map((node) => [node.data.id, node.data]));
  const facts = [];
  nodes.forEach((node) => {
    const props = node.props ?? {};
    if (MEASURE_LABELS.has(node.label) && props.line) {
      facts.push({ line: props.line, kind: 'item', text: props.title ?? null, elementId: node.id, nodeId: node.id });
      if (props.deadline && (props.deadlineLine ?? props.line)) {
        facts.push({ line: props.deadlineLine ?? props.line, kind: 'deadline', text: props.deadline, elementId: node.id, nodeId: node.id });
      }
    }
    if (node.label === 'Section' && props.line) facts.push({ line: props.line, kind: 'heading', text: props.title ?? null, elementId: node.id, nodeId: node.id });
  });
  (elements.edges ?? []).forEach(({ data }) => {
    const kind = EDGE_KINDS[data.label];
    const props = data.props ?? {};
    if (!kind || !props.line) return;
    const measure = MEASURE_LABELS.has(nodes.get(data.target)?.label) ? data.target : data.source;
    const nodeId = kind === 'citation' ? data.target : measure;
    const stated = statedIn(data);
    const sources = stated && stated.body !== stated.table ? [stated.body ? 'body' : 'table'] : null;
    const base = { kind, elementId: data.id, nodeId, role: statedRole(data), sources };
    facts.push({ ...base, line: props.line, text: props.asWritten ?? props.quote ?? null });
    const tableLine = props.tableLine ?? nodes.get(measure)?.props?.tableLine;
    if (stated?.body && stated.table && tableLine && tableLine !== props.line) {
      facts.push({ ...base, line: tableLine, text: props.asWritten ?? null });
    }
  });
  return facts;
}

// A clause may wrap: words stated "on" a line can sit on the next few lines of the source.
const WRAP_LINES = 3;

/** Moves each fact whose words are not on its line to the first of the next few lines that has them. */
export function placeFacts(facts, textOfLine) {
  return facts.map((fact) => {
    if (!fact.text || locate(textOfLine(fact.line) ?? '', fact.text)) return fact;
    for (let next = fact.line + 1; next <= fact.line + WRAP_LINES; next += 1) {
      if (locate(textOfLine(next) ?? '', fact.text)) return { ...fact, line: next };
    }
    return fact;
  });
}

/** A line's text cut into segments { text, fact } (fact null for text nothing was extracted from). */
export function segments(text, facts) {
  const owner = new Array(text.length).fill(null);
  facts.forEach((fact) => {
    const range = locate(text, fact.text) ?? (fact.kind === 'item' || fact.kind === 'heading' ? [0, text.length] : null);
    if (!range) return;
    for (let i = range[0]; i < range[1]; i += 1) {
      if (!owner[i] || PRIORITY[owner[i].kind] < PRIORITY[fact.kind]) owner[i] = fact;
    }
  });
  const result = [];
  owner.forEach((fact, i) => {
    const last = result[result.length - 1];
    if (last && last.fact === fact) last.text += text[i];
    else result.push({ text: text[i], fact });
  });
  return result;
}
