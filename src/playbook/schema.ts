// The playbook's only type definition: a zod schema with strict objects, so a misspelt key fails validation.
// Pure data: must not import Office, React, the DOM or Node.
import { z } from 'zod';
import { MODE_CATEGORIES, REVIEW_MODES, type CategoryId, type ProtectionId, type ReviewMode } from '../engine/types';
import { PLACEHOLDERS, PLACEHOLDER_PATTERN, isPlaceholder } from './fillPlaceholders';

/** What an issue of a playbook for `mode` may handle: that mode's categories and missing protections. */
export function modeTargets(mode: ReviewMode): readonly CategoryOrProtection[] {
  const { risks, protective, protections } = MODE_CATEGORIES[mode];
  return [...new Set([...risks, ...protective, ...protections])];
}

const TARGET_IDS = [...new Set(REVIEW_MODES.flatMap(modeTargets))] as [CategoryOrProtection, ...CategoryOrProtection[]];
const MODE_NAMES: Record<ReviewMode, string> = { customer: 'customer', vendor: 'vendor', dua: 'data-use agreement (dua)' };

export const POSITION_IDS = ['preferred', 'fallback1', 'fallback2'] as const;
export type PositionId = (typeof POSITION_IDS)[number];

const text = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

function checkPlaceholders(value: string, ctx: z.RefinementCtx): void {
  for (const match of value.matchAll(PLACEHOLDER_PATTERN)) {
    const name = match[1] ?? '';
    if (!isPlaceholder(name)) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown placeholder "${match[0]}"; use one of ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`,
      });
    }
  }
}

const editText = (what: string) => text(what).superRefine(checkPlaceholders);

/**
 * A surgical edit of the vendor's own sentence, located from the finding's evidence and the sentence's grammar.
 * `optional` edits may find nothing to change; a required one that finds nothing sends the plan back to `clause`.
 */
export const SurgicalEditSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('prohibit'),
    /** Leave sentences that use one of these words to another edit ("feedback": forbidding its use is not the point). */
    unlessMentions: z.array(text('a word')).min(1).optional(),
    optional: z.boolean().optional(),
  }),
  z.strictObject({ kind: z.literal('strike'), words: z.array(text('a word to strike')).min(1), optional: z.boolean().optional() }),
  z.strictObject({ kind: z.literal('strike-exception'), optional: z.boolean().optional() }),
  z.strictObject({ kind: z.literal('replace-exception'), text: editText('the exception text'), optional: z.boolean().optional() }),
  z.strictObject({
    kind: z.literal('limit-purpose'),
    text: editText('the purpose text').optional(),
    optional: z.boolean().optional(),
    /** Only when no earlier edit of the list changed the sentence (a narrower purpose instead of a ban, not as well). */
    onlyIfNoneBefore: z.boolean().optional(),
  }),
  z.strictObject({
    kind: z.literal('append-proviso'),
    text: editText('the proviso text'),
    /** Apply only to sentences that use one of these words, so a proviso lands only where it makes sense. */
    onlyIf: z.array(text('a word')).min(1).optional(),
    /** Skip sentences that use one of these words, where the proviso would contradict the grant it qualifies. */
    unlessMentions: z.array(text('a word')).min(1).optional(),
    /** Words the proviso contradicts ("in its sole discretion" beside "approved by Customer"), struck when it goes in. */
    strikes: z.array(text('a phrase')).min(1).optional(),
    /** Strike ", together with …," material the grant pulls in beside its object, which a carve-out would contradict. */
    strikesTagAlong: z.boolean().optional(),
    /** Strike the vendor's claim to own what it makes (", and shall own all right, title and interest in them"). */
    strikesOwnership: z.boolean().optional(),
    /**
     * Derived data whose sentence sets its own standard ("as long as they don't identify you") keeps it: 'absent' puts
     * the proviso only on sentences without one, 'required' only on sentences with one (the limbs the standard lacks).
     */
    ownStandard: z.enum(['absent', 'required']).optional(),
    optional: z.boolean().optional(),
  }),
  /** "for any purpose, including to train our models and to publish research": the model-development purposes go, the others stay. */
  z.strictObject({ kind: z.literal('strike-model-purposes'), optional: z.boolean().optional() }),
  z.strictObject({ kind: z.literal('swap-owner'), optional: z.boolean().optional() }),
  /** "… owns the Platform and its improvements, whether or not developed using Customer Data": the reach over the data goes. */
  z.strictObject({ kind: z.literal('strike-ownership-reach'), optional: z.boolean().optional() }),
  // "suggestions, ratings, transcript corrections or other feedback": the corrections of the content leave the list.
  z.strictObject({ kind: z.literal('strike-content-feedback'), optional: z.boolean().optional() }),
  /** "grants the Client a non-exclusive licence to use them … during the Subscription Term": the licence outlives the term. */
  z.strictObject({ kind: z.literal('perpetual-licence'), optional: z.boolean().optional() }),
  z.strictObject({ kind: z.literal('strike-survival'), optional: z.boolean().optional() }),
  // `derivedText`: the safeguard put on a carve-out that keeps only usage, feedback and derived data (see derivedKept).
  z.strictObject({ kind: z.literal('cease-retention'), text: editText('the cessation text'), derivedText: editText('the safeguard on derived data kept').optional(), optional: z.boolean().optional() }),
  /** "We keep Client Files for as long as the subscription continues": the deletion at the end, added after it. */
  z.strictObject({ kind: z.literal('append-deletion'), text: editText('the deletion text'), optional: z.boolean().optional() }),
  z.strictObject({ kind: z.literal('fix-version'), text: editText('the fixed-version text'), optional: z.boolean().optional() }),
  /**
   * "Supplier may add or replace a Model Provider by updating that page …": the customer's right to object before a new
   * provider receives the data, as a proviso whose word "provider" becomes the contract's own name for what changes.
   * Where it applies it is the whole edit: the position's other edits are written for policies, not provider lists.
   */
  z.strictObject({ kind: z.literal('objection-right'), text: editText('the objection proviso'), optional: z.boolean().optional() }),
  /** "Unless you have turned off X, you grant …" → "If you have turned on X, you grant …": the customer's grant made opt-in. */
  z.strictObject({ kind: z.literal('opt-in-grant'), optional: z.boolean().optional(), onlyIfNoneBefore: z.boolean().optional() }),
]);

export const PlaybookPositionSchema = z.strictObject({
  id: z.enum(POSITION_IDS, { error: 'must be "preferred", "fallback1" or "fallback2"' }),
  label: text('the position label'),
  /** Clause wording; may use {{customerData}}, {{vendor}}, {{customer}} and {{agreement}}. */
  clause: text('the clause text').superRefine(checkPlaceholders),
  /** Surgical edits of the vendor's sentence; when absent or when one does not apply, `clause` replaces it. */
  edits: z.array(SurgicalEditSchema).min(1, 'list at least one edit, or leave "edits" out').optional(),
  internalComment: text('the internal comment'),
  externalComment: text('the external comment'),
  /**
   * When no edit of the vendor's sentence fits, the clause goes in as a clause of its own after it instead of in its
   * place, and once written it answers the issue for the whole document: a reference to a policy the customer needs
   * (the list of AI providers) stays, and every later reference is covered by the one clause.
   */
  standsApart: z.boolean().optional(),
  /**
   * The same position in terms an individual accepts (consumer terms), where the business wording does not fit: an
   * individual asks for a written answer, not the vendor's audit reports.
   */
  forIndividuals: z
    .strictObject({
      label: text('the position label for individuals'),
      clause: text('the clause text for individuals').superRefine(checkPlaceholders),
      internalComment: text('the internal comment for individuals'),
      externalComment: text('the external comment for individuals'),
      /** Edits of the vendor's sentence as an individual would ask them ("unless you expressly agree", not a signed amendment). */
      edits: z.array(SurgicalEditSchema).min(1, 'list at least one edit, or leave "edits" out').optional(),
    })
    .optional(),
});

export const PlaybookIssueSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'the issue id must be lower-case words joined by hyphens, e.g. "ai-training"'),
    appliesTo: z
      .array(z.enum(TARGET_IDS, {
        error: `must be one of: ${TARGET_IDS.join(', ')}`,
      }))
      .min(1, 'list at least one category or protection this issue handles'),
    title: text('the issue title'),
    /** The caption a clause inserted for this issue takes where the contract heads its clauses ("Records and Audit"). */
    heading: text('the heading').superRefine(checkPlaceholders).optional(),
    risk: text('the risk explanation'),
    /**
     * Why we ask for the change, in words fit for the counterparty and true whatever the edit turned out to be: the
     * review writes what was struck and inserted from the edit itself and adds this reason.
     */
    rationale: text('the rationale').superRefine(checkPlaceholders).optional(),
    questions: z.array(text('a question')).min(1, 'list at least one question to put to the vendor'),
    positions: z
      .array(PlaybookPositionSchema)
      .min(1, 'give at least the preferred position')
      .max(3, 'give at most three positions: preferred, fallback1 and fallback2'),
    walkAway: text('the walk-away note'),
  })
  .superRefine((issue, ctx) => {
    // Positions are a ladder: the order the lawyer concedes in must be the order they are listed.
    issue.positions.forEach((position, index) => {
      if (position.id !== POSITION_IDS[index]) {
        ctx.addIssue({
          code: 'custom',
          path: ['positions', index, 'id'],
          message: `position ${index + 1} must be "${POSITION_IDS[index]}" (positions go preferred, fallback1, fallback2 in that order)`,
        });
      }
    });
  });

export const PlaybookSchema = z
  .strictObject({
    version: z.literal(1, { error: 'must be 1 (the only playbook format version so far)' }),
    name: text('the playbook name'),
    /** The review mode the playbook serves; playbooks written before modes existed serve the customer. */
    mode: z.enum(REVIEW_MODES, { error: `must be one of: ${REVIEW_MODES.join(', ')}` }).optional(),
    /** When true, the issues here replace same-id issues of the default playbook and add the rest to it. */
    extendsDefault: z.boolean().optional(),
    issues: z.array(PlaybookIssueSchema).min(1, 'a playbook needs at least one issue'),
  })
  .superRefine((playbook, ctx) => {
    const seen = new Set<string>();
    const mode = playbook.mode ?? 'customer';
    const allowed = new Set<string>(modeTargets(mode));
    playbook.issues.forEach((issue, index) => {
      if (seen.has(issue.id)) {
        ctx.addIssue({ code: 'custom', path: ['issues', index, 'id'], message: `the issue id "${issue.id}" is used twice; ids must be unique` });
      }
      seen.add(issue.id);
      // A category of another mode would never be found in this playbook's mode: say so rather than ignore it.
      issue.appliesTo.forEach((target, at) => {
        if (allowed.has(target)) return;
        const owner = REVIEW_MODES.find((other) => modeTargets(other).includes(target)) ?? 'customer';
        ctx.addIssue({
          code: 'custom',
          path: ['issues', index, 'appliesTo', at],
          message: `"${target}" belongs to the ${MODE_NAMES[owner]} mode, but this playbook serves the ${MODE_NAMES[mode]} mode; set "mode" to "${owner}" or remove it from "appliesTo"`,
        });
      });
    });
  });

export type CategoryOrProtection = CategoryId | ProtectionId;
export type Playbook = z.infer<typeof PlaybookSchema>;
export type PlaybookIssue = z.infer<typeof PlaybookIssueSchema>;
export type PlaybookPosition = z.infer<typeof PlaybookPositionSchema>;
export type SurgicalEdit = z.infer<typeof SurgicalEditSchema>;
