/// <reference types="vite/client" />

// The indicator catalog, parsed at build time (vite.config.ts, catalogModule).
declare module '*.csv?catalog' {
  import type { Indicator } from '@/domain/types';
  const indicators: Indicator[];
  export default indicators;
}

// mammoth's browser bundle has the same API as the package entry.
declare module 'mammoth/mammoth.browser.js' {
  import mammoth from 'mammoth';
  export default mammoth;
}
