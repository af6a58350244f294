// "Usage Data shall not constitute Customer Data", '"Customer Data" means …, but excludes Model Data and Derived
// Insights': a clause that takes data made from the customer's out of the contract's data term takes it out of every
// protection the contract gives that term (ownership, confidentiality, deletion, the promises about training). The
// lawyer audits of 318, 319, 323, 324, 325 and 327 each listed such a clause as missed while the review narrowed the
// grants over the same data. The customer's answer keeps the exclusion only for data that is what such terms claim to
// be: "…, except to the extent that it contains Customer Data or identifies Customer or any individual". Pure: engine
// types and the review's own helpers only.
import type { Analysis, Definition, Paragraph, RedlineOp } from '../engine/types';
import type { PlaybookIssue } from '../playbook/schema';
import { conformingEdit, type EditItem, type ReviewChoices } from './reviewItems';
import { escapeRegExp } from './redline/surgical/context';
import { commentWording, contractWording } from './wording';

/** What a definition of data made from the customer's says it is. */
const MADE_FROM_CUSTOMERS = /\b(?:derived|generated|aggregat\w*|de-?identified|anonymi[sz]\w*|pseudonymi[sz]\w*|usage|telemetry|metadata|statistic\w*|insights?|models?|logs?|signals?|performance|operation|corrections?|ratings?|edits|annotations?|dispositions?|interactions?)\b/i;

/** What a second name for the customer's data says when it names data made from it. */
// Lower case, and before any exclusion: "… but excludes Model Data and Derived Insights" names what is not in it.
const MADE_FROM = /\b(?:derived|de-?identified|pseudonymi[sz]\w*|anonymi[sz]\w*|aggregat\w*|extracts?|after\s+(?:the\s+)?removal)\b/;
const EXCLUSION_START = /\b(?:but|excluding|excludes|except|other\s+than|does\s+not\s+include)\b/;
const namesMadeData = (meaning: string): boolean => MADE_FROM.test(meaning.split(EXCLUSION_START)[0] ?? meaning);

/** Names of data the vendor keeps beside the customer's: "Usage Data", "Derived Insights", "Feedback". */
const DATA_NAME = /^(?:[A-Z][\w-]*\s+){0,3}(?:Data|Insights|Information|Signals|Metrics|Statistics|Feedback)$/;

/** One defined name: capitalised words. */
const NAME = String.raw`(?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*){0,3}`;

/**
 * A definition that sweeps in what the customer put in or what is made from it ("including the prompts you submit",
 * "model weights … generated from processing Customer Data"): excluding it from the data term takes the customer's
 * material out with it. Pure telemetry ("login events, API call volumes") is left to stand.
 */
const CARRIES_CUSTOMER_MATERIAL = /\b(?:customer data|content|prompts?|queries|inputs?|messages|files|documents|recordings?|transcripts?|corrections?|annotations?|dispositions?|outcomes?|derived|generated from|weights|embeddings|journeys?|deliveries|records)\b/i;
/** A definition that already keeps identifying data out ("which do not identify Customer or any individual"). */
// "… which does not contain document content or Personal Data" keeps both out already (audit153, 360's "Supplier
// Operational Data": the carve-back was judged circular and needless).
// "… does not contain Customer Data in any identifiable form" (380's "Service Analytics") keeps it out too.
const IDENTIFIES_NO_ONE =
  /\b(?:(?:does|do|will|shall|cannot|could)\s+not\s+(?:\w+\s+){0,3}identify|(?:does|do|will|shall)\s+not\s+(?:contain|include)\s+[^.;]{0,60}?\bin\s+(?:an?\s+|any\s+)?identifiable\s+form|(?:does|do|will|shall)\s+not\s+(?:contain|include)\s+(?:any\s+)?(?:[\w-]+\s+){0,2}(?:content|personal\s+data|personal\s+information)\b[^.;]{0,40}?\b(?:or|and)\s+(?:any\s+)?(?:personal\s+data|personal\s+information|content)|anonymi[sz]\w*|not\s+(?:reasonably\s+)?(?:be\s+)?(?:used\s+to\s+)?identif\w*|no\s+longer\s+identif\w*)\b/i;

/** Where the exclusion already keeps identifying data in ("… in a form that identifies …"), nothing is added. */
const QUALIFIED = /\b(?:identif\w*|to the extent|except)\b/i;

export interface Declassified {
  readonly paragraph: number;
  /** The data term they are taken out of, and the names taken out of it. */
  readonly dataTerm: string;
  readonly names: readonly string[];
  readonly ops: readonly RedlineOp[];
}

/** Whether a name is data made from the customer's, by its definition or, lacking one, by its name. */
function madeFromCustomers(name: string, definitions: readonly Definition[]): boolean {
  const defined = definitions.find((d) => d.term === name);
  // A second name for the customer's own data ('"Model Data" means Claims Data … after removal of direct identifiers')
  // taken out of the first is the plainest case.
  if (defined) return defined.denotes === 'usage-data' || defined.denotes === 'customer-data' || (defined.denotes === 'other' && MADE_FROM_CUSTOMERS.test(defined.meaning));
  return DATA_NAME.test(name);
}

/** Whether a defined name carries the customer's material and does not already keep out what identifies anyone. */
function carriesCustomerMaterial(name: string, definitions: readonly Definition[]): boolean {
  const meaning = definitions.find((d) => d.term === name)?.meaning ?? '';
  return CARRIES_CUSTOMER_MATERIAL.test(meaning) && !IDENTIFIES_NO_ONE.test(meaning);
}

/** The names of a list: "Model Data and Derived Insights", "Usage Data or Aggregated Data". */
const namesOf = (list: string): string[] => list.split(/(?<!\s)\s*,\s*|(?<!\s)\s+(?:and|or)\s+/).filter((name) => name !== '');

/**
 * Each clause that takes data made from the customer's out of the contract's data term, with the qualifier that keeps
 * identifying data and the customer's own content in: in the data term's definition ("but excludes Model Data and
 * Derived Insights") and in a clause of the vendor's data ("Usage Data shall not constitute Customer Data").
 */
export function declassifiedData(analysis: Analysis, paragraphs: readonly Paragraph[]): Declassified[] {
  // Every name the contract gives the customer's data ("Customer Data", and "Claims Data" beside it).
  // A second name for data made from it ('"Service Improvement Data" means pseudonymised extracts of Conversation
  // Content') is the vendor's, not the customer's (audit134, 329 § 12.1: redacted card numbers were kept in it).
  const dataTerms = [...new Set([analysis.terms.customerData, ...analysis.definitions.filter((d) => d.denotes === 'customer-data' && !namesMadeData(d.meaning)).map((d) => d.term)])].filter((term) => /^[A-Z]/.test(term));
  if (dataTerms.length === 0) return [];
  const data = dataTerms.map(escapeRegExp).join('|');
  const excludes = new RegExp(String.raw`\b(?:but\s+)?(?:excludes|excluding|does\s+not\s+include|shall\s+not\s+include|will\s+not\s+include)\s+(?:any\s+)?(${NAME}(?:(?:,\s+|\s+(?:and|or)\s+)${NAME}){0,3})(?=\s*(?:[.;,]|$))`);
  const notData = new RegExp(String.raw`\b(?:shall|will|does|do|is|are)\s+not\s+(?:constitute|be\s+(?:treated\s+as|deemed(?:\s+to\s+be)?|considered)|form\s+part\s+of|be)\s+(?:the\s+)?(${data})(?:\s+or\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w-]*)?(?=\s*(?:[.;]|$))`);
  const found: Declassified[] = [];
  paragraphs.forEach((paragraph, index) => {
    const text = paragraph.text;
    const defining = analysis.definitions.find((d) => d.paragraph === index && dataTerms.includes(d.term));
    if (defining) {
      const excluded = excludes.exec(text.slice(defining.end));
      const names = excluded?.[1] ? namesOf(excluded[1]) : [];
      if (!excluded || names.length === 0 || !names.every((name) => madeFromCustomers(name, analysis.definitions))) return;
      if (!names.some((name) => carriesCustomerMaterial(name, analysis.definitions))) return;
      if (QUALIFIED.test(text.slice(defining.end + excluded.index))) return;
      const listed = defining.end + excluded.index + excluded[0].length;
      // "but does not include Usage Data, Platform Insights or any model … derived from …": the exclusions run on past
      // the names read; the exception goes after the last of them, not into the middle of the list (audit180, 407 § 1.5).
      const rest = text.slice(listed);
      const stop = rest.search(/;|\.(?=\s|$)/);
      const runsOn = /^,\s/.test(rest) && stop > 0 && /\s(?:or|and)\s/.test(rest.slice(0, stop));
      const at = runsOn ? listed + stop : listed;
      const they = names.length > 1;
      // "… but does not include Platform Data, except to the extent that it contains or reveals any such data": "it"
      // and "such data" read back to the term being defined (audit145, 347 § 1). The names say which is which.
      const subject = they ? 'they contain or reveal' : `${names[0]} contains or reveals`;
      // "any of the foregoing", not "any Customer Data" inside the definition of Customer Data, which auditors read as
      // circular; and the customer is "identified" only to others, since every log line of its account names it to the
      // vendor (audit151 and audit153: "identifies Customer" swept in all of the vendor's operational records).
      const qualifier = contractWording(
        `, except to the extent that ${subject} any of the foregoing, ${they ? 'identify' : 'identifies'} any individual or would identify {{customer}} to any third party`,
        analysis.terms,
      );
      found.push({ paragraph: index, dataTerm: defining.term, names, ops: [{ kind: 'insert', at, text: qualifier }] });
      return;
    }
    const denied = notData.exec(text);
    if (!denied) return;
    const subject = subjectOf(text.slice(0, denied.index), analysis.definitions, index);
    if (subject === undefined || !madeFromCustomers(subject, analysis.definitions) || QUALIFIED.test(text.slice(denied.index))) return;
    const plural = /\bare\s+not\b/.test(denied[0]);
    const qualifier = contractWording(`, except to the extent that ${plural ? 'they contain' : 'it contains'} ${denied[1] ?? '{{customerData}}'} or ${plural ? 'identify' : 'identifies'} {{customer}} or any individual`, analysis.terms);
    found.push({ paragraph: index, dataTerm: denied[1] ?? analysis.terms.customerData, names: [subject], ops: [{ kind: 'insert', at: denied.index + denied[0].length, text: qualifier }] });
  });
  return found;
}

/**
 * The name a denial speaks of: the last defined name before it in the clause ("and Usage Data shall not …",
 * "Feedback, including …, shall not …"), or the term the paragraph defines where a relative pronoun stands for it
 * ('"Platform Data" means …, which … shall not constitute Customer Data').
 */
function subjectOf(before: string, definitions: readonly Definition[], paragraph: number): string | undefined {
  if (/\bwhich\b[^,;]{0,80}$/.test(before)) return definitions.find((d) => d.paragraph === paragraph)?.term;
  // "Feedback, including the text of any corrected Output …, shall not …": the aside names other things.
  const subject = withoutClosingAside(before);
  // The name must be the denial's subject, right before it: "and redacted data shall not form part of …" has none.
  const last = [...subject.matchAll(new RegExp(NAME, 'g'))].pop();
  const name = last?.[0];
  if (name === undefined || (last?.index ?? 0) + name.length < subject.trimEnd().length - 2) return undefined;
  return DATA_NAME.test(name) || definitions.some((d) => d.term === name && d.denotes !== 'vendor' && d.denotes !== 'customer') ? name : undefined;
}

const added = (ops: readonly RedlineOp[]): string => ops.map((op) => (op.kind === 'insert' ? op.text.replace(/^,\s*/, '') : '')).join('');

/** The words before a denial without an aside that closes on it (", including the text of any corrected Output, "). */
function withoutClosingAside(before: string): string {
  const trimmed = before.trimEnd();
  if (!trimmed.endsWith(',')) return before;
  const at = Math.max(...[', including ', ', such as ', ', in each case '].map((aside) => trimmed.lastIndexOf(aside)));
  return at >= 0 && !trimmed.slice(at).includes(';') ? `${trimmed.slice(0, at)} ` : before;
}

/** The qualifiers, as review items, for paragraphs the review does not otherwise edit. */
export function declassifiedItems(
  analysis: Analysis,
  paragraphs: readonly Paragraph[],
  issue: PlaybookIssue | undefined,
  choices: ReviewChoices,
  edited: (paragraph: number) => boolean,
): EditItem[] {
  if (!issue || (analysis.mode !== undefined && analysis.mode !== 'customer')) return [];
  return declassifiedData(analysis, paragraphs)
    .filter((found) => !edited(found.paragraph))
    .map((found) => {
      // "Aggregated Data, Usage Data, Feedback and Model Improvements", never "… and … and …" (357 § 1.5).
      const quoted = found.names.map((name) => `"${name}"`);
      const names = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}` : (quoted[0] ?? '');
      return conformingEdit(found.paragraph, paragraphs[found.paragraph]?.text ?? '', found.ops, [issue], choices.position, {
        internal: commentWording(`[Internal] Added “${added(found.ops)}”: ${names} would otherwise fall outside ${found.dataTerm} and every protection the contract gives it, however much of the customer's material or identity it carries.`, analysis.terms),
        external: commentWording(
          // Names the excluded data ("As drafted, Platform Data is not Customer Data"), not "data made from it … here",
          // which audit145 found clumsy.
          `As drafted, ${names.replace(/"/g, '')} ${found.names.length > 1 ? 'are' : 'is'} not ${found.dataTerm}. Where ${found.names.length > 1 ? 'they still carry' : 'it still carries'} ${found.dataTerm}, ${found.names.length > 1 ? 'identify' : 'identifies'} anyone or would identify {{customer}} to others, ${found.names.length > 1 ? 'they' : 'it'} must keep the protections ${found.dataTerm} has under this {{agreement}}.`,
          analysis.terms,
        ),
      });
    });
}
