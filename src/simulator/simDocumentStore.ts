// What a simulated document keeps besides its text: custom XML parts (WordApi 1.4's CustomXmlPart API) and the
// document's settings (the Office common API's property bag), both saved with the file and kept across reopening.
// Kept beside SimState, not in it, so the revision model stays apart. Must not import the adapter.
import type { ClientResultSubset, CustomXmlPartCollectionSubset, CustomXmlPartScopedCollectionSubset, CustomXmlPartSubset, OfficeSettingsSubset } from '../word/officeApi';
import { parseXml } from '../ooxml/xmlDom';
import type { SimState } from './model';
import { SimClientResult, type SimContext } from './simContext';
import { SimOfficeError } from './simOfficeError';

interface StoredPart {
  readonly id: string;
  xml: string;
}

interface DocumentStore {
  parts: StoredPart[];
  nextPartId: number;
  /** Settings as saved in the file. */
  settings: Map<string, unknown>;
}

const stores = new WeakMap<SimState, DocumentStore>();

export function documentStore(state: SimState): DocumentStore {
  let store = stores.get(state);
  if (!store) {
    store = { parts: [], nextPartId: 1, settings: new Map() };
    stores.set(state, store);
  }
  return store;
}

function namespaceOf(xml: string): string {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new SimOfficeError('InvalidArgument', `The XML is not well formed: ${parsed.error}`);
  return parsed.dom.documentElement?.namespaceURI ?? '';
}

class SimCustomXmlPart implements CustomXmlPartSubset {
  constructor(
    private readonly ctx: SimContext,
    private readonly part: () => StoredPart,
  ) {}

  getXml(): ClientResultSubset<string> {
    const result = new SimClientResult<string>();
    this.ctx.enqueue(() => result.set(this.live().xml));
    return result;
  }

  setXml(xml: string): void {
    this.ctx.write(() => {
      namespaceOf(xml);
      this.live().xml = xml;
    });
  }

  delete(): void {
    this.ctx.write(() => {
      const store = documentStore(this.ctx.state);
      const doomed = this.live();
      store.parts = store.parts.filter((part) => part !== doomed);
    });
  }

  private live(): StoredPart {
    const part = this.part();
    if (!documentStore(this.ctx.state).parts.includes(part)) throw new SimOfficeError('ItemNotFound', 'The custom XML part no longer exists.');
    return part;
  }
}

class SimScopedParts implements CustomXmlPartScopedCollectionSubset {
  private loaded: SimCustomXmlPart[] | undefined;

  constructor(
    private readonly ctx: SimContext,
    private readonly namespace: string,
  ) {}

  get items(): SimCustomXmlPart[] {
    if (!this.loaded) throw new SimOfficeError('PropertyNotLoaded', "The property 'items' is not available. Call load and context.sync() first.");
    return this.loaded;
  }

  load(): SimScopedParts {
    this.ctx.enqueue(() => {
      const matching = documentStore(this.ctx.state).parts.filter((part) => namespaceOf(part.xml) === this.namespace);
      this.loaded = matching.map((part) => new SimCustomXmlPart(this.ctx, () => part));
    });
    return this;
  }
}

export class SimCustomXmlParts implements CustomXmlPartCollectionSubset {
  constructor(private readonly ctx: SimContext) {
    ctx.requires('1.4', 'Document.customXmlParts');
  }

  add(xml: string): SimCustomXmlPart {
    let created: StoredPart | undefined;
    this.ctx.write(() => {
      namespaceOf(xml);
      const store = documentStore(this.ctx.state);
      created = { id: `{SIM-PART-${store.nextPartId++}}`, xml };
      store.parts.push(created);
    });
    return new SimCustomXmlPart(this.ctx, () => {
      if (!created) throw new SimOfficeError('GeneralException', 'The part was used before the action that adds it ran.');
      return created;
    });
  }

  getByNamespace(namespaceUri: string): SimScopedParts {
    return new SimScopedParts(this.ctx, namespaceUri);
  }
}

/** Office.context.document.settings: changes stay in memory until saveAsync writes them into the document. */
export function simulatedSettings(state: SimState, readOnly: () => boolean): OfficeSettingsSubset {
  let pending: Map<string, unknown> | undefined;
  const working = (): Map<string, unknown> => (pending ??= new Map(documentStore(state).settings));
  return {
    get: (name) => working().get(name) ?? null,
    set: (name, value) => void working().set(name, value),
    remove: (name) => void working().delete(name),
    saveAsync: (callback) => {
      setTimeout(() => {
        if (readOnly()) {
          callback?.({ status: 'failed', error: { message: 'The document is read-only.' } });
          return;
        }
        documentStore(state).settings = new Map(working());
        pending = undefined;
        callback?.({ status: 'succeeded' });
      }, 0);
    },
  };
}
