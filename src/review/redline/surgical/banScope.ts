// What a ban built from a training permission bans: every model, not only the ones the vendor described. "may use AI
// Data to train the models that power Coinfold's forecasting features for all of our users" turned into "will not use
// AI Data to train the models that power …" leaves every other model free (audit82, 225 A4.2).
// Pure: must not import Office, React, the DOM or Node.
import type { Splice } from './splice';

/** Verbs that make or change a model, listed before the model they act on. */
const TRAINING_VERBS = String.raw`(?:train|retrain|fine-tune|finetune|test|evaluate|improve|develop|refine|build|calibrate|benchmark)`;

/**
 * "to train, fine-tune or test the machine learning models that power … features for all of our users.": the
 * determiner and the describing clause that run to the sentence's end. Not where another limb follows (";", "except",
 * "unless", "provided"), which the describing clause might be read to end before, nor where it holds a parenthesis
 * (a name defined there, "… models ("Model Training")", is used elsewhere).
 */
const DESCRIBED_MODELS = new RegExp(
  String.raw`\b${TRAINING_VERBS}\b[^.;:]{0,60}?\s(the|its|our|[A-Z][\w-]*['’]s)\s((?:[\w-]+\s){0,3}?models?)(\s(?:that|which)\s(?:power|powers|underlie|underlies|support|supports|drive|drives|run|runs|are\s+used\s+(?:in|by|for))\b(?:(?!\b(?:except|unless|provided|save)\b)[^.;:()]){1,240})(?=\.?\s*$)`,
);

/**
 * "to train … or improve Quillhaven's proprietary speech-recognition, speaker-diarization, summarization and
 * meeting-intelligence models": the kinds of model listed, a list with its own "and"/"or" before the word "models".
 */
const LISTED_KINDS = new RegExp(
  String.raw`\b${TRAINING_VERBS}\b[^.;:]{0,60}?\s((?:the|its|our|[A-Z][\w-]*['’]s)\s(?:proprietary\s)?[\w-]+(?:,\s[\w-]+){0,6},?\s(?:and|or)\s[\w-]+\smodels?)\b`,
);
/** What a ban covers in place of the kinds it listed; the listed kinds stay as its examples. */
const ANY_MODEL = 'any artificial intelligence or machine-learning model, including ';

/**
 * "… or to develop new AI Features for all customers." at the ban's end: said of a permission it described the reach of
 * the use; said of a ban it would leave development for some customers free (audit217, 475 Sch 3 § 3.1). Not "for
 * other customers", which is what a ban on reuse forbids.
 */
// It starts at a comma or where a run of white space starts, never inside a run (see grammar.ts).
const FOR_EVERY_CUSTOMER = /(?:,|(?<![\s,]))\s+for\s+all\s+(?:of\s+)?(?:(?:its|our|their)\s+)?(?:customers|clients|users|subscribers)(?=\.?\s*$)/;

/** The splices that make a ban cover any model: "the" becomes "any" and the describing clause goes. */
export function widenBannedModels(sentence: string, from: number): Splice[] {
  const found = DESCRIBED_MODELS.exec(sentence.slice(from));
  const everyCustomer = FOR_EVERY_CUSTOMER.exec(sentence.slice(from));
  const reach = everyCustomer ? [{ start: from + everyCustomer.index, end: from + everyCustomer.index + everyCustomer[0].length, text: '' }] : [];
  if (!found?.[1] || !found[2] || !found[3]) {
    // The kinds listed stay as examples of what is banned, so the ban reaches every other model too (audit194, 435
    // A.4 banned only "Quillhaven's proprietary … meeting-intelligence models").
    const listed = LISTED_KINDS.exec(sentence.slice(from));
    if (!listed?.[1]) return reach;
    const named = from + listed.index + listed[0].length - listed[1].length;
    // "refine the Platform's … models": the ban's wording goes before the article the possessive name takes.
    const at = sentence.slice(Math.max(0, named - 4), named).toLowerCase() === 'the ' ? named - 4 : named;
    return [{ start: at, end: at, text: ANY_MODEL }, ...reach];
  }
  const modelsAt = from + found.index + found[0].length - found[3].length - found[2].length;
  const determinerAt = modelsAt - found[1].length - 1;
  const clauseAt = modelsAt + found[2].length;
  return [
    { start: determinerAt, end: determinerAt + found[1].length, text: 'any' },
    { start: clauseAt, end: clauseAt + found[3].length, text: '' },
  ];
}
