// The department picker's rows as one flat list (group headers and items), so the
// picker can virtualise it: with thousands of departments only the visible rows exist.
import { compareNames } from '../metrics/name-order';
import type { DepartmentInfo } from '../observations/chart-row';
import { looseKey } from '../text/normalize-text';

export type DepartmentGroupBy = 'type' | 'region';

/** A department with its search key, computed once per department list, not per keystroke. */
export interface SearchableDepartment {
  info: DepartmentInfo;
  key: string;
}

export type DepartmentEntry =
  | {
      kind: 'group';
      group: string;
      /** The group's departments shown under this header. */
      names: readonly string[];
      /** The group of departments without a type or region (named 未分类部门 in the list). */
      unclassified?: true;
    }
  | { kind: 'item'; group: string; department: DepartmentInfo };

export interface DepartmentEntries {
  entries: DepartmentEntry[];
  /** Every department shown, in list order (what 全选 selects). */
  names: string[];
}

/** Group label of departments without a type or region. */
export const NO_GROUP = '—';

export function indexDepartments(departments: readonly DepartmentInfo[]): SearchableDepartment[] {
  return departments.map((info) => ({ info, key: looseKey(`${info.name} ${info.region} ${info.type}`) }));
}

/**
 * Filters by the loose search key, groups by type or region (groups in pinyin order,
 * departments in their given order within a group) and flattens to header + item rows.
 */
export function buildDepartmentEntries(
  index: readonly SearchableDepartment[],
  query: string,
  groupBy: DepartmentGroupBy,
): DepartmentEntries {
  const q = looseKey(query);
  const groups = new Map<string, DepartmentInfo[]>();
  for (const { info, key } of index) {
    if (q && !key.includes(q)) continue;
    const group = (groupBy === 'type' ? info.type : info.region) || NO_GROUP;
    const list = groups.get(group);
    if (list) list.push(info);
    else groups.set(group, [info]);
  }
  const entries: DepartmentEntry[] = [];
  const names: string[] = [];
  for (const group of [...groups.keys()].sort(compareNames)) {
    const list = groups.get(group)!;
    const groupNames = list.map((d) => d.name);
    entries.push(
      group === NO_GROUP ? { kind: 'group', group, names: groupNames, unclassified: true } : { kind: 'group', group, names: groupNames },
    );
    for (const department of list) {
      entries.push({ kind: 'item', group, department });
      names.push(department.name);
    }
  }
  return { entries, names };
}
