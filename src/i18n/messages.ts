// UI strings. Chinese first; English complete, so no screen ever mixes the two.
// Each feature area keeps its strings in its own module under messages/; every module
// exports `zh` and an `en` typed by zh's keys, so a missing translation fails the type check.
import * as core from './messages/core';
import * as round from './messages/round';

export const zh = { ...core.zh, ...round.zh };

export type MessageKey = keyof typeof zh;

export const en: Record<MessageKey, string> = { ...core.en, ...round.en };
