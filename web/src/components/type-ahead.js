// Type-ahead for a form field that takes an entity: as the user types a name, a datalist offers matching entities
// (value = id, shown with name and label), so no form ever needs a raw id. Touches only its input and datalist.
import { el, clear } from '../util/dom.js';
import { t } from '../i18n.js';

const DEBOUNCE_MS = 200;
const MIN_CHARS = 1;
let lists = 0;

/**
 * @param input the form field
 * @param suggest (text, label|null) => Promise<{ id, label, name, nameEn?, matchedAlias? }[]>
 * @param label restricts suggestions to one node label (e.g. Agency for an "agency" field), or null
 */
export function attachTypeAhead(input, suggest, label = null) {
  const list = el('datalist', { id: `type-ahead-${++lists}` });
  input.setAttribute('list', list.id);
  input.setAttribute('autocomplete', 'off');
  input.after(list);
  let timer = 0;
  let sequence = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < MIN_CHARS || list.querySelector(`option[value="${CSS.escape(text)}"]`)) return;
    timer = setTimeout(async () => {
      const mine = ++sequence;
      try {
        const hits = await suggest(text, label);
        if (mine !== sequence) return;
        clear(list).append(...hits.map((hit) => el('option', { value: hit.id,
          label: [hit.name, hit.nameEn, hit.matchedAlias ? `${t('matchedAlias')}: ${hit.matchedAlias}` : null, t(hit.label)]
            .filter(Boolean).join(' · ') })));
        input.dataset.suggestions = String(hits.length);
      } catch {
        clear(list); // suggestions are a help: a failed lookup leaves the field as typed
      }
    }, DEBOUNCE_MS);
  });
  return list;
}
