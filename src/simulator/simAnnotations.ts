// Annotation and AnnotationCollection proxies (WordApi 1.7): an annotation found by id or through its paragraph's
// getAnnotations, and deleted by id. Must not import the adapter.
import type { AnnotationCollectionSubset, AnnotationSubset } from '../word/officeApi';
import type { SimParagraph } from './model';
import type { SimContext } from './simContext';
import { SimOfficeError } from './simOfficeError';

export class SimAnnotationProxy implements AnnotationSubset {
  constructor(
    private readonly ctx: SimContext,
    readonly id: string,
  ) {}

  delete(): void {
    this.ctx.requires('1.7', 'Annotation.delete');
    this.ctx.change(() => {
      const owner = this.ctx.state.paragraphs.find((p) => p.annotations.some((a) => a.id === this.id));
      if (!owner) throw new SimOfficeError('ItemNotFound', `No annotation has the id ${this.id}.`, 'Annotation.delete');
      owner.annotations = owner.annotations.filter((a) => a.id !== this.id);
    }, 'Annotation.delete');
  }
}

export class SimAnnotationCollection implements AnnotationCollectionSubset {
  private loadedItems: SimAnnotationProxy[] | undefined;

  constructor(
    private readonly ctx: SimContext,
    private readonly paragraph: () => SimParagraph,
  ) {}

  get items(): SimAnnotationProxy[] {
    if (!this.loadedItems) throw new SimOfficeError('PropertyNotLoaded', "The property 'items' is not available. Call load and context.sync() first.");
    return this.loadedItems;
  }

  load(): SimAnnotationCollection {
    this.ctx.requires('1.7', 'Paragraph.getAnnotations');
    this.ctx.enqueue(() => {
      this.loadedItems = this.paragraph().annotations.map((a) => new SimAnnotationProxy(this.ctx, a.id));
    }, 'Paragraph.getAnnotations');
    return this;
  }
}
