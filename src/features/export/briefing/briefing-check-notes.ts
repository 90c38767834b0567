// A briefing table's flagged figures: each gets a note marker (①, ②, …) after its value and a
// line under 「核查说明」 after the table: the explanation given, or 「待核实」 with what was found.
import type { BriefingTableRow } from '../../../domain/briefing/briefing-types';
import type { RankingModel } from '../../../domain/charts/models/ranking-model';
import { noteMarker, type CheckCellsOf } from '../../../domain/export/check-columns';
import type { Translate } from '../../../i18n/i18n';
import '../../../i18n/messages/checks'; // this feature's strings (i18n/registry.ts)

/** Marks `rows` (the model's entries, in order) and returns the notes, or null when none is flagged. */
export function checkNotes(
  m: RankingModel,
  rows: BriefingTableRow[],
  indicator: string,
  checks: CheckCellsOf,
  t: Translate,
): { heading: string; lines: string[] } | null {
  const lines: string[] = [];
  m.entries.forEach((e, i) => {
    const cells = e.row ? checks(e.row) : null;
    if (!cells) return;
    const marker = noteMarker(lines.length + 1);
    rows[i]!.note = marker;
    const item = t('checksBriefingItem', {
      department: e.department,
      year: m.year,
      indicator,
      value: rows[i]!.value,
      text: cells.explanation,
    });
    lines.push(`${marker} ${item}`);
  });
  return lines.length ? { heading: t('checksBriefingNotes'), lines } : null;
}
