// On the customer's own form, a clause of the vendor's terms annexed to it that gives the vendor what the form's own
// clauses withhold goes whole, its number kept. Rewriting it into a permission with safeguards hands the vendor, in its
// own terms, a right the form never gave (audit208, 462 Sch. 3 § 1.2: "On its own form the Group should simply delete
// para 1.2"; §§ 1.3 and 2.1 were left beside the form's training ban and deletion duty). Pure: engine types only.
import type { Analysis, Finding, Paragraph } from '../engine/types';
import { numberAtStart } from './clauseNumbers';
import { PART_HEADING, PART_PREVAILS_HEAD, prevailsOver } from './partRank';
import { commentWording } from './wording';

/** What the form's own protection answers, and why, by the protection's rule. */
interface Guard {
  readonly risks: readonly string[];
  readonly reason: string;
  /** The words the protection must use for the reason to describe it ("train": 454 § 3.6 bans outside AI services). */
  readonly says: RegExp;
}
const GUARDS: Readonly<Record<string, Guard>> = {
  'training-prohibited': { risks: ['ai-training'], reason: 'forbids {{vendor}} to train models on {{customerData}}', says: /\btrain/i },
  'deletion-duty': { risks: ['survival-retention'], reason: 'requires {{vendor}} to delete {{customerData}} when it ends', says: /\b(?:delet|destr|eras)/i },
  'output-customer-owns': { risks: ['output-ownership'], reason: 'gives {{customer}} the outputs', says: /\bOutputs?\b/i },
};
/** "… and the Contractor acquires no rights in it except the limited right to use it … to provide the Services". */
const WITHHOLDS = /\b(?:acquires?|obtains?|has|have|is\s+granted|are\s+granted)\s+no\s+(?:rights?|licen[cs]es?|title|interest)\b/i;
const WITHHELD_RISKS = ['ai-training', 'service-improvement', 'aggregated-data', 'broad-license'];
const WITHHELD_REASON = 'gives {{vendor}} no rights in {{customerData}} beyond providing the {{services}}';
/** A sentence that also restricts or conditions what it gives keeps it: only a bare grant goes whole. */
const RESTRICTS = /\b(?:shall|will|must|may)\s+not\b|\bprovided\s+that\b|\bsubject\s+to\b|\bonly\b|\bsolely\b|\b(?:law|laws|legal|statutory|regulat\w*|safety|backups?)\b/i;

/**
 * "The Vision Models … are and shall remain the exclusive property of Kestrelline" (458 C3.3), "may use any feedback …"
 * (C8.1): the vendor's own property and the customer's feedback are the vendor's; only their reach over the customer's
 * data is struck, as on any vendor paper (audit206 sent both unedited).
 */
const KEEPS_ITS_OWN = /\b(?:property|owns?|owned|ownership|title|feedback|suggestions)\b/i;
/** Words of data derived from the customer's: aggregated, anonymised, statistics. */
const DERIVED = /\b(?:aggregat\w*|anonymi[sz]\w*|de-?identif\w*|statistic\w*|benchmark\w*)/i;
/** ", save that Annex C shall prevail in relation to …": the form's own deference to the vendor's part. */
const DEFERENCE = new RegExp(String.raw`,\s+${PART_PREVAILS_HEAD}[^.;]*`, 'g');

/** The reason a risk in the vendor's annexed terms goes whole, worded, or undefined where the form's own clauses do not answer it. */
export type OwnClauseGuard = (finding: Finding) => string | undefined;

export function ownClauseGuards(analysis: Analysis, paragraphs: readonly Paragraph[], vendorParts: ReadonlySet<number>): OwnClauseGuard {
  // Only where the form's clauses prevail: a rider ranked above them is the bargain itself (audit200, 450's Schedule 5
  // kept its aggregated statistics once anonymous). The form's own "save that Annex C shall prevail" is struck by
  // ownFormDeference, so it does not count here.
  const prevails = prevailsOver(paragraphs.map((p, index) => (vendorParts.has(index) ? p : { ...p, text: p.text.replace(DEFERENCE, '') })));
  const cited = (f: Finding) => numberAtStart(paragraphs[f.paragraph]?.text ?? '');
  // The form's own clauses are its body, before the first schedule: a service-level schedule promises no deletion.
  const firstPart = paragraphs.findIndex((p) => PART_HEADING.test(p.text));
  const body = firstPart < 0 ? paragraphs.length : firstPart;
  return (finding) => {
    if (!vendorParts.has(finding.paragraph) || finding.stance !== 'risk' || RESTRICTS.test(finding.quote) || KEEPS_ITS_OWN.test(finding.quote)) return undefined;
    const own = analysis.findings.filter((f) => f.stance === 'protective' && f.paragraph < body && !prevails(finding.paragraph, f.paragraph));
    // The clause that answers this risk in terms comes first; one that withholds every other right answers the rest.
    // Derived data is answered only by that: a deletion duty or a training ban leaves anonymous statistics their use.
    for (const f of DERIVED.test(finding.quote) ? [] : own) {
      const guard = f.rules.map((rule) => GUARDS[rule]).find((g) => g?.risks.includes(finding.category) && g.says.test(f.quote));
      const number = cited(f);
      if (guard && number) return clauseReason(number, guard.reason, analysis);
    }
    const withholding = own.find((f) => WITHHOLDS.test(f.quote) && cited(f) !== undefined);
    return withholding && WITHHELD_RISKS.includes(finding.category) ? clauseReason(cited(withholding) ?? '', WITHHELD_REASON, analysis) : undefined;
  };
}

/** Said in the form's own words ("the Contractor", "Group Data"), not the annexed terms' ("Clearpaw", "Customer Data"). */
function clauseReason(number: string, what: string, analysis: Analysis): string {
  return commentWording(`Clause ${number} of this {{agreement}} ${what}, and its clauses prevail over {{vendor}}'s terms annexed to it.`, analysis.terms);
}
