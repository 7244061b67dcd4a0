// UI text in Chinese and English. Data (names, titles, clauses) is never translated: it stays as written.

const TEXT = {
  zh: {
    appTitle: '政策图谱', searchPlaceholder: '搜索机构、措施、文件、区域…', views: '现成视图', filters: '筛选',
    labels: '节点类型', types: '关系类型', document: '文件', zone: '区域', all: '全部', run: '运行', clear: '清除',
    layout: '布局', fit: '适应窗口', hide: '隐藏', pin: '固定', undo: '撤销', edgeLabels: '关系名称',
    exportView: '导出视图', exportGraph: '导出全图', details: '详情', noSelection: '单击节点或关系查看详情；双击节点展开邻居。',
    properties: '属性', provenance: '出处', sourceText: '原文', line: '行', quote: '引文', expand: '展开邻居',
    showMore: '显示更多', portfolio: '职责组合', outline: '文件大纲', zoneView: '区域适用措施', pathFrom: '设为路径起点',
    pathTo: '到此的最短路径', console: 'Cypher 控制台', parameters: '参数 (JSON)', table: '表格', graph: '图',
    showAsGraph: '以图显示', rows: '行', truncated: '结果已截断', error: '错误', loading: '加载中…',
    noResults: '无结果', responsibilities: '项职责', language: 'English', copyLink: '复制链接', linkCopied: '链接已复制',
    sourceLoading: '正在读取原文…', wholeGraph: '全图', exportPng: 'PNG', exportJson: 'JSON', nodes: '节点', edges: '关系', elapsed: '耗时', matchedAlias: '别名',
    Agency: '机构', Measure: '措施', Innovation: '创新举措', Document: '文件', Section: '章节', Zone: '区域',
    InnovationBatch: '创新批次', RESPONSIBLE_FOR: '负责', APPLIES_IN: '适用于', PILOTED_IN: '试点于', CONTAINS: '包含',
    HAS_SECTION: '下设', PUBLISHES: '发布', INCLUDES: '收录', ISSUED_BY: '发文机关', CITES: '引用', MENTIONS: '提及',
    PART_OF: '属于', SIMILAR_TO: '相似', CO_RESPONSIBLE: '共同负责',
    'legend.role.lead': '原文写明牵头', 'legend.role.supporting': '原文写明配合', 'legend.role.responsible': '原文写明责任单位',
    'legend.role.submitting': '原文写明报送', 'legend.role.notStated': '角色未写明（虚线）', legendWeighted: '粗细 = 共同措施数',
    'legend.lod': '缩小时：一条线代表两格之间的全部边（粗细 = 边数），格内的边以阴影格及其数字表示',
    'role.lead': '牵头', 'role.supporting': '配合', 'role.responsible': '责任单位', 'role.submitting': '报送单位',
    'role.notStated': '角色未写明', order: '序位', sources: '来源', sourceBody: '正文', sourceTable: '附表',
    aboutView: '当前视图', topAgencies: '负责措施最多的机构', measureCount: '项措施', roleStatedCount: '项写明角色',
    'legend.source.both': '正文与附表均写明（描边）', 'legend.source.body': '仅正文写明', 'legend.source.table': '仅附表写明（□）',
    emptyView: '此视图没有结果。', allFiltered: '此视图的 {n} 个节点都被筛选条件或隐藏操作隐去：', clearFilters: '清除筛选',
    valuesOnly: '结果只有数值，已显示在表格中；图保持不变。', read: '阅读原文', backToText: '返回原文', reader: '原文阅读',
    close: '关闭', coverage: '抽取覆盖', coverageMeasures: '事项', coverageUnits: '写明责任单位', coverageScope: '写明实施范围',
    coverageDeadline: '写明完成时限', coverageRoles: '写明角色', coverageNone: '未抽取到任何事项', bodyQuote: '正文', tableQuote: '附表',
    notInBody: '正文未写明此项', notInTable: '附表未列此项', noTableRow: '此措施没有附表行', role: '角色', notStated: '未写明',
    exportSvg: 'SVG', history: '历史', checkReport: '检查报告', readerLegend: '高亮 = 已抽取的事实；未高亮的文字未被抽取。单击高亮在图中查看。',
    'fact.item': '事项', 'fact.unit': '责任单位', 'fact.scope': '范围', 'fact.zone': '区域', 'fact.deadline': '时限',
    'fact.citation': '引用', 'fact.heading': '标题', hiddenNodes: '已隐藏',
    factsByQuote: '按所在条款定位的事实（原文未逐字写出其名称，高亮的是陈述它的条款）', factsNotLocated: '未在原文中定位的事实（无高亮）',
    byQuote: '按所在条款定位', lineLabel: '行',
    savedViews: '我的视图', saveView: '保存为视图', viewTitle: '视图名称', viewTitleMissing: '请先填写视图名称。',
    unsavableParameter: '只有字符串、数字和布尔参数可保存为视图参数', viewSaved: '视图已保存', deleteView: '删除',
    exportCypher: '导出 .cypher', noSavedViews: '还没有保存的视图：在控制台写好查询后“保存为视图”。',
    linkQueryWaiting: '链接带来的查询已放入控制台，尚未运行：检查后点击“运行”。',
    linkViewWaiting: '链接带来的视图已打开，尚未运行：检查后点击“运行”。',
    portfolioCoverage: '各文件的抽取覆盖', portfolioItems: '本机构事项', 'portfolio.items': '事项', 'portfolio.withUnits': '写明单位',
    'portfolio.withScope': '写明范围', 'portfolio.withDeadline': '写明时限',
    portfolioCoverageHint: '文件中写明责任单位的事项少，说明原文（或抽取）缺少这些信息，而不是无人负责。',
  },
  en: {
    appTitle: 'PolicyGraph', searchPlaceholder: 'Search agencies, measures, documents, zones…', views: 'Ready-made views',
    filters: 'Filters', labels: 'Node labels', types: 'Relationship types', document: 'Document', zone: 'Zone', all: 'All',
    run: 'Run', clear: 'Clear', layout: 'Layout', fit: 'Fit', hide: 'Hide', pin: 'Pin', undo: 'Undo', edgeLabels: 'Edge names',
    exportView: 'Export view', exportGraph: 'Export graph', details: 'Details',
    noSelection: 'Click a node or edge for details; double-click a node to expand its neighbours.',
    properties: 'Properties', provenance: 'Provenance', sourceText: 'Source text', line: 'line', quote: 'Quote',
    expand: 'Expand neighbours', showMore: 'Show more', portfolio: 'Portfolio', outline: 'Outline', zoneView: 'Measures in zone',
    pathFrom: 'Path from here', pathTo: 'Shortest path to here', console: 'Cypher console', parameters: 'Parameters (JSON)',
    table: 'Table', graph: 'Graph', showAsGraph: 'Show as graph', rows: 'rows', truncated: 'result truncated', error: 'Error',
    loading: 'Loading…', noResults: 'No results', responsibilities: 'responsibilities', language: '中文',
    copyLink: 'Copy link', linkCopied: 'Link copied', wholeGraph: 'Whole graph', exportPng: 'PNG', exportJson: 'JSON', sourceLoading: 'Reading the source…', nodes: 'nodes', edges: 'edges',
    elapsed: 'elapsed', matchedAlias: 'alias',
    Agency: 'Agency', Measure: 'Measure', Innovation: 'Innovation', Document: 'Document', Section: 'Section', Zone: 'Zone',
    InnovationBatch: 'Innovation batch', RESPONSIBLE_FOR: 'responsible for', APPLIES_IN: 'applies in', PILOTED_IN: 'piloted in',
    CONTAINS: 'contains', HAS_SECTION: 'has section', PUBLISHES: 'publishes', INCLUDES: 'includes', ISSUED_BY: 'issued by',
    CITES: 'cites', MENTIONS: 'mentions', PART_OF: 'part of', SIMILAR_TO: 'similar to', CO_RESPONSIBLE: 'co-responsible',
    'legend.role.lead': 'lead (stated)', 'legend.role.supporting': 'supporting (stated)',
    'legend.role.responsible': 'responsible (stated)', 'legend.role.submitting': 'submitting (stated)',
    'legend.role.notStated': 'role not stated (dashed)', legendWeighted: 'width = shared measures',
    'legend.lod': 'zoomed out: one line per pair of grid cells (width = its edges); shaded cells count the edges inside them',
    'role.lead': 'lead', 'role.supporting': 'supporting', 'role.responsible': 'responsible', 'role.submitting': 'submitting',
    'role.notStated': 'role not stated', order: 'listed', sources: 'sources', sourceBody: 'body', sourceTable: 'table',
    aboutView: 'This view', topAgencies: 'Agencies named on most measures', measureCount: 'measures', roleStatedCount: 'with a stated role',
    'legend.source.both': 'stated in body and table (outlined)', 'legend.source.body': 'body only', 'legend.source.table': 'annex table only (□)',
    emptyView: 'this view found nothing.', allFiltered: 'All {n} nodes of this view are hidden by the filters or by Hide:',
    clearFilters: 'Clear filters', valuesOnly: 'The answer holds values only: shown in the table; the graph is unchanged.',
    read: 'Read the document', backToText: 'Back to the text', reader: 'Reader', close: 'Close', coverage: 'Extraction coverage',
    coverageMeasures: 'items', coverageUnits: 'with units stated', coverageScope: 'with scope stated',
    coverageDeadline: 'with a deadline stated', coverageRoles: 'with a stated role', coverageNone: 'no items extracted', bodyQuote: 'Body', tableQuote: 'Annex table',
    notInBody: 'not stated in the body', notInTable: 'not listed in the annex table', noTableRow: 'this measure has no table row',
    role: 'role', notStated: 'not stated', exportSvg: 'SVG', history: 'History', checkReport: 'Check report',
    readerLegend: 'Highlighted = extracted facts; text without highlight was not extracted. Click a highlight to see it in the graph.',
    'fact.item': 'item', 'fact.unit': 'unit', 'fact.scope': 'scope', 'fact.zone': 'zone', 'fact.deadline': 'deadline',
    'fact.citation': 'citation', 'fact.heading': 'heading', hiddenNodes: 'hidden',
    factsByQuote: 'Facts located by the clause stating them (the text does not spell out their words; the clause is highlighted)',
    factsNotLocated: 'Facts not located in the text (no highlight)', byQuote: 'located by its clause', lineLabel: 'line',
    savedViews: 'My views', saveView: 'Save as view', viewTitle: 'View name', viewTitleMissing: 'Give the view a name first.',
    unsavableParameter: 'only string, number and boolean parameters can be saved as view parameters', viewSaved: 'View saved',
    deleteView: 'Delete', exportCypher: 'Export .cypher', noSavedViews: 'No saved views yet: write a query in the console, then "Save as view".',
    linkQueryWaiting: 'The link\'s query is in the console, not run yet: check it, then click Run.',
    linkViewWaiting: 'The link\'s saved view is open, not run yet: check it, then click Run.',
    portfolioCoverage: 'Coverage of its documents', portfolioItems: 'this agency', 'portfolio.items': 'items',
    'portfolio.withUnits': 'with units', 'portfolio.withScope': 'with scope', 'portfolio.withDeadline': 'with deadline',
    portfolioCoverageHint: 'Few items with units stated means the text (or the extraction) lacks them, not that nobody is responsible.',
  },
};

let language = 'zh';

export function setLanguage(next) {
  language = TEXT[next] ? next : 'zh';
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  document.querySelectorAll('[data-i18n]').forEach((node) => { node.textContent = t(node.dataset.i18n); });
  document.querySelectorAll('[data-i18n-placeholder]').forEach((node) => { node.placeholder = t(node.dataset.i18nPlaceholder); });
  document.querySelectorAll('[data-i18n-title]').forEach((node) => { node.title = t(node.dataset.i18nTitle); });
}

export const currentLanguage = () => language;

/** The UI text for a key; unknown keys (e.g. a new relationship type) show as themselves. */
export function t(key) {
  return TEXT[language][key] ?? key;
}
