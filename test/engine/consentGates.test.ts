// The customer's opt-in gates every use a sentence grants, usage data included. Own drafting.
import { categoriesOf } from './support';

const read = (clause: string): string[] => [...new Set(categoriesOf(clause))].sort();

describe('a grant that waits for the customer’s opt-in', () => {
  test('covers the usage data it names beside the content', () => {
    const clause = '"Usage Data" means logs and telemetry about the Platform.\nOrrin may use Client Files and Usage Data to train its models, but only if Client has first opted in by written notice.';
    expect(read(clause).filter((c) => c.endsWith(':risk'))).toEqual([]);
  });

  test('without the opt-in the usage data grant is a risk', () => {
    expect(read('"Usage Data" means logs and telemetry about the Platform.\nOrrin may use Usage Data to train its models.')).toContain('aggregated-data:risk');
  });
});

describe('an instruction the contract gives in the customer\'s name', () => {
  const DATA = '"Client Files" means the documents Client uploads to the Platform.';
  test('is the vendor\'s grant, not the customer\'s control ("you instruct us to use … to build models … for all customers")', () => {
    const found = read('These terms are between you and HireNest Ltd ("HireNest", "we" or "us").\n"Applicant Data" means the CVs and notes you upload to the Service.\nNotwithstanding clause 2.2, you instruct us to use Applicant Data to build and recalibrate the matching models that power our ranking features for all customers.');
    expect(found).toContain('ai-training:risk');
    expect(found).not.toContain('opt-out:protective');
  });

  test('while "Client may, by written notice, instruct the Supplier to train …" stays the customer\'s option', () => {
    const found = read(`${DATA}\nClient may, by written notice, instruct the Supplier to use Client Files to train a model for Client alone.`);
    expect(found).not.toContain('no-training:protective');
  });
});
