// The clause frame: one typed reading of a sentence that the rules, the trace and the redline planner all share.
// Pure types; imports only the engine's types and the vocabulary ids.
import type { SetId } from '../language/vocabulary';

/** A phrase the frame rests on; offsets are relative to the paragraph (half-open), like a finding's evidence. */
export interface Cue {
  readonly set: SetId;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export type Side = 'vendor' | 'customer' | 'third-party' | 'unknown';

export type ActionKind = 'use' | 'train' | 'improve' | 'retain' | 'share' | 'grant' | 'delete' | 'own' | 'survive' | 'optOut' | 'optIn' | 'aggregate';

export type ObjectKind = 'customer-data' | 'usage-data' | 'output' | 'feedback' | 'derived' | 'vendor-material' | 'confidential' | 'generic';

// 'despite-control': a choice named only to say it does not stop the use ("even if you have opted out").
export type ConditionKind = 'consent' | 'opt-out' | 'wish' | 'despite-control' | 'customer-serving' | 'safety' | 'vendor-ends' | 'other';

export interface Action extends Cue {
  readonly kind: ActionKind;
  /** Whether this action is denied ("will not train", "disabled retention"); each action has its own polarity. */
  readonly negated: boolean;
  /** Inside the subject, before the clause's modal or verb ("Data submitted to fine-tune a model is retained"). */
  readonly inSubject: boolean;
  /** Right after "who", "which" or "that": it describes someone ("the customer who trained the model"). */
  readonly relative: boolean;
  /** A noun, not a verb: "its use of Customer Data", "the retention period". */
  readonly nominal: boolean;
  /**
   * The word names a rule or setting ("retention policy", "training settings") or a state kept ("keep it secure"): a
   * topic, not an act.
   */
  readonly topic: boolean;
}

export interface DataObject extends Cue {
  readonly kind: ObjectKind;
}

export interface Condition {
  readonly kind: ConditionKind;
  /** The word that opens it ("unless", "except", "if", "without") and the cue that classified it. */
  readonly opener: Cue | undefined;
  readonly cue: Cue | undefined;
  /** A consent that is only turning a product feature on ("where Customer has enabled AI Companion"). */
  readonly featureOnly?: boolean;
  /** Offsets of the whole condition (paragraph-relative, half-open). */
  readonly start: number;
  readonly end: number;
}

export interface Actor {
  readonly side: Side;
  readonly cue: Cue | undefined;
  /** True when the sentence is passive ("is used by"), so the actor may be implicit. */
  readonly passive: boolean;
}

/** One main clause of the sentence: who may or may not do what, to which data, for what, under which conditions. */
export interface Predicate {
  readonly start: number;
  readonly end: number;
  readonly actor: Actor;
  /** Who holds title after "vests in", "belongs to", "is the property of", "is owned by", "is assigned to". */
  readonly owner: Actor | undefined;
  /** Parties other than the actor: generic outsiders, or providers named after "with", "to", "by", "via". */
  readonly outsiders: readonly Cue[];
  /** True for a question ("Do you train on my data?"): it asks, it grants nothing. */
  readonly question: boolean;
  /** Who receives what is granted or shared ("grants us", "share with OpenAI", "licensed to Acme"), if named. */
  readonly recipient: Actor | undefined;
  readonly modal: Cue | undefined;
  readonly polarity: 'positive' | 'negative';
  /** What makes it negative ("isn’t", "No Customer Data", a negative heading, "disabled"). */
  readonly negation: Cue | undefined;
  /** "Nothing ... prevents", "not restricted from": a permission worded as a negative. */
  readonly doubleNegative: Cue | undefined;
  readonly actions: readonly Action[];
  readonly objects: readonly DataObject[];
  readonly ai: readonly Cue[];
  readonly purposes: readonly Cue[];
  readonly conditions: readonly Condition[];
  /** Everything the predicate's words matched, for rules that ask about a word set directly. */
  readonly cues: readonly Cue[];
  /** The word sets present, for constant-time questions. */
  readonly sets: ReadonlySet<SetId>;
}

export interface ClauseFrame {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** A short title before the sentence ("No AI training.", "3.4 Model Development:"), and whether it says no. */
  readonly heading: { readonly text: string; readonly negative: boolean; readonly cues: readonly Cue[] } | undefined;
  /** True when the sentence defines a term ('"Services" means …'): it says what words cover, it grants nothing. */
  readonly isDefinition: boolean;
  /**
   * True when the sentence is a recital ("WHEREAS the Vendor has developed …") or the preamble ("This … Agreement is
   * entered into … between …"): it tells the background or names the parties; the operative clauses grant and promise.
   */
  readonly isRecital: boolean;
  /** True when the sentence is itself only a heading; headings name a topic and grant nothing. */
  readonly isHeading: boolean;
  /** True when the heading is marked as one: numbered, named as a part of the document, or in capitals. */
  readonly isTitle: boolean;
  /** True when the sentence is a list item that starts with a bare verb ("Train models", "to scrape the Site"). */
  readonly imperative: boolean;
  /** True when the sentence is an item in a list of things the customer must not do. */
  readonly inCustomerRestrictionList: boolean;
  readonly predicates: readonly Predicate[];
  /** Plan, product or region limits and "by default" (reported on findings as their scope). */
  readonly scope: readonly Cue[];
  /** Time words: periods, termination, survival, backups, open-ended retention. */
  readonly time: readonly Cue[];
  /** All cues of the sentence. */
  readonly cues: readonly Cue[];
  /** The word sets present in the sentence. */
  readonly sets: ReadonlySet<SetId>;
}
