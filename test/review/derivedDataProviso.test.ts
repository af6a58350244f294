// The clause on derived data as a proviso on the vendor's own sentence, never the playbook's clause in its place: the
// lawyer audit of agreements 49–52 rejected that replacement in all four agreements (it dropped the contract's own
// defined term and stricter standard, or widened the permission). Every clause is the project's own drafting.
import { preferredReview } from './agreements';

const PROVISO = /provided that such data is aggregated with the data of other customers, does not identify the Manufacturer or any individual, and is not used to train/;

const BRAMLEY = [
  'This Agreement is between Bramley Works plc (the "Manufacturer") and Ostrava Analytics Limited ("Ostrava").',
  '1.1 "Line Data" means the sensor readings and maintenance records the Manufacturer makes available to Ostrava.',
  '1.2 "Benchmark Data" means statistics derived from Line Data, combined with data from at least three other manufacturers, that identify no plant or machine.',
  '3.1 The Manufacturer grants Ostrava a licence to process Line Data to provide the monitoring service to the Manufacturer.',
  '3.2 Ostrava may compile Benchmark Data from Line Data and shall own all right, title and interest in them.',
  '3.3 Line Data flagged by the Manufacturer\'s engineers (such as confirmed, rejected or not reviewed) may be used by Ostrava in the form of de-identified signals to compile the accuracy statistics shown to all of Ostrava\'s customers.',
  '3.4 Ostrava may license Benchmark Data to equipment makers for their own product planning.',
  'The Manufacturer shall pay the fees within thirty days of invoice, and the Manufacturer may audit the invoices once a year.',
];

describe('derived data answered on the vendor\'s own sentence', () => {
  const { edit } = preferredReview(BRAMLEY);

  it('strikes the vendor\'s claim to own what it derives and keeps the contract\'s own defined term', () => {
    const target = edit(4)?.target ?? '';
    expect(target).toMatch(/^3\.2 Ostrava may compile Benchmark Data from Line Data, provided that/);
    expect(target).toMatch(PROVISO);
    expect(target).not.toMatch(/right, title and interest|statistical data derived from/);
    expect(edit(4)?.wordLevel).toBe(true);
  });

  it('reads a "not" inside a parenthetical example as no promise, so the grant takes the proviso', () => {
    const target = edit(5)?.target ?? '';
    expect(target).toMatch(/^3\.3 Line Data flagged by the Manufacturer's engineers \(such as confirmed, rejected or not reviewed\) may be used by Ostrava/);
    expect(target).toMatch(PROVISO);
  });

  it('takes the contract\'s own name for the derived data as naming it', () => {
    expect(edit(6)?.target ?? '').toMatch(PROVISO);
  });

  it('writes an initialism party with "the" where the contract does', () => {
    const { edit: editOf } = preferredReview([
      'This Agreement is between Varda Motors AG ("OEM") and Pellucid Vision GmbH ("Supplier").',
      '1.1 "Drive Data" means the camera and radar recordings the OEM makes available to the Supplier.',
      '2.1 The OEM shall give the Supplier access to Drive Data, and the OEM may withdraw access on notice.',
      '2.2 The Supplier may compile aggregated statistics from Drive Data and shall own all right, title and interest in them.',
      'The OEM shall pay the fees within thirty days.',
    ]);
    expect(editOf(3)?.target ?? '').toMatch(/does not identify the OEM or any individual/);
  });
});
