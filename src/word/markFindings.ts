// Marks findings without changing the document: critique annotations coloured by severity (WordApi 1.7 and a
// Microsoft 365 licence), two syncs for any number, offsets counted as Word counts them (note marks included).
// Clears them through each paragraph's own annotations, so one already gone does not stop the others being removed.
// Subset API only.
import type { Finding, Severity } from '../engine/types';
import type { HostResult, MarkOutcome } from '../host/documentHost';
import { failed, fromOfficeError, hostError, succeeded } from './hostErrors';
import { officeErrorCode, officeErrorLocation, type AnnotationCollectionSubset, type ClientResultSubset, type CritiqueColorValue, type RequestContextSubset } from './officeApi';
import type { ReadParagraph } from './readParagraphs';

const SEVERITY_COLOURS: Readonly<Record<Severity, CritiqueColorValue>> = { high: 'Red', medium: 'Berry', low: 'Blue' };

export const ANNOTATIONS_UNLICENSED = hostError(
  'annotations-unlicensed',
  'This copy of Word cannot underline clauses in the document (that needs a Microsoft 365 subscription).',
  'Use the list in this pane: select a card to jump to its clause.',
);

/**
 * `licensedBefore` says annotations went in earlier in this session: Word without a subscription refuses every one
 * (office-js #4953, #5179), so a later GeneralException is some other failure, not the licence.
 */
export async function insertCritiques(
  context: RequestContextSubset,
  findings: readonly Finding[],
  read: readonly ReadParagraph[],
  licensedBefore: boolean,
  platform: string,
): Promise<HostResult<{ outcome: MarkOutcome; ids: string[] }>> {
  const paragraphs = context.document.body.paragraphs.load('items/style');
  await context.sync();
  const results: ClientResultSubset<string[]>[] = [];
  for (const [index, group] of groupByParagraph(findings)) {
    const paragraph = paragraphs.items[index];
    const map = read[index]?.rawIndex;
    if (!paragraph || !map) continue;
    const critiques = group.map((f) => {
      const start = map[f.start] ?? f.start;
      const end = f.end > f.start ? (map[f.end - 1] ?? f.end - 1) + 1 : start;
      return { start, length: Math.max(1, end - start), colorScheme: SEVERITY_COLOURS[f.severity] };
    });
    results.push(paragraph.insertAnnotations({ critiques }));
  }
  try {
    await context.sync();
  } catch (error) {
    const atInsert = officeErrorLocation(error) === 'Paragraph.insertAnnotations';
    if (officeErrorCode(error) === 'GeneralException' && atInsert && !licensedBefore) return failed(ANNOTATIONS_UNLICENSED);
    return failed(fromOfficeError(error, platform));
  }
  const ids = results.flatMap((r) => r.value);
  return succeeded({ outcome: { method: 'annotations', marked: ids.length }, ids });
}

/** Three syncs: the paragraphs, their annotations, the deletions of ours among them. Ids already gone are fine. */
export async function deleteCritiques(context: RequestContextSubset, ids: readonly string[], platform: string): Promise<HostResult<void>> {
  const ours = new Set(ids);
  try {
    const paragraphs = context.document.body.paragraphs.load('items/style');
    await context.sync();
    const lists: AnnotationCollectionSubset[] = paragraphs.items.map((p) => p.getAnnotations().load('items/id'));
    await context.sync();
    let doomed = 0;
    for (const list of lists) {
      for (const annotation of list.items) {
        if (!ours.has(annotation.id)) continue;
        annotation.delete();
        doomed += 1;
      }
    }
    if (doomed > 0) await context.sync();
    return succeeded(undefined);
  } catch (error) {
    return failed(fromOfficeError(error, platform));
  }
}

function groupByParagraph(findings: readonly Finding[]): Map<number, Finding[]> {
  const groups = new Map<number, Finding[]>();
  for (const finding of findings) groups.set(finding.paragraph, [...(groups.get(finding.paragraph) ?? []), finding]);
  return groups;
}
