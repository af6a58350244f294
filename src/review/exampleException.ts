// "for any purpose, including to train the Models": struck, the example leaves "for any purpose", which still covers
// it, so the example becomes the grant's exception ("for any purpose other than to train the Models"). Pure: engine
// types and the review's training words.
import type { RedlineOp } from '../engine/types';
import { MODEL_WORD } from './trainingWords';

/** "for any purpose", "for any lawful purpose", "for any other purposes whatsoever" right before the example's comma. */
// "for any purpose during and after the subscription term, including …": a time limb may stand between.
const ANY_PURPOSE_BEFORE = /\bfor\s+any\s+(?:lawful\s+|other\s+)?purposes?(?:\s+whatsoever)?(?:\s+(?:both\s+)?(?:during|after|at\s+any\s+time|in\s+perpetuity)\b[^,;.]{0,60})?$/i;
// Only an example of what the vendor may do ("including to train …"): an example named by a noun ("including the
// training of models offered to others") is answered by the proviso the derived-data step writes (agreement-86 § 3.3
// kept its anonymity proviso that way).
// "including training Shared Models" names a use by its gerund, and is excepted the same way.
const EXAMPLE_LEAD = /^,\s+(?:including|such\s+as|for\s+example,?)(?=\s+(?:to|[a-z][\w-]*ing)\s)/i;

/** Uses that serve the customer: an example naming one ("including to operate and improve …") is no exception to make. */
const SERVING_USE = /\b(?:provid\w*|operat\w*|deliver\w*|support\w*|maintain\w*|host\w*|perform\w*|secur\w*|process\w*|stor\w*|run|running|troubleshoot\w*|fix\w*|protect\w*|comply\w*|complian\w*)\b/i;

/** ", including" after "for any purpose" turned into " other than": the named use is the one the grant excepts. */
// "for any purpose, including training Shared Models, publishing indices, and developing new products": with other
// examples after it, they keep their "including" ("other than training Shared Models, including publishing indices").
// `more` is where the separator before them starts and what it reads.
export function exampleAsException(text: string, at: number, example: string, more?: { at: number; separator: string }): RedlineOp[] | undefined {
  const lead = EXAMPLE_LEAD.exec(example);
  if (!lead || !ANY_PURPOSE_BEFORE.test(text.slice(0, at)) || SERVING_USE.test(example)) return undefined;
  const mixed = more ? undefined : modelUseExcepted(text, at + lead[0].length, example.slice(lead[0].length));
  if (mixed) return [...mixed.insertAt(at), ...mixed.strike];
  // "including publishing industry fraud reports and training Models": excepted whole, the reports would go with the
  // training (281 § 6.5); such an example is struck as before, and only one wholly about models is made the exception.
  const uses = example.slice(lead[0].length).split(GERUND_JOINT);
  if (!/^\s+to\s/.test(example.slice(lead[0].length)) && !uses.every((use) => MODEL_WORD.test(use))) return undefined;
  const excepted: RedlineOp[] = [
    { kind: 'delete', start: at, end: at + lead[0].length, text: text.slice(at, at + lead[0].length) },
    { kind: 'insert', at, text: ' other than' },
  ];
  if (!more) return excepted;
  // ", and developing …" loses its "and": "including publishing …, and developing …" still reads as one list.
  const comma = /^,\s+/.exec(more.separator)?.[0] ?? '';
  const joint = more.separator.slice(comma.length);
  const from = more.at + comma.length;
  const leadWord = `${lead[0].replace(/^,\s+/, '')} `;
  return [...excepted, ...(joint ? [{ kind: 'delete' as const, start: from, end: from + joint.length, text: joint }] : []), { kind: 'insert', at: from + joint.length, text: leadWord }];
}

/**
 * The joint between two examples of one form: " and to train …" after an infinitive, " and training …" after a gerund.
 * Each run of spaces is tried once, from its start, so a long run costs linear time.
 */
const INFINITIVE_JOINT = /(?:,|(?<![\s,]))\s+(?:and|or)\s+(?=to\s)/g;
const GERUND_JOINT = /(?:,|(?<![\s,]))\s+(?:and|or)\s+(?=[a-z]+ing\s)/g;

/**
 * "for any purpose, including to publish freight-document benchmarks and to train and evaluate the Models": of two
 * uses one is the models'. Made the exception whole, the example barred the benchmarks too (audit147, 352 § 4.5); only
 * the models' use becomes the exception and the other stays an example: "for any purpose other than to train and
 * evaluate the Models, including to publish freight-document benchmarks".
 */
function modelUseExcepted(text: string, bodyAt: number, body: string) {
  const space = /^\s*/.exec(body)?.[0].length ?? 0;
  const joints = [...body.matchAll(/^\s*to\s/.test(body) ? INFINITIVE_JOINT : GERUND_JOINT)];
  if (joints.length !== 1 || joints[0]!.index === undefined) return undefined;
  const joint = { start: joints[0]!.index, end: joints[0]!.index + joints[0]![0].length };
  const uses = [body.slice(space, joint.start), body.slice(joint.end)];
  const modelUse = uses.findIndex((use) => MODEL_WORD.test(use));
  if (modelUse < 0 || uses.filter((use) => MODEL_WORD.test(use)).length !== 1) return undefined;
  const [from, to] = modelUse === 0 ? [space, joint.end] : [joint.start, body.length];
  const strike: RedlineOp = { kind: 'delete', start: bodyAt + from, end: bodyAt + to, text: text.slice(bodyAt + from, bodyAt + to) };
  return { strike: [strike], insertAt: (at: number): RedlineOp[] => [{ kind: 'insert', at, text: ` other than ${uses[modelUse]!.trim()}` }] };
}
