// The classes an element is drawn by (style.js): a responsibility's stated role, where its fact is stated, and the
// size class of the whole view. Set when elements are added, so each element's style is computed once.
import { statedIn, statedRole } from './edge-sources.js';
import { LARGE_VIEW_NODES } from './renderer-choice.js';
import { BACKGROUND_LAYOUT_NODES } from './background-layout.js';

/** A responsibility is drawn by the role its text states (role-lead, role-supporting …) or as role-not-stated. */
export function responsibilityRole(edge) {
  if (edge.data?.label !== 'RESPONSIBLE_FOR') return null;
  const role = statedRole(edge.data);
  return typeof role === 'string' && role.length > 0 ? `role-${role}` : 'role-not-stated';
}

/** Where a fact was read: in the body only, in the annex table only, or in both. */
export function sourceClass(edge) {
  const stated = statedIn(edge.data);
  if (!stated || (!stated.body && !stated.table)) return null;
  if (stated.body && stated.table) return 'src-both';
  return stated.body ? 'src-body' : 'src-table';
}

/** Legend entries in the order they are explained. */
export const ROLE_CLASSES = ['role-lead', 'role-supporting', 'role-responsible', 'role-submitting', 'role-not-stated'];
export const SOURCE_CLASSES = ['src-both', 'src-body', 'src-table'];

export function withClasses(edge) {
  const extra = [responsibilityRole(edge), sourceClass(edge)].filter(Boolean);
  return extra.length ? { ...edge, classes: joinClasses(edge.classes, ...extra) } : edge;
}

/** Class lists joined into one, each class once (an element dressed twice, e.g. an undo step, keeps one of each). */
export function joinClasses(...lists) {
  return [...new Set(lists.flatMap((list) => String(list ?? '').split(' ')).filter(Boolean))].join(' ');
}

/** Classes a whole view gets by its size (style.js): large views and crowded ones draw cheaper. */
export function classesBySize(nodeCount) {
  if (nodeCount >= LARGE_VIEW_NODES) return { node: 'large', edge: 'large' };
  return nodeCount > BACKGROUND_LAYOUT_NODES ? { edge: 'crowded' } : {};
}
