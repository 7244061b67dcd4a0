// Full-text search over every name, title and measure text. The 'cjk' analyzer splits Chinese into
// bigrams, so a query such as 跨境资金池 finds measures without word segmentation.
CREATE FULLTEXT INDEX policy_text IF NOT EXISTS
FOR (n:Document|Section|Measure|Requirement|Agency|Zone)
ON EACH [n.title, n.name, n.text, n.innovationPoint]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
