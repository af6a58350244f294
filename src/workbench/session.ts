// One simulated Word session: the simulator holding the document and the real Word adapter bound to it, exactly as
// production binds the adapter to Office.js. The workbench builds a new one when the API level or document changes.
import { createSimulator, type ApiLevel, type SimSnapshot } from '../simulator';
import { createWordHost } from '../word/createWordHost';
import type { WorkbenchParagraph } from './splitParagraphs';

export type { ApiLevel } from '../simulator';
export const API_LEVELS: readonly ApiLevel[] = ['1.3', '1.4', '1.6', '1.7'];

export function createSession(paragraphs: readonly WorkbenchParagraph[], apiLevel: ApiLevel) {
  const simulator = createSimulator({ paragraphs, apiLevel, platform: 'web', user: 'You' });
  const host = createWordHost(simulator.api, { author: 'You' });
  // snapshot() builds a new object per call; React's external-store hook needs the same object until a change.
  let cached: SimSnapshot | undefined;
  simulator.subscribe(() => {
    cached = undefined;
  });
  const store = {
    subscribe: (listener: () => void) => simulator.subscribe(listener),
    getSnapshot: (): SimSnapshot => (cached ??= simulator.snapshot()),
  };
  return { simulator, host, store };
}

export type Session = ReturnType<typeof createSession>;
