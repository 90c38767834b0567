// A detected department name → the registry's canonical name: exact, alias (with
// abbreviations expanded), the name without its region prefix (汉阳区财政局 → 武汉市汉阳区财政局),
// or an abbreviation of exactly one registered name (新洲区经科局 → 武汉市新洲区经济信息化和科技创新局).
import { aliasMap } from '../departments/registry';
import { expandDepartmentName } from '../departments/infer-department';
import { abbreviates } from '../extract/detect-meta';
import type { Department } from '../types';

export interface DepartmentMatch {
  /** The canonical name, or the detected name when nothing matched. */
  name: string;
  how: 'exact' | 'alias' | 'suffix' | 'abbreviation' | 'ambiguous' | 'none';
  /** Registered names that fit equally well (for 'ambiguous'). */
  candidates: string[];
}

export class DepartmentMatcher {
  private readonly names: Set<string>;
  private readonly aliases: Map<string, string>;

  constructor(private readonly registry: readonly Department[]) {
    this.names = new Set(registry.map((d) => d.name));
    this.aliases = aliasMap(registry);
  }

  match(detected: string): DepartmentMatch {
    const name = detected.trim();
    if (!name) return { name, how: 'none', candidates: [] };
    if (this.names.has(name)) return { name, how: 'exact', candidates: [] };
    const expanded = expandDepartmentName(name);
    const alias = this.aliases.get(name) ?? this.aliases.get(expanded) ?? (this.names.has(expanded) ? expanded : undefined);
    if (alias) return { name: alias, how: 'alias', candidates: [] };
    const suffix = this.registry.filter(
      (d) => d.name.endsWith(expanded) || d.aliases.some((a) => expandDepartmentName(a).endsWith(expanded)),
    );
    if (suffix.length === 1) return { name: suffix[0]!.name, how: 'suffix', candidates: [] };
    const pool = suffix.length > 1 ? suffix : this.registry;
    const abbr = pool.filter((d) => abbreviates(name, d.name) || abbreviates(expanded, d.name));
    if (abbr.length === 1) return { name: abbr[0]!.name, how: 'abbreviation', candidates: [] };
    const tied = abbr.length > 1 ? abbr : suffix;
    if (tied.length > 1) return { name, how: 'ambiguous', candidates: tied.map((d) => d.name) };
    return { name, how: 'none', candidates: [] };
  }
}
