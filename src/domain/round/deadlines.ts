// When a year's report is due: sent to the office (报送) and published (公开) by fixed days
// of the following year, by default 3月1日 and 4月1日 (configurable: provinces differ).

export interface MonthDay {
  month: number;
  day: number;
}

export interface RoundDeadlines {
  submit: MonthDay;
  publish: MonthDay;
}

export const DEFAULT_DEADLINES: RoundDeadlines = { submit: { month: 3, day: 1 }, publish: { month: 4, day: 1 } };

export type Timeliness = 'on-time' | 'late' | 'unknown';

/** The deadline for `reportYear`'s report as an ISO date in the following year. */
export function deadlineDate(reportYear: number, md: MonthDay): string {
  return `${reportYear + 1}-${String(md.month).padStart(2, '0')}-${String(md.day).padStart(2, '0')}`;
}

/** On time when done on or before the deadline day; unknown without a date. */
function timeliness(done: string | null | undefined, deadline: string): Timeliness {
  if (!done) return 'unknown';
  return done.slice(0, 10) <= deadline ? 'on-time' : 'late';
}

/**
 * 报送: by the date received. Without one, a report signed after the deadline was
 * necessarily late; one signed before may still have arrived late, so it stays unknown.
 */
export function submitTimeliness(
  reportYear: number,
  received: string | null | undefined,
  signed: string | null | undefined,
  d: RoundDeadlines = DEFAULT_DEADLINES,
): Timeliness {
  const deadline = deadlineDate(reportYear, d.submit);
  if (received) return timeliness(received, deadline);
  return signed && signed > deadline ? 'late' : 'unknown';
}

export function publishTimeliness(
  reportYear: number,
  published: string | null | undefined,
  d: RoundDeadlines = DEFAULT_DEADLINES,
): Timeliness {
  return timeliness(published, deadlineDate(reportYear, d.publish));
}

/** Validates deadlines read from settings; falls back to the defaults field by field. */
export function readDeadlines(v: unknown): RoundDeadlines {
  const md = (x: unknown, fallback: MonthDay): MonthDay => {
    const o = x as Partial<MonthDay> | null;
    const ok = o && Number.isInteger(o.month) && Number.isInteger(o.day) && o.month! >= 1 && o.month! <= 12 && o.day! >= 1 && o.day! <= 31;
    return ok ? { month: o.month!, day: o.day! } : fallback;
  };
  const o = (v ?? {}) as Partial<RoundDeadlines>;
  return { submit: md(o.submit, DEFAULT_DEADLINES.submit), publish: md(o.publish, DEFAULT_DEADLINES.publish) };
}
