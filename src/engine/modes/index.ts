// The review modes by id, each with its vocabulary compiled once per process. Pure: engine modules only.
import { compileVocabulary, type CompiledVocabulary } from '../language/matcher';
import type { ReviewMode } from '../types';
import { CUSTOMER_MODE } from './customerMode';
import { DUA_MODE } from './duaMode';
import type { ModeDefinition } from './reviewMode';
import { VENDOR_MODE } from './vendorMode';

export type { ModeDefinition } from './reviewMode';

const MODES: Readonly<Record<ReviewMode, ModeDefinition>> = { customer: CUSTOMER_MODE, vendor: VENDOR_MODE, dua: DUA_MODE };

export function modeDefinition(mode: ReviewMode): ModeDefinition {
  return MODES[mode];
}

const compiled = new Map<ReviewMode, CompiledVocabulary>();

/** The mode's own word sets compiled into one matcher, or undefined when it adds none (the customer mode). */
export function modeVocabulary(mode: ReviewMode): CompiledVocabulary | undefined {
  const sets = MODES[mode].vocabulary;
  if (sets.length === 0) return undefined;
  let vocabulary = compiled.get(mode);
  if (!vocabulary) {
    vocabulary = compileVocabulary(sets);
    compiled.set(mode, vocabulary);
  }
  return vocabulary;
}
