// One simulated Word session: the simulator holding the document and the real Word adapter bound to it, exactly as
// production binds the adapter to Office.js. The workbench builds a new one when the API level or document changes.
import { createSimulator, type ApiLevel, type Simulator, type SimSnapshot } from '../simulator';
import { createWordHost } from '../word/createWordHost';
import type { WorkbenchParagraph } from './splitParagraphs';

export type { ApiLevel } from '../simulator';
export const API_LEVELS: readonly ApiLevel[] = ['1.3', '1.4', '1.6', '1.7'];

const REDRAW_MS = 250;

/** Runs when the browser is idle, or after IDLE_LIMIT_MS at the latest (a busy or hidden page still gets drawn). */
const IDLE_LIMIT_MS = 500;
function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: IDLE_LIMIT_MS });
  else setTimeout(run, 0);
}

export function createSession(paragraphs: readonly WorkbenchParagraph[], apiLevel: ApiLevel) {
  // A paragraph with runs opens with their tracked changes; its text is only what it reads as.
  const inputs = paragraphs.map(({ runs, text, ...layout }) => (runs ? { ...layout, runs } : { ...layout, text }));
  const simulator = createSimulator({ paragraphs: inputs, apiLevel, platform: 'web', user: 'You' });
  return sessionOver(simulator);
}

/** Closing and reopening the file: the same document (text, revisions, comments, decision record), a fresh Word host. */
export function reopenSession(session: Session): Session {
  session.simulator.reopen();
  return { ...session, host: createWordHost(session.simulator.api, { author: 'You' }) };
}

function sessionOver(simulator: Simulator) {
  const host = createWordHost(simulator.api, { author: 'You' });
  // snapshot() builds a new object per call; React's external-store hook needs the same object until a change.
  let cached: SimSnapshot | undefined;
  const listeners = new Set<() => void>();
  let pending: ReturnType<typeof setTimeout> | undefined;
  let lastNotified = -Infinity;
  simulator.subscribe(() => {
    cached = undefined;
    // One analysis marks dozens of findings over several syncs, so redraw the document at most every REDRAW_MS (the
    // last change always gets drawn), and when the main thread is idle: the pane showing its findings comes first.
    pending ??= setTimeout(() => {
      whenIdle(() => {
        pending = undefined;
        lastNotified = performance.now();
        listeners.forEach((listener) => listener());
      });
    }, Math.max(0, lastNotified + REDRAW_MS - performance.now()));
  });
  const store = {
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: (): SimSnapshot => (cached ??= simulator.snapshot()),
  };
  return { simulator, host, store };
}

export type Session = ReturnType<typeof sessionOver>;
