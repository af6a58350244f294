// Paragraph and ParagraphCollection proxies of the simulator: text as Word on the web reports it (deleted text
// included), getText/getReviewedText without it, search, ranges, new paragraphs, OOXML and critique annotations.
// Must not import the adapter.
import type { ClientResultSubset, CritiqueSubset, ParagraphCollectionSubset, ParagraphSubset, RangeLocationValue, SearchOptionsSubset } from '../word/officeApi';
import { currentText, deleteChars, fullText, originalText, toChars, type SimParagraph } from './model';
import { exportParagraphOoxml } from './exportOoxml';
import { importOoxmlParagraphs } from './importOoxml';
import { searchParagraph } from './search';
import { LoadedValues, propertyNames, SimClientResult, type SimContext } from './simContext';
import { SimOfficeError } from './simOfficeError';
import { Deferred, SimRange, SimRangeCollection, type RangeTarget } from './simRange';

export class SimParagraphProxy implements ParagraphSubset {
  private readonly loaded = new LoadedValues();

  constructor(
    private readonly ctx: SimContext,
    readonly target: Deferred<SimParagraph>,
  ) {}

  get text(): string {
    return this.loaded.get<string>('text');
  }
  get style(): string {
    return this.loaded.get<string>('style');
  }
  set style(style: string) {
    this.ctx.write(() => {
      this.target.get().style = style;
    });
  }
  get isListItem(): boolean {
    return this.loaded.get<boolean>('isListItem');
  }
  get tableNestingLevel(): number {
    return this.loaded.get<number>('tableNestingLevel');
  }

  load(names: string): SimParagraphProxy {
    this.ctx.enqueue(() => this.loadNow(propertyNames(names)));
    return this;
  }

  loadNow(names: readonly string[]): void {
    const paragraph = this.target.get();
    for (const name of names) {
      if (name === 'text') this.loaded.set('text', fullText(paragraph.chars));
      else if (name === 'style') this.loaded.set('style', paragraph.style);
      else if (name === 'isListItem') this.loaded.set('isListItem', paragraph.isListItem);
      else if (name === 'tableNestingLevel') this.loaded.set('tableNestingLevel', paragraph.inTable ? 1 : 0);
      else throw new SimOfficeError('InvalidArgument', `The simulator cannot load paragraph property ${name}.`);
    }
  }

  getText(options: { IncludeHiddenText?: boolean; IncludeTextMarkedAsDeleted?: boolean } = {}): ClientResultSubset<string> {
    this.ctx.requires('1.7', 'Paragraph.getText');
    const result = new SimClientResult<string>();
    this.ctx.enqueue(() => {
      const chars = this.target.get().chars;
      result.set(options.IncludeTextMarkedAsDeleted ? fullText(chars) : currentText(chars));
    });
    return result;
  }

  getReviewedText(version: 'Original' | 'Current' = 'Current'): ClientResultSubset<string> {
    this.ctx.requires('1.4', 'Paragraph.getReviewedText');
    const result = new SimClientResult<string>();
    this.ctx.enqueue(() => {
      const chars = this.target.get().chars;
      result.set(version === 'Current' ? currentText(chars) : originalText(chars));
    });
    return result;
  }

  search(searchText: string, options?: SearchOptionsSubset): SimRangeCollection {
    return new SimRangeCollection(this.ctx, () => {
      const paragraph = this.target.get();
      return searchParagraph(paragraph, searchText, options).map((chars) => ({ paragraph, chars }));
    });
  }

  getRange(location: RangeLocationValue = 'Whole'): SimRange {
    return new SimRange(this.ctx, Deferred.queued(this.ctx, (): RangeTarget => {
      const paragraph = this.target.get();
      if (location === 'Start') return { paragraph, chars: [], before: paragraph.chars[0] ?? null };
      if (location === 'End' || location === 'After') return { paragraph, chars: [], before: null };
      return { paragraph, chars: [...paragraph.chars] };
    }));
  }

  insertParagraph(text: string, location: 'Before' | 'After'): SimParagraphProxy {
    const created = new Deferred<SimParagraph>();
    this.ctx.write(() => {
      const anchor = this.target.get();
      const revision = this.ctx.revision('insert');
      // A new paragraph takes the anchor's paragraph formatting, as pressing Enter in Word does.
      const paragraph: SimParagraph = { chars: toChars(text, revision), style: anchor.style, isListItem: anchor.isListItem, inTable: anchor.inTable, annotations: [] };
      if (revision) paragraph.markRev = revision;
      const index = this.ctx.state.paragraphs.indexOf(anchor);
      if (index < 0) throw new SimOfficeError('ItemNotFound', 'The paragraph no longer exists in the document.');
      this.ctx.state.paragraphs.splice(location === 'After' ? index + 1 : index, 0, paragraph);
      created.set(paragraph);
    });
    return new SimParagraphProxy(this.ctx, created);
  }

  insertOoxml(ooxml: string, location: 'Replace' | 'Start' | 'End'): SimRange {
    const inserted = new Deferred<RangeTarget>();
    this.ctx.write(() => {
      if (location !== 'Replace') throw new SimOfficeError('InvalidArgument', 'The simulator only models insertOoxml with "Replace" on a paragraph.');
      const anchor = this.target.get();
      const incoming = importOoxmlParagraphs(ooxml, anchor);
      const [first, ...rest] = incoming;
      if (!first) throw new SimOfficeError('GeneralException', 'The OOXML package holds no paragraph.');
      // Word records a replaced range as deleted and reinserted when tracking is on (office-js #334).
      deleteChars(anchor, [...anchor.chars], this.ctx.revision('delete'));
      const added = first.chars.map((c) => (c.rev ? c : { ...c, rev: this.ctx.revision('insert') }));
      anchor.chars.push(...added);
      this.ctx.state.paragraphs.splice(this.ctx.state.paragraphs.indexOf(anchor) + 1, 0, ...rest);
      inserted.set({ paragraph: anchor, chars: added });
    });
    return new SimRange(this.ctx, inserted);
  }

  getOoxml(): ClientResultSubset<string> {
    const result = new SimClientResult<string>();
    this.ctx.enqueue(() => result.set(exportParagraphOoxml(this.target.get())));
    return result;
  }

  insertAnnotations(annotations: { critiques: CritiqueSubset[] }): ClientResultSubset<string[]> {
    this.ctx.requires('1.7', 'Paragraph.insertAnnotations');
    const result = new SimClientResult<string[]>();
    this.ctx.change(() => {
      if (!this.ctx.session.config.annotationsLicensed) {
        throw new SimOfficeError('GeneralException', 'There was an internal error while processing the request. (Annotations need a Microsoft 365 subscription.)');
      }
      const paragraph = this.target.get();
      const visible = paragraph.chars.filter((c) => c.rev?.type !== 'delete');
      const ids = annotations.critiques.map((critique) => {
        if (critique.start < 0 || critique.length <= 0 || critique.start + critique.length > visible.length) {
          throw new SimOfficeError('InvalidArgument', 'The critique lies outside its paragraph.');
        }
        const id = `annotation-${(this.ctx.state.nextAnnotationId += 1)}`;
        const chars = new Set(visible.slice(critique.start, critique.start + critique.length));
        paragraph.annotations.push({ id, chars, color: critique.colorScheme });
        return id;
      });
      result.set(ids);
    });
    return result;
  }
}

export class SimParagraphCollection implements ParagraphCollectionSubset {
  private loadedItems: SimParagraphProxy[] | undefined;

  constructor(private readonly ctx: SimContext) {}

  get items(): SimParagraphProxy[] {
    if (!this.loadedItems) throw new SimOfficeError('PropertyNotLoaded', "The property 'items' is not available. Call load and context.sync() first.");
    return this.loadedItems;
  }

  load(names: string): SimParagraphCollection {
    const itemNames = propertyNames(names)
      .map((n) => n.replace(/^items\/?/, ''))
      .filter((n) => n.length > 0);
    this.ctx.enqueue(() => {
      this.loadedItems = this.ctx.state.paragraphs.map((p) => new SimParagraphProxy(this.ctx, Deferred.of(p)));
      for (const item of this.loadedItems) if (itemNames.length > 0) item.loadNow(itemNames);
    });
    return this;
  }
}
