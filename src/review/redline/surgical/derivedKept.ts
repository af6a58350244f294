// "Deletion under Section 16(d) does not apply to Usage Data, Feedback or De-Identified Data, which Brieflane may retain
// and continue to use …": a carve-out from deletion that keeps only the vendor's own records and data derived from the
// customer's. Turned round, it ordered pooled, anonymised data deleted and returned, with the service's usage logs
// (audit214, 470 § 16(e)); a careful lawyer keeps the carve-out and holds what is kept to the derived-data safeguard.
// Pure: must not import Office, React, the DOM or Node.
import type { ContractTerms } from '../../../engine/types';
import type { PlaybookPosition } from '../../../playbook/schema';
import { fragmentWording } from '../../wording';
import type { SurgicalContext } from './context';
import { sentenceClose } from './grammar';
import type { Splice } from './splice';

/** "does not apply to ", "shall not extend to ": the head of the carve-out. */
const DENIED = /\b(?:shall|will|does|do)\s+not\s+(?:extend|apply)\s+to\s+/;
/** ", which Brieflane may retain …", ", all of which …": the keeping after the list. */
const KEPT = /,\s+(?:all\s+of\s+)?which\s+/;
/** Words of the vendor's own records, or of data made from the customer's. */
const OWN_OR_DERIVED = /\b(?:usage|telemetry|feedback|metadata|analytics|logs?|aggregat\w*|de-?identifi\w*|anonymi[sz]\w*|statistic\w*)\b/i;
/** A model kept is the customer's data kept in another form: such a carve-out is not this one. */
const MODEL_WORD = /\b(?:models?|weights|parameters|embeddings)\b/i;
const ITEM_SEPARATOR = /,|\b(?:or|and)\b/;

/** The proviso put at the close of such a carve-out, or undefined where it keeps anything else. */
export function derivedKeptProviso(context: SurgicalContext, proviso: string): Splice[] | undefined {
  const { sentence, terms } = context;
  const head = DENIED.exec(sentence);
  if (!head) return /\bprovided\b/i.test(sentence) ? undefined : keptBesideBackups(context, proviso);
  if (/\bprovided\b/i.test(sentence)) return undefined;
  const from = head.index + head[0].length;
  const kept = KEPT.exec(sentence.slice(from));
  if (!kept) return undefined;
  const items = sentence.slice(from, from + kept.index).split(ITEM_SEPARATOR).map((item) => item.trim()).filter((item) => item !== '');
  if (items.length === 0 || !items.every((item) => ownOrDerived(item, terms))) return undefined;
  const at = sentenceClose(sentence);
  return [{ start: at, end: at, text: `, ${proviso}` }];
}

/** The vendor's own records or data derived from the customer's, by its words or the contract's names for them. */
function ownOrDerived(item: string, terms: ContractTerms): boolean {
  const named = [terms.derivedData, terms.usageData].filter((term): term is string => term !== undefined);
  return (OWN_OR_DERIVED.test(item) || named.some((term) => item.includes(term))) && !MODEL_WORD.test(item) && !item.includes(terms.customerData);
}

/** "… in encrypted backups for up to twelve months and may retain ": a second keeping after the backups' own. */
const SECOND_KEEPING = /\b(?:backups?|archives?)\b[^;]{0,120}?,?\s+and\s+(?:may|can|will)\s+(?:continue\s+to\s+)?(?:retain|keep)\s+(?:indefinitely\s+)?(?:all\s+)?/i;
/** "and models trained under clause 9.3", "and any models, weights or model improvements developed under …". */
const MODEL_ITEM = /(?:,|(?<![\s,])(?=\s+and\s))\s+(?:and\s+)?(?:any\s+|all\s+)?(?:models?|weights)\b(?:[^;.]|\.(?=\d))*?(?=\s+indefinitely\b|[;.](?!\d)|$)/i;
/** Where the kept list ends: its "indefinitely", or the clause's end. */
const LIST_END = /(?<!\s)\s+indefinitely\b|[;.](?!\d)|$/;

/**
 * "… may retain Customer Data in encrypted backups for up to twelve months and may retain Aggregated Data, Usage Data and
 * models trained under clause 9.3 indefinitely" (audit219, 481 § 13.5): turned round, the keeping ordered the vendor's
 * usage data and pooled anonymous data deleted (overreach), and the models were the only thing that needed to go. The
 * models leave the list; what stays is held to the derived-data safeguard; the backups stand.
 */
function keptBesideBackups(context: SurgicalContext, proviso: string): Splice[] | undefined {
  const { sentence, terms } = context;
  const keeping = SECOND_KEEPING.exec(sentence);
  if (!keeping) return undefined;
  const from = keeping.index + keeping[0].length;
  const rest = sentence.slice(from);
  const model = MODEL_ITEM.exec(rest);
  const listEnd = rest.search(LIST_END);
  const listed = rest.slice(0, model ? model.index : listEnd);
  const items = listed.split(ITEM_SEPARATOR).map((item) => item.trim()).filter((item) => item !== '');
  if (items.length === 0 || !items.every((item) => ownOrDerived(item, terms))) return undefined;
  const at = sentenceClose(sentence);
  const struck: Splice[] = model ? [{ start: from + model.index, end: from + model.index + model[0].length, text: '' }] : [];
  // "Aggregated Data, Usage Data and models …" loses its last item: the one before takes the "and".
  const comma = listed.lastIndexOf(', ');
  if (model && !model[0].startsWith(',') && comma >= 0) struck.unshift({ start: from + comma, end: from + comma + 2, text: ' and ' });
  return [...struck, { start: at, end: at, text: `, ${proviso}` }];
}

/**
 * Whether an edit put the position's safeguard (its `derivedText`, in the contract's words) on such a carve-out: the
 * edit answers the carve-out, whatever the sentence still reads as.
 */
export function keptDerivedOnly(ops: readonly { readonly kind: string; readonly text: string }[], safeguard: string | undefined): boolean {
  return safeguard !== undefined && ops.some((op) => op.kind === 'insert' && op.text === `, ${safeguard}`);
}

/** The position's safeguard for kept derived data, in the contract's words, if it has one. */
export function derivedSafeguard(position: PlaybookPosition, terms: ContractTerms): string | undefined {
  const edit = position.edits?.find((e) => e.kind === 'cease-retention');
  return edit?.kind === 'cease-retention' && edit.derivedText !== undefined ? fragmentWording(edit.derivedText, terms) : undefined;
}
