// Document, Body, Annotation and RequestContext proxies, and the `Word` and `Office` objects the simulator hands to
// createWordHost. Word.run ends with an implicit sync of anything still queued, as office.js does. Must not import
// the adapter.
import type {
  ApplicationSubset,
  DocumentCreatedSubset,
  BodySubset,
  ClientResultSubset,
  DocumentSubset,
  OfficeApiSubset,
  RequestContextSubset,
  TrackingModeValue,
  WordApiSubset,
} from '../word/officeApi';
import { reviewedReport } from './reports';
import { SimAnnotationProxy } from './simAnnotations';
import { LoadedValues, propertyNames, SimClientResult, SimContext, type SimSession } from './simContext';
import { SimOfficeError } from './simOfficeError';
import { SimParagraphCollection } from './simParagraph';
import { SimTrackedChangeCollection } from './simTrackedChanges';
import { SimCustomXmlParts, simulatedSettings } from './simDocumentStore';
import { SimCommentList } from './simComments';

class SimBody implements BodySubset {
  constructor(private readonly ctx: SimContext) {}

  getReviewedText(version: 'Original' | 'Current' = 'Current'): ClientResultSubset<string> {
    this.ctx.requires('1.4', 'Body.getReviewedText');
    const result = new SimClientResult<string>();
    this.ctx.enqueue(() => {
      const texts = this.ctx.state.paragraphs.filter((p) => version === 'Current' || !p.markIns).map((p) => reviewedReport(p.chars, version));
      result.set(texts.join('\r'));
    }, 'Body.getReviewedText');
    return result;
  }

  getComments(): SimCommentList {
    return new SimCommentList(this.ctx);
  }

  getTrackedChanges(): SimTrackedChangeCollection {
    this.ctx.requires('1.6', 'Body.getTrackedChanges');
    return new SimTrackedChangeCollection(this.ctx, () => this.ctx.state.paragraphs);
  }

  /** Like Office.js, each access gives a new collection proxy. */
  get paragraphs(): SimParagraphCollection {
    return new SimParagraphCollection(this.ctx);
  }
}

class SimDocumentProxy implements DocumentSubset {
  private readonly loaded = new LoadedValues();
  readonly body: SimBody;

  constructor(private readonly ctx: SimContext) {
    this.body = new SimBody(ctx);
  }

  get changeTrackingMode(): TrackingModeValue {
    return this.loaded.get<TrackingModeValue>('changeTrackingMode');
  }

  set changeTrackingMode(mode: TrackingModeValue) {
    this.ctx.requires('1.4', 'Document.changeTrackingMode');
    this.ctx.write(() => {
      this.ctx.state.trackingMode = mode;
    }, 'Document.changeTrackingMode');
  }

  load(names: string): SimDocumentProxy {
    for (const name of propertyNames(names)) {
      if (name !== 'changeTrackingMode') throw new SimOfficeError('InvalidArgument', `The simulator cannot load document property ${name}.`);
      this.ctx.requires('1.4', 'Document.changeTrackingMode');
    }
    this.ctx.enqueue(() => this.loaded.set('changeTrackingMode', this.ctx.state.trackingMode), 'Document.load');
    return this;
  }

  /** Each access gives a new collection proxy, as Office.js does. */
  get customXmlParts(): SimCustomXmlParts {
    return new SimCustomXmlParts(this.ctx);
  }

  getAnnotationById(id: string): SimAnnotationProxy {
    this.ctx.requires('1.7', 'Document.getAnnotationById');
    return new SimAnnotationProxy(this.ctx, id);
  }
}

class SimApplication implements ApplicationSubset {
  constructor(private readonly ctx: SimContext) {}

  createDocument(base64File?: string): DocumentCreatedSubset {
    this.ctx.requires('1.3', 'Application.createDocument');
    return {
      open: () => this.ctx.change(() => this.ctx.state.createdDocuments.push(base64File ?? ''), 'DocumentCreated.open'),
    };
  }
}

class SimRequestContext implements RequestContextSubset {
  readonly document: SimDocumentProxy;
  readonly application: SimApplication;

  constructor(private readonly ctx: SimContext) {
    this.document = new SimDocumentProxy(ctx);
    this.application = new SimApplication(ctx);
  }

  sync(): Promise<void> {
    return this.ctx.sync();
  }
}

export function simulatedWord(session: SimSession): WordApiSubset {
  return {
    async run<T>(batch: (context: RequestContextSubset) => Promise<T>): Promise<T> {
      const ctx = new SimContext(session);
      const result = await batch(new SimRequestContext(ctx));
      // office.js syncs what the batch left queued when it resolves (an empty queue costs no round trip).
      if (ctx.pending > 0) await ctx.sync();
      return result;
    },
  };
}

const PLATFORM_NAMES = { web: 'OfficeOnline', windows: 'PC', mac: 'Mac' } as const;

export function simulatedOffice(session: SimSession, platform: keyof typeof PLATFORM_NAMES): OfficeApiSubset {
  return {
    context: {
      requirements: {
        isSetSupported(name: string, minVersion?: string): boolean {
          if (name !== 'WordApi') return false;
          return Number(minVersion ?? '1.1') <= Number(session.config.apiLevel);
        },
      },
      platform: PLATFORM_NAMES[platform],
      document: { settings: simulatedSettings(session.state, () => session.config.readOnly) },
    },
  };
}
