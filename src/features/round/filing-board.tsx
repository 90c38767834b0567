// 报备审查: which departments sent their annual report, when, whether it was published,
// whether it has the four required parts, and how many figures it gave. Filter, sort,
// open a report at a part's heading, export as CSV or PNG.
import { boardSummaryText } from './summary-text';
import { SearchBox } from '../../components/ui/search-box';
import { useMemo, useState } from 'react';
import { Modal } from '../../components/ui/modal';
import { boardToCsv } from '../../domain/round/board-csv';
import {
  boardYears,
  buildBoard,
  filterBoard,
  sortBoard,
  type BoardFilter,
  type BoardReport,
  type BoardSort,
} from '../../domain/round/board';
import type { Department } from '../../domain/types';
import { safeFileName, saveBlob } from '../../image-export/save-file';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import type { SourceTarget } from '../../queries/source-target';
import { markMustReport, updateRound, useDeadlines, useRoundReports, type RoundEdit } from '../../queries/round-queries';
import { saveCsv } from '../export/save-csv';
import { BoardTable } from './board-table';
import { DeadlineInputs } from './deadline-inputs';
import { MustReportList } from './must-report-list';
import './round.css';
import '../../i18n/messages/round'; // this feature's strings (i18n/registry.ts)

interface Props {
  registry: Department[];
  onClose: () => void;
  onChanged: () => Promise<unknown>;
  onOpenSource: (target: SourceTarget) => void;
}

const FILTERS: [BoardFilter, MessageKey][] = [
  ['all', 'roundFilterAll'],
  ['missing-report', 'roundFilterMissingReport'],
  ['late', 'roundFilterLate'],
  ['incomplete', 'roundFilterIncomplete'],
  ['received', 'roundFilterReceived'],
];
const SORTS: [BoardSort, MessageKey][] = [
  ['status', 'roundSortStatus'],
  ['department', 'roundSortDepartment'],
  ['received', 'roundSortReceived'],
  ['signed', 'roundSortSigned'],
  ['figures', 'roundSortFigures'],
];

export function FilingBoard({ registry, onClose, onChanged, onOpenSource }: Props) {
  const { t } = useI18n();
  const reports = useRoundReports();
  // Reports cached before a later import are stale: the board waits for the fresh read (else it
  // would open on a guessed year and flip), then stays shown while its own edits refetch.
  const [openedAt] = useState(() => Date.now());
  const fresh = reports.data && (!reports.isStale || reports.dataUpdatedAt >= openedAt) ? reports.data : undefined;
  const deadlines = useDeadlines();
  const years = useMemo(() => boardYears(fresh ?? []), [fresh]);
  const [chosenYear, setYear] = useState<number | null>(null);
  const year = chosenYear ?? years[0] ?? new Date().getFullYear() - 1;
  const [filter, setFilter] = useState<BoardFilter>('all');
  const [sort, setSort] = useState<BoardSort>('status');
  const [query, setQuery] = useState('');
  const [error, setError] = useState('');
  const board = useMemo(
    // Only once the reports are read: before, the year would be a guess and the board empty.
    () => (deadlines.data && fresh ? buildBoard(registry, fresh, year, deadlines.data) : null),
    [registry, fresh, year, deadlines.data],
  );
  const rows = useMemo(() => (board ? sortBoard(filterBoard(board.rows, filter, query), sort) : []), [board, filter, query, sort]);
  const title = `${t('roundBoard')} · ${year}`;

  const write = async (fn: () => Promise<void>) => {
    try {
      await fn();
      setError('');
      await onChanged();
    } catch (e) {
      setError(t('roundSaveFailed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };
  const open = (r: BoardReport, at: { start: number; end: number } | null) =>
    onOpenSource({
      datasetId: r.datasetId,
      datasetName: r.file,
      file: r.file,
      line: -1,
      start: at?.start ?? -1,
      end: at?.end ?? -1,
      evidence: '',
      documentId: r.documentId,
    });
  const exportPng = async () => {
    if (!board) return;
    const { boardPng } = await import('./board-png');
    saveBlob(await boardPng({ ...board, rows }, t, title), safeFileName(`报备审查-${year}.png`));
  };

  return (
    <Modal title={t('roundBoard')} onClose={onClose} closeLabel={t('close')} wide>
      <div className="row round-controls">
        <label>
          {t('roundYear')}
          <select aria-label={t('roundYear')} value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {[...new Set([...years, year])]
              .sort((a, b) => b - a)
              .map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
          </select>
        </label>
        <label>
          {t('roundFilter')}
          <select aria-label={t('roundFilter')} value={filter} onChange={(e) => setFilter(e.target.value as BoardFilter)}>
            {FILTERS.map(([v, k]) => (
              <option key={v} value={v}>
                {t(k)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('roundSort')}
          <select aria-label={t('roundSort')} value={sort} onChange={(e) => setSort(e.target.value as BoardSort)}>
            {SORTS.map(([v, k]) => (
              <option key={v} value={v}>
                {t(k)}
              </option>
            ))}
          </select>
        </label>
        <SearchBox label={t('roundSearch')} value={query} onChange={setQuery} />
        <button
          type="button"
          disabled={!board}
          onClick={() => board && saveCsv([boardToCsv({ ...board, rows })], `报备审查-${year}.csv`, 'utf-8')}
        >
          {t('roundExportCsv')}
        </button>
        <button type="button" disabled={!board} onClick={() => void exportPng()}>
          {t('roundExportPng')}
        </button>
      </div>
      {deadlines.data && <DeadlineInputs value={deadlines.data} onSaved={onChanged} />}
      {board && (
        <p className="round-summary" role="status" data-testid="round-summary">
          {boardSummaryText(board.summary, t)}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!board ? null : board.rows.length === 0 ? (
        <p className="hint">{t('roundNoReports')}</p>
      ) : (
        <BoardTable
          rows={rows}
          onOpen={open}
          onEdit={(r, patch: RoundEdit) => void write(() => updateRound(r.documentId, patch))}
          onMustReport={(name, flag) => void write(() => markMustReport([name], flag))}
        />
      )}
      <MustReportList registry={registry} onApply={(names) => write(() => markMustReport(names, true))} />
    </Modal>
  );
}
