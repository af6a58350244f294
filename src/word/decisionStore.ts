// Keeps the decision record in the document: as a custom XML part at WordApi 1.4 and later (found by its namespace,
// one part only), and below that in the document's settings through the Office common API. The text is stored as
// given; the format belongs to src/docx/decisions. Written only against the officeApi subset.
import type { HostResult } from '../host/documentHost';
import { failed, fromOfficeError, hostError, succeeded } from './hostErrors';
import type { OfficeSettingsSubset, RequestContextSubset } from './officeApi';

/** Must equal DECISION_NAMESPACE in src/docx/decisions/decisionRecord.ts (a test checks that it does). */
export const RECORD_NAMESPACE = 'urn:ai-data-terms:decision-record';
/** The settings key used below WordApi 1.4. */
export const RECORD_SETTING = 'aiDataTerms.decisionRecord';

type Run = <T>(action: (context: RequestContextSubset) => Promise<HostResult<T>>) => Promise<HostResult<T>>;

export interface DecisionStore {
  read(): Promise<HostResult<string | null>>;
  write(xml: string): Promise<HostResult<void>>;
  remove(): Promise<HostResult<boolean>>;
}

export function decisionStore(level: number, run: Run, settings: OfficeSettingsSubset | undefined): DecisionStore {
  if (level >= 1.4) return customXmlStore(run);
  if (settings) return settingsStore(settings);
  const unavailable = failed<never>(hostError('api-unsupported', 'This version of Word cannot keep a decision record in the document.', 'Export the issues as CSV to keep the decisions with the file.'));
  return { read: async () => succeeded(null), write: async () => unavailable, remove: async () => succeeded(false) };
}

function customXmlStore(run: Run): DecisionStore {
  return {
    read: () =>
      run(async (context) => {
        const parts = context.document.customXmlParts.getByNamespace(RECORD_NAMESPACE).load('items');
        await context.sync();
        const first = parts.items[0];
        if (!first) return succeeded(null);
        const xml = first.getXml();
        await context.sync();
        return succeeded(xml.value);
      }),
    write: (xml) =>
      run(async (context) => {
        const parts = context.document.customXmlParts.getByNamespace(RECORD_NAMESPACE).load('items');
        await context.sync();
        const [first, ...extra] = parts.items;
        if (first) first.setXml(xml);
        else context.document.customXmlParts.add(xml);
        // Only one record: a second would make every later read ambiguous.
        for (const part of extra) part.delete();
        await context.sync();
        return succeeded(undefined);
      }),
    remove: () =>
      run(async (context) => {
        const parts = context.document.customXmlParts.getByNamespace(RECORD_NAMESPACE).load('items');
        await context.sync();
        for (const part of parts.items) part.delete();
        await context.sync();
        return succeeded(parts.items.length > 0);
      }),
  };
}

function settingsStore(settings: OfficeSettingsSubset): DecisionStore {
  const save = (): Promise<HostResult<void>> =>
    new Promise((resolve) => {
      settings.saveAsync((result) => {
        // Office.js reports "succeeded" / "failed" (its typings call the enum numeric).
        if (String(result.status) !== 'failed' && !result.error) resolve(succeeded(undefined));
        else resolve(failed(fromOfficeError(new Error(result.error?.message ?? 'the settings could not be saved'))));
      });
    });
  return {
    read: async () => {
      const value = settings.get(RECORD_SETTING);
      return succeeded(typeof value === 'string' ? value : null);
    },
    write: async (xml) => {
      settings.set(RECORD_SETTING, xml);
      return save();
    },
    remove: async () => {
      const had = typeof settings.get(RECORD_SETTING) === 'string';
      settings.remove(RECORD_SETTING);
      const saved = await save();
      return saved.ok ? succeeded(had) : saved;
    },
  };
}
