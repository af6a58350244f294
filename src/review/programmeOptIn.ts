// "8.1 Each Practice shall participate in the Product Improvement Programme from its Go-Live Date unless it indicates in
// the Order Form that it does not wish to participate." then "8.2 While a Practice participates in the Product
// Improvement Programme, Notewise may use Improvement Data … to train …": the training is the programme's, and the
// risk is that the customer is in it by default. The lawyer audit of 466 (audit211) read a ban in 8.2 as the wrong
// target ("makes the Programme meaningless and contradicts cl. 8.1"): the central point was making 8.1 opt-in. So
// where a use is granted only while the customer takes part in a programme, and a clause enrols it by default unless
// it declines, that clause is turned round and the use is left to the customer's own choice. Pure: engine types and
// the review's helpers.
import type { Analysis, Finding, Paragraph, RedlineOp } from '../engine/types';
import type { PlaybookIssue } from '../playbook/schema';
import { numberAtStart } from './clauseNumbers';
import { provisionWord } from './conformDenial';
import { conformingEdit, editKey, type EditItem, type ReviewChoices } from './reviewItems';
import { commentWording } from './wording';

/** "Each Practice shall participate in the Product Improvement Programme … unless it indicates … that it does not wish to participate". */
const ENROLLED_UNLESS_DECLINED =
  /\b(shall|will)\s+(participate\s+in|be\s+enrolled\s+in|be\s+included\s+in)\s+(the\s+(?:[A-Z][\w-]{0,30}\s+){0,4}(?:Program|Programme))\b[^.;]{0,120}?\bunless\s[^.;]{0,160}?\b(does\s+not\s+wish|do\s+not\s+wish|opts\s+out|elects\s+not)\b/;
/** What the declining words become when the default turns round. */
const ACCEPTING: Readonly<Record<string, string>> = { 'does not wish': 'wishes', 'do not wish': 'wish', 'opts out': 'opts in', 'elects not': 'elects' };
/** The uses a programme makes of the data, which the customer's own choice to take part answers. */
const PROGRAMME_USES: ReadonlySet<string> = new Set(['ai-training', 'service-improvement']);

export interface ProgrammeOptIn {
  readonly paragraph: number;
  readonly programme: string;
  readonly ops: readonly RedlineOp[];
  /** Why a use granted only within the programme is left as it stands, or undefined for any other finding. */
  readonly answers: (finding: Finding) => string | undefined;
}

/** The default enrolment turned round, with the uses it answers; undefined where the contract has no such pair. */
export function programmeOptIn(analysis: Analysis, paragraphs: readonly Paragraph[], choices: ReviewChoices): ProgrammeOptIn | undefined {
  for (let index = 0; index < paragraphs.length; index++) {
    const text = paragraphs[index]?.text ?? '';
    const found = ENROLLED_UNLESS_DECLINED.exec(text);
    const [, modal, verb, programme, declining] = found ?? [];
    if (!found || !modal || !verb || !programme || !declining || choices.perItem?.[editKey(index)] === 'skip') continue;
    // "While a Practice participates in the Product Improvement Programme, Notewise may use …": a use within it.
    const name = programme.replace(/^the\s+/, '');
    const within = new RegExp(String.raw`\b(?:[Ww]hile|[Ii]f|[Ww]here|[Ff]or\s+so\s+long\s+as|[Oo]nly\s+if)\s+(?:the\s+|a\s+|each\s+)?[A-Z][\w-]*\s+(?:participates|is\s+enrolled|takes\s+part)\s+in\s+the\s+${name}\b`);
    const uses = analysis.findings.filter((f) => f.stance === 'risk' && PROGRAMME_USES.has(f.category) && f.paragraph !== index && within.test(f.quote));
    if (uses.length === 0) continue;
    const at = found.index;
    const declineAt = at + found[0].length - declining.length;
    const ops: RedlineOp[] = [
      { kind: 'insert', at: at + modal.length, text: ' not' },
      { kind: 'delete', start: declineAt, end: declineAt + declining.length, text: declining },
      { kind: 'insert', at: declineAt + declining.length, text: ACCEPTING[declining] ?? declining },
    ];
    const where = `${provisionWord(analysis.terms)} ${numberAtStart(text) ?? ''}`.trim();
    const reason = `the ${name} uses the data only while the customer takes part, and our change to ${where} makes taking part the customer's own choice`;
    return { paragraph: index, programme: name, ops, answers: (f) => (uses.includes(f) ? reason : undefined) };
  }
  return undefined;
}

/** The edit that turns the default enrolment round. */
export function optInItem(optIn: ProgrammeOptIn, analysis: Analysis, paragraphs: readonly Paragraph[], choices: ReviewChoices, issue: PlaybookIssue | undefined): EditItem | undefined {
  const original = paragraphs[optIn.paragraph]?.text;
  if (issue === undefined || original === undefined) return undefined;
  const chosen = choices.perItem?.[editKey(optIn.paragraph)] ?? choices.position;
  if (chosen === 'skip') return undefined;
  return conformingEdit(optIn.paragraph, original, optIn.ops, [issue], chosen, {
    internal: `[Internal] Participation in the ${optIn.programme} made opt-in; the uses it allows are left to the customer's choice.`,
    external: commentWording(`Taking part in the ${optIn.programme} must be {{customer}}'s own choice; we have changed this clause so that {{customer}} takes part only if it chooses to.`, analysis.terms),
  });
}
