// A defined purpose that carries the training: '"Permitted Purposes" means (a) providing the Services; (b) keeping them
// secure; (c) developing and training the Supplier's scoring models; and (d) complying with law'. The limb that builds
// models goes from the definition, once, and every clause that uses the term is answered by that edit (lawyer audits
// 46–48: rewriting each use as "solely to provide the Services" took the security and legal limbs with it, and left
// the training limb alive in the definition). Pure: engine types and the review's own helpers only.
import { definesTrainingPurposes, includesModelBuilding } from '../engine/language/documentVocabulary';
import type { Analysis, Finding, Paragraph, RedlineOp } from '../engine/types';
import type { PlaybookIssue } from '../playbook/schema';
import { conformingEdit, type EditItem, type ReviewChoices } from './reviewItems';
import { strikeListItem } from './strikes';
import { commentWording } from './wording';

export interface PurposeLimbEdit {
  readonly term: string;
  readonly paragraph: number;
  readonly ops: readonly RedlineOp[];
}

const MEANS = /\bmeans\b/g;
/** The engine's reading of a defined purpose that is itself a training right. */
const DEFINED = 'training-purposes-defined';

/**
 * The limb strikes of every defined purpose that builds the vendor's models, where the definition stands alone in its
 * paragraph, no finding of its own is there to edit, and striking one or two limbs leaves purposes that build none.
 */
export function purposeLimbEdits(analysis: Analysis, paragraphs: readonly Paragraph[]): PurposeLimbEdit[] {
  return analysis.definitions.flatMap((definition): PurposeLimbEdit[] => {
    const index = definition.paragraph;
    const text = paragraphs[index]?.text ?? '';
    if (!definesTrainingPurposes(definition) || (text.match(MEANS)?.length ?? 0) !== 1) return [];
    // The definition's own reading as a training right is what the strike answers; any other risk there is edited as usual.
    if (analysis.findings.some((f) => f.paragraph === index && f.stance === 'risk' && !f.rules.every((rule) => rule === DEFINED))) return [];
    const meaningAt = text.search(MEANS);
    const whole = { start: 0, end: text.length } as Finding;
    const ops = strikeListItem(text, whole, (after) => includesModelBuilding(after.slice(meaningAt)));
    return ops ? [{ term: definition.term, paragraph: index, ops }] : [];
  });
}

/**
 * Why a finding is answered by a limb struck from a defined purpose: its only purpose words are the defined term
 * ("for the Permitted Purposes"), and it reads no training or model words of its own.
 */
export function answeredByPurposeEdit(finding: Finding, edits: readonly PurposeLimbEdit[]): string | undefined {
  if (finding.rules.every((rule) => rule === DEFINED) && edits.some((edit) => edit.paragraph === finding.paragraph)) {
    return 'answered by striking the limb that builds models from this definition';
  }
  if (finding.category !== 'ai-training' && finding.category !== 'service-improvement') return undefined;
  const purposes = finding.evidence.filter((e) => e.role === 'purpose');
  const edit = edits.find((e) => purposes.some((p) => p.text === e.term));
  if (!edit || purposes.some((p) => p.text !== edit.term)) return undefined;
  const rest = finding.quote.split(edit.term).join(' ');
  if (includesModelBuilding(rest)) return undefined;
  return `answered by striking the limb that builds models from the definition of "${edit.term}"`;
}

/** The definitions' edits, as review items: each says what went and which clauses it answers. */
export function purposeDefinitionItems(
  edits: readonly PurposeLimbEdit[],
  analysis: Analysis,
  paragraphs: readonly Paragraph[],
  issue: PlaybookIssue | undefined,
  choices: ReviewChoices,
): EditItem[] {
  if (!issue) return [];
  return edits.map((edit) => {
    const text = paragraphs[edit.paragraph]?.text ?? '';
    return conformingEdit(edit.paragraph, text, edit.ops, [issue], choices.position, {
      internal: `[Internal] Struck from "${edit.term}" the purpose that builds the vendor's models: every clause that uses the term inherited it.`,
      external: commentWording(
        `We have removed the development and training of {{vendor}}'s models from "${edit.term}". The clauses that rely on "${edit.term}" keep its other purposes, and none of them now permits training on {{customerData}}.`,
        analysis.terms,
      ),
    });
  });
}
