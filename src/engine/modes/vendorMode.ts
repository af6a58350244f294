// The `vendor` mode: the vendor's counsel reading the customer's paper. Overreaching restrictions are the risks;
// the terms that keep the service workable are the vendor's protections. Pure: engine modules only.
import { VENDOR_SETS } from '../language/vocabulary/vendor';
import { VENDOR_SIDE_RULES } from '../rules/table/vendorSide';
import { findVendorMissing } from './vendorMissing';
import type { ModeDefinition } from './reviewMode';

export const VENDOR_MODE: ModeDefinition = {
  id: 'vendor',
  vocabulary: VENDOR_SETS,
  rules: VENDOR_SIDE_RULES,
  // The parties are read as in the customer mode: the vendor is still the vendor, only the chair changes.
  readParties: (read) => read,
  findMissing: findVendorMissing,
};
