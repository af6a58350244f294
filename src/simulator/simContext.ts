// The simulator's request context: a queue of actions run in order at sync() like Office.js batches (a failing action
// keeps the ones before it and drops the rest), the sync counter, failure injection at a chosen call, requirement-set,
// broken-API and read-only checks, and loaded-property bookkeeping. Must not import the adapter.
import type { ClientResultSubset } from '../word/officeApi';
import type { MarkupView, SimRevision, SimState } from './model';
import { SimOfficeError, type SimErrorCode } from './simOfficeError';

export type ApiLevel = '1.3' | '1.4' | '1.6' | '1.7';

export interface SimConfig {
  readonly apiLevel: ApiLevel;
  readonly annotationsLicensed: boolean;
  readonly readOnly: boolean;
  readonly user: string;
  readonly now: () => Date;
  readonly markupView: MarkupView;
  /** Methods that throw NotImplemented although the host claims their requirement set (office-js #4831). */
  readonly brokenApis: ReadonlySet<string>;
}

/**
 * A failure at the `skip + 1`-th call of `api` ("Range.insertText") while a batch runs. The actions queued before it
 * stay done and the rest of the batch is dropped, as in Office.js. With `effect: 'kept'` the call itself takes effect
 * before the batch fails, as Word on the web does for insertText on a search result (office-js #6760).
 */
export interface SimFailure {
  readonly api: string;
  readonly code: SimErrorCode;
  readonly message?: string;
  readonly skip?: number;
  readonly effect?: 'none' | 'kept';
}

export interface SimSession {
  readonly state: SimState;
  readonly config: SimConfig;
  syncs: number;
  failNext: string | undefined;
  failures: { rule: SimFailure; seen: number }[];
  changed(): void;
}

interface QueuedAction {
  readonly api: string | undefined;
  readonly run: () => void;
}

export class SimContext {
  private queue: QueuedAction[] = [];
  /** Set when a batch ran an action that may change the document, so read-only batches wake no listener. */
  private changed = false;

  constructor(readonly session: SimSession) {}

  get state(): SimState {
    return this.session.state;
  }

  get view(): MarkupView {
    return this.session.config.markupView;
  }

  /** Queues an action; `api` names the Office.js call it stands for, so a test can make that call fail. */
  enqueue(action: () => void, api?: string): void {
    this.queue.push({ api, run: action });
  }

  /** Queues a change to what the document shows (marks, selection) that a read-only document still allows. */
  change(action: () => void, api?: string): void {
    this.enqueue(() => {
      this.changed = true;
      action();
    }, api);
  }

  /** Queues a change to the document: refused at sync when the document is read-only. */
  write(action: () => void, api?: string): void {
    this.change(() => {
      if (this.session.config.readOnly) throw new SimOfficeError('AccessDenied', 'The document is read-only. You cannot perform the requested operation.', api);
      action();
    }, api);
  }

  /** Office.js still exposes newer methods on older hosts; the host refuses them when the batch runs. */
  requires(version: ApiLevel, api: string): void {
    if (this.session.config.brokenApis.has(api)) {
      this.enqueue(() => {
        throw new SimOfficeError('NotImplemented', `${api} is not implemented in this build of Word.`, api);
      });
    }
    if (Number(this.session.config.apiLevel) >= Number(version)) return;
    this.enqueue(() => {
      throw new SimOfficeError('ApiNotFound', `${api} needs WordApi ${version}; this Word has WordApi ${this.session.config.apiLevel}.`, api);
    });
  }

  /** A new revision by the user when tracking is on (both Track modes record the user's own edits). */
  revision(type: SimRevision['type']): SimRevision | undefined {
    if (this.state.trackingMode === 'Off') return undefined;
    const id = (this.state.nextRevisionId += 1);
    return { id, type, author: this.session.config.user, date: this.session.config.now().toISOString() };
  }

  get pending(): number {
    return this.queue.length;
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
      for (const action of actions) this.run(action);
    } finally {
      if (this.changed) {
        this.changed = false;
        this.session.changed();
      }
    }
  }

  private run(action: QueuedAction): void {
    const injected = action.api === undefined ? undefined : this.session.failures.find((f) => f.rule.api === action.api);
    if (!injected) return action.run();
    injected.seen += 1;
    if (injected.seen <= (injected.rule.skip ?? 0)) return action.run();
    this.session.failures = this.session.failures.filter((f) => f !== injected);
    if (injected.rule.effect === 'kept') action.run();
    throw new SimOfficeError(injected.rule.code, injected.rule.message ?? `Simulated ${injected.rule.code} at ${injected.rule.api}.`, injected.rule.api);
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
