// Writes a redline's comments from the edit itself: what was struck, what was inserted, and the playbook's reason.
// A comment never claims an edit that was not made. Pure: engine and playbook only.
import type { ContractTerms, RedlineOp } from '../engine/types';
import type { PlaybookIssue, PlaybookPosition } from '../playbook/schema';
import { commentWording } from './wording';

const MAX_QUOTE = 80;
const MAX_LISTED = 4;

function trimTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s,;:]/.test(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

/** A quotation cut at a word boundary, so a long insertion is recognisable without repeating all of it. */
const quote = (text: string): string => {
  const clean = text.replace(/\s+/g, ' ').replace(/^[\s,;:]+/, '').trim();
  if (clean.length <= MAX_QUOTE) return `“${clean}”`;
  const cut = clean.slice(0, MAX_QUOTE);
  return `“${trimTrailingPunctuation(cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_QUOTE / 2)))} …”`;
};

function listed(items: readonly string[]): string {
  const shown = items.slice(0, MAX_LISTED);
  const more = items.length - shown.length;
  const tail = more > 0 ? ` and ${more} more` : '';
  if (shown.length <= 1) return `${shown.join('')}${tail}`;
  return `${shown.slice(0, -1).join(', ')}${more > 0 ? ', ' : ' and '}${shown[shown.length - 1]}${tail}`;
}

const wordy = (text: string) => /[\p{L}\p{N}]/u.test(text);

type Change = { readonly kind: 'replace'; readonly from: string; readonly to: string } | { readonly kind: 'strike'; readonly text: string } | { readonly kind: 'add'; readonly text: string };

/** Ops as a lawyer reads them: a deletion with an insertion in its place is one replacement. */
function changesOf(ops: readonly RedlineOp[]): Change[] {
  const changes: Change[] = [];
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i] as RedlineOp;
    const next = ops[i + 1];
    if (op.kind === 'delete' && next?.kind === 'insert' && (next.at === op.end || next.at === op.start)) {
      if (wordy(op.text) || wordy(next.text)) changes.push(wordy(op.text) ? (wordy(next.text) ? { kind: 'replace', from: op.text, to: next.text } : { kind: 'strike', text: op.text }) : { kind: 'add', text: next.text });
      i++;
    } else if (op.kind === 'delete' && wordy(op.text)) changes.push({ kind: 'strike', text: op.text });
    else if (op.kind === 'insert' && wordy(op.text)) changes.push({ kind: 'add', text: op.text });
  }
  return changes;
}

/** What a clause struck whole, heading and all, says instead, so that its number stays (see paragraphReview). */
export const RESERVED = '[Reserved.]';

/** "We replaced “may” with “shall not”.", "We struck “perpetual”.", "We added “provided that …”." */
export function describeEdit(original: string, ops: readonly RedlineOp[]): string {
  const changes = changesOf(ops);
  if (changes.length === 0) return 'We made no change to the wording.';
  const only = changes[0] as Change;
  if (changes.length === 1 && only.kind === 'replace' && only.to === RESERVED) {
    return `We struck ${quote(only.from)} and marked the clause ${quote(RESERVED)}, so that its number and the cross-references to it hold.`;
  }
  if (changes.length === 1 && only.kind === 'replace' && only.from.length > 0.6 * original.trim().length) {
    return `We replaced ${quote(only.from)} with a new clause that begins ${quote(only.to)}.`;
  }
  const replaced = changes.flatMap((c) => (c.kind === 'replace' ? [`${quote(c.from)} with ${quote(c.to)}`] : []));
  const struck = changes.flatMap((c) => (c.kind === 'strike' ? [quote(c.text)] : []));
  const added = changes.flatMap((c) => (c.kind === 'add' ? [quote(c.text)] : []));
  const parts = [
    replaced.length > 0 ? `replaced ${listed(replaced)}` : '',
    struck.length > 0 ? `struck ${listed(struck)}` : '',
    added.length > 0 ? `added ${listed(added)}` : '',
  ].filter((part) => part !== '');
  const last = parts.pop() as string;
  return `We ${parts.length > 0 ? `${parts.join(', ')} and ${last}` : last}.`;
}


export interface CommentStep {
  readonly issue: PlaybookIssue;
  readonly position: PlaybookPosition;
  /** True when the position's whole clause went in, so its own comments describe what the text now says. */
  readonly wholeClause: boolean;
}

const ENDLESS = /\b(?:perpetual|irrevocable|in perpetuity)\b/i;
const ENDLESS_REASON = 'Rights in {{customerData}} must end when the {{agreement}} ends.';

/** Internal and external comments for one redline, built from its ops and the issues it answers. */
export function reviewComments(original: string, ops: readonly RedlineOp[], steps: readonly CommentStep[], terms: ContractTerms): { internal: string; external: string } {
  const what = describeEdit(original, ops);
  const fill = (text: string) => commentWording(text, terms);
  const issues = [...new Map(steps.map((s) => [s.issue.id, s])).values()];
  const internal = issues.map((s) => `${s.issue.title}: ${s.position.label}.${s.wholeClause ? ` ${fill(s.position.internalComment)}` : ''}`);
  const reasons = issues.map((s) => (s.wholeClause ? fill(s.position.externalComment) : s.issue.rationale ? fill(s.issue.rationale) : ''));
  // A licence narrowed in purpose and struck of "perpetual, irrevocable" needs the reason for each: the time limit
  // is said only when the edit makes it, so the comment never claims more than the markup does.
  if (ops.some((op) => op.kind === 'delete' && ENDLESS.test(op.text))) reasons.push(fill(ENDLESS_REASON));
  return {
    internal: `[Internal] ${what} ${internal.join(' ')}`.trim(),
    external: [what, ...new Set(reasons.filter((r) => r !== ''))].join(' '),
  };
}
