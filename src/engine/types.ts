// The nouns of the engine: paragraphs in; findings, missing protections and redline plans out.
// Pure data. Must not import Office, React or anything that touches the DOM or the file system.

/** One paragraph of the document as the engine sees it. */
export interface Paragraph {
  readonly text: string;
  readonly isHeading?: boolean;
  readonly isListItem?: boolean;
  readonly inTable?: boolean;
  /** Word style name where known ("Heading 1", "List Paragraph"); informative only. */
  readonly style?: string;
}

export const RISK_CATEGORIES = [
  'ai-training',
  'service-improvement',
  'aggregated-data',
  'broad-license',
  'output-ownership',
  'survival-retention',
  'third-party-ai',
  'policy-by-reference',
] as const;

export const PROTECTIVE_CATEGORIES = ['no-training', 'opt-out', 'deletion', 'confidentiality', 'audit'] as const;

/** Protections whose absence is reported. `model-provider-flow-down` has no clause category of its own. */
export const PROTECTION_IDS = ['no-training', 'deletion', 'audit', 'model-provider-flow-down'] as const;

// ---- Review modes (issue 12). The lists above are the customer mode's; each other mode has its own. ----

/** Whose chair the review sits in: the customer's (default), the vendor's, or a data holder's under a data-use agreement. */
export const REVIEW_MODES = ['customer', 'vendor', 'dua'] as const;
export type ReviewMode = (typeof REVIEW_MODES)[number];

/** Data-use agreement for model training, read for the data holder: training is the purpose, not the risk. */
export const DUA_RISK_CATEGORIES = ['dua-use-beyond-purpose', 'dua-data-disclosure', 'dua-data-retention'] as const;
/** Each DUA protection is both a clause category and a protection whose absence is reported. */
export const DUA_PROTECTION_IDS = [
  'dua-purpose-limit',
  'dua-confidentiality',
  'dua-human-review-limit',
  'dua-privacy-techniques',
  'dua-no-reidentification',
  'dua-deletion',
  'dua-model-release',
  'dua-security',
] as const;

/** The customer's paper read for the vendor: overreaching restrictions are the risks. */
export const VENDOR_RISK_CATEGORIES = ['vendor-aggregate-ban', 'vendor-model-deletion', 'vendor-unlimited-audit', 'vendor-overbroad-no-training'] as const;
/** Terms that keep the service workable for the vendor; each is also reported when missing. */
export const VENDOR_PROTECTION_IDS = ['vendor-aggregate-right', 'vendor-prior-models', 'vendor-audit-limits', 'vendor-security-carve-out'] as const;

/** Category ids are part of the JSON contract of `analyze`. */
export type CategoryId =
  | (typeof RISK_CATEGORIES)[number]
  | (typeof PROTECTIVE_CATEGORIES)[number]
  | (typeof DUA_RISK_CATEGORIES)[number]
  | (typeof DUA_PROTECTION_IDS)[number]
  | (typeof VENDOR_RISK_CATEGORIES)[number]
  | (typeof VENDOR_PROTECTION_IDS)[number];
export type ProtectionId = (typeof PROTECTION_IDS)[number] | (typeof DUA_PROTECTION_IDS)[number] | (typeof VENDOR_PROTECTION_IDS)[number];

/** What each mode reports: its risk and protective categories, and the protections whose absence it reports. */
export const MODE_CATEGORIES: Readonly<Record<ReviewMode, { readonly risks: readonly CategoryId[]; readonly protective: readonly CategoryId[]; readonly protections: readonly ProtectionId[] }>> = {
  customer: { risks: RISK_CATEGORIES, protective: PROTECTIVE_CATEGORIES, protections: PROTECTION_IDS },
  vendor: { risks: VENDOR_RISK_CATEGORIES, protective: VENDOR_PROTECTION_IDS, protections: VENDOR_PROTECTION_IDS },
  dua: { risks: DUA_RISK_CATEGORIES, protective: DUA_PROTECTION_IDS, protections: DUA_PROTECTION_IDS },
};

/** `neutral`: a term the lawyer should read (a survival list, a bounded retention period) that is neither. */
export type Stance = 'risk' | 'protective' | 'neutral';
export type Severity = 'high' | 'medium' | 'low';

export type SignalRole = 'actor' | 'permission' | 'prohibition' | 'object' | 'purpose' | 'modifier' | 'exception';

/** A piece of evidence: the exact words that triggered part of a finding. Offsets are paragraph-relative, half-open. */
export interface Signal {
  readonly role: SignalRole;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface Finding {
  /** Stable id derived from the rule, the paragraph and the offsets (never random). */
  readonly id: string;
  readonly category: CategoryId;
  readonly stance: Stance;
  readonly severity: Severity;
  /** Zero-based paragraph index. */
  readonly paragraph: number;
  /** Half-open offsets in UTF-16 code units of that paragraph's text; `quote === text.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly evidence: readonly Signal[];
  /** Ids of the detection rules that fired for this finding, the deciding rule first. */
  readonly rules: readonly string[];
  /** Where the clause says it applies only to some plans, products or regions, or "by default". */
  readonly scope?: string;
  /** Plain-language explanation that quotes the evidence. */
  readonly explanation: string;
  /** Id of the playbook issue that handles this finding. */
  readonly playbookIssue: string;
}

export interface MissingProtection {
  readonly category: ProtectionId;
  /** Zero-based index of the paragraph after which the clause belongs. */
  readonly insertAfterParagraph: number;
  readonly explanation: string;
  readonly playbookIssue: string;
}

/** What a defined term names, as far as the engine can tell. */
export type TermDenotation = 'customer-data' | 'usage-data' | 'output' | 'vendor' | 'customer' | 'agreement' | 'other';

export interface Definition {
  readonly term: string;
  readonly paragraph: number;
  /** Offsets of the term itself inside its paragraph (half-open). */
  readonly start: number;
  readonly end: number;
  readonly meaning: string;
  readonly denotes: TermDenotation;
  /** Written with its article inside the quotes ('("the Contractor")'): the party takes "the" wherever it is named. */
  readonly articled?: true;
}

export interface Parties {
  /** The contract's short name for the vendor ("Provider", "Acme"), if found. */
  readonly vendor?: string;
  readonly customer?: string;
  readonly vendorAliases: readonly string[];
  readonly customerAliases: readonly string[];
}

/** The contract's own words, used to fill playbook placeholders. */
export interface ContractTerms {
  readonly customerData: string;
  readonly vendor: string;
  readonly customer: string;
  readonly agreement: string;
  /** The contract's name for what the vendor provides ("Services", "Platform"), or "services" when it defines none. */
  readonly services: string;
  /** The contract's spelling, so inserted text says "license" in a US contract and "licence" in an English one. */
  readonly spelling: 'us' | 'uk';
  /** "we" and "you": the contract speaks as the vendor to the customer, and inserted wording does the same. */
  readonly voice?: 'we-you';
  /** The contract's own term for data made from the customer's ("De-identified Data", "Derived Data"), if it has one. */
  readonly derivedData?: string;
  /** The contract's defined term for the model trained under it ("Model", "Trained Models"), if it has one. */
  readonly model?: string;
  /** The contract's own defined term for its subcontractors ("Sub-processor", "Sub-contractor"), singular, if it has one. */
  readonly subprocessor?: string;
  /** The contract's words for the vendor's other customers where it uses its own ("other clients"), if it does. */
  readonly otherCustomers?: string;
  /** The contract's defined term for the day it takes effect ("Effective Date", "Commencement Date"), if it has one. */
  readonly startDate?: string;
  /** Party terms the contract writes with "the" ("the Supplier"), so inserted wording does the same. */
  readonly articled?: readonly string[];
  /** The contract's defined term for what the AI returns ("Outputs", "Completions"), plural, if it has one. */
  readonly outputs?: string;
  /** The contract's word for its own provisions where it is not "clause" ("Section", "paragraph"), as it writes it. */
  readonly provision?: string;
  /** "Term": the contract's defined word for how long it runs, so inserted wording says "the Term". */
  readonly term?: 'Term';
  /** "each a "Party"": the contract capitalises its word for the parties, so inserted wording does too. */
  readonly partiesCapitalised?: true;
  /** The contract's defined term for the outside providers of its AI models ("Model Partner"), singular, if it has one. */
  readonly modelProvider?: string;
  /** The contract's defined term for the vendor's usage or telemetry data ("Service Telemetry"), if it has one. */
  readonly usageData?: string;
  /** A second customer-data term the contract names beside the main one ("Conversation Data"), if it keeps doing so. */
  readonly companionData?: string;
  /** The contract's defined term for purposes that include the vendor's own development ("Supplier Purposes"). */
  readonly vendorPurposes?: string;
  /**
   * "will" or "must": the contract promises with them, never (or hardly ever) "shall", so inserted wording does too;
   * "must" where it is the contract's word for every duty.
   */
  readonly modal?: 'will' | 'must';
  /**
   * "words": the contract writes its periods in words alone ("within sixty days"); "digits": in numerals alone ("within
   * 30 days"); never "thirty (30) days" in either.
   */
  readonly numbers?: 'words' | 'digits';
}

export interface Analysis {
  readonly findings: readonly Finding[];
  readonly missing: readonly MissingProtection[];
  readonly definitions: readonly Definition[];
  readonly parties: Parties;
  readonly terms: ContractTerms;
  /** The mode the document was read in; absent means `customer`. */
  readonly mode?: ReviewMode;
  /** Set when the document reads as another mode's kind of agreement (a data-use agreement read as the customer). */
  readonly suggestedMode?: ReviewMode;
  /**
   * Paragraphs that let the vendor train a model kept for the customer alone ("a dedicated instance … exclusively for
   * the Health Authority"): no risk is found there, and a ban the review inserts keeps that model.
   */
  readonly customerModels?: readonly number[];
}

/**
 * One edit on the anchor paragraph's original text. Offsets are in the original text (half-open).
 * Ops are sorted by position; at the same position a delete comes before an insert; deletes never overlap and an
 * insert never falls strictly inside a delete.
 */
export type RedlineOp =
  | { readonly kind: 'delete'; readonly start: number; readonly end: number; readonly text: string }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string };

export type PlanKind = 'word-level' | 'sentence' | 'inserted-paragraph';

export type PlanSource =
  | { readonly kind: 'finding'; readonly findingId: string }
  | { readonly kind: 'missing'; readonly category: ProtectionId };

export interface RedlinePlan {
  readonly id: string;
  readonly kind: PlanKind;
  readonly source: PlanSource;
  /** Every finding and missing protection this plan answers, when it answers more than its `source` (a review plan). */
  readonly covers?: readonly PlanSource[];
  readonly positionId: string;
  /** Anchor paragraph index. */
  readonly paragraph: number;
  /** Anchor paragraph text the plan was computed against (used to refuse stale plans). */
  readonly originalText: string;
  /** Anchor paragraph text after the ops; equals `originalText` when the plan only inserts paragraphs. */
  readonly targetText: string;
  readonly ops: readonly RedlineOp[];
  /** New paragraphs inserted after the anchor, in order. */
  readonly newParagraphs: readonly string[];
  readonly comment: { readonly internal: string; readonly external: string };
  /** Why the plan is coarser than usual (a sentence too long to redline word by word), in words for the user. */
  readonly note?: string;
}

/** A broken invariant inside our own code (never a user's mistake). */
export class InvariantError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvariantError';
  }
}
