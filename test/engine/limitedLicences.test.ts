// A limited right over the customer's data, worded like a licence, is a protection to read, not a broad licence or an
// improvement grant. Own drafting.
import { categoriesOf } from './support';

const read = (paragraph: string): string[] => [...new Set(categoriesOf(paragraph))].sort();

describe('limited use rights', () => {
  test('a title in title case names a topic; the limited right after it is no risk', () => {
    const found = read('4.1. Right to Use Client Files. Client grants Orrin a non-exclusive, limited right to use (including storing, copying, modifying and displaying) Client Files to provide, support and protect the Services.');
    expect(found.filter((c) => c.endsWith(':risk'))).toEqual([]);
  });

  test('modifying the customer’s data is an act of the licence, not an improvement of the product', () => {
    expect(read('Client grants Orrin a limited right to store, copy and modifying Client Files to provide the Services.')).not.toContain('service-improvement:risk');
  });

  test('reproducing the data is copying it: a licence to reproduce it solely to perform the Services is the service licence', () => {
    const found = read('Customer grants Corbel a non-exclusive licence to use, reproduce and analyse Customer Data solely to perform the Services.');
    expect(found).not.toContain('broad-license:risk');
    expect(found).toContain('broad-license:neutral');
  });

  test('a licence to reproduce with no such limit stays broad', () => {
    expect(read('Customer grants Corbel a non-exclusive licence to use, reproduce and analyse Customer Data.')).toContain('broad-license:risk');
  });

  test('improving the product is still improvement', () => {
    expect(read('Orrin may use Client Files to modify and improve the Services.')).toContain('service-improvement:risk');
  });

  test('agreeing that a vendor whose name opens with digits may process data only as described is a purpose limit', () => {
    const found = read('You agree that 42north may process your data as described in our Privacy Policy and for no other purpose.');
    expect(found).toContain('confidentiality:protective');
    expect(found).not.toContain('broad-license:risk');
  });

  test('a number of days is not a company', () => {
    expect(read('30days may pass before the data is deleted.')).not.toContain('broad-license:risk');
  });
});

describe('processing under a data processing addendum', () => {
  test('the vendor processing the customer’s content under its DPA is a confidentiality protection', () => {
    expect(read('When you use the Service, we process Your Content in accordance with the Lantern Data Processing Addendum.')).toContain('confidentiality:protective');
  });

  test('a DPA that does not cover usage data promises nothing about it', () => {
    expect(read('The Data Processing Addendum does not apply to Usage Data.')).not.toContain('confidentiality:protective');
  });
});

test('an order-of-precedence clause naming the DPA and "the processing of" data promises nothing', () => {
  expect(read('In the event of any conflict between this DPA and the Agreement, this DPA shall prevail in relation to the processing of Client Files.')).toEqual([]);
});

describe('a ban reopened for derived data', () => {
  test('"other than to … publish aggregated, de-identified information derived from it" is a right over aggregated data', () => {
    expect(read('Orrin will not use Client Files for any purpose other than to (a) provide the Services and (b) publish aggregated, de-identified information derived from them for benchmarking.'))
      .toContain('aggregated-data:risk');
  });

  test('a ban with an exception that names no derived data gives none', () => {
    expect(read('Orrin will not use Client Files for any purpose other than to provide the Services.')).not.toContain('aggregated-data:risk');
  });
});
