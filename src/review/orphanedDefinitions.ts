// A definition the review leaves unused: once every clause that used "Supplier Purposes" has lost the words, the
// definition that still lists the vendor's development purposes points at nothing and reads as a live grant (lawyer
// audits of agreements 87 and 93). It is deleted, its number kept as "[Reserved.]". Pure: engine types only.
import type { Analysis, Paragraph } from '../engine/types';
import { numberAtStart } from './clauseNumbers';
import { escapeRegExp } from './redline/surgical/context';
import { provisionWord } from './conformDenial';
import { conformingEdit, type EditItem, type ReviewChoices, type ReviewItem } from './reviewItems';
import { reserveClause } from './strikes';
import { commentWording } from './wording';

const MEANS = /\bmeans\b/g;

/**
 * Edits deleting the definitions that the review's own edits left unused. Only a numbered clause that defines one term
 * and nothing else goes; a term still used by any other clause, or by a clause the review inserts, stays.
 */
export function orphanedDefinitionItems(analysis: Analysis, paragraphs: readonly Paragraph[], items: readonly ReviewItem[], choices: ReviewChoices): EditItem[] {
  const edits = new Map(items.flatMap((item) => (item.kind === 'edit' ? [[item.paragraph, item] as const] : [])));
  const inserted = items.flatMap((item) => (item.kind === 'insert' ? [item.text] : []));
  const finalText = (index: number) => edits.get(index)?.target ?? paragraphs[index]?.text ?? '';
  const word = provisionWord(analysis.terms);
  return analysis.definitions.flatMap((definition): EditItem[] => {
    const index = definition.paragraph;
    const text = paragraphs[index]?.text ?? '';
    const number = numberAtStart(text);
    const alone = analysis.definitions.filter((d) => d.paragraph === index).length === 1 && (text.match(MEANS)?.length ?? 0) === 1;
    if (number === undefined || !alone || definition.denotes === 'customer-data') return [];
    const used = new RegExp(`(?<![\\w-])${escapeRegExp(definition.term)}(?![\\w-])`);
    const users = paragraphs.flatMap((p, i) => (i !== index && used.test(p.text) ? [i] : []));
    // Only the review's own edits may have taken the uses away: a definition the contract never used is not ours to delete.
    if (users.length === 0 || users.some((i) => used.test(finalText(i))) || inserted.some((t) => used.test(t))) return [];
    const ops = reserveClause(text);
    const changed = users.flatMap((i) => (edits.has(i) ? [edits.get(i) as EditItem] : []));
    if (!ops || changed.length !== users.length) return [];
    const where = changed.map((edit) => numberAtStart(edit.original)).filter((n): n is string => n !== undefined);
    const because = where.length === 0 ? 'our changes' : `our change${where.length > 1 ? 's' : ''} to ${word}${where.length > 1 ? 's' : ''} ${where.join(' and ')}`;
    return [
      conformingEdit(index, text, ops, changed.flatMap((edit) => edit.issues), choices.position, {
        internal: `[Internal] Deleted as unused: after ${because}, no clause uses “${definition.term}”.`,
        external: commentWording(`We have deleted this definition. After ${because}, "${definition.term}" is no longer used in this {{agreement}}.`, analysis.terms),
      }),
    ];
  });
}
