// Per-clause expectations for the language patterns of calibration round 41 (found in the first runs of blind55 and
// agreements 292–296, 2026-12-05): the customer's own power to exclude data from a use granted elsewhere, a tool
// named as what "is trained on" data nobody owns, feedback that the AI writes, a passive whose first participle is read
// as derived data, what an AI makes for someone other than "you", "any lawful business purpose", and an exception set
// between a subject and its linking verb. Every clause is our own drafting, and each is read alone, as the evaluation
// reads a clause.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const categoriesOf = (text: string) => analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`);

describe("the customer's power to exclude data from the vendor's use", () => {
  it('is a control, not a grant of the derived data it acts on', () => {
    const found = categoriesOf('C.4 The Trust may, on sixty days\' written notice, exclude any ward or any data field from the Pooled Statistics used under clause 9.2.');
    expect(found).toContain('opt-out:protective');
    expect(found).not.toContain('aggregated-data:risk');
  });

  it('still reads a grant made in the same sentence', () => {
    const found = categoriesOf('The Trust grants Medisort the right to aggregate Ward Data into Pooled Statistics, and may exclude any ward on notice.');
    expect(found).toContain('aggregated-data:risk');
  });
});

describe('a tool that "is trained on" data', () => {
  it.each([
    'The Menu Helper is trained on general allergen information and may produce suggestions that do not suit your kitchen.',
    'Such engines are trained on historical tide data that may contain gaps.',
  ])('describes how the tool works in "%s"', (text) => {
    expect(categoriesOf(text)).not.toContain('ai-training:risk');
  });

  it('is a training grant when the clause names whose data it is', () => {
    expect(categoriesOf('Suggested routes come from the routing engine, which is trained on delivery data contributed by all subscribing customers.')).toContain('ai-training:risk');
  });
});

describe('feedback named by the AI that writes it', () => {
  it("is the service's output, not the customer's ideas", () => {
    expect(categoriesOf('Tutors should review AI Feedback before relying on it for marks.')).not.toContain('service-improvement:risk');
  });

  it("leaves the customer's feedback on AI output a use of feedback", () => {
    expect(categoriesOf('You may rate AI outputs, and we may use that feedback to improve the Services.')).toContain('service-improvement:risk');
  });
});

describe('a passive whose first participle the vocabulary reads as derived data', () => {
  it('keeps the company named as its agent as the one who trains', () => {
    const text = 'The Shipper agrees that Consignment Data may be pooled with the data of other shippers and used by Cargowise to train its delay-prediction engines.';
    expect(categoriesOf(text)).toContain('ai-training:risk');
  });
});

describe('what an AI makes for someone named other than "you"', () => {
  it('is output, and owning it is output ownership', () => {
    expect(categoriesOf('Worksheets that Tutor AI creates for your pupils belong to Brightleaf Learning.')).toContain('output-ownership:risk');
  });
});

describe('"any lawful business purpose"', () => {
  it('is use for any purpose', () => {
    const text = '1.6 "Meter Data" means readings, fault codes and configuration settings collected by the Devices, which Voltwise may collect and use for any lawful business purpose.';
    expect(categoriesOf(text)).toContain('service-improvement:risk');
  });
});

describe('an exception set between a subject and its linking verb', () => {
  it("leaves the linking verb and the owner's property to the main clause", () => {
    expect(categoriesOf('5.3 All Outputs, other than the photographs Customer uploads, are Lensbury\'s proprietary materials.')).toContain('output-ownership:risk');
  });
});
