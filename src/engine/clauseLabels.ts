// Names each paragraph by the contract's own numbering ("3.3", "3.3(a)", "Schedule 2", the "Usage Data" definition),
// so the pane, reports and comments point where a lawyer looks; "¶ 18" only when nothing better exists.
// Pure: must not import Office, React, the DOM or Node.
import type { Paragraph } from './types';

export type ClauseLabelKind = 'number' | 'definition' | 'within' | 'paragraph';

export interface ClauseLabel {
  readonly kind: ClauseLabelKind;
  /** What a lawyer reads: "3.3", "3.3(a)", "“Usage Data” definition", "3.3, para. 2", "¶ 18". */
  readonly text: string;
}

// "3.3", "3.3.", "12.", "Section 3", "Clause 4": a clause number; the keyword is dropped, as lawyers cite "3.3".
// A bare "30 days..." is not a number: it needs a dot, a keyword, or a heading of its own.
const CLAUSE_NUMBER = /^(?:(?:section|clause|§)\s*(\d{1,3}(?:\.\d{1,3}){0,4})|(\d{1,3}(?:\.\d{1,3}){1,4})\.?|(\d{1,3})\.)(?=\s|$)/i;
const HEADING_NUMBER = /^(\d{1,3})(?=\s+\S)/;
// Schedules and the like keep their word: "Schedule 2" is not clause 2.
const NAMED_PART = /^(schedule|annex|exhibit|appendix|part|article)\s+(\d{1,3}(?:\.\d{1,3}){0,3}|[A-Z]|[IVXLC]{1,6})\b/i;
// "(a)", "(iv)", "a)", "(3)": a sub-clause marker, read under the clause it follows.
const SUB_MARKER = /^(?:\(([a-z]{1,4}|\d{1,2})\)|([a-z]{1,2})\))(?=\s)/i;
// A definition paragraph opens with the quoted term and a defining verb.
const DEFINITION = /^[“"‘']([^”"’']{1,80})[”"’']\s+(?:means|shall mean|has the meaning|includes|refers to|is defined)/i;

const ROMAN = /^(?:i{1,3}|iv|vi{0,3}|ix|x{1,3})$/i;

interface Context {
  /** The last clause number seen, and the index of its paragraph. */
  clause?: { readonly label: string; readonly index: number };
  /** The last lettered sub-clause under it ("a"), so "(i)" after "(a)" reads as "(a)(i)". */
  letter?: string;
}

/** One label per paragraph, in order; `listLabels[i]` is the list number Word shows for paragraph i, where known. */
export function clauseLabels(paragraphs: readonly Paragraph[], listLabels: readonly (string | undefined)[] = []): ClauseLabel[] {
  const context: Context = {};
  return paragraphs.map((paragraph, index) => labelOf(paragraph, listLabels[index]?.trim(), index, context));
}

function labelOf(paragraph: Paragraph, listLabel: string | undefined, index: number, context: Context): ClauseLabel {
  const text = paragraph.text.trimStart();
  const own = listLabel ? numberIn(`${listLabel} `, true, context) : numberIn(text, paragraph.isHeading === true, context);
  if (own) {
    // Sub-clauses keep counting from their clause, so "3.3, para. 4" stays clause 3.3's fourth paragraph.
    if (context.clause?.label !== own.parent) context.clause = { label: own.parent, index };
    return { kind: 'number', text: own.label };
  }
  const defined = DEFINITION.exec(text);
  if (defined) return { kind: 'definition', text: `“${defined[1]}” definition` };
  if (context.clause) {
    return { kind: 'within', text: `${context.clause.label}, para. ${index - context.clause.index + 1}` };
  }
  return { kind: 'paragraph', text: `¶ ${index + 1}` };
}

/** The label a paragraph's own number gives it, and what later sub-clauses hang under; undefined without a number. */
function numberIn(text: string, heading: boolean, context: Context): { label: string; parent: string } | undefined {
  const named = NAMED_PART.exec(text);
  if (named) {
    context.letter = undefined;
    const label = `${capitalise(named[1] ?? '')} ${named[2]}`;
    return { label, parent: label };
  }
  const numbered = CLAUSE_NUMBER.exec(text) ?? (heading ? HEADING_NUMBER.exec(text) : null);
  const number = numbered?.slice(1).find((group) => group !== undefined);
  if (number) {
    context.letter = undefined;
    return { label: number, parent: number };
  }
  const sub = SUB_MARKER.exec(text);
  const marker = sub?.[1] ?? sub?.[2];
  if (!marker) return undefined;
  const parent = context.clause?.label;
  // "(i)" after "(h)" is the ninth letter; after any other letter it is a roman numeral one level down.
  const nested = context.letter !== undefined && ROMAN.test(marker) && context.letter.toLowerCase() !== 'h' && !/^\d/.test(marker);
  if (!nested) context.letter = marker;
  const own = nested ? `(${context.letter})(${marker})` : `(${marker})`;
  const label = parent ? `${parent}${own}` : own;
  // A sub-clause does not become the parent of the paragraphs after it: "3.3(a), para. 2" would read oddly.
  return { label, parent: parent ?? label };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
