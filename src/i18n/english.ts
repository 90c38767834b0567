// The start-up modules' English, one chunk loaded on the first switch to English.
import { en as core } from './messages/core.en';
import { en as excel } from './messages/excel.en';
import { en as exportStrings } from './messages/export.en';
import { en as header } from './messages/header.en';
import { en as views } from './messages/views.en';

export const startupEnglish: Record<string, string> = { ...core, ...excel, ...exportStrings, ...header, ...views };
