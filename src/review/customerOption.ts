// A use the customer itself must choose: the engine scopes such a finding "only if Client authorises it" ("If Client
// joins the Pilot Programme, Client grants … to train …"). The review keeps the option, writes its protections subject
// to it, and does not count it as a risk it wrote. Pure: engine types only.
import type { Finding } from '../engine/types';

const AUTHORISED_ONLY = /^only if\b.*\bauthoris/i;

export const isCustomerOption = (finding: Finding): boolean => finding.stance === 'risk' && AUTHORISED_ONLY.test(finding.scope ?? '');
