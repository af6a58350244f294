// Extends the vocabulary with one contract's own words: its defined terms for customer data, usage data and outputs,
// and its names for the parties. Pure: imports only engine types and the language layer.
import type { Definition, Parties } from '../types';
import { compileVocabulary, type CompiledVocabulary } from './matcher';
import type { WordSet } from './wordSet';
import { derivedMeaning } from '../dataTerms';

/** Usage-data definitions that sweep in content ("including the content of messages") name customer data. */
const SWEEPS_CONTENT = /\b(?:content|prompts?|queries|inputs?|messages|files|customer data|communications|conversations|documents|uploads?)\b/i;

function set(id: string, why: string, phrases: readonly string[]): WordSet {
  return { id, why, example: '', phrases };
}

const ownUse = (names: readonly string[]): string[] =>
  names
    .filter((name) => !/^(?:you|your)$/i.test(name))
    // A bare "for Client" may serve one purpose of a list ("hosting the Platform for Client, and training models"):
    // only a model made for the customer, or a use reserved to it, is its own.
    .flatMap((name) => [
      `model for ${name}`, `models for ${name}`, `for ${name}'s use`, `for ${name} alone`, `for ${name}'s exclusive use`, `for the exclusive use of ${name}`, `dedicated to ${name}`,
      // A model named for the customer ("the Bank-Specific Model", "Customer Models"): agreement 146 vested it in the
      // bank, and a ban on training it took away the model the bank was buying (audit55).
      `${name}-Specific Model`, `${name}-Specific Models`, `${name}-Dedicated Model`, `${name}-Dedicated Models`, `${name} Model`, `${name} Models`,
    ]);

/** "means the use of data to develop, refine and tune the models …": a defined purpose that is training a model. */
const MEANS_TRAINING = /^(?:the\s+)?(?:use|processing|analysis)\s+of\s+(?:data|information|content)\b[^.]{0,80}?\bto\s+(?:train|develop|refine|tune|fine-tune|improve)\b[^.]{0,120}?\b(?:models?|algorithms?|machine[- ]learning|artificial intelligence|AI)\b/i;

/**
 * '"Service Improvement" means enhancing the accuracy of the AI Features, including by training … the models that
 * underlie them', '… means the use of intraoral scans … to develop and refine the generative design engine': a defined
 * activity (its meaning opens with a gerund or "the use of …") that builds models names training wherever the contract
 * uses it ("may use Customer Data for Service Improvement"). It only tags the uses: the definition itself may be a
 * list of what is banned ('"Excluded Purposes" means training …').
 */
// "… means the calibration, retraining, fine-tuning … of the Detection Models", "… means the research, development,
// testing … of Talentloom's products …, including the training … of the machine learning models" (347): an activity
// named by its noun.
const ACTIVITY_OPENING = /^(?:the\s+)?(?:[a-z]+ing|use|processing|analysis|research|development|improvement|enhancement|refinement|calibration|validation|evaluation|optimi[sz]ation|customi[sz]ation|adaptation)\b/i;
const BUILDS_MODELS = /\b(?:train\w*|retrain\w*|fine-tun\w*|develop\w*|refin\w*|calibrat\w*)\b[^.;]{0,100}?\b(?:models?|algorithms?|machine[- ]learning|artificial intelligence|(?:generative|neural|learning|recognition|predictive|prediction|recommendation|translation)\s+(?:[\w-]+\s+)?engines?)\b/i;
const namesTrainingActivity = (d: Definition): boolean => d.denotes === 'other' && ACTIVITY_OPENING.test(d.meaning.trim()) && BUILDS_MODELS.test(d.meaning);

/**
 * '"Supplier Purposes": the provision of the Services, … and the development and refinement of Supplier's algorithms':
 * defined purposes that include building the vendor's models make "for the Supplier Purposes" a training purpose.
 */
const PURPOSES = /\bPurposes$/;
const DEVELOPS_MODELS = /\b(?:develop\w*|refine\w*|train\w*|tun(?:e|ing))\b[^.;]{0,80}?\b(?:models?|algorithms?|machine[- ]learning|artificial intelligence|AI|detectors?|classifiers?)\b/i;

/** Defined purposes ("Permitted Purposes") whose meaning includes building the vendor's models. */
export const definesTrainingPurposes = (d: Definition): boolean => d.denotes === 'other' && PURPOSES.test(d.term) && includesModelBuilding(d.meaning);
/** Whether the words (a definition's meaning, or what is left of it) still build models. */
export const includesModelBuilding = (words: string): boolean => DEVELOPS_MODELS.test(words);

/**
 * '"Improvements" means any enhancement, modification, retraining or recalibration of the Triage Model': a defined
 * name for improving the vendor's own things is an improvement purpose in itself ("for the purposes of … (c) making
 * Improvements"). A name that is the customer's is not.
 */
const IMPROVEMENT_NAME = /^(?:[A-Z][\w-]*\s+)?(?:Improvements?|Enhancements?|Developments?)$/;

/** "means data derived by the vendor from Client Data together with the data of other clients": data made from it. */
const madeFromData = (meaning: string): boolean => derivedMeaning(meaning) || /\bpooled\b/i.test(meaning);

export function documentVocabulary(definitions: readonly Definition[], parties: Parties): CompiledVocabulary {
  const terms = (denotes: Definition['denotes']) => definitions.filter((d) => d.denotes === denotes).map((d) => d.term);
  const customerData = terms('customer-data');
  // "Benchmark Data", "Service Insights": the contract's own name for data made from the customer's is derived data.
  const derived = definitions
    .filter((d) => d.denotes === 'other' && madeFromData(d.meaning) && customerData.some((t) => d.meaning.includes(t)))
    .map((d) => d.term);
  const swept = definitions.filter((d) => d.denotes === 'usage-data' && SWEEPS_CONTENT.test(d.meaning)).map((d) => d.term);
  const trainingPurposes = definitions.filter((d) => (d.denotes === 'other' && MEANS_TRAINING.test(d.meaning)) || definesTrainingPurposes(d)).map((d) => d.term);
  const trainingActivities = definitions.filter(namesTrainingActivity).map((d) => d.term);
  const customerNames = new Set(parties.customerAliases);
  // '"Platform Improvement" means enhancing the Services …, including by training … the machine learning models that
  // power DocSift': an improvement the vendor makes, defined to include training, is a training right in its definition
  // too (228); an activity named otherwise may define what is banned ('"Excluded Uses" means training …').
  const trainingImprovements = trainingActivities.filter((term) => IMPROVEMENT_NAME.test(term) && !customerNames.has(term.split(/\s+/)[0] ?? ''));
  const improvements = definitions
    .filter((d) => d.denotes === 'other' && IMPROVEMENT_NAME.test(d.term) && !customerNames.has(d.term.split(/\s+/)[0] ?? ''))
    .map((d) => d.term);
  return compileVocabulary([
    set('docCustomerData', 'The contract’s own names for the customer’s data.', [...terms('customer-data'), ...swept]),
    set('docUsageData', 'The contract’s own names for usage data.', terms('usage-data')),
    set('docOutput', 'The contract’s own names for outputs.', terms('output')),
    set('derivedData', 'The contract’s own names for data made from the customer’s data.', derived),
    // "Supplier may compile Network Benchmarks and may use, publish and commercialise them": a defined name for data
    // made from the customer's is derived data in itself, as "statistics" is, without a data word beside it.
    set('statisticalData', 'The contract’s own names for data made from the customer’s data.', derived),
    // "any other data derived by Quillmark from Customer Data": the vendor named between "derived" and "from".
    set('madeFromData', 'Data the vendor derives from something, by the vendor’s names.', parties.vendorAliases.flatMap((v) => [`derived by ${v} from`, `derived by the ${v} from`])),
    set('docVendor', 'The contract’s names for the vendor.', parties.vendorAliases),
    set('docCustomer', 'The contract’s names for the customer.', parties.customerAliases),
    // "may use it for Product Learning", where "Product Learning" means using data to train models: a training word.
    set('trainVerb', 'The contract’s defined names for training a model.', [...new Set([...trainingPurposes, ...trainingActivities])]),
    // The same names as the term a definition defines ('"Platform Enhancement Purposes" means …'): a training right.
    set('trainingPurposeTerm', 'The contract’s defined purposes that include training a model.', [...new Set([...trainingPurposes, ...trainingImprovements])]),
    set('improvementPurpose', 'The contract’s defined names for improving the vendor’s own things.', improvements),
    // "train … Custom Models for Data Partner": a model made for the customer by its own name serves the customer,
    // as "for your exclusive use" does; both sets tag the same words, as the static vocabulary's phrases do.
    set('customerServing', 'A use for the customer named in the contract.', ownUse(parties.customerAliases)),
    set('customerOwnUse', 'A model made for the customer named in the contract.', ownUse(parties.customerAliases)),
  ]);
}
