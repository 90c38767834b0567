// The `startup` records db/early-read.ts read before the app's bundle ran (taken once).
import type { EarlyStartup } from './early-read';

export type { EarlyStartup };

export function takeEarlyStartup(): Promise<EarlyStartup | null> | null {
  if (typeof window === 'undefined') return null;
  const w = window as { fazhiEarlyStartup?: Promise<EarlyStartup | null> };
  const early = w.fazhiEarlyStartup ?? null;
  delete w.fazhiEarlyStartup;
  return early;
}
