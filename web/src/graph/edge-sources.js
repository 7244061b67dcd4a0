// Where an edge's fact is written: the body clause and the annex-table row, each with its line and quote, or a
// plain statement that one of them does not state it. Pure functions over the edge and its measure's data.

const MEASURE_LABELS = new Set(['Measure', 'Innovation']);

/**
 * Which parts of the document state an edge: { body, table } booleans. Reads the server's `sources` summary
 * ("body" | "table" | "both") where it sends one, else the stored `sources` list property.
 */
export function statedIn(data) {
  if (typeof data?.sources === 'string') return { body: data.sources !== 'table', table: data.sources !== 'body' };
  const list = data?.props?.sources;
  if (!Array.isArray(list) || list.length === 0) return null;
  return { body: list.includes('body'), table: list.includes('table') };
}

/** The role the text states for a responsibility, or null (the server's `role` field, else the property). */
export const statedRole = (data) => data?.role ?? data?.props?.role ?? null;

/** The measure an edge states a fact about (RESPONSIBLE_FOR points at it, APPLIES_IN / PILOTED_IN leave it). */
export function measureOf({ sourceNode, targetNode }) {
  if (MEASURE_LABELS.has(targetNode?.label)) return targetNode;
  if (MEASURE_LABELS.has(sourceNode?.label)) return sourceNode;
  return null;
}

/**
 * One entry for the body and one for the table, for edges that carry `sources`:
 * { kind: 'body'|'table', line, quote, highlight, missing } — missing names the UI text for "not stated there".
 * The edge's own line/quote belong to its first source (the body when both state it); the table side comes from
 * tableLine/tableQuote when the server sends them, else from the measure's tableLine.
 */
export function sourceBlocks(selection) {
  const props = selection.data.props ?? {};
  const stated = statedIn(selection.data);
  if (!stated) return [];
  const measure = measureOf(selection)?.props ?? {};
  const { body: inBody, table: inTable } = stated;
  const highlight = props.asWritten ?? null;
  const body = inBody
    ? { kind: 'body', line: props.bodyLine ?? props.line, quote: props.bodyQuote ?? props.quote, highlight }
    : { kind: 'body', missing: 'notInBody' };
  const tableLine = props.tableLine ?? (inBody ? measure.tableLine : props.line) ?? measure.tableLine;
  const tableQuote = props.tableQuote ?? (inBody ? null : props.quote);
  let table;
  if (inTable) table = { kind: 'table', line: tableLine, quote: tableQuote, highlight };
  else if (measure.tableLine) table = { kind: 'table', line: measure.tableLine, quote: null, highlight: null, missing: 'notInTable' };
  else table = { kind: 'table', missing: 'noTableRow' };
  return [body, table];
}
