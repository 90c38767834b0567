// 导入数据: file picker and drop zone, progress with cancel, preview, confirm.
import type { Catalog } from '../../domain/catalog/catalog';
import { FileButton } from '../../components/ui/file-button';
import { useState, type DragEvent } from 'react';
import { Modal } from '../../components/ui/modal';
import { ProgressBar } from '../../components/ui/progress-bar';
import type { DatasetMeta } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import { ImportFindings } from './import-findings';
import { ImportPreview } from './import-preview';
import { useImportFlow, type ImportFlowDeps } from './use-import-flow';

const ENCODINGS = ['auto', 'UTF-8', 'GBK', 'UTF-16LE', 'UTF-16BE'] as const;

export function ImportDialog({
  deps,
  onClose,
  datasets,
  catalog,
}: {
  /** The import's state lives with the dialog (it cannot close while a file is parsed or written). */
  deps: ImportFlowDeps;
  onClose: () => void;
  datasets: DatasetMeta[];
  /** To show which catalog indicator each column was read as (undefined until the catalog has loaded). */
  catalog: Catalog | undefined;
}) {
  const { t } = useI18n();
  const flow = useImportFlow(deps);
  const [encoding, setEncoding] = useState<(typeof ENCODINGS)[number]>('auto');
  const [allowCustom, setAllowCustom] = useState(false);
  const [dragging, setDragging] = useState(false);
  const { state } = flow;
  const pick = (file: File | undefined, enc = encoding, custom = allowCustom, sheets?: string[]) => {
    if (file) void flow.parseFile(file, enc === 'auto' ? undefined : enc, custom, sheets);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    pick(e.dataTransfer.files[0]);
  };
  const busy = state.phase === 'parsing' || state.phase === 'committing';
  return (
    <Modal title={t('import')} onClose={busy ? flow.cancel : onClose} closeLabel={t('close')} wide>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <span>{t('excelDropHere')} </span>
        <FileButton
          label={t('chooseFile')}
          inputLabel={t('excelChooseFile')}
          accept=".csv,.txt,.tsv,.xlsx,.xls,.et,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
          disabled={busy}
          onFiles={([f]) => pick(f)}
        />
        <label>
          {t('encoding')}
          {t('labelColon')}
          <select
            aria-label={t('encoding')}
            value={encoding}
            onChange={(e) => {
              const enc = e.target.value as (typeof ENCODINGS)[number];
              setEncoding(enc);
              if (state.phase === 'preview') pick(state.file, enc);
            }}
          >
            {ENCODINGS.map((e) => (
              <option key={e} value={e}>
                {e === 'auto' ? t('importEncodingAuto') : e}
              </option>
            ))}
          </select>
        </label>
      </div>

      {state.phase === 'parsing' && (
        <div className="row">
          <ProgressBar label={t('progress')} fraction={state.fraction} detail={`${state.rows.toLocaleString()} ${t('rows')}`} />
          <button type="button" onClick={flow.cancel}>
            {t('cancelImport')}
          </button>
        </div>
      )}
      <label className="hint">
        <input
          type="checkbox"
          checked={allowCustom}
          onChange={(e) => {
            setAllowCustom(e.target.checked);
            if (state.phase === 'preview') pick(state.file, encoding, e.target.checked);
          }}
        />
        {t('allowCustomIndicators')}
      </label>
      {state.phase === 'preview' && <ImportFindings parsed={state.parsed} />}
      {state.phase === 'preview' && (
        <ImportPreview
          catalog={catalog}
          flow={flow}
          state={state}
          datasets={datasets}
          onSheets={(sheets) => pick(state.file, encoding, allowCustom, sheets)}
        />
      )}
      {state.phase === 'committing' && <ProgressBar label={t('importing')} fraction={1} detail={t('importing')} />}
      {state.phase === 'done' && (
        <p role="status" className="ok">
          {state.nothing ? t('importNothing') : t('importDone', { n: state.result.written.toLocaleString() })}
        </p>
      )}
      {state.phase === 'error' && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
    </Modal>
  );
}
