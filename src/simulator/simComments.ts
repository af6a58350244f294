// Body.getComments (WordApi 1.4) in the simulator: every comment of the document, each the same Comment proxy that
// Paragraph.getComments gives. Must not import the adapter.
import type { CommentCollectionSubset } from '../word/officeApi';
import { propertyNames, type SimContext } from './simContext';
import { SimOfficeError } from './simOfficeError';
import { Deferred, SimComment } from './simRange';

export class SimCommentList implements CommentCollectionSubset {
  private loadedItems: SimComment[] | undefined;

  constructor(private readonly ctx: SimContext) {}

  get items(): SimComment[] {
    if (!this.loadedItems) throw new SimOfficeError('PropertyNotLoaded', "The property 'items' is not available. Call load and context.sync() first.");
    return this.loadedItems;
  }

  load(names: string): SimCommentList {
    const itemNames = propertyNames(names)
      .map((name) => name.replace(/^items\/?/, ''))
      .filter((name) => name.length > 0);
    this.ctx.requires('1.4', 'Body.getComments');
    this.ctx.enqueue(() => {
      this.loadedItems = this.ctx.state.comments.map((comment) => new SimComment(this.ctx, Deferred.of(comment)));
      for (const item of this.loadedItems) item.loadNow(itemNames);
    }, 'Body.getComments');
    return this;
  }
}
