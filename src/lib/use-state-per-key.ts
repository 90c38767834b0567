// State that starts again at `initial` whenever its key changes (a view's page or scroll
// position, per model), worked out while rendering: no effect resets it a frame late.
import { useState } from 'react';

export function useStatePerKey<K, V>(key: K, initial: V): [V, (value: V) => void] {
  const [kept, setKept] = useState({ key, value: initial });
  const value = kept.key === key ? kept.value : initial;
  return [value, (next: V) => setKept({ key, value: next })];
}
