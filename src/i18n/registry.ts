// The live string tables. The start-up modules fill the Chinese one at once; English comes
// in one chunk when the interface first switches to it (english.ts); a feature that loads on
// first use (the round, data checks, review, briefings) adds both languages when its chunk
// loads, before its first render. None of that weighs on the first paint.
import * as core from './messages/core';
import * as excel from './messages/excel';
import * as exportStrings from './messages/export';
import * as header from './messages/header';
import * as views from './messages/views';

export const zhTable: Record<string, string> = { ...core.zh, ...excel.zh, ...exportStrings.zh, ...header.zh, ...views.zh };
export const enTable: Record<string, string> = {};

export function registerMessages(zh: Record<string, string>, en: Record<string, string>): void {
  Object.assign(zhTable, zh);
  Object.assign(enTable, en);
}

let english: Promise<void> | null = null;

/** Loads the start-up modules' English once; true when it is there already. */
export function englishLoaded(): boolean {
  return 'appTitle' in enTable;
}

export function loadEnglish(): Promise<void> {
  english ??= import('./english').then(({ startupEnglish }) => {
    Object.assign(enTable, startupEnglish);
  });
  return english;
}
