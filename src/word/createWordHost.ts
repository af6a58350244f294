// The DocumentHost on Office.js, written only against the officeApi subset so the same code runs in Word and in
// the simulator. One Word.run per user action; errors come back as typed HostErrors. A build that claims WordApi 1.7
// but lacks getText (office-js #4831) is detected at run time and read with getReviewedText instead. Must not import
// the pane.
import type { Finding, Paragraph, RedlinePlan } from '../engine/types';
import type { ApplyOptions, ApplyOutcome, DocumentHost, HostCapabilities, HostResult, MarkOutcome } from '../host/documentHost';
import { applyPlansTracked } from './applyPlans';
import { applyPlansOoxml } from './applyPlansOoxml';
import { highlightFindings, restoreHighlights, type HighlightRecord } from './highlightFindings';
import { decisionStore } from './decisionStore';
import { readRevisions, resolveRevisions, selectRevision } from './revisions';
import { removeInternalComments } from './internalComments';
import { DOCUMENT_CHANGED, failed, fromOfficeError, hostError, succeeded } from './hostErrors';
import { queueLocate } from './locateRange';
import { deleteCritiques, insertCritiques } from './markFindings';
import { officeErrorCode, officeErrorLocation, type OfficeApiSubset, type RangeSubset, type RequestContextSubset, type WordApiSubset } from './officeApi';
import { queueCurrentText, readParagraphs, textSourceFor, type ReadParagraph, type TextSource } from './readParagraphs';

export interface WordHostOptions {
  /** Author written into OOXML revisions below WordApi 1.4 (Office.js cannot set the author of tracked changes). */
  readonly author?: string;
  readonly now?: () => Date;
}

const LEVELS = ['1.9', '1.8', '1.7', '1.6', '1.5', '1.4', '1.3', '1.2', '1.1'] as const;
const PLATFORMS: Readonly<Record<string, HostCapabilities['platform']>> = { PC: 'windows', Mac: 'mac', OfficeOnline: 'web', iOS: 'ipad' };
export const DEFAULT_AUTHOR = 'AI Data Terms';

export function createWordHost(
  api: { readonly Word: WordApiSubset; readonly Office: OfficeApiSubset },
  options: WordHostOptions = {},
): DocumentHost {
  const requirements = api.Office.context.requirements;
  const apiLevel = LEVELS.find((level) => requirements.isSetSupported('WordApi', level)) ?? '1.1';
  const level = Number(apiLevel);
  const platform = PLATFORMS[String(api.Office.context.platform)] ?? 'unknown';
  const defaultAuthor = options.author ?? officeUserName(api.Office) ?? DEFAULT_AUTHOR;
  let source: TextSource = textSourceFor(level);
  let annotationsLicensed = true;
  let annotationsWorked = false;
  let lastRead: ReadParagraph[] | undefined;
  let annotationIds: string[] = [];
  let highlights: HighlightRecord[] = [];

  const capabilities = (): HostCapabilities => ({
    apiLevel,
    tracking: level >= 1.4,
    comments: level >= 1.4,
    annotations: level >= 1.7 && annotationsLicensed,
    ooxmlRevisions: level < 1.4 && platform !== 'web',
    createDocument: level >= 1.3,
    platform,
  });

  async function run<T>(action: (context: RequestContextSubset) => Promise<HostResult<T>>): Promise<HostResult<T>> {
    try {
      return await api.Word.run(action);
    } catch (error) {
      // getText failed, in a batch that changes nothing before its reads: read with getReviewedText from now on.
      if (source === 'getText' && officeErrorCode(error) === 'NotImplemented' && officeErrorLocation(error) === 'Paragraph.getText') {
        source = 'reviewed';
        return run(action);
      }
      return failed(fromOfficeError(error, platform));
    }
  }

  async function ensureRead(context: RequestContextSubset): Promise<ReadParagraph[]> {
    lastRead ??= await readParagraphs(context, source);
    return lastRead;
  }

  /** The finding's range, undefined when it is not there, or 'changed' when its paragraph no longer reads as analysed. */
  async function locateFinding(context: RequestContextSubset, finding: Finding): Promise<RangeSubset | 'changed' | undefined> {
    const read = await ensureRead(context);
    const paragraphs = context.document.body.paragraphs.load('items/style');
    await context.sync();
    const paragraph = paragraphs.items[finding.paragraph];
    const known = read[finding.paragraph];
    if (!paragraph || !known || known.paragraph.text.slice(finding.start, finding.end) !== finding.quote) return undefined;
    const now = source === 'text' ? undefined : queueCurrentText(paragraph, source);
    const shown = paragraph.load('text');
    const start = known.rawIndex[finding.start] ?? finding.start;
    const end = (known.rawIndex[finding.end - 1] ?? finding.end - 1) + 1;
    const pending = queueLocate({ paragraph, raw: known.raw, ...(known.shown !== undefined ? { shown: known.shown } : {}) }, start, end);
    await context.sync();
    if ((now ? now.value : shown.text) !== known.reported) return 'changed';
    const pieces = pending();
    if (!pieces) return undefined;
    return pieces.length === 1 ? pieces[0] : pieces[0]!.expandTo(pieces[pieces.length - 1]!);
  }

  const notFound = hostError('not-found', 'That clause could not be found in the document; it may have been edited.', 'Press Analyse again.');
  const decisions = decisionStore(level, run, api.Office.context.document?.settings);

  return {
    capabilities: async () => capabilities(),

    readDocument: () =>
      run(async (context): Promise<HostResult<readonly Paragraph[]>> => {
        lastRead = await readParagraphs(context, source);
        return succeeded(lastRead.map((r) => r.paragraph));
      }),

    markFindings: (findings, markOptions) =>
      run(async (context): Promise<HostResult<MarkOutcome>> => {
        const read = await ensureRead(context);
        if (markOptions?.highlight) {
          const result = await highlightFindings(context, findings, read, level >= 1.4, platform);
          if (!result.ok) return result;
          highlights = [...highlights, ...result.value.records];
          return succeeded(result.value.outcome);
        }
        if (!capabilities().annotations) {
          return succeeded({ method: 'none', marked: 0, note: 'This Word cannot underline clauses without changing the document; use the list in the pane.' });
        }
        const result = await insertCritiques(context, findings, read, annotationsWorked, platform);
        if (!result.ok) {
          if (result.error.kind === 'annotations-unlicensed') annotationsLicensed = false;
          return result;
        }
        if (result.value.ids.length > 0) annotationsWorked = true;
        annotationIds = [...annotationIds, ...result.value.ids];
        return succeeded(result.value.outcome);
      }),

    clearMarks: () =>
      run(async (context): Promise<HostResult<void>> => {
        if (annotationIds.length > 0) {
          const cleared = await deleteCritiques(context, annotationIds, platform);
          if (!cleared.ok) return cleared;
          annotationIds = [];
        }
        if (highlights.length > 0) {
          const restored = await restoreHighlights(context, highlights, lastRead ?? [], level >= 1.4, platform);
          if (!restored.ok) return restored;
          highlights = [];
        }
        return succeeded(undefined);
      }),

    selectFinding: (finding) =>
      run(async (context): Promise<HostResult<void>> => {
        const range = await locateFinding(context, finding);
        if (range === 'changed') return failed(DOCUMENT_CHANGED);
        if (!range) return failed(notFound);
        range.select('Select');
        await context.sync();
        return succeeded(undefined);
      }),

    applyPlans: (plans: readonly RedlinePlan[], applyOptions: ApplyOptions) =>
      run(async (context): Promise<HostResult<readonly ApplyOutcome[]>> => {
        // lastRead is kept: every later use checks the paragraph still reads the same before relying on it.
        if (source !== 'text') {
          return applyPlansTracked(context, plans, applyOptions, { source, comments: level >= 1.4, known: (index) => lastRead?.[index], platform });
        }
        if (capabilities().ooxmlRevisions) {
          const author = applyOptions.author?.trim() || defaultAuthor;
          const stamp = { author, date: (options.now?.() ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z') };
          return applyPlansOoxml(context, plans, stamp, platform);
        }
        return failed(
          hostError('api-unsupported', 'This version of Word cannot insert tracked changes from an add-in.', 'Use Copy clause on the card and paste it with Review › Track Changes switched on.'),
        );
      }),

    insertComment: (finding, text) =>
      run(async (context): Promise<HostResult<void>> => {
        if (level < 1.4) return failed(hostError('api-unsupported', 'This version of Word cannot add comments from an add-in.', 'Copy the explanation from the card and add the comment by hand.'));
        const range = await locateFinding(context, finding);
        if (range === 'changed') return failed(DOCUMENT_CHANGED);
        if (!range) return failed(notFound);
        range.insertComment(text);
        await context.sync();
        return succeeded(undefined);
      }),

    createDocument: (paragraphs) =>
      run(async (context): Promise<HostResult<void>> => {
        // Loaded on demand so the zip library stays out of the pane's first screen.
        const { buildDocx } = await import('../docx/buildDocx');
        const bytes = await buildDocx(paragraphs.map((text) => ({ text })));
        context.application.createDocument(toBase64(bytes)).open();
        await context.sync();
        return succeeded(undefined);
      }),

    removeInternalComments: () => run((context) => removeInternalComments(context, level)),

    readDecisionRecord: () => decisions.read(),
    writeDecisionRecord: (xml) => decisions.write(xml),
    removeDecisionRecord: () => decisions.remove(),

    readRevisions: () => run((context) => readRevisions(context, level)),
    resolveRevisions: (refs, action, counter) =>
      run((context) => resolveRevisions(context, refs, action, counter, { level, source: source === 'text' ? 'reviewed' : source, platform })),
    selectRevision: (ref) => run((context) => selectRevision(context, ref, level)),
  };
}

/** The signed-in user's name where Office gives it to add-ins (Outlook does; Word so far does not). */
function officeUserName(office: OfficeApiSubset): string | undefined {
  try {
    const name = office.context.userProfile?.displayName?.trim();
    return name ? name : undefined;
  } catch {
    return undefined;
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices, so String.fromCharCode never gets more arguments than the engine allows.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
