// Range indexes for the lookups analysts type by hand: names, titles, document numbers.
CREATE INDEX document_title IF NOT EXISTS FOR (n:Document) ON (n.title);
CREATE INDEX document_doc_number IF NOT EXISTS FOR (n:Document) ON (n.docNumber);
CREATE INDEX section_title IF NOT EXISTS FOR (n:Section) ON (n.title);
CREATE INDEX measure_title IF NOT EXISTS FOR (n:Measure) ON (n.title);
CREATE INDEX innovation_novelty IF NOT EXISTS FOR (n:Innovation) ON (n.novelty);
CREATE INDEX agency_name IF NOT EXISTS FOR (n:Agency) ON (n.name);
CREATE INDEX zone_name IF NOT EXISTS FOR (n:Zone) ON (n.name);
CREATE INDEX innovation_batch_number IF NOT EXISTS FOR (n:InnovationBatch) ON (n.number);
// Text index for substring search in measure texts (WHERE m.text CONTAINS '跨境资金池'): both engines use it to
// narrow the candidates instead of scanning every measure.
CREATE TEXT INDEX measure_text IF NOT EXISTS FOR (n:Measure) ON (n.text);
