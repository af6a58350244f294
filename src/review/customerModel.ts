// A contract may let the vendor train a model kept for the customer alone ("a dedicated instance of the Models
// exclusively for the Health Authority"). A ban on all training inserted beside it would take that model away, which
// the customer negotiated and needs (the lawyer audits of 277, 280, 284 and 285). The inserted ban keeps it: "… any
// artificial intelligence or machine-learning model, other than a model that Vendor trains and uses solely for the
// Health Authority under section B.3". Pure: engine types and the wording helpers only.
import type { Analysis, Paragraph } from '../engine/types';
import { numberAtStart } from './clauseNumbers';
import { provisionWord } from './conformDenial';
import { commentWording, contractWording } from './wording';

/** Where the playbook's ban names the models it covers. */
const MODELS_BANNED = 'machine-learning model';
const WHOSE_MODEL = /^, whether [^,.;]*/;

/**
 * Where an exception to the ban goes: after the models it names, and after "…, whether Vendor's own or a third
 * party's" beside them; -1 where the clause names no models.
 */
function afterModelsBanned(clause: string): number {
  const at = clause.indexOf(MODELS_BANNED);
  if (at < 0) return -1;
  const aside = WHOSE_MODEL.exec(clause.slice(at + MODELS_BANNED.length));
  return at + MODELS_BANNED.length + (aside?.[0].length ?? 0);
}

export function exceptForCustomerModel(clause: string, analysis: Analysis, paragraphs: readonly Paragraph[]): { clause: string; reason: string } | undefined {
  const end = afterModelsBanned(clause);
  const numbers = (analysis.customerModels ?? []).map((p) => numberAtStart(paragraphs[p]?.text ?? ''));
  if (end < 0 || numbers.length === 0) return undefined;
  const number = numbers.find((n) => n !== undefined);
  const where = number === undefined ? 'this {{agreement}}' : `${provisionWord(analysis.terms)} ${number}`;
  const exception = contractWording(`, other than a model that {{vendor}} trains and uses solely for {{customer}} under ${where}`, analysis.terms);
  const reason = commentWording(`The clause keeps the model that ${where} lets {{vendor}} train for us alone.`, analysis.terms);
  return { clause: `${clause.slice(0, end)}${exception}${clause.slice(end)}`, reason };
}

/** "… solely to provide the Services to Bank under this Addendum.": the ban's second sentence, which the opt-in reaches too. */
const SOLELY_TO_PROVIDE = 'solely to provide ';

/**
 * "5.3 If Bank joins the Model Improvement Programme, Provider may use Inputs … to train …": an opt-in the customer
 * holds, which a ban on all training inserted beside it would take away (audit211, 465 § 5.7 "overrides … the Bank's own
 * option"). The inserted ban keeps it: "…, except as clause 5.3 permits once Bank has opted in".
 */
export function exceptForOptIn(clause: string, analysis: Analysis, paragraphs: readonly Paragraph[]): { clause: string; reason: string } | undefined {
  const end = afterModelsBanned(clause);
  const optIn = analysis.findings.find((f) => f.stance === 'protective' && f.rules.includes('training-opt-in'));
  const number = optIn && numberAtStart(paragraphs[optIn.paragraph]?.text ?? '');
  if (end < 0 || number === undefined) return undefined;
  const where = `${provisionWord(analysis.terms)} ${number}`;
  const exception = contractWording(`, except as ${where} permits once {{customer}} has opted in`, analysis.terms);
  const banned = `${clause.slice(0, end)}${exception}${clause.slice(end)}`;
  const solely = banned.indexOf(SOLELY_TO_PROVIDE);
  const stop = solely < 0 ? -1 : banned.indexOf('.', solely);
  const kept = stop < 0 ? banned : `${banned.slice(0, stop)}${exception.replace(/^, except/, ', or')}${banned.slice(stop)}`;
  return { clause: kept, reason: commentWording(`The clause keeps the choice that ${where} gives us to opt in.`, analysis.terms) };
}
