// In a ban, "and" between things used, purposes or scopes forbids only all of them together ("shall not use Client
// Content and Outputs", "to train and to develop", "in other Matters and for other customers"): a prohibition lists with
// "or". The splices that turn each such "and" into "or", read after the modal the ban replaced. Pure: string work only.
import type { Splice } from './splice';

// "Customer Data, Inputs and the corrections made by Users to Outputs to train" (audit164, 377 § 5.4): the last thing may
// be followed by the words that say who made it.
/** One thing in a list of things used: up to six words, none of them a joiner or the start of a purpose. */
// "including" and "such as" open examples of the thing before, not another thing.
// "Authorised Users' ratings of AI Output": a thing of up to six words (audit171, 391 Sch 2 ¶4.2 kept "and").
const THING = String.raw`(?:(?!(?:and|or|to|for|in|into|with|after|including|such)\b)[A-Za-z][\w'’-]*)(?:\s(?!(?:and|or|to|for|in|into|with|after|including|such)\b)[A-Za-z][\w'’-]*){0,5}`;
/** "include Prompts, Outputs and adjuster corrections ": the verb, two or more things with commas, then "and" and the last. */
const LISTED_OBJECTS = new RegExp(String.raw`^\s+[a-z][\w-]*\s+${THING}(?:,\s${THING}){1,5},?\s(and)\s(${THING})(?=\s*[,;.(]|\s+(?:to|for|in|into|with|after|from|contained|recorded|held|collected|stored|made|generated|submitted|provided|uploaded|entered|created|produced)\b|$)`);
/** "to train, fine-tune, evaluate and improve ": a purpose's verbs, listed with commas and a closing "and". */
const PURPOSE_VERB_LIST = /(?<!\S)to\s+((?:[a-z][\w-]{0,30},\s){1,6}[a-z][\w-]{0,30},?\s)and\s[a-z][\w-]{0,30}\s/;
/** Two scopes of "other" things joined by "and": "in other Matters and for other customers". */
const OTHER_SCOPES = /\b(?:in|for|by|of|across)\s+(?:any\s+)?other\s+[\w-]+(?:\s+[\w-]+)?\s(and)\s(?:in|for|by|of|across)\s+(?:any\s+)?other\b/;
const MODEL_WORK_VERB = /\b(?:train|retrain|fine-tune|finetune|tune|evaluate|validate|benchmark)\b/;
/** " and to develop", ", and to improve": a second purpose joined to the first. */
const AND_TO_PURPOSE = /(?:,\s|(?<=\S)\s)and\sto\s(?=[a-z])/g;

/** The "and"s to turn into "or" in `sentence` after `from` (where the ban's modal ends), beside the splices already made. */
export function thingsAndPurposesJoined(sentence: string, from: number, made: readonly Splice[]): Splice[] {
  const splices: Splice[] = [];
  const taken = (at: number) => made.some((splice) => splice.start === at) || splices.some((splice) => splice.start === at);
  // "shall not use Client Content and Outputs" could be read as forbidding only the two together: "or".
  const objects = /^\s+[a-z][\w-]*\s+(?:[A-Z][\w-]*\s+){1,3}(and)\s+(?:[A-Z][\w-]*\s+){1,3}(?:to|for)\b/.exec(sentence.slice(from));
  if (objects?.[1]) {
    const at = from + objects[0].lastIndexOf(' and ') + 1;
    if (!taken(at)) splices.push({ start: at, end: at + 3, text: 'or' });
  }
  // "shall not include Prompts, Outputs and adjuster corrections in …", "use Route Data, Driver Data and Usage Data to
  // calibrate …": a list of three or more things used forbids only all of them together; a ban names any (audit132,
  // 327 § 3.3; audit133, 325 A4.2).
  const things = LISTED_OBJECTS.exec(sentence.slice(from));
  if (things?.[1]) {
    const at = from + things[0].length - things[1].length - 1 - (things[2]?.length ?? 0);
    if (!taken(at)) splices.push({ start: at, end: at + 3, text: 'or' });
  }
  // "shall not use such corrections and the related Ledger Data to refine …": two things used, in any words, before
  // the purpose; a ban names either. The second opens with a determiner or a name ("and use it" is a second verb).
  const pair = /^\s+[a-z][\w-]*\s+(?:(?!\s(?:to|for|and)\s)[^,;.()]){1,80}\s(and)\s(?=the\s|any\s|all\s|its\s|their\s|such\s|other\s|[A-Z])(?:(?!\s(?:to|for|and)\s)[^,;.()]){1,80}\s(?:to|for)\s/.exec(sentence.slice(from));
  if (pair?.[1]) {
    const at = from + pair[0].indexOf(' and ') + 1;
    if (!taken(at)) splices.push({ start: at, end: at + 3, text: 'or' });
  }
  // "will not use Your Content to train or improve the models and to develop new features" forbids only doing both;
  // a ban joins its purposes with "or" (audit56, 151 5.1).
  for (const joined of sentence.slice(from).matchAll(AND_TO_PURPOSE)) {
    const at = from + (joined.index ?? 0) + joined[0].indexOf('and');
    if (!taken(at)) splices.push({ start: at, end: at + 3, text: 'or' });
  }
  // "… to calibrate Models used in other Matters and for other customers" bans only models used in both: "or" (audit203,
  // 453 A2.4 would have left reuse across the customer's own other matters open).
  const scopes = OTHER_SCOPES.exec(sentence.slice(from));
  if (scopes?.[1]) {
    const at = from + scopes.index + scopes[0].indexOf(' and ') + 1;
    if (!taken(at)) splices.push({ start: at, end: at + 3, text: 'or' });
  }
  // "shall not use … to train, fine-tune, evaluate and improve the … models" bans only doing all four: "or" (audit171,
  // 391 Sch 2 ¶4.2). Only a list of the verbs of model work.
  const purposeVerbs = PURPOSE_VERB_LIST.exec(sentence.slice(from));
  if (purposeVerbs?.[1] && MODEL_WORK_VERB.test(purposeVerbs[1])) {
    const at = from + purposeVerbs.index + purposeVerbs[0].lastIndexOf(' and ') + 1;
    if (!taken(at)) splices.push({ start: at, end: at + 3, text: 'or' });
  }
  return splices;
}
