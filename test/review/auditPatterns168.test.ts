// Patterns named by the lawyer audit of agreement 385 (audit168, first run at 4ab8a5c): a clause rewritten whole kept
// a heading that no longer described it ("4.4 Usage Data and Aggregated Data." over a clause on the customer's data,
// "7.4 No Limitation." over a limit), and a permission to use the customer's own data "for any business purpose …,
// including to detect security incidents" was turned into a ban on all processing (385 A.3). Every clause is our own
// drafting.
import { applyOps } from '../../src/engine/applyOps';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { retitledHeading } from '../../src/review/retitle';
import { preferredReview } from './agreements';

const vendorPaper = [
  'These Terms are between Brackwater Software Inc. ("Brackwater") and the customer named in the Order Form ("Customer").',
  '1.4 "Customer Data" means all data that Customer submits to the Services.',
  '4.3 Security. Brackwater will protect Customer Data using industry-standard measures.',
];

describe('a headed clause rewritten whole', () => {
  const improvement = DEFAULT_PLAYBOOK.issues.find((issue) => issue.id === 'service-improvement');
  if (!improvement) throw new Error('the default playbook has no service-improvement issue');
  const steps = [{ issue: improvement, wholeClause: true }];
  const terms = preferredReview(vendorPaper).analysis.terms;
  const rewritten = (heading: string) => ({
    original: `4.4 ${heading}. Brackwater may use Telemetry and Benchmarks for any lawful purpose, including to develop other products.`,
    current: `4.4 ${heading}. Brackwater may use Customer Data only to provide, secure and support the Services for Customer.`,
  });

  it('takes the playbook caption when its own heading no longer describes it', () => {
    for (const heading of ['Telemetry and Benchmarks', 'No Limitation', 'PRODUCT ANALYTICS']) {
      const { original, current } = rewritten(heading);
      const target = applyOps(current, retitledHeading(original, current, steps, terms) ?? []);
      expect(target).not.toContain(heading);
      expect(target).toMatch(/^4\.4 (?:Use of Customer Data|USE OF CUSTOMER DATA)\. Brackwater may use/);
    }
  });

  it('keeps a heading the new clause still answers to, and any heading over a clause edited word by word', () => {
    const { original, current } = rewritten('Use of Data by Brackwater');
    expect(retitledHeading(original, current, steps, terms)).toBeUndefined();
    const other = rewritten('Telemetry');
    expect(retitledHeading(other.original, other.current, [{ issue: improvement, wholeClause: false }], terms)).toBeUndefined();
  });

  it('keeps the heading of a licence rewritten as a narrower licence', () => {
    const clause =
      '4.2 License to Brackwater. Customer grants Brackwater and its Affiliates a worldwide, perpetual, irrevocable, sublicensable license to host, copy, modify, create derivative works of and otherwise exploit Customer Data for any purpose, including to develop new products.';
    const edit = preferredReview([...vendorPaper, clause]).edit(3);
    expect(edit?.target.startsWith('4.2 License to Brackwater. ')).toBe(true);
  });
});

describe('a permission to use the customer\'s own data for any purpose, security among the examples', () => {
  it('narrows the purpose to serving the customer rather than banning all processing', () => {
    const clause =
      'A.3 Service Provider Terms. Brackwater may retain, use and disclose Customer Personal Data for any business purpose permitted to service providers under applicable privacy law, including to build and improve the Services, to detect security incidents and to prevent fraud.';
    const target = preferredReview([...vendorPaper, '1.5 "Customer Personal Data" means Personal Data contained in Customer Data.', clause]).edit(4)?.target ?? '';
    expect(target).toContain('Brackwater may retain, use and disclose Customer Personal Data');
    expect(target).not.toMatch(/\b(?:shall|will) not retain\b/);
    expect(target).not.toContain('build and improve');
  });
});
