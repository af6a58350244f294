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
