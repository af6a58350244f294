// "Model Improvement Program: Included. Your participation in the Model Improvement Program described in Section 6.3
// of the Terms is turned on by default …": once the review has changed the clause that lets the programme train on
// the customer's data, an order form or settings clause that still switches the programme on by default undoes it,
// and the order form usually prevails (lawyer audit of 381, audit166: "the changes to §6.3 and §6.4 do not work unless
// this line is changed to 'Not included'"). The row becomes "Not included."; a sentence that turns the programme on by
// default turns it off. Only a programme whose own clause the review changed is touched. Pure: engine types and the
// review's helpers.
import { applyOps } from '../engine/applyOps';
import type { Analysis, Paragraph, RedlineOp } from '../engine/types';
import type { PlaybookIssue } from '../playbook/schema';
import { numberAtStart } from './clauseNumbers';
import { provisionWord } from './conformDenial';
import { conformingEdit, type EditItem, type ReviewChoices, type ReviewItem } from './reviewItems';
import { commentWording } from './wording';

/** "the Model Improvement Program", "the Data Cooperative": a programme the customer's data may be enrolled in. */
// Each word is bounded, so a run of letters and hyphens is not rescanned from every hyphen (regexGrowth).
const PROGRAMME = /\b(?:[A-Z][\w-]{0,30}\s+){0,4}(?:Program|Programme|Pool|Cooperative|Co-operative|Initiative)\b/g;
/** "Model Improvement Program: Included." — an order form's row that takes the programme. */
const INCLUDED_ROW = /^\s*([A-Z][^:]{2,60}?):\s+(?:Included|Enabled|On|Yes|Opted\s+in)\b/;
/** "is turned on by default": the default and the words that switch it. */
const ON_BY_DEFAULT = /\b(?:is|are|will\s+be|shall\s+be)\s+(turned\s+on|switched\s+on|enabled|activated|on)\s+by\s+default\b/;
const OFF: Readonly<Record<string, string>> = { 'turned on': 'turned off', 'switched on': 'switched off', enabled: 'disabled', activated: 'deactivated', on: 'off' };
/** The categories of a clause that lets a programme use the data. */
const PROGRAMME_USES: ReadonlySet<string> = new Set(['ai-training', 'service-improvement', 'aggregated-data']);
/** How a clause speaks of joining the programme: "If you participate in the …", "enrolled in the …". */
const JOINING = /\b(?:participat\w*|enrol(?:l?ed|ment|s)?|join\w*|opt(?:s|ed)?\s+in(?:to)?)\s+(?:in\s+|to\s+)?(?:the\s+)?$/i;

/** The programmes whose clause of use the review changed, with that clause's number. */
function changedProgrammes(paragraphs: readonly Paragraph[], items: readonly ReviewItem[]): Map<string, string | undefined> {
  const changed = new Map<string, string | undefined>();
  for (const item of items) {
    if (item.kind !== 'edit' || !item.findings.some((f) => PROGRAMME_USES.has(f.category))) continue;
    const text = paragraphs[item.paragraph]?.text ?? '';
    for (const m of text.matchAll(PROGRAMME)) {
      const name = m[0].trim();
      // The clause's run-in heading names the programme, or the clause speaks of joining it.
      const heading = text.replace(/^\s*[\d.]+\s*/, '').startsWith(`${name}.`);
      if (heading || JOINING.test(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index).replace(/\bthe\s+$/i, ''))) changed.set(name, numberAtStart(text));
    }
  }
  return changed;
}

/** The conforming edits of rows and sentences that switch such a programme on by default. */
export function defaultOnItems(analysis: Analysis, paragraphs: readonly Paragraph[], items: readonly ReviewItem[], choices: ReviewChoices, issue: PlaybookIssue | undefined): EditItem[] {
  if (issue === undefined) return [];
  const programmes = changedProgrammes(paragraphs, items);
  if (programmes.size === 0) return [];
  const busy = new Set(items.flatMap((item) => (item.kind === 'edit' ? [item.paragraph] : [])));
  const word = provisionWord(analysis.terms);
  return paragraphs.flatMap((paragraph, index) => {
    const text = paragraph.text;
    if (busy.has(index)) return [];
    const named = [...programmes.keys()].find((name) => text.includes(name.replace(/^the\s+/i, '')));
    if (named === undefined) return [];
    const number = programmes.get(named);
    const inLine = number === undefined ? '' : `, in line with our changes to ${word} ${number}`;
    let ops: RedlineOp[] = [];
    let external = '';
    let change = '';
    const row = INCLUDED_ROW.exec(text);
    if (row?.[1] && row[1].includes(named)) {
      const from = row.index + row[0].length - row[0].trimStart().length + row[1].length + 1;
      const value = text.slice(from).replace(/^\s+/, '');
      const at = text.length - value.length;
      ops = [{ kind: 'delete', start: at, end: text.length, text: value }, { kind: 'insert', at: text.length, text: 'Not included.' }];
      external = `Participation in the ${named} must be {{customer}}'s own choice; we have marked it as not included${inLine}.`;
      change = `“${value}” now reads “Not included.”`;
    } else {
      const on = ON_BY_DEFAULT.exec(text);
      const switched = on?.[1];
      if (!on || switched === undefined) return [];
      const at = on.index + on[0].indexOf(switched, on[0].indexOf(' '));
      ops = [{ kind: 'delete', start: at, end: at + switched.length, text: switched }, { kind: 'insert', at: at + switched.length, text: OFF[switched] ?? switched }];
      external = `The ${named} should stay off unless {{customer}} turns it on; we have changed its default${inLine}.`;
      change = `“${switched}” now reads “${OFF[switched] ?? switched}”`;
    }
    if (applyOps(text, ops) === text) return [];
    return [
      conformingEdit(index, text, ops, [issue], choices.position, {
        internal: `[Internal] Default setting conformed: ${change}; the ${named} no longer applies unless the customer joins it.`,
        external: commentWording(external, analysis.terms),
      }),
    ];
  });
}
