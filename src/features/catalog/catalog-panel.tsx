// 指标目录: the indicator catalog grouped by category and searchable, with this office's
// learned aliases (wording → indicator, when, from which report); remove one, export them
// as a catalog CSV (format of data/indicators.csv) or import another office's.
import { SearchBox } from '../../components/ui/search-box';
import { FileButton } from '../../components/ui/file-button';
import { DataTable } from '../../components/ui/data-table';
import { useMemo, useState } from 'react';
import { Modal } from '../../components/ui/modal';
import type { Catalog } from '../../domain/catalog/catalog';
import { wordingKey, type LearnedAlias } from '../../domain/extract/learned-aliases';
import { categoryLabel } from '../../domain/catalog/category-labels';
import { indicatorLabel } from '../../domain/charts/common';
import { unitLabel } from '../../domain/charts/format';
import { indicatorMatches, searchIndicators } from '../../domain/indicator-search';
import { learnedAliasesFromCsv, learnedAliasesToCsv } from '../../domain/learned-alias-csv';
import { useI18n } from '../../i18n/i18n';
import { saveBlob } from '../../image-export/save-file';
import { formatDate, todayIso } from '../../lib/format';
import { useLearnedAliases, useLearnedAliasWrites } from '../../queries/learned-aliases';
import '../../i18n/messages/review'; // this feature's strings (i18n/registry.ts)

interface Props {
  catalog: Catalog;
  onClose: () => void;
}

const NO_ALIASES: readonly LearnedAlias[] = [];
const DIRECTION_KEYS = { up: 'directionUp', down: 'directionDown', neutral: 'directionNeutral' } as const;

export function CatalogPanel({ catalog, onClose }: Props) {
  const { t, lang } = useI18n();
  const aliases = useLearnedAliases().data ?? NO_ALIASES;
  const writes = useLearnedAliasWrites();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const indicators = useMemo(() => catalog.indicators.filter((i) => !i.custom), [catalog]);

  const wordsById = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const a of aliases) m.set(a.indicatorId, [...(m.get(a.indicatorId) ?? []), a.wording]);
    return m;
  }, [aliases]);
  const groups = useMemo(() => searchIndicators(indicators, query, wordsById), [indicators, query, wordsById]);
  const shownAliases = aliases.filter((a) => {
    const ind = catalog.get(a.indicatorId);
    return wordingKey(a.wording).includes(wordingKey(query)) || (ind !== undefined && indicatorMatches(ind, query));
  });

  const exportCsv = () => {
    saveBlob(new Blob([learnedAliasesToCsv(aliases, catalog)], { type: 'text/csv;charset=utf-8' }), `指标目录本地别名-${todayIso()}.csv`);
  };
  const importCsv = async (file: File) => {
    const read = learnedAliasesFromCsv(await file.text(), file.name, catalog, Date.now());
    if (!read.ok) {
      const text =
        read.error === 'no-columns'
          ? t('catalogImportNoColumns', { file: file.name })
          : t('catalogImportUnknownId', { file: file.name, row: read.row, id: read.id });
      setStatus({ error: true, text });
      return;
    }
    if (!read.aliases.length) {
      setStatus({ error: false, text: t('catalogImportNothing', { file: file.name }) });
      return;
    }
    await writes.save(read.aliases);
    setStatus({ error: false, text: t('catalogImported', { file: file.name, n: read.aliases.length }) });
  };

  return (
    <Modal title={t('catalogPanel')} onClose={onClose} closeLabel={t('close')} wide>
      <div className="row">
        <SearchBox label={t('catalogSearch')} value={query} onChange={setQuery} />
        <span className="hint">
          {t('catalogCount', { n: indicators.length })} · {t('catalogLocalCount', { n: aliases.length })}
        </span>
        <button type="button" disabled={!aliases.length} onClick={exportCsv}>
          {t('catalogExport')}
        </button>
        <FileButton
          label={t('catalogImport')}
          inputClassName="file-input"
          accept=".csv,text/csv"
          onFiles={([f]) => {
            if (f) void importCsv(f);
          }}
        />
      </div>
      {status && (
        <p role={status.error ? 'alert' : 'status'} className={status.error ? 'error' : 'ok'}>
          {status.text}
        </p>
      )}
      <h3>{t('catalogLocal')}</h3>
      <p className="hint">{t('catalogLocalHint')}</p>
      {shownAliases.length ? (
        <LocalAliases aliases={shownAliases} catalog={catalog} onRemove={(w) => void writes.remove(w)} />
      ) : (
        <p className="hint">{t('catalogLocalNone')}</p>
      )}
      <div className="catalog-list" data-testid="catalog-list">
        {groups.map((g) => (
          <section key={g.category} aria-label={categoryLabel(g.category, lang)}>
            <h3>{categoryLabel(g.category, lang)}</h3>
            <ul>
              {g.indicators.map((ind) => (
                // The id is only needed to read or edit a catalog CSV (its id column): a tooltip, not the list.
                <li key={ind.id} title={t('catalogCode', { id: ind.id })}>
                  <strong>{indicatorLabel(ind, lang)}</strong>
                  <span className="hint">
                    {'　'}
                    {t('unit')}
                    {t('labelColon')}
                    {unitLabel(ind.unit, lang) || ind.unit || '—'} · {t(DIRECTION_KEYS[ind.direction])}
                  </span>
                  {(ind.aliases.length > 0 || wordsById.has(ind.id)) && (
                    <div className="hint">
                      {t('catalogAliases')}
                      {t('labelColon')}
                      {ind.aliases.join('、')}
                      {wordsById.get(ind.id)?.map((w) => (
                        <span key={w} className="badge local">
                          {w}
                        </span>
                      ))}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Modal>
  );
}

function LocalAliases({
  aliases,
  catalog,
  onRemove,
}: {
  aliases: readonly LearnedAlias[];
  catalog: Catalog;
  onRemove: (wording: string) => void;
}) {
  const { t, lang } = useI18n();
  const nameOf = (id: string) => {
    const ind = catalog.get(id);
    return ind ? indicatorLabel(ind, lang) : id;
  };
  return (
    <DataTable
      className="data"
      testId="local-aliases"
      headers={[t('catalogWording'), t('catalogIndicator'), t('catalogLearnedAt'), t('catalogSource'), '']}
    >
      {aliases.map((a) => (
        <tr key={a.wording}>
          <td>{a.wording}</td>
          <td>{nameOf(a.indicatorId)}</td>
          <td>{a.at ? formatDate(a.at) : '—'}</td>
          <td>{a.source || '—'}</td>
          <td>
            <button type="button" aria-label={t('catalogRemove', { wording: a.wording })} onClick={() => onRemove(a.wording)}>
              {t('delete')}
            </button>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
