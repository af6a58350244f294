// A no-training clause inserted beside clauses that still allow training reads as a contradiction (the lawyer audits of
// agreements 81–84: six of eleven failures): the new clause says which clauses it overrides ("Notwithstanding Sections
// 1.5 and 3.3, Provider shall not use …"), so the lawyer and the counterparty see what gives way. Pure: engine types
// and the wording helpers only.
import type { Analysis, CategoryId, Paragraph } from '../engine/types';
import { numberAtStart, opensOneParagraph } from './clauseNumbers';
import { provisionWord } from './conformDenial';
import { isCustomerOption } from './customerOption';
import { customerDataNames, namesDerivedData, namesTheData } from './namesTheData';
import { commentWording } from './wording';

/** '"Model Training" means …': a paragraph that defines a term, after its number. */
const DEFINES = /^["“][^"”]{1,80}["”]\s+(?:means|includes|refers\s+to)\b/;
const afterNumber = (text: string): string => {
  const number = numberAtStart(text);
  return (number === undefined ? text : text.slice(text.indexOf(number) + number.length)).replace(/^[\s.]+/, '');
};

/** "Quillmark may collect and use Usage Data to … develop new products": a sentence naming the usage data alone. */
const usageOnly = (quote: string, usage: string | undefined, names: readonly string[]): boolean =>
  usage !== undefined && quote.includes(usage) && !namesTheData(quote, names) && !namesDerivedData(quote);

/** The grants a clause against training overrides. */
const OVERRIDDEN: readonly CategoryId[] = ['ai-training', 'service-improvement'];

/**
 * The inserted clause opened with "Notwithstanding …" naming the numbered clauses whose training or improvement grant
 * the review leaves standing (`edited` says which paragraphs it changed), with a sentence for the comment; undefined
 * when none is left or none has a number to cite.
 */
export function prevailingOver(clause: string, analysis: Analysis, paragraphs: readonly Paragraph[], edited: (paragraph: number) => boolean): { clause: string; reason: string } | undefined {
  const names = customerDataNames(analysis);
  // A definition grants nothing, and a use of the vendor's own usage data or of feedback is no use of the customer's
  // data: none is a clause the new one overrides (audit205, 457 A3.7 cited "A1.2", "2.3" and "8.1").
  const left = analysis.findings.filter((f) => f.stance === 'risk' && OVERRIDDEN.includes(f.category) && !isCustomerOption(f) && !edited(f.paragraph) &&
    !DEFINES.test(afterNumber(paragraphs[f.paragraph]?.text ?? '')) && !f.rules.every((rule) => rule.startsWith('usage-') || rule === 'feedback-use') &&
    !usageOnly(f.quote, analysis.terms.usageData, names));
  // A number that opens more than one paragraph (a schedule numbered afresh: "2." there and "2. THE SERVICES" here) names
  // no one clause; cited as a Section it pointed at the body's heading (audit163, 375 § 4.6 "Sections … 2, 7 and 12").
  const unique = opensOneParagraph(paragraphs);
  const numbers = [...new Set(left.map((f) => numberAtStart(paragraphs[f.paragraph]?.text ?? '')).filter((n): n is string => n !== undefined && unique(n)))];
  if (numbers.length === 0 || /^Notwithstanding\b/.test(clause)) return undefined;
  const word = provisionWord(analysis.terms);
  const cited = numbers.length === 1 ? `${word} ${numbers[0]}` : `${word}s ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
  const cap = cited.charAt(0).toUpperCase() + cited.slice(1);
  const opening = /^(?:We|The|It|This)\b/.test(clause) ? clause.charAt(0).toLowerCase() + clause.slice(1) : clause;
  return {
    clause: `Notwithstanding ${cited}, ${opening}`,
    reason: commentWording(`${cap} would otherwise still allow that use, so this clause prevails over ${numbers.length === 1 ? 'it' : 'them'}.`, analysis.terms),
  };
}

/** "Notwithstanding Sections 1.10, 1.11 and 6.2, ": the opening `prevailingOver` writes, with its list of numbers. */
const OPENING = /\bNotwithstanding (\w+) ((?:[\w.()-]+, )*[\w.()-]+(?: and [\w.()-]+)?), /;
/** The comment's sentence naming the same clauses. */
const REASON = /\b(\w+) ((?:[\w.()-]+, )*[\w.()-]+(?: and [\w.()-]+)?) would otherwise still allow that use, so this (\w+) prevails over (?:it|them)\.\s?/;

/**
 * The inserted clause without the clauses its "Notwithstanding …" names that the review itself deletes: a definition
 * left unused and reserved ("1.10 [Reserved.]") overrides nothing, and citing it read as a slip (audit150, 353 § 4.7).
 */
export function withoutStruckCitations<T extends { readonly text: string; readonly comment: { readonly internal: string; readonly external: string } }>(
  item: T,
  struck: ReadonlySet<string>,
  terms: Analysis['terms'],
): T {
  const opening = OPENING.exec(item.text);
  if (!opening) return item;
  const numbers = (opening[2] ?? '').split(/, | and /);
  const kept = numbers.filter((n) => !struck.has(n));
  if (kept.length === numbers.length) return item;
  const word = provisionWord(terms);
  const cited = kept.length === 1 ? `${word} ${kept[0]}` : `${word}s ${kept.slice(0, -1).join(', ')} and ${kept[kept.length - 1]}`;
  const text =
    kept.length === 0
      ? item.text.replace(OPENING, '').replace(/^((?:[\w.()-]+\s+)?(?:[A-Z][^.]{0,60}\.\s+)?)([a-z])/, (_, head: string, c: string) => head + c.toUpperCase())
      : item.text.replace(OPENING, `Notwithstanding ${cited}, `);
  const cap = cited.charAt(0).toUpperCase() + cited.slice(1);
  const reason = (comment: string) =>
    comment.replace(REASON, (_all, _w, _list, clause: string) => (kept.length === 0 ? '' : `${cap} would otherwise still allow that use, so this ${clause} prevails over ${kept.length === 1 ? 'it' : 'them'}. `)).trimEnd();
  return { ...item, text, comment: { internal: reason(item.comment.internal), external: reason(item.comment.external) } };
}

/** "… will use Customer Data solely to provide the Services to Customer": the no-training clause's own use limit. */
const USE_LIMITED = /\bsolely\s+to\s+provide\b/;

/**
 * Why a clause on service improvement is not inserted beside the no-training clause, or undefined: that clause already
 * limits the data to providing the services, and a second clause in other words ("only to provide, secure and support
 * the Services") invited argument over which governs (audit150, 353 § 6.3 beside § 4.7).
 */
export function trainingClauseLimitsUse(extras: readonly { readonly text: string; readonly step: { readonly finding: { readonly category: string } } }[]): string | undefined {
  const training = extras.some((extra) => extra.step.finding.category === 'ai-training' && USE_LIMITED.test(extra.text));
  return training ? 'answered by the clause on training this review inserts, which also limits the data to providing the services' : undefined;
}
