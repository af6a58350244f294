// Vetoes for clauses about people rather than data: staff trained, vetted or taught to use the service. Pure: imports
// only the rule helpers.
import type { ClauseFrame, Predicate } from '../reading/frame';
import type { Veto } from './ruleTypes';
import { cue, frameHas, has, object, reads } from './queries';

export const ABOUT_PEOPLE: Veto = {
  reason: 'training, vetting or certifying people is about the workforce, not about data',
  // "bills of lading and crew lists": a word for people before a kind of data names whose data it is (blind86-018).
  when: ({ predicate: p, frame }) =>
    (has(p, 'staffTraining') || p.cues.some((c) => c.set === 'personnel' && !namesTheirData(frame, c.end))) &&
    (object(p, 'customer-data', 'output', 'usage-data') === undefined || dataOnlyDescribesPeople(p, frame)) && !trainsAModel(frame, p),
};

/** Characters between a training verb and the model it trains: "to train and retrain its anomaly detection models". */
const MODEL_REACH = 60;
/**
 * "Sensor Data, including … annotations entered by Customer's technicians, may be used … to train and retrain its
 * anomaly detection models": what is trained is a model named after the verb, with no people between; the people only
 * say where the data came from (blind41).
 */
const trainsAModel = (frame: ClauseFrame, p: Predicate): boolean =>
  p.cues.filter((c) => c.set === 'personnel').every((c) => c.end < (p.actions.find((t) => t.kind === 'train')?.start ?? 0) && (byAgent(frame, c.start) || namesTheirData(frame, c.end))) &&
  p.actions.some((t) => t.kind === 'train' && p.ai.some((a) => a.start > t.end && a.start - t.end <= MODEL_REACH && !p.cues.some((c) => c.set === 'personnel' && c.start > t.end && c.start < a.start)));
/** Nouns after a word for people that make it a kind of data: "personnel location tags", "employee records". */
const DATA_AFTER_PEOPLE: ReadonlySet<string> = new Set(['location', 'locations', 'records', 'record', 'data', 'logs', 'tags', 'files', 'information', 'details', 'profiles', 'badge', 'badges', 'movements', 'timesheets', 'lists', 'list', 'rosters', 'roster']);
/**
 * "Sensor Data, including personnel location tags and seismic event logs, … to train and validate predictive models":
 * the people name whose data it is, not who is trained (blind84-118).
 */
const namesTheirData = (frame: ClauseFrame, at: number): boolean => {
  const next = (frame.text.slice(at - frame.start).trim().split(' ')[0] ?? '').toLowerCase();
  // "crew lists;": the punctuation closing the phrase is not part of the noun.
  const bare = next.endsWith(';') || next.endsWith(',') || next.endsWith('.') || next.endsWith(')') ? next.slice(0, -1) : next;
  return DATA_AFTER_PEOPLE.has(bare);
};
/** "entered by Customer's technicians": the people are the agent of what made the data ("by" within three words before). */
const byAgent = (frame: ClauseFrame, at: number): boolean =>
  frame.text.slice(0, at - frame.start).trim().split(' ').slice(-3).some((word) => word.toLowerCase() === 'by');

/**
 * "Facility staff must be trained on the tools module before they can search call transcripts", "crew members must be
 * trained …, and the Contractor must keep records of that training": people are named as the ones trained, no AI word
 * is in the sentence, and the only end served is that training. The data named is what the people will handle.
 */
export const PEOPLE_TRAINED: Veto = {
  reason: 'the people named are the ones trained, and no model is in the sentence: the training is of the workforce',
  when: ({ predicate: p, frame }) => {
    if (!(frameHas(frame, 'staffTraining') || frame.predicates.some(peopleAreTrained)) || frameHas(frame, 'aiNoun', 'aiAcronym', 'modelTrainingData')) return false;
    const ends = p.cues.filter((c) => c.set === 'vendorEnds');
    const trains = p.actions.filter((a) => a.kind === 'train');
    return (trains.length > 0 || ends.length > 0) && ends.every((c) => reads(p, c, 'trainVerb')) &&
      p.actions.every((a) => a.kind !== 'improve' && a.kind !== 'share');
  },
};

/**
 * "Facility staff must be trained on …": a passive training with the people before it trains them, and so does an active
 * one with the people as its object. "Personnel may access Content selected for training" does not: there the people
 * handle what the training is on.
 */
const peopleAreTrained = (q: Predicate): boolean => {
  const people = q.cues.find((c) => c.set === 'personnel');
  if (people === undefined) return false;
  // "Provider shall train its support and engineering staff on …": the people are the object, no data between.
  if (!q.actor.passive) return q.actions.some((a) => a.kind === 'train' && people.start > a.end && people.start - a.end <= TRAINED_PEOPLE_REACH && !q.objects.some((o) => o.start > a.end && o.start < people.start));
  return q.actions.some((a) => a.kind === 'train' && a.start > people.end);
};
/** Characters between "train" and the people it trains: room for "its support and engineering". */
const TRAINED_PEOPLE_REACH = 40;

/** "training concerning information security to its employees who handle Machine Data": the data only says which people. */
function dataOnlyDescribesPeople(p: Predicate, frame: ClauseFrame): boolean {
  const people = cue(p, 'personnel');
  const data = p.objects.filter((o) => o.kind === 'customer-data' || o.kind === 'output' || o.kind === 'usage-data');
  return (has(p, 'staffTraining') || trainingGivenTo(frame, p, people)) && people !== undefined && data.every((o) => o.start > people.end);
}

/** Words that hand a training to people: "training to all personnel", "training for its staff". */
const GIVEN_TO: ReadonlySet<string> = new Set(['to', 'for']);
/**
 * "Quillmate provides annual responsible-AI training to all personnel who have access to Conversation Transcripts"
 * (482 Annex 1(d), audit219): the training named is given to the people right after it, whatever words name its kind.
 */
function trainingGivenTo(frame: ClauseFrame, p: Predicate, people: ReturnType<typeof cue>): boolean {
  if (people === undefined) return false;
  return p.actions.some((a) => {
    if (a.kind !== 'train' || people.start <= a.end) return false;
    const between = frame.text.slice(a.end - frame.start, people.start - frame.start).trim().toLowerCase().split(' ').filter((w) => w !== '');
    return between.length >= 1 && between.length <= 3 && GIVEN_TO.has(between[0] ?? '');
  });
}

/**
 * "training for Customer's claims handlers on the limits of Outputs": teaching people to use the service names outputs
 * as a subject of the course; it settles no title to them, and nobody takes a right by it.
 */
export const TEACHES_PEOPLE: Veto = {
  reason: 'training people on the service (its outputs, its limits) is about the workforce, not who owns the outputs',
  when: ({ predicate: p }) => has(p, 'staffTraining') && p.owner === undefined && object(p, 'customer-data') === undefined,
};

