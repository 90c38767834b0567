// The department registry: canonical names with region, type and aliases, so that
// 武汉经开区财政局 and 武汉经济技术开发区财政局 are one department across years.
import type { Department } from '../types';
import { expandDepartmentName, inferDepartment } from './infer-department';

/** alias (and expanded alias) → canonical name. */
export function aliasMap(departments: readonly Department[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const d of departments) {
    for (const a of d.aliases) {
      m.set(a, d.name);
      m.set(expandDepartmentName(a), d.name);
    }
  }
  for (const d of departments) m.delete(d.name);
  return m;
}

/** Registry entries for every name, inferring region and type where none is known. */
export function describeDepartments(names: Iterable<string>, known: readonly Department[]): Department[] {
  const byName = new Map(known.map((d) => [d.name, d]));
  const out: Department[] = [];
  for (const name of names) {
    const k = byName.get(name);
    if (k && k.region && k.type) {
      out.push(k);
      continue;
    }
    const inferred = inferDepartment(name);
    out.push({ name, region: k?.region || inferred.region, type: k?.type || inferred.type, aliases: k?.aliases ?? [] });
  }
  return out;
}

/** Merges department `from` into `to`: `from` becomes an alias of `to`. */
export function mergeDepartmentRecords(from: Department, to: Department): Department {
  return { ...to, aliases: [...new Set([...to.aliases, from.name, ...from.aliases])].filter((a) => a !== to.name) };
}
