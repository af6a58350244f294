// Range, RangeCollection, Font and Comment proxies of the simulator. A range is a run of characters of one
// paragraph (kept by identity, so it follows edits) or an empty position before a character. Must not import the adapter.
import type {
  ClientResultSubset,
  CommentCollectionSubset,
  CommentSubset,
  FontSubset,
  InsertLocationValue,
  RangeCollectionSubset,
  RangeSubset,
  SearchOptionsSubset,
} from '../word/officeApi';
import { toChars, type SimChar, type SimComment as SimCommentState, type SimParagraph } from './model';
import { reviewedReport, textProperty } from './reports';
import { deleteChars } from './revisions';
import { searchParagraph } from './search';
import { LoadedValues, propertyNames, SimClientResult, type SimContext } from './simContext';
import { SimOfficeError } from './simOfficeError';

export interface RangeTarget {
  readonly paragraph: SimParagraph;
  readonly chars: readonly SimChar[];
  /** For an empty range: the character it sits before (null: the end of the paragraph). */
  readonly before?: SimChar | null;
}

/** A proxy's target, set when its creating action runs so it sees the document as of that point in the batch. */
export class Deferred<T> {
  private value: T | undefined;
  private resolved = false;

  static of<T>(value: T): Deferred<T> {
    const deferred = new Deferred<T>();
    deferred.set(value);
    return deferred;
  }

  static queued<T>(ctx: SimContext, resolve: () => T, api?: string): Deferred<T> {
    const deferred = new Deferred<T>();
    ctx.enqueue(() => deferred.set(resolve()), api);
    return deferred;
  }

  set(value: T): void {
    this.value = value;
    this.resolved = true;
  }

  get(): T {
    if (!this.resolved) throw new SimOfficeError('GeneralException', 'The object was used before the action that creates it ran, or that action failed.');
    return this.value as T;
  }
}

export function charIndexAt(target: RangeTarget, where: 'start' | 'end'): number {
  const { paragraph, chars } = target;
  if (chars.length === 0) return target.before ? paragraph.chars.indexOf(target.before) : paragraph.chars.length;
  const edge = where === 'start' ? chars[0]! : chars[chars.length - 1]!;
  const index = paragraph.chars.indexOf(edge);
  if (index < 0) throw new SimOfficeError('ItemNotFound', 'The range no longer exists in the document.');
  return where === 'start' ? index : index + 1;
}

export class SimFont implements FontSubset {
  readonly loaded = new LoadedValues();

  constructor(
    private readonly ctx: SimContext,
    private readonly target: () => RangeTarget,
  ) {}

  /** "" for mixed colours and null for none, as Word reports them. */
  static colourOf(chars: readonly SimChar[]): string | null {
    const colours = new Set(chars.map((c) => c.highlight));
    if (colours.size > 1) return '';
    return chars[0]?.highlight ?? null;
  }

  get highlightColor(): string | null {
    return this.loaded.get<string | null>('highlightColor');
  }

  set highlightColor(colour: string | null) {
    this.ctx.write(() => {
      const chars = this.target().chars;
      if (this.ctx.state.trackingMode !== 'Off' && chars.some((c) => c.highlight !== colour)) this.ctx.state.formatRevisions += 1;
      for (const char of chars) char.highlight = colour;
    }, 'Font.highlightColor');
  }
}

export class SimComment implements CommentSubset {
  readonly loaded = new LoadedValues();

  constructor(
    private readonly ctx: SimContext,
    private readonly comment: Deferred<SimCommentState>,
  ) {}

  get content(): string {
    return this.loaded.get<string>('content');
  }
  get authorName(): string {
    return this.loaded.get<string>('authorName');
  }

  loadNow(names: readonly string[]): void {
    const comment = this.comment.get();
    for (const name of names) {
      if (name === 'content') this.loaded.set('content', comment.text);
      else if (name === 'authorName') this.loaded.set('authorName', comment.author);
      else throw new SimOfficeError('InvalidArgument', `The simulator cannot load comment property ${name}.`);
    }
  }

  delete(): void {
    this.ctx.write(() => {
      const doomed = this.comment.get();
      this.ctx.state.comments = this.ctx.state.comments.filter((c) => c !== doomed);
    }, 'Comment.delete');
  }
}

export class SimRange implements RangeSubset {
  private readonly loaded = new LoadedValues();
  readonly font: SimFont;

  constructor(
    private readonly ctx: SimContext,
    readonly target: Deferred<RangeTarget>,
  ) {
    this.font = new SimFont(ctx, () => target.get());
  }

  get text(): string {
    return this.loaded.get<string>('text');
  }

  load(names: string): SimRange {
    this.ctx.enqueue(() => this.loadNow(propertyNames(names)), 'Range.load');
    return this;
  }

  loadNow(names: readonly string[]): void {
    const target = this.target.get();
    for (const name of names) {
      if (name === 'text') this.loaded.set('text', textProperty(target.chars, this.ctx.view));
      else if (name === 'font/highlightColor') this.font.loaded.set('highlightColor', SimFont.colourOf(target.chars));
      else throw new SimOfficeError('InvalidArgument', `The simulator cannot load range property ${name}.`);
    }
  }

  search(searchText: string, options?: SearchOptionsSubset): SimRangeCollection {
    return new SimRangeCollection(this.ctx, () => {
      const target = this.target.get();
      const scope: SimParagraph = { ...target.paragraph, chars: [...target.chars] };
      return searchParagraph(scope, searchText, options, this.ctx.view).map((chars) => ({ paragraph: target.paragraph, chars }));
    }, 'Range.search');
  }

  expandTo(other: SimRange): SimRange {
    return new SimRange(this.ctx, Deferred.queued(this.ctx, () => {
      const a = this.target.get();
      const b = other.target.get();
      if (a.paragraph !== b.paragraph) throw new SimOfficeError('InvalidArgument', 'The simulator only joins ranges of one paragraph.', 'Range.expandTo');
      const start = Math.min(charIndexAt(a, 'start'), charIndexAt(b, 'start'));
      const end = Math.max(charIndexAt(a, 'end'), charIndexAt(b, 'end'));
      return { paragraph: a.paragraph, chars: a.paragraph.chars.slice(start, end) };
    }, 'Range.expandTo'));
  }

  insertText(text: string, location: InsertLocationValue): SimRange {
    const inserted = new SimRange(this.ctx, new Deferred<RangeTarget>());
    this.ctx.write(() => {
      const target = this.target.get();
      const chars = toChars(text, this.ctx.revision('insert'));
      if (location === 'Replace') deleteChars(target.paragraph, target.chars, this.ctx.revision('delete'));
      const at = location === 'Before' || location === 'Start' ? charIndexAt(target, 'start') : location === 'Replace' ? replaceIndex(target) : charIndexAt(target, 'end');
      target.paragraph.chars.splice(at, 0, ...chars);
      inserted.target.set({ paragraph: target.paragraph, chars });
    }, 'Range.insertText');
    return inserted;
  }

  delete(): void {
    this.ctx.write(() => {
      const target = this.target.get();
      deleteChars(target.paragraph, target.chars, this.ctx.revision('delete'));
    }, 'Range.delete');
  }

  select(): void {
    this.ctx.change(() => {
      const target = this.target.get();
      this.ctx.state.selection = { paragraph: target.paragraph, chars: target.chars };
    }, 'Range.select');
  }

  insertComment(text: string): SimComment {
    this.ctx.requires('1.4', 'Range.insertComment');
    const created = new Deferred<SimCommentState>();
    this.ctx.write(() => {
      const target = this.target.get();
      const comment: SimCommentState = { text, author: this.ctx.session.config.user, paragraph: target.paragraph, chars: target.chars };
      this.ctx.state.comments.push(comment);
      created.set(comment);
    }, 'Range.insertComment');
    return new SimComment(this.ctx, created);
  }

  getTextRanges(endingMarks: string[], trimSpacing = false): SimRangeCollection {
    return new SimRangeCollection(this.ctx, () => textRanges(this.target.get(), endingMarks, trimSpacing), 'Range.getTextRanges');
  }

  getReviewedText(version: 'Original' | 'Current' = 'Current'): ClientResultSubset<string> {
    this.ctx.requires('1.4', 'Range.getReviewedText');
    const result = new SimClientResult<string>();
    this.ctx.enqueue(() => result.set(reviewedReport(this.target.get().chars, version)), 'Range.getReviewedText');
    return result;
  }
}

/** Splits at any of the ending marks (kept with the piece before), optionally trimming spaces, as Word does. */
function textRanges(target: RangeTarget, endingMarks: readonly string[], trimSpacing: boolean): RangeTarget[] {
  const pieces: RangeTarget[] = [];
  let current: SimChar[] = [];
  const flush = (): void => {
    let chars = current;
    if (trimSpacing) {
      let from = 0;
      let to = chars.length;
      while (from < to && /\s/.test(chars[from]!.ch)) from += 1;
      while (to > from && /\s/.test(chars[to - 1]!.ch)) to -= 1;
      chars = chars.slice(from, to);
    }
    if (chars.length > 0) pieces.push({ paragraph: target.paragraph, chars });
    current = [];
  };
  for (const char of target.chars) {
    current.push(char);
    if (endingMarks.includes(char.ch)) flush();
  }
  flush();
  return pieces;
}

/** After a tracked Replace the old characters stay (as deletions), so the new text goes after them. */
function replaceIndex(target: RangeTarget): number {
  const survivors = target.chars.filter((c) => target.paragraph.chars.includes(c));
  if (survivors.length === 0) return target.before ? target.paragraph.chars.indexOf(target.before) : target.paragraph.chars.length;
  return target.paragraph.chars.indexOf(survivors[survivors.length - 1]!) + 1;
}

export class SimRangeCollection implements RangeCollectionSubset {
  private loadedItems: SimRange[] | undefined;
  private readonly targets: Deferred<RangeTarget[]>;

  constructor(
    private readonly ctx: SimContext,
    resolve: () => RangeTarget[],
    api?: string,
  ) {
    this.targets = Deferred.queued(ctx, resolve, api);
  }

  get items(): SimRange[] {
    if (!this.loadedItems) throw new SimOfficeError('PropertyNotLoaded', "The property 'items' is not available. Call load and context.sync() first.");
    return this.loadedItems;
  }

  load(names: string): SimRangeCollection {
    const itemNames = propertyNames(names)
      .map((n) => n.replace(/^items\/?/, ''))
      .filter((n) => n.length > 0);
    const items = Deferred.queued(this.ctx, () => this.targets.get().map((t) => new SimRange(this.ctx, Deferred.of(t))));
    this.ctx.enqueue(() => {
      this.loadedItems = items.get();
      for (const item of this.loadedItems) if (itemNames.length > 0) item.loadNow(itemNames);
    }, 'RangeCollection.load');
    return this;
  }
}

/** A paragraph's comments (WordApi 1.4): those anchored on its text. */
export class SimCommentCollection implements CommentCollectionSubset {
  private loadedItems: SimComment[] | undefined;

  constructor(
    private readonly ctx: SimContext,
    private readonly paragraph: () => SimParagraph,
  ) {}

  get items(): SimComment[] {
    if (!this.loadedItems) throw new SimOfficeError('PropertyNotLoaded', "The property 'items' is not available. Call load and context.sync() first.");
    return this.loadedItems;
  }

  load(names: string): SimCommentCollection {
    const itemNames = propertyNames(names)
      .map((n) => n.replace(/^items\/?/, ''))
      .filter((n) => n.length > 0);
    this.ctx.requires('1.4', 'Paragraph.getComments');
    this.ctx.enqueue(() => {
      const paragraph = this.paragraph();
      this.loadedItems = this.ctx.state.comments.filter((c) => c.paragraph === paragraph).map((c) => new SimComment(this.ctx, Deferred.of(c)));
      for (const item of this.loadedItems) item.loadNow(itemNames);
    }, 'Paragraph.getComments');
    return this;
  }
}
