// The simulator's request context: a queue of actions run in order at sync() like Office.js batches, the sync
// counter, failure injection, requirement-set and read-only checks, and loaded-property bookkeeping.
// Must not import the adapter.
import type { ClientResultSubset } from '../word/officeApi';
import type { SimRevision, SimState } from './model';
import { SimOfficeError } from './simOfficeError';

export type ApiLevel = '1.3' | '1.4' | '1.6' | '1.7';

export interface SimConfig {
  readonly apiLevel: ApiLevel;
  readonly annotationsLicensed: boolean;
  readonly readOnly: boolean;
  readonly user: string;
  readonly now: () => Date;
}

export interface SimSession {
  readonly state: SimState;
  readonly config: SimConfig;
  syncs: number;
  failNext: string | undefined;
  changed(): void;
}

export class SimContext {
  private queue: (() => void)[] = [];
  /** Set when a batch ran an action that may change the document, so read-only batches wake no listener. */
  private changed = false;

  constructor(readonly session: SimSession) {}

  get state(): SimState {
    return this.session.state;
  }

  enqueue(action: () => void): void {
    this.queue.push(action);
  }

  /** Queues a change to what the document shows (marks, selection) that a read-only document still allows. */
  change(action: () => void): void {
    this.enqueue(() => {
      this.changed = true;
      action();
    });
  }

  /** Queues a change to the document: refused at sync when the document is read-only. */
  write(action: () => void): void {
    this.change(() => {
      if (this.session.config.readOnly) throw new SimOfficeError('AccessDenied', 'The document is read-only. You cannot perform the requested operation.');
      action();
    });
  }

  /** Office.js still exposes newer methods on older hosts; the host refuses them when the batch runs. */
  requires(version: ApiLevel, api: string): void {
    if (Number(this.session.config.apiLevel) >= Number(version)) return;
    this.enqueue(() => {
      throw new SimOfficeError('ApiNotFound', `${api} needs WordApi ${version}; this Word has WordApi ${this.session.config.apiLevel}.`);
    });
  }

  revision(type: SimRevision['type']): SimRevision | undefined {
    if (this.state.trackingMode === 'Off') return undefined;
    return { type, author: this.session.config.user, date: this.session.config.now().toISOString() };
  }

  async sync(): Promise<void> {
    this.session.syncs += 1;
    const actions = this.queue;
    this.queue = [];
    const failure = this.session.failNext;
    if (failure !== undefined) {
      this.session.failNext = undefined;
      throw new SimOfficeError('GeneralException', failure);
    }
    try {
      // Like Office, actions before a failing one stay done; the rest of the batch is dropped.
      for (const action of actions) action();
    } finally {
      if (this.changed) {
        this.changed = false;
        this.session.changed();
      }
    }
  }
}

export class SimClientResult<T> implements ClientResultSubset<T> {
  private settled = false;
  private result: T | undefined;

  set(value: T): void {
    this.result = value;
    this.settled = true;
  }

  get value(): T {
    if (!this.settled) throw notLoaded('value');
    return this.result as T;
  }
}

export function notLoaded(property: string): SimOfficeError {
  return new SimOfficeError('PropertyNotLoaded', `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
}

/** Values captured by load() at sync time; reading one that was not loaded throws like Office.js. */
export class LoadedValues {
  private readonly values = new Map<string, unknown>();

  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }

  get<T>(name: string): T {
    if (!this.values.has(name)) throw notLoaded(name);
    return this.values.get(name) as T;
  }
}

export function propertyNames(names: string): string[] {
  return names
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n.length > 0);
}
