// Words that describe rather than grant: a participle that describes a noun ("features developed by our systems"),
// and a permission given to someone else whose limits mention AI ("does not extend to data mining"). Own drafting.
import { categoriesOf } from './support';

const read = (paragraph: string): string[] => [...new Set(categoriesOf(paragraph))].sort();

describe('a past participle that describes a noun', () => {
  test('"content developed or created by our systems" grants no use of usage data', () => {
    expect(read('The app may show suggestions and other features developed or created by our systems ("Automated Content").')).toEqual([]);
  });

  test('the vendor developing its products with usage data is still read', () => {
    expect(read('Lantern may use Usage Data to develop its products.')).toContain('aggregated-data:risk');
  });
});

describe('the limits of a permission given to someone else', () => {
  test('"this permission does not extend to data mining or building a dataset" promises nothing about the customer’s data', () => {
    expect(read('This permission is limited to indexing pages for search; it does not extend to text and data mining or building a dataset.')).toEqual([]);
  });

  test('the vendor denying improvement with data in general is still a promise', () => {
    expect(read('We do not use data from your workspace to improve our products.')).toContain('no-training:protective');
  });
});

describe('confidentiality of the vendor’s own material', () => {
  test('a licensee ceasing use of the vendor’s software and proprietary information is no protection of customer data', () => {
    expect(read('On termination, the Licensee shall cease use of the Software, the Documentation and other Orrin proprietary information.')).not.toContain('confidentiality:protective');
  });

  test('a named security measure over the platform is still a security promise', () => {
    expect(read('Orrin shall encrypt the Platform’s databases at rest and in transit.')).toContain('confidentiality:protective');
  });
});

describe('work made for the customer and inventories of intellectual property', () => {
  test('the developer agreeing that its deliverables are the client’s property licenses nothing to the vendor', () => {
    const found = read('The Developer agrees that all materials prepared by the Developer under this Agreement shall be works made for hire and the exclusive property of the Client. These include all deliverables, improvements, inventions, discoveries, trade secrets and software made during the Term.');
    expect(found).toEqual([]);
  });

  test('feedback the vendor may use to improve its products is still read beside know-how', () => {
    expect(read('If you send us ideas, know-how or other feedback, Lantern may use the feedback to improve its products.')).toContain('service-improvement:risk');
  });
});

describe('a paragraph about public or licensed data', () => {
  test('the data it removes is that data, not the customer’s', () => {
    expect(read('The suggestion model is trained on public repositories with permissive licenses. Any data from repositories whose licence changes is removed at once.')).toEqual([]);
  });

  test('a paragraph that also names the customer’s data keeps its deletion promise', () => {
    expect(read('The model is trained on public repositories. Your uploaded files are deleted within 30 days.')).toContain('deletion:protective');
  });
});
