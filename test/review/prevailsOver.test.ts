// A clause against training inserted beside grants the review leaves standing says which of them it overrides (the
// lawyer audits of agreements 81–84). Clauses are the project's own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { prevailingOver } from '../../src/review/prevailsOver';
import { paragraphsOf } from './agreements';

const paragraphs = paragraphsOf(
  [
    'This Services Agreement is between Lumenroute GmbH ("Provider") and Ostrander Freight B.V. ("Client").',
    '1.1 "Client Data" means the waybills and delivery notes that Client uploads to the Services.',
    '3.3 Provider may use Client Data to annotate images and to retrain its routing models for all of its clients.',
    '3.4 Provider may use Client Data to refine the forecasting models it offers to other clients.',
    '5.1 Client shall pay the fees set out in the Order Form.',
  ].join('\n'),
);
const analysis = analyzeDocument(paragraphs);
const clause = 'Provider shall not use Client Data to train any artificial intelligence or machine-learning model.';

describe('a clause against training', () => {
  it('opens with the numbered grants left standing, and says so in its comment', () => {
    const over = prevailingOver(clause, analysis, paragraphs, () => false);
    expect(over?.clause).toBe(`Notwithstanding clauses 3.3 and 3.4, ${clause}`);
    expect(over?.reason).toMatch(/^Clauses 3\.3 and 3\.4 would otherwise still allow that use/);
  });

  it('cites only the grants the review did not change, and nothing when it changed them all', () => {
    expect(prevailingOver(clause, analysis, paragraphs, (p) => p === 2)?.clause).toBe(`Notwithstanding clause 3.4, ${clause}`);
    expect(prevailingOver(clause, analysis, paragraphs, () => true)).toBeUndefined();
  });
});
