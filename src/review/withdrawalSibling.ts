// "2.3 Customer instructs Provider to process Conversation Logs for Service Improvement. Customer may withdraw this
// instruction in accordance with clause 5.3.": once the instruction is struck, the sentence that only takes it back
// points at nothing. It goes with it (the whole clause reserved when nothing else is left) rather than the edit being
// dropped and the risk left standing (audit51, 132 § 2.3). Pure: engine types and the review's strike helpers.
import { applyOps } from '../engine/applyOps';
import type { RedlineOp } from '../engine/types';
import { stem } from './danglingReferences';
import { reserveClause } from './strikes';

/** A sentence whose work is to take back what came before: "may withdraw this instruction", "can revoke that consent". */
const TAKES_BACK = /^\s*(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}|You|We)\s+(?:may|can|shall\s+be\s+entitled\s+to|is\s+entitled\s+to)\s+(?:at\s+any\s+time\s+)?(?:withdraw|revoke|cancel|rescind)\s+(?:this|that|such|the)\s+([a-z][a-z-]{3,})\b/;
/** A second sentence after the taking-back ("… clause 5.3. Provider shall then …") is more than a taking-back. */
const ANOTHER_SENTENCE = /[.;]\s+[A-Z(]/;
/** The longest clause number left on its own ("12.3(a)(ii)"). */
const NUMBER_ONLY = 12;

/**
 * The edit widened to strike a later sentence of the paragraph that only takes back what the edit struck, or
 * undefined when there is none. Whole paragraph gone: the clause is reserved, keeping its number.
 */
export function withWithdrawalStruck(text: string, ops: readonly RedlineOp[]): RedlineOp[] | undefined {
  const deletes = ops.filter((op): op is Extract<RedlineOp, { kind: 'delete' }> => op.kind === 'delete');
  if (deletes.length === 0 || deletes.length !== ops.length) return undefined;
  const lastCut = Math.max(...deletes.map((op) => op.end));
  const struck = deletes.map((op) => op.text.toLowerCase()).join(' ');
  const rest = text.slice(lastCut);
  const taken = ANOTHER_SENTENCE.test(rest.trimEnd()) ? null : TAKES_BACK.exec(rest);
  const noun = taken?.[1];
  if (!taken || !noun || !struck.split(/[^a-z-]+/).some((w) => w.startsWith(stem(noun)))) return undefined;
  const widened: RedlineOp[] = [...deletes, { kind: 'delete', start: lastCut, end: text.trimEnd().length, text: text.slice(lastCut, text.trimEnd().length) }];
  const left = applyOps(text, widened);
  // Only a number left ("2.3 "): the clause is reserved, so the numbering the contract cites still holds.
  const remainder = left.trim();
  return remainder.length <= NUMBER_ONLY && /^[\d.()a-z]*$/i.test(remainder) ? reserveClause(text) : widened;
}

/**
 * "You can switch that off at any time in Settings.", "The setting is enabled by default for each new workspace.": a
 * sentence that only switches off, or only sets the default of, the switch the sentence before it set up.
 */
const SWITCH_WORDS = String.raw`(?:(?:You|We|[A-Z][\w-]*)\s+(?:may|can)\s+(?:at\s+any\s+time\s+)?(?:switch|turn|toggle)\s+(?:it|that|this)\s+off\b|(?:The|This|That|Such)\s+(?:setting|option|toggle|switch|preference)\s+is\s+(?:(?:enabled|disabled|on|off|(?:turned|switched)\s+(?:on|off))\s+by\s+default|(?:on|off|enabled|disabled)\s+unless\b))[^.]*\.`;
const SWITCHES_IT_OFF = new RegExp(String.raw`^(?:\.\s+)?${SWITCH_WORDS}`);
/** The same sentence on its own, for the sequels of a ban (trainingSequels). */
export const SWITCH_SENTENCE = new RegExp(String.raw`^\s*${SWITCH_WORDS}`);
/** The struck words set up a switch: a setting that "is on", or one named in quotes. */
export const NAMES_A_SWITCH = /\bis\s+(?:on|off)\b|\bsetting\b|["“][^"”]{2,40}["”]/i;

/**
 * "We use them to run Pixloom and, if "Help us improve" is on, to make our AI tools better. You can switch that off at
 * any time in Settings.": once the use under the switch is struck, the next sentence switches off nothing. It goes
 * with it, and the sentences after it stay (171 ¶4, a summary of the terms). So does a sentence that only gives the
 * switch's default ("The setting is enabled by default …", audit70, 201 § 3.1).
 */
export function withSwitchStruck(text: string, ops: readonly RedlineOp[]): RedlineOp[] | undefined {
  const deletes = ops.filter((op): op is Extract<RedlineOp, { kind: 'delete' }> => op.kind === 'delete');
  if (deletes.length === 0 || deletes.length !== ops.length || !NAMES_A_SWITCH.test(deletes.map((op) => op.text).join(' '))) return undefined;
  const lastCut = Math.max(...deletes.map((op) => op.end));
  const sentence = SWITCHES_IT_OFF.exec(text.slice(lastCut));
  if (!sentence) return undefined;
  // From the space after the full stop the struck words end at (or from the cut, when it took the full stop), to the
  // switch sentence's own full stop.
  const start = text[lastCut] === '.' ? lastCut + 1 : lastCut;
  const end = lastCut + sentence[0].length;
  return [...deletes, { kind: 'delete', start, end, text: text.slice(start, end) }];
}

/** A word-level strike, widened to the switch sentence after it where there is one. */
export const withSwitchStruckToo = (text: string, ops: RedlineOp[] | undefined): RedlineOp[] | undefined =>
  ops === undefined ? undefined : withSwitchStruck(text, ops) ?? ops;
