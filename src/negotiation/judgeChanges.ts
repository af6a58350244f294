// Judges each of the other side's changes by analysing its paragraph as it reads with the change and without it
// (every other revision as it is), with the contract's definitions in view: adds-risk, removes-protection,
// adds-protection, removes-risk or neutral, and whether it touches AI and data terms at all.
// Pure: must not import Office, React, the DOM globals or fs.
import { analyzeDocument, type AnalyzeOptions } from '../engine/analyzeDocument';
import type { CategoryId, Finding, Paragraph, Severity } from '../engine/types';
import { changeUnits, currentText, textWithout, unitSpan, type ChangeUnit, type RevisedParagraph } from './revisions';

export const CHANGE_EFFECTS = ['adds-risk', 'removes-protection', 'adds-protection', 'removes-risk', 'neutral'] as const;
export type ChangeEffect = (typeof CHANGE_EFFECTS)[number];

export interface JudgedChange {
  readonly unit: ChangeUnit;
  /** The change touches a clause about AI or data terms (in either reading). */
  readonly aiTerms: boolean;
  readonly category: CategoryId | null;
  readonly effect: ChangeEffect;
  /** The paragraph as it reads with the change, and as it would read if the change were rejected. */
  readonly withText: string;
  readonly withoutText: string;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { high: 3, medium: 2, low: 1 };

/**
 * Words that open an exception. Inserted into a promise ("shall delete …, except that Supplier may retain copies"),
 * they carve a right out of it: the clause still reads as the promise, but it now lets the vendor do what it forbade.
 */
const CARVE_OUT = /^\W*(?:except|save|unless|other than|provided(?:,)? (?:always )?that|subject to|notwithstanding|but (?:may|shall not be required))\b/i;

/**
 * `paragraphs` are the document as it now reads; `definitionParagraphs` the indexes of its definition paragraphs
 * (from the analysis), analysed with each variant so "Client Materials" keeps meaning the customer's data.
 */
export function judgeChanges(
  paragraphs: readonly Paragraph[],
  revised: readonly RevisedParagraph[],
  definitionParagraphs: readonly number[],
  options: AnalyzeOptions = {},
): JudgedChange[] {
  const judged: JudgedChange[] = [];
  const definitions = [...new Set(definitionParagraphs)].sort((a, b) => a - b);
  for (const paragraph of revised) {
    const context = definitions.filter((index) => index !== paragraph.paragraph).flatMap((index) => (paragraphs[index] ? [paragraphs[index]] : []));
    const base = paragraphs[paragraph.paragraph];
    const findingsOf = (text: string): Finding[] => {
      const variant: Paragraph = { ...base, text };
      return analyzeDocument([...context, variant], options).findings.filter((finding) => finding.paragraph === context.length);
    };
    const withText = currentText(paragraph.segments);
    const withFindings = findingsOf(withText);
    for (const unit of changeUnits(paragraph)) {
      const withoutText = textWithout(paragraph.segments, unit);
      const withoutFindings = findingsOf(withoutText);
      const kinds = unit.segments.map((index) => paragraph.segments[index]);
      const verdict = compare(
        { findings: withFindings, span: unitSpan(paragraph.segments, unit, 'with') },
        { findings: withoutFindings, span: unitSpan(paragraph.segments, unit, 'without') },
        {
          pureDeletion: kinds.every((segment) => segment?.kind === 'delete'),
          carveOut: kinds.every((segment) => segment?.kind === 'insert') && kinds.some((segment) => CARVE_OUT.test(segment?.text ?? '')),
        },
      );
      judged.push({ unit, ...verdict, withText, withoutText });
    }
  }
  return judged;
}

interface Reading {
  readonly findings: readonly Finding[];
  readonly span: { readonly start: number; readonly end: number };
}

interface ChangeShape {
  /** The change only deletes words. */
  readonly pureDeletion: boolean;
  /** The change only inserts words, and they open an exception. */
  readonly carveOut: boolean;
}

function compare(withChange: Reading, withoutChange: Reading, shape: ChangeShape): Pick<JudgedChange, 'aiTerms' | 'category' | 'effect'> {
  const gained = (stance: Finding['stance'], from: Reading, to: Reading): Finding | undefined =>
    to.findings.find((finding) => finding.stance === stance && !from.findings.some((other) => other.stance === stance && other.category === finding.category && SEVERITY_RANK[other.severity] >= SEVERITY_RANK[finding.severity]));
  const addsRisk = gained('risk', withoutChange, withChange);
  if (addsRisk) return { aiTerms: true, category: addsRisk.category, effect: 'adds-risk' };
  const removesProtection = gained('protective', withChange, withoutChange);
  if (removesProtection) return { aiTerms: true, category: removesProtection.category, effect: 'removes-protection' };
  const addsProtection = gained('protective', withoutChange, withChange);
  if (addsProtection) return { aiTerms: true, category: addsProtection.category, effect: 'adds-protection' };
  const removesRisk = gained('risk', withChange, withoutChange);
  if (removesRisk) return { aiTerms: true, category: removesRisk.category, effect: 'removes-risk' };
  // Same findings either way: the change is about AI terms if it lies inside one of their clauses.
  const touched = touching(withChange) ?? touching(withoutChange);
  if (!touched) return { aiTerms: false, category: null, effect: 'neutral' };
  // Striking words out of a promise narrows it; striking words out of a grant narrows the grant.
  const struck = shape.pureDeletion ? touching(withoutChange) : undefined;
  if (struck?.stance === 'protective') return { aiTerms: true, category: struck.category, effect: 'removes-protection' };
  if (struck?.stance === 'risk') return { aiTerms: true, category: struck.category, effect: 'removes-risk' };
  // An exception added to a promise gives the vendor a right the promise took away.
  if (shape.carveOut && touched.stance === 'protective') return { aiTerms: true, category: touched.category, effect: 'adds-risk' };
  return { aiTerms: true, category: touched.category, effect: 'neutral' };
}

/** The finding whose clause contains the change in this reading (an empty span touches at its position). */
function touching(reading: Reading): Finding | undefined {
  const { start, end } = reading.span;
  return reading.findings.find((finding) => (start === end ? finding.start <= start && start <= finding.end : finding.start < end && start < finding.end));
}
