// Both sides of a finding next to each other: each value with its dataset and the sentence it
// came from, and a way to open the source at that sentence.
import type { Catalog } from '../../domain/catalog/catalog';
import { indicatorLabel } from '../../domain/charts/common';
import type { Finding } from '../../domain/checks/types';
import type { DatasetMeta } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import type { TableSnapshot } from '../../queries/store-queries';
import type { RowText } from '../../domain/observations/stored-table';
import '../../i18n/messages/checks'; // this feature's strings (i18n/registry.ts)

interface Props {
  finding: Finding;
  snapshot: TableSnapshot;
  /** Evidence of the finding's rows, read once by the panel (undefined while loading). */
  texts: ReadonlyMap<number, RowText> | undefined;
  catalog: Catalog;
  datasets: readonly DatasetMeta[];
  onOpenSource: (rowId: number) => void;
}

export function FindingSides({ finding, snapshot, texts, catalog, datasets, onOpenSource }: Props) {
  const { t, lang } = useI18n();
  const tb = snapshot.table;
  return (
    <div className="check-sides">
      {finding.rows.map((row, k) => {
        const ds = datasets.find((d) => d.id === tb.datasetIds[tb.ds[row]!]);
        const evidence = texts?.get(row)?.evidence;
        return (
          <section
            key={row}
            className="check-side"
            aria-label={k === 0 ? t('checksSideFlagged') : t('checksSideOther')}
            data-testid="check-side"
          >
            <h4>{k === 0 ? t('checksSideFlagged') : t('checksSideOther')}</h4>
            <p>
              <strong>
                {tb.value[row]}
                {tb.units[tb.unit[row]!]}
              </strong>{' '}
              · {indicatorLabel(catalog.resolve(tb.indicators[tb.ind[row]!]!), lang)} · {tb.departments[tb.dept[row]!]} · {tb.year[row]}
            </p>
            <p className="hint">{ds?.name ?? tb.datasetIds[tb.ds[row]!]}</p>
            <blockquote className="evidence">{evidence || t('checksNoEvidence')}</blockquote>
            <button type="button" onClick={() => onOpenSource(row)}>
              {t('checksOpenSource')}
            </button>
          </section>
        );
      })}
    </div>
  );
}
