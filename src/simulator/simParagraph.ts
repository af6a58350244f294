// Paragraph and ParagraphCollection proxies of the simulator: text, getText and getReviewedText as Word reports them
// in the markup view, search, ranges, new paragraphs, OOXML, tracked changes and critique annotations.
// Must not import the adapter.
import type { ClientResultSubset, CritiqueSubset, ParagraphCollectionSubset, ParagraphSubset, RangeLocationValue, SearchOptionsSubset } from '../word/officeApi';
import { toChars, type SimChar, type SimParagraph } from './model';
import { exportParagraphOoxml } from './exportOoxml';
import { importOoxmlParagraphs } from './importOoxml';
import { getTextReport, reviewedReport, textProperty, type GetTextOptions } from './reports';
import { deleteChars } from './revisions';
import { searchParagraph } from './search';
import { SimAnnotationCollection } from './simAnnotations';
import { LoadedValues, propertyNames, SimClientResult, type SimContext } from './simContext';
import { SimOfficeError } from './simOfficeError';
import { Deferred, SimCommentCollection, SimRange, SimRangeCollection, type RangeTarget } from './simRange';
import { SimTrackedChangeCollection } from './simTrackedChanges';

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
    }, 'Paragraph.style');
  }
  get isListItem(): boolean {
    return this.loaded.get<boolean>('isListItem');
  }
  get tableNestingLevel(): number {
    return this.loaded.get<number>('tableNestingLevel');
  }

  load(names: string): SimParagraphProxy {
    this.ctx.enqueue(() => this.loadNow(propertyNames(names)), 'Paragraph.load');
    return this;
  }

  loadNow(names: readonly string[]): void {
    const paragraph = this.target.get();
    for (const name of names) {
      if (name === 'text') this.loaded.set('text', textProperty(paragraph.chars, this.ctx.view));
      else if (name === 'style') this.loaded.set('style', paragraph.style);
      else if (name === 'isListItem') this.loaded.set('isListItem', paragraph.isListItem);
      else if (name === 'tableNestingLevel') this.loaded.set('tableNestingLevel', paragraph.inTable ? 1 : 0);
      else throw new SimOfficeError('InvalidArgument', `The simulator cannot load paragraph property ${name}.`);
    }
  }

  getText(options: GetTextOptions = {}): ClientResultSubset<string> {
    this.ctx.requires('1.7', 'Paragraph.getText');
    const result = new SimClientResult<string>();
    this.ctx.enqueue(() => result.set(getTextReport(this.target.get().chars, options)), 'Paragraph.getText');
    return result;
  }

  getReviewedText(version: 'Original' | 'Current' = 'Current'): ClientResultSubset<string> {
    this.ctx.requires('1.4', 'Paragraph.getReviewedText');
    const result = new SimClientResult<string>();
    this.ctx.enqueue(() => result.set(reviewedReport(this.target.get().chars, version)), 'Paragraph.getReviewedText');
    return result;
  }

  search(searchText: string, options?: SearchOptionsSubset): SimRangeCollection {
    return new SimRangeCollection(this.ctx, () => {
      const paragraph = this.target.get();
      return searchParagraph(paragraph, searchText, options, this.ctx.view).map((chars) => ({ paragraph, chars }));
    }, 'Paragraph.search');
  }

  getRange(location: RangeLocationValue = 'Whole'): SimRange {
    return new SimRange(this.ctx, Deferred.queued(this.ctx, (): RangeTarget => {
      const paragraph = this.target.get();
      if (location === 'Start') return { paragraph, chars: [], before: paragraph.chars[0] ?? null };
      if (location === 'End' || location === 'After') return { paragraph, chars: [], before: null };
      return { paragraph, chars: [...paragraph.chars] };
    }, 'Paragraph.getRange'));
  }

  insertParagraph(text: string, location: 'Before' | 'After'): SimParagraphProxy {
    const created = new Deferred<SimParagraph>();
    this.ctx.write(() => {
      const anchor = this.target.get();
      const revision = this.ctx.revision('insert');
      // A new paragraph takes the anchor's paragraph formatting, as pressing Enter in Word does.
      const paragraph: SimParagraph = { chars: toChars(text, revision), style: anchor.style, isListItem: anchor.isListItem, inTable: anchor.inTable, annotations: [] };
      if (anchor.properties !== undefined) paragraph.properties = anchor.properties;
      if (revision) paragraph.markIns = revision;
      const index = this.ctx.state.paragraphs.indexOf(anchor);
      if (index < 0) throw new SimOfficeError('ItemNotFound', 'The paragraph no longer exists in the document.', 'Paragraph.insertParagraph');
      this.ctx.state.paragraphs.splice(location === 'After' ? index + 1 : index, 0, paragraph);
      created.set(paragraph);
    }, 'Paragraph.insertParagraph');
    return new SimParagraphProxy(this.ctx, created);
  }

  /**
   * Replaces the paragraph's content with the package's paragraphs. With tracking on, Word records it as a deletion of
   * the old content and an insertion of the new (office-js #334, #559): the package's own w:del text becomes
   * inserted-then-deleted, so rejecting everything removes the whole new copy. A one-paragraph package's paragraph
   * properties give way to the target's (office-js #3149).
   */
  insertOoxml(ooxml: string, location: 'Replace' | 'Start' | 'End'): SimRange {
    const inserted = new Deferred<RangeTarget>();
    this.ctx.write(() => {
      if (location !== 'Replace') throw new SimOfficeError('InvalidArgument', 'The simulator only models insertOoxml with "Replace" on a paragraph.', 'Paragraph.insertOoxml');
      const anchor = this.target.get();
      const state = this.ctx.state;
      const incoming = importOoxmlParagraphs(ooxml, anchor, { next: () => (state.nextRevisionId += 1) });
      const [first, ...rest] = incoming;
      if (!first) throw new SimOfficeError('GeneralException', 'The OOXML package holds no paragraph.', 'Paragraph.insertOoxml');
      deleteChars(anchor, [...anchor.chars], this.ctx.revision('delete'));
      const tracked = this.ctx.revision('insert');
      const track = (char: SimChar): SimChar => (char.ins || !tracked ? char : { ...char, ins: tracked });
      const added = first.chars.map(track);
      anchor.chars.push(...added);
      for (const paragraph of rest) {
        paragraph.chars = paragraph.chars.map(track);
        if (tracked && !paragraph.markIns) paragraph.markIns = tracked;
      }
      if (rest.length > 0 && first.properties !== undefined) anchor.properties = first.properties;
      state.paragraphs.splice(state.paragraphs.indexOf(anchor) + 1, 0, ...rest);
      inserted.set({ paragraph: anchor, chars: added });
    }, 'Paragraph.insertOoxml');
    return new SimRange(this.ctx, inserted);
  }

  getOoxml(): ClientResultSubset<string> {
    const result = new SimClientResult<string>();
    this.ctx.enqueue(() => result.set(exportParagraphOoxml(this.target.get())), 'Paragraph.getOoxml');
    return result;
  }

  getAnnotations(): SimAnnotationCollection {
    return new SimAnnotationCollection(this.ctx, () => this.target.get());
  }

  getComments(): SimCommentCollection {
    return new SimCommentCollection(this.ctx, () => this.target.get());
  }

  getTrackedChanges(): SimTrackedChangeCollection {
    this.ctx.requires('1.6', 'Paragraph.getTrackedChanges');
    return new SimTrackedChangeCollection(this.ctx, () => [this.target.get()]);
  }

  insertAnnotations(annotations: { critiques: CritiqueSubset[] }): ClientResultSubset<string[]> {
    this.ctx.requires('1.7', 'Paragraph.insertAnnotations');
    const result = new SimClientResult<string[]>();
    this.ctx.change(() => {
      if (!this.ctx.session.config.annotationsLicensed) {
        throw new SimOfficeError('GeneralException', 'There was an internal error while processing the request. (Annotations need a Microsoft 365 subscription.)', 'Paragraph.insertAnnotations');
      }
      const paragraph = this.target.get();
      // Critique offsets count the text as it now reads, note reference marks included (office-js #4997).
      const visible = paragraph.chars.filter((c) => !c.del);
      const ids = annotations.critiques.map((critique) => {
        if (critique.start < 0 || critique.length <= 0 || critique.start + critique.length > visible.length) {
          throw new SimOfficeError('InvalidArgument', 'The critique lies outside its paragraph.', 'Paragraph.insertAnnotations');
        }
        const id = `annotation-${(this.ctx.state.nextAnnotationId += 1)}`;
        const chars = new Set(visible.slice(critique.start, critique.start + critique.length));
        paragraph.annotations.push({ id, chars, color: critique.colorScheme });
        return id;
      });
      result.set(ids);
    }, 'Paragraph.insertAnnotations');
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
    }, 'ParagraphCollection.load');
    return this;
  }
}
