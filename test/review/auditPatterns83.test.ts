// Patterns from the lawyer's re-audit of agreements 223–226 (audit82) and the session after it. Every clause is the
// project's own drafting.
import { preferredReview } from './agreements';

const PARTIES = 'This Platform Agreement is between Brackenfold Systems, Inc. ("Provider") and Ashcombe Freight LLC ("Company").';
const DATA = '1.3 "Company Data" means all data, information and files that Company or its users submit to the Service.';

describe('a ban built from a training permission that described the vendor\'s models', () => {
  it('bans training any model, not only the ones the permission described', () => {
    const grant =
      '4.2 Provider may use Company Data to train, retrain and evaluate the forecasting models that power Provider\'s route-planning and load-matching features for all of its customers.';
    const target = preferredReview([PARTIES, DATA, grant]).edit(2)?.target ?? '';
    expect(target).toBe('4.2 Provider shall not use Company Data to train, retrain or evaluate any forecasting models.');
  });

  it('keeps the description where it defines a name the contract uses', () => {
    const grant =
      '4.2 Provider may use Company Data to train the forecasting models that power the Service, including its routing models ("Model Training").';
    const target = preferredReview([PARTIES, DATA, grant, '4.3 Company may object to Model Training by written notice.']).edit(2)?.target ?? '';
    expect(target).toContain('the forecasting models that power the Service, including its routing models ("Model Training")');
    expect(target).toContain('shall not use');
  });

  it('names each joined object, even one with a list of its own', () => {
    const grant =
      '4.2 Provider may use Company Data, together with the shipment records Company chooses to tag, route or invoice in the Service, to train the forecasting models that power the Service.';
    const target = preferredReview([PARTIES, DATA, grant]).edit(2)?.target ?? '';
    expect(target).toBe(
      '4.2 Provider shall not use Company Data or the shipment records Company chooses to tag, route or invoice in the Service to train any forecasting models.',
    );
  });
});
