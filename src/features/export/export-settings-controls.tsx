// The image and CSV settings of the export bar: size (preset or custom), pixel ratio,
// background, watermark, CSV encoding and CSV layout.
import type { CsvForm } from '../../domain/export/people-csv';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { MAX_SIDE, MIN_SIDE } from '../../image-export/image-size';
import { CUSTOM_PRESET, SIZE_PRESETS, updateExportSettings, useExportSettings } from './export-settings';

interface Choice<V> {
  value: V;
  label: string;
}

/** A labelled select of one setting; an unknown value (none can be chosen) falls back to the first choice. */
function SettingSelect<V extends string | number>({
  label,
  value,
  choices,
  onChange,
}: {
  label: string;
  value: V;
  choices: readonly Choice<V>[];
  onChange: (value: V) => void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange((choices.find((c) => String(c.value) === e.target.value) ?? choices[0]!).value)}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The width or height of a custom image size; an empty field stays empty (NaN), not 0. */
function CustomSide({ side, label }: { side: 'width' | 'height'; label: string }) {
  const { custom } = useExportSettings();
  return (
    <label>
      {label}
      <input
        type="number"
        className="narrow"
        min={MIN_SIDE}
        max={MAX_SIDE}
        step={10}
        value={Number.isFinite(custom[side]) ? custom[side] : ''}
        onChange={(e) => updateExportSettings({ custom: { ...custom, [side]: e.target.valueAsNumber } })}
      />
    </label>
  );
}

export function ImageSettingsControls() {
  const { t } = useI18n();
  const s = useExportSettings();
  return (
    <>
      <SettingSelect
        label={t('sizePreset')}
        value={s.preset}
        choices={[
          ...SIZE_PRESETS.map((p) => ({ value: p.id, label: `${t(p.label)} (${p.size.width}×${p.size.height})` })),
          { value: CUSTOM_PRESET, label: t('presetCustom') },
        ]}
        onChange={(preset) => updateExportSettings({ preset })}
      />
      {s.preset === CUSTOM_PRESET && (
        <>
          <CustomSide side="width" label={t('imageWidth')} />
          <CustomSide side="height" label={t('imageHeight')} />
        </>
      )}
      <SettingSelect
        label={t('pixelRatio')}
        value={s.ratio}
        choices={[1, 2, 3].map((r) => ({ value: r, label: `${r}×` }))}
        onChange={(ratio) => updateExportSettings({ ratio })}
      />
      <SettingSelect
        label={t('background')}
        value={s.transparent ? 'transparent' : 'white'}
        choices={[
          { value: 'white', label: t('bgWhite') },
          { value: 'transparent', label: t('bgTransparent') },
        ]}
        onChange={(bg) => updateExportSettings({ transparent: bg === 'transparent' })}
      />
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
    <SettingSelect
      label={t('csvEncoding')}
      value={s.csvEncoding}
      choices={[
        { value: 'utf-8', label: t('encodingUtf8') },
        { value: 'gbk', label: t('encodingGbk') },
      ]}
      onChange={(csvEncoding) => updateExportSettings({ csvEncoding })}
    />
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
    <SettingSelect
      label={t('exportCsvForm')}
      value={s.csvForm}
      choices={CSV_FORMS.map((f) => ({ value: f.id, label: t(f.label) }))}
      onChange={(csvForm) => updateExportSettings({ csvForm })}
    />
  );
}
