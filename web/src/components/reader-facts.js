// Cuts a document's lines into plain and highlighted segments from the server's facts (GET /api/documents/{id}/facts:
// each fact with the characters it covers on each line). Pure functions: no DOM, no requests.

// Narrower facts win where ranges overlap: a unit inside an item's title is shown as the unit, and a unit found by its
// own words inside a clause that is highlighted for another unit (located by that clause) is shown as itself.
const PRIORITY = { unit: 5, scope: 5, deadline: 5, citation: 5, item: 2, heading: 1 };
const BY_QUOTE_PRIORITY = 3;
const priority = (fact) => (fact.located === 'quote' ? BY_QUOTE_PRIORITY : PRIORITY[fact.kind]);

/** Line number → [{ start, end, fact }] for every span of every fact. */
export function marksByLine(facts) {
  const byLine = new Map();
  facts.forEach((fact) => fact.spans.forEach(({ line, start, end }) => {
    byLine.set(line, [...(byLine.get(line) ?? []), { start, end, fact }]);
  }));
  return byLine;
}

/** A line's text cut into segments { text, fact } (fact null for text nothing was extracted from). */
export function segments(text, marks) {
  const owner = new Array(text.length).fill(null);
  marks.forEach(({ start, end, fact }) => {
    for (let i = Math.max(0, start); i < Math.min(end, text.length); i += 1) {
      if (!owner[i] || priority(owner[i]) < priority(fact)) owner[i] = fact;
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

/** Facts the text does not show in their own words: { byQuote } highlighted by the clause stating them, { notLocated } not at all. */
export function unplacedFacts(facts) {
  return { byQuote: facts.filter((f) => f.located === 'quote'), notLocated: facts.filter((f) => f.spans.length === 0) };
}
