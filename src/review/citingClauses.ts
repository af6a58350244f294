// Clauses that lean on a clause the review changed: "including any improvements made in accordance with Clause 3.3",
// "Clauses 3.2 (to the extent it concerns development of the Supplier's models) … survive". The lawyer audits of
// agreements 45–56 named such knock-on references as the first structural fault: the change is made, and another
// clause keeps alive what it took away. Where the leaning words can go on their own they are struck; elsewhere the
// changed clause's internal note names the clauses to check. Pure: engine types only.
import { applyOps } from '../engine/applyOps';
import type { Analysis, Paragraph, RedlineOp } from '../engine/types';
import { numberAtStart } from './clauseNumbers';
import { provisionWord } from './conformDenial';
import { editKey, type EditItem, type ReviewChoices, type ReviewItem } from './reviewItems';
import { escapeRegExp } from './redline/surgical/context';

const SURVIVES = /\bsurviv(?:e|es|al)\b/i;
const CITING_WORD = String.raw`(?:Sections?|Clauses?|clauses?|[Pp]aragraphs?|Articles?)`;

/** "Clause 3.3", "Sections 2, 3.1 and 3.3": the number cited after the word for a provision. */
function citation(number: string): RegExp {
  return new RegExp(String.raw`\b${CITING_WORD}\s+(?:[\dA-Z][\d.]*(?:\s*,\s*|\s+and\s+|\s+to\s+|\s+through\s+)){0,8}${escapeRegExp(number)}(?![.]?\d)`);
}

/** ", including any improvements to them made … in accordance with Clause 3.3": an aside that rests on the clause. */
function restingAside(number: string): RegExp {
  return new RegExp(
    String.raw`,\s+including\s[^,;.]{0,200}?\b(?:in\s+accordance\s+with|under|pursuant\s+to|as\s+permitted\s+(?:by|under))\s+${CITING_WORD}\s+${escapeRegExp(number)}(?![.]?\d)(?=\s*[,;.])`,
  );
}

/** "3.2 (to the extent it concerns development of …), ": a survival item limited to part of what the clause did. */
function qualifiedSurvival(number: string): RegExp {
  return new RegExp(String.raw`(?<=[\s,])${escapeRegExp(number)}\s+\((?:to\s+the\s+extent|only|solely|insofar|in\s+so\s+far)\b[^()]{1,240}\),\s+`);
}

/** Words of five letters or more, stemmed to their first five: "development" and "develop" meet as "devel". */
const stems = (text: string) => new Set((text.toLowerCase().match(/[a-z]{5,}/g) ?? []).map((w) => w.slice(0, 5)));

interface Changed {
  readonly number: string;
  readonly item: EditItem;
  readonly struck: string;
}

/**
 * The conforming edits of clauses that lean on a changed clause, and the changed clauses' items with a note naming
 * the other clauses that cite them. Paragraphs the review already edits are left to their own edit.
 */
export function conformCitingClauses(
  analysis: Analysis,
  paragraphs: readonly Paragraph[],
  items: readonly ReviewItem[],
  choices: ReviewChoices,
): { readonly edits: EditItem[]; readonly noted: ReadonlyMap<string, EditItem> } {
  const edits = items.filter((item): item is EditItem => item.kind === 'edit');
  const busy = new Set(edits.map((item) => item.paragraph));
  const changed: Changed[] = edits.flatMap((item) => {
    const number = numberAtStart(item.original);
    const struck = item.ops.flatMap((op) => (op.kind === 'delete' ? [op.text] : [])).join(' ');
    return number === undefined || struck === '' ? [] : [{ number, item, struck }];
  });
  const word = provisionWord(analysis.terms);
  const conforming: EditItem[] = [];
  const toCheck = new Map<string, string[]>();
  paragraphs.forEach((paragraph, index) => {
    if (busy.has(index)) return;
    const own = numberAtStart(paragraph.text);
    for (const change of changed) {
      if (change.number === own || !citation(change.number).test(paragraph.text)) continue;
      const ops = leaningWords(paragraph.text, change);
      if (ops && !conforming.some((edit) => edit.paragraph === index)) {
        conforming.push(conformingEdit(index, paragraph.text, ops, change, word, choices));
        continue;
      }
      // A survival list that names the changed clause whole keeps what the clause now says: nothing to check.
      if (SURVIVES.test(paragraph.text) || own === undefined) continue;
      toCheck.set(change.item.key, [...(toCheck.get(change.item.key) ?? []), own]);
    }
  });
  const noted = new Map<string, EditItem>();
  for (const change of changed) {
    const others = [...new Set(toCheck.get(change.item.key) ?? [])];
    if (others.length === 0) continue;
    const list = others.length === 1 ? `${word} ${others[0]}` : `${word}s ${others.slice(0, -1).join(', ')} and ${others[others.length - 1]}`;
    const note = `Also check ${list}, which ${others.length === 1 ? 'refers' : 'refer'} to ${word} ${change.number}.`;
    noted.set(change.item.key, { ...change.item, comment: { ...change.item.comment, internal: `${change.item.comment.internal} ${note}` }, notes: [...change.item.notes, note] });
  }
  return { edits: conforming, noted };
}

/** The ops striking the words that rest on the change, or undefined when none can go on their own. */
function leaningWords(text: string, change: Changed): RedlineOp[] | undefined {
  const aside = restingAside(change.number).exec(text);
  if (aside) return [{ kind: 'delete', start: aside.index, end: aside.index + aside[0].length, text: aside[0] }];
  const survival = SURVIVES.test(text) ? qualifiedSurvival(change.number).exec(text) : null;
  if (!survival) return undefined;
  // Only where the limb kept alive is what the change struck ("development of … models" beside struck "develop …
  // models"): a limb about something else still survives.
  const limb = stems(survival[0]);
  const shared = [...stems(change.struck)].filter((stem) => limb.has(stem));
  return shared.length >= 2 ? [{ kind: 'delete', start: survival.index, end: survival.index + survival[0].length, text: survival[0] }] : undefined;
}

function conformingEdit(index: number, original: string, ops: RedlineOp[], change: Changed, word: string, choices: ReviewChoices): EditItem {
  const survival = SURVIVES.test(original);
  return {
    kind: 'edit',
    key: editKey(index),
    paragraph: index,
    findings: [],
    issues: change.item.issues,
    positionId: choices.position,
    original,
    target: applyOps(original, ops),
    ops,
    wordLevel: true,
    comment: {
      internal: `[Internal] Conformed to the change in ${word} ${change.number}.`,
      external: survival
        ? `With our change to ${word} ${change.number}, the part of it this list kept alive no longer exists, so we removed it from the clauses that survive.`
        : `We removed words that relied on ${word} ${change.number} as it stood before our change to it.`,
    },
    notes: [],
  };
}
