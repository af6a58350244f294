// TrackedChange and TrackedChangeCollection proxies (WordApi 1.6) over the body or one paragraph: each tracked change
// is a run of one revision, with its author, date, text and type; accept and reject act on that revision, and
// acceptAll/rejectAll on every revision in scope. Must not import the adapter.
import type { RangeSubset, TrackedChangeCollectionSubset, TrackedChangeSubset, TrackedChangeTypeValue } from '../word/officeApi';
import { fullText, type SimParagraph, type SimRevision } from './model';
import { revisionRuns, settle, type RevisionRun } from './revisions';
import { LoadedValues, propertyNames, type SimContext } from './simContext';
import { SimOfficeError } from './simOfficeError';
import { Deferred, SimRange } from './simRange';

const TYPES: Readonly<Record<SimRevision['type'], TrackedChangeTypeValue>> = { insert: 'Added', delete: 'Deleted' };

export class SimTrackedChange implements TrackedChangeSubset {
  private readonly loaded = new LoadedValues();

  constructor(
    private readonly ctx: SimContext,
    private readonly run: RevisionRun,
  ) {}

  get author(): string {
    return this.loaded.get<string>('author');
  }
  get date(): Date {
    return this.loaded.get<Date>('date');
  }
  get text(): string {
    return this.loaded.get<string>('text');
  }
  get type(): TrackedChangeTypeValue {
    return this.loaded.get<TrackedChangeTypeValue>('type');
  }

  loadNow(names: readonly string[]): void {
    const { revision, chars } = this.run;
    for (const name of names) {
      if (name === 'author') this.loaded.set('author', revision.author);
      else if (name === 'date') this.loaded.set('date', new Date(revision.date));
      else if (name === 'text') this.loaded.set('text', fullText(chars));
      else if (name === 'type') this.loaded.set('type', TYPES[revision.type]);
      else throw new SimOfficeError('InvalidArgument', `The simulator cannot load tracked-change property ${name}.`);
    }
  }

  accept(): void {
    this.ctx.write(() => settle(this.ctx.state, (r) => r === this.run.revision, 'accept'), 'TrackedChange.accept');
  }

  reject(): void {
    this.ctx.write(() => settle(this.ctx.state, (r) => r === this.run.revision, 'reject'), 'TrackedChange.reject');
  }

  getRange(location: 'Whole' | 'Start' | 'End' = 'Whole'): RangeSubset {
    const { paragraph, chars } = this.run;
    const target = location === 'Whole' ? { paragraph, chars } : { paragraph, chars: [], before: location === 'Start' ? (chars[0] ?? null) : null };
    return new SimRange(this.ctx, Deferred.of(target));
  }
}

export class SimTrackedChangeCollection implements TrackedChangeCollectionSubset {
  private loadedItems: SimTrackedChange[] | undefined;

  /** `scope` gives the paragraphs in scope when the batch runs (the body's, or one paragraph). */
  constructor(
    private readonly ctx: SimContext,
    private readonly scope: () => readonly SimParagraph[],
  ) {}

  get items(): SimTrackedChange[] {
    if (!this.loadedItems) throw new SimOfficeError('PropertyNotLoaded', "The property 'items' is not available. Call load and context.sync() first.");
    return this.loadedItems;
  }

  load(names: string): SimTrackedChangeCollection {
    const itemNames = propertyNames(names)
      .map((n) => n.replace(/^items\/?/, ''))
      .filter((n) => n.length > 0);
    this.ctx.enqueue(() => {
      this.loadedItems = this.scope()
        .flatMap((paragraph) => revisionRuns(paragraph))
        .map((run) => new SimTrackedChange(this.ctx, run));
      for (const item of this.loadedItems) item.loadNow(itemNames);
    }, 'TrackedChangeCollection.load');
    return this;
  }

  acceptAll(): void {
    this.ctx.write(() => this.settleInScope('accept'), 'TrackedChangeCollection.acceptAll');
  }

  rejectAll(): void {
    this.ctx.write(() => this.settleInScope('reject'), 'TrackedChangeCollection.rejectAll');
  }

  private settleInScope(how: 'accept' | 'reject'): void {
    const inScope = new Set(this.scope().flatMap((paragraph) => revisionRuns(paragraph).map((run) => run.revision)));
    settle(this.ctx.state, (revision) => inScope.has(revision), how);
    if (this.scope().length === this.ctx.state.paragraphs.length) this.ctx.state.formatRevisions = 0;
  }
}
