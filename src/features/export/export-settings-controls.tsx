// The image and CSV settings of the export bar: size (preset or custom), pixel ratio,
// background, watermark, CSV encoding and CSV layout.
import type { CsvForm } from '../../domain/export/people-csv';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { MAX_SIDE, MIN_SIDE } from '../../image-export/image-size';
import { CUSTOM_PRESET, SIZE_PRESETS, updateExportSettings, useExportSettings } from './export-settings';

export function ImageSettingsControls() {
  const { t } = useI18n();
  const s = useExportSettings();
  return (
    <>
      <label>
        {t('sizePreset')}
        <select value={s.preset} onChange={(e) => updateExportSettings({ preset: e.target.value })}>
          {SIZE_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {t(p.label)} ({p.size.width}×{p.size.height})
            </option>
          ))}
          <option value={CUSTOM_PRESET}>{t('presetCustom')}</option>
        </select>
      </label>
      {s.preset === CUSTOM_PRESET && (
        <>
          <label>
            {t('imageWidth')}
            <input
              type="number"
              className="narrow"
              min={MIN_SIDE}
              max={MAX_SIDE}
              step={10}
              value={Number.isFinite(s.custom.width) ? s.custom.width : ''}
              onChange={(e) => updateExportSettings({ custom: { ...s.custom, width: e.target.valueAsNumber } })}
            />
          </label>
          <label>
            {t('imageHeight')}
            <input
              type="number"
              className="narrow"
              min={MIN_SIDE}
              max={MAX_SIDE}
              step={10}
              value={Number.isFinite(s.custom.height) ? s.custom.height : ''}
              onChange={(e) => updateExportSettings({ custom: { ...s.custom, height: e.target.valueAsNumber } })}
            />
          </label>
        </>
      )}
      <label>
        {t('pixelRatio')}
        <select value={s.ratio} onChange={(e) => updateExportSettings({ ratio: Number(e.target.value) })}>
          {[1, 2, 3].map((r) => (
            <option key={r} value={r}>
              {r}×
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('background')}
        <select
          value={s.transparent ? 'transparent' : 'white'}
          onChange={(e) => updateExportSettings({ transparent: e.target.value === 'transparent' })}
        >
          <option value="white">{t('bgWhite')}</option>
          <option value="transparent">{t('bgTransparent')}</option>
        </select>
      </label>
      <label>
        {t('watermark')}
        <input
          type="text"
          className="watermark-input"
          maxLength={40}
          placeholder={t('watermarkPlaceholder')}
          value={s.watermark}
          onChange={(e) => updateExportSettings({ watermark: e.target.value })}
        />
      </label>
    </>
  );
}

export function CsvEncodingControl() {
  const { t } = useI18n();
  const s = useExportSettings();
  return (
    <label>
      {t('csvEncoding')}
      <select value={s.csvEncoding} onChange={(e) => updateExportSettings({ csvEncoding: e.target.value === 'gbk' ? 'gbk' : 'utf-8' })}>
        <option value="utf-8">{t('encodingUtf8')}</option>
        <option value="gbk">{t('encodingGbk')}</option>
      </select>
    </label>
  );
}

const CSV_FORMS: { id: CsvForm; label: MessageKey }[] = [
  { id: 'people', label: 'exportCsvFormPeople' },
  { id: 'wide', label: 'exportCsvFormWide' },
  { id: 'machine', label: 'exportCsvFormMachine' },
];

export function CsvFormControl() {
  const { t } = useI18n();
  const s = useExportSettings();
  return (
    <label>
      {t('exportCsvForm')}
      <select
        value={s.csvForm}
        onChange={(e) => updateExportSettings({ csvForm: CSV_FORMS.find((f) => f.id === e.target.value)?.id ?? 'people' })}
      >
        {CSV_FORMS.map((f) => (
          <option key={f.id} value={f.id}>
            {t(f.label)}
          </option>
        ))}
      </select>
    </label>
  );
}
