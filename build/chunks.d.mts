// Types for build/chunks.mjs, which vite.config.ts and the tests import.
import type { Rolldown } from 'vite';

export interface OnDemandChunk {
  name: string;
  modules: string[];
  when: string;
  audience: 'customer' | 'fallback' | 'after-load' | 'trainer';
  /** A module only other on-demand chunks import, gathered into a chunk of its own. */
  group?: true;
}
export declare const ON_DEMAND_CHUNKS: readonly OnDemandChunk[];
export declare function codeSplittingGroups(): Rolldown.CodeSplittingGroup[];
