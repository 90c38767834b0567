// UI strings. Chinese first; English complete, so no screen ever mixes the two.
// Each feature area keeps its strings in its own module under messages/; every module
// exports `zh` and an `en` typed by zh's keys, so a missing translation fails the type check.
// The tables themselves live in registry.ts: features loaded on first use bring their own.
import type * as checks from './messages/checks';
import type * as core from './messages/core';
import type * as deploy from './messages/deploy';
import type * as excel from './messages/excel';
import type * as exportStrings from './messages/export';
import type * as header from './messages/header';
import type * as narrative from './messages/narrative';
import type * as review from './messages/review';
import type * as round from './messages/round';
import type * as views from './messages/views';

type AllStrings = typeof core.zh &
  typeof checks.zh &
  typeof deploy.zh &
  typeof excel.zh &
  typeof exportStrings.zh &
  typeof header.zh &
  typeof narrative.zh &
  typeof review.zh &
  typeof round.zh &
  typeof views.zh;

export type MessageKey = keyof AllStrings;
