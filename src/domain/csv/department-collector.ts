// Departments of the accepted rows: region and type from the file's 地区 / 部门类型
// columns (first non-empty value wins), and spellings the alias map changed as aliases.
import type { ObservationColumns } from '../observations/columns';
import type { Department } from '../types';

const MAX_ALIASES = 20;

export class DepartmentCollector {
  private readonly byName = new Map<string, Department>();

  note(name: string, spelled: string, region: string, type: string): void {
    let d = this.byName.get(name);
    if (!d) {
      d = { name, region, type, aliases: [] };
      this.byName.set(name, d);
    } else {
      if (!d.region && region) d.region = region;
      if (!d.type && type) d.type = type;
    }
    if (spelled !== name && d.aliases.length < MAX_ALIASES && !d.aliases.includes(spelled)) d.aliases.push(spelled);
  }

  /** In the order of the columns' department dictionary. */
  list(c: ObservationColumns): Department[] {
    return c.numeric.departments.map((name) => this.byName.get(name) ?? { name, region: '', type: '', aliases: [] });
  }
}
