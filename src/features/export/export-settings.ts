// Export settings shared by the export bar, the batch export and printing: chosen
// once, they apply to every chart exported in this session.
import { useSyncExternalStore } from 'react';
import type { CsvEncoding } from '../../domain/export/csv-encoding';
import type { CsvForm } from '../../domain/export/people-csv';
import type { MessageKey } from '../../i18n/messages';
import { normaliseSize, type ImageSize } from '../../image-export/image-size';

export const SIZE_PRESETS: { id: string; label: MessageKey; size: ImageSize }[] = [
  { id: 'slide169', label: 'presetSlide169', size: { width: 1280, height: 720 } },
  { id: 'slide43', label: 'presetSlide43', size: { width: 1024, height: 768 } },
  { id: 'a4', label: 'presetA4', size: { width: 1000, height: 620 } },
];

export const CUSTOM_PRESET = 'custom';

export interface ExportSettings {
  /** A SIZE_PRESETS id or CUSTOM_PRESET. */
  preset: string;
  /** Custom width and height as typed (normalised when used). */
  custom: ImageSize;
  ratio: number;
  transparent: boolean;
  watermark: string;
  csvEncoding: CsvEncoding;
  /** People's table (default), wide 部门 × 年度 table, or the long machine form. */
  csvForm: CsvForm;
}

let current: ExportSettings = {
  preset: 'slide169',
  custom: { width: 1600, height: 900 },
  ratio: 2,
  transparent: false,
  watermark: '',
  csvEncoding: 'utf-8',
  csvForm: 'people',
};
const listeners = new Set<() => void>();

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function updateExportSettings(patch: Partial<ExportSettings>): void {
  current = { ...current, ...patch };
  for (const l of listeners) l();
}

export function useExportSettings(): ExportSettings {
  return useSyncExternalStore(subscribe, () => current);
}

/** The image size the settings stand for. */
export function settingsSize(s: ExportSettings): ImageSize {
  if (s.preset === CUSTOM_PRESET) return normaliseSize(s.custom.width, s.custom.height);
  return (SIZE_PRESETS.find((p) => p.id === s.preset) ?? SIZE_PRESETS[0]!).size;
}

export function settingsBackground(s: ExportSettings): string | null {
  return s.transparent ? null : '#ffffff';
}
