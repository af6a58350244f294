// Marks findings without changing the document: critique annotations coloured by severity (WordApi 1.7 and a
// Microsoft 365 licence), two syncs for any number. Clears them by id. Subset API only.
import type { Finding, Severity } from '../engine/types';
import type { HostResult, MarkOutcome } from '../host/documentHost';
import { failed, fromOfficeError, hostError, succeeded } from './hostErrors';
import { officeErrorCode, type ClientResultSubset, type CritiqueColorValue, type RequestContextSubset } from './officeApi';
import type { ReadParagraph } from './readParagraphs';

const SEVERITY_COLOURS: Readonly<Record<Severity, CritiqueColorValue>> = { high: 'Red', medium: 'Berry', low: 'Blue' };

export const ANNOTATIONS_UNLICENSED = hostError(
  'annotations-unlicensed',
  'This copy of Word cannot underline clauses in the document (that needs a Microsoft 365 subscription).',
  'Use the list in this pane: select a card to jump to its clause.',
);

export async function insertCritiques(context: RequestContextSubset, findings: readonly Finding[], read: readonly ReadParagraph[]): Promise<HostResult<{ outcome: MarkOutcome; ids: string[] }>> {
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
    if (officeErrorCode(error) === 'GeneralException') return failed(ANNOTATIONS_UNLICENSED);
    return failed(fromOfficeError(error));
  }
  const ids = results.flatMap((r) => r.value);
  return succeeded({ outcome: { method: 'annotations', marked: ids.length }, ids });
}

export async function deleteCritiques(context: RequestContextSubset, ids: readonly string[]): Promise<HostResult<void>> {
  for (const id of ids) context.document.getAnnotationById(id).delete();
  try {
    await context.sync();
    return succeeded(undefined);
  } catch (error) {
    // An annotation the user already dismissed is gone; that is what clearing wants anyway.
    if (officeErrorCode(error) === 'ItemNotFound') return succeeded(undefined);
    return failed(fromOfficeError(error));
  }
}

function groupByParagraph(findings: readonly Finding[]): Map<number, Finding[]> {
  const groups = new Map<number, Finding[]>();
  for (const finding of findings) groups.set(finding.paragraph, [...(groups.get(finding.paragraph) ?? []), finding]);
  return groups;
}
