// UI strings. Chinese first; English complete, so no screen ever mixes the two.
// Each feature area keeps its strings in its own module under messages/; every module
// exports `zh` and an `en` typed by zh's keys, so a missing translation fails the type check.
import * as checksStrings from './messages/checks';
import * as coreStrings from './messages/core';
import * as deployStrings from './messages/deploy';
import * as excelStrings from './messages/excel';
import * as exportStrings from './messages/export';
import * as narrativeStrings from './messages/narrative';
import * as reviewStrings from './messages/review';
import * as roundStrings from './messages/round';
import * as viewsStrings from './messages/views';

export const zh = {
  ...coreStrings.zh,
  ...checksStrings.zh,
  ...deployStrings.zh,
  ...excelStrings.zh,
  ...exportStrings.zh,
  ...narrativeStrings.zh,
  ...reviewStrings.zh,
  ...roundStrings.zh,
  ...viewsStrings.zh,
};

export type MessageKey = keyof typeof zh;

export const en: Record<MessageKey, string> = {
  ...coreStrings.en,
  ...checksStrings.en,
  ...deployStrings.en,
  ...excelStrings.en,
  ...exportStrings.en,
  ...narrativeStrings.en,
  ...reviewStrings.en,
  ...roundStrings.en,
  ...viewsStrings.en,
};
