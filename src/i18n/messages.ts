// UI strings. Chinese first; English complete, so no screen ever mixes the two.
// Each feature area keeps its strings in its own module under messages/; every module
// exports `zh` and an `en` typed by zh's keys, so a missing translation fails the type check.
import * as core from './messages/core';
import * as exportArea from './messages/export';

export const zh = { ...core.zh, ...exportArea.zh };

export type MessageKey = keyof typeof zh;

export const en: Record<MessageKey, string> = { ...core.en, ...exportArea.en };
