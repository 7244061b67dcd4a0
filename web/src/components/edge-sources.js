// Where an edge's fact is written: the body clause and the annex-table row, each with its line and quote, or a
// plain statement that one of them does not state it. Pure functions over the edge and its measure's data.

const MEASURE_LABELS = new Set(['Measure', 'Innovation']);

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
  const sources = Array.isArray(props.sources) ? props.sources : [];
  if (sources.length === 0) return [];
  const measure = measureOf(selection)?.props ?? {};
  const inBody = sources.includes('body');
  const inTable = sources.includes('table');
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
