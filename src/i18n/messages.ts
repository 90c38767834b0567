// UI strings. Chinese first; English complete, so no screen ever mixes the two.
// Each feature area keeps its strings in its own module under messages/; every module
// exports `zh` and an `en` typed by zh's keys, so a missing translation fails the type check.
import * as checks from './messages/checks';
import * as core from './messages/core';
import * as narrative from './messages/narrative';
import * as review from './messages/review';

export const zh = { ...core.zh, ...review.zh, ...checks.zh, ...narrative.zh };

export type MessageKey = keyof typeof zh;

export const en: Record<MessageKey, string> = { ...core.en, ...review.en, ...checks.en, ...narrative.en };
