// Says when a document read in the customer mode is really a data-use agreement for model training: training is
// stated as the purpose (a limited, affirmed training use) and the agreement names itself, or its parties, as a
// data-sharing agreement does. Pure: engine modules only; linear in the text.
import { compileVocabulary, matchPhrases, type CompiledVocabulary } from '../language/matcher';
import { DUA_SIGNAL_SETS } from '../language/vocabulary/dua';
import type { ClauseFrame } from '../reading/frame';
import type { Paragraph, ReviewMode } from '../types';

let signals: CompiledVocabulary | undefined;

/** "may use the Data solely to train the Model", or a definition of the purpose as training a model. */
function trainingIsThePurpose(frames: readonly ClauseFrame[]): boolean {
  return frames.some((frame) =>
    frame.predicates.some((p) => {
      const trains = p.actions.some((a) => a.kind === 'train' && !a.negated && !a.inSubject) && p.ai.length > 0;
      return trains && p.polarity === 'positive' && (p.sets.has('limiter') || frame.isDefinition);
    }),
  );
}

/** The title, the date line and the parties: where a document names itself. */
const TITLE_LINES = 5;
const THIS_BEFORE = /\bthis\s+$/i;

export function suggestMode(paragraphs: readonly Paragraph[], frames: readonly ClauseFrame[]): ReviewMode | undefined {
  if (!trainingIsThePurpose(frames)) return undefined;
  const vocabulary = (signals ??= compileVocabulary(DUA_SIGNAL_SETS));
  const found = new Set<string>();
  paragraphs.forEach((paragraph, index) => {
    for (const tag of matchPhrases(paragraph.text, [vocabulary]).tags) {
      // "… under the International Data Transfer Agreement issued by the Information Commissioner": a name in the body
      // can be another instrument; the document's own name is in its opening lines or follows "This".
      if (tag.set === 'signalTitle' && index >= TITLE_LINES && !THIS_BEFORE.test(paragraph.text.slice(Math.max(0, tag.start - 6), tag.start))) continue;
      found.add(tag.set);
    }
  });
  const holder = found.has('signalHolder');
  const recipient = found.has('signalRecipient');
  const named = found.has('signalTitle') || (holder && recipient) || ((holder || recipient) && found.has('signalOpenLicence'));
  return named ? 'dua' : undefined;
}
