// The review command line: defaults, every flag, and bad usage as a readable value.
import { parseReviewArgs } from '../../../src/cli/review/reviewOptions';

describe('parseReviewArgs', () => {
  it('fills the defaults for a single contract', () => {
    expect(parseReviewArgs(['contract.docx'])).toEqual({
      ok: true,
      options: { inputs: ['contract.docx'], position: 'preferred', mode: 'customer', comments: 'internal', author: 'AI Data Terms', insertMissing: false, force: false, maxMemory: 1536, help: false, round2: false, stripInternal: false },
    });
  });

  it('reads every option, in both --flag value and --flag=value forms', () => {
    const parsed = parseReviewArgs(['a.docx', '--out=b.docx', '--position', 'fallback2', '--comments', 'external', '--author', 'Jane Roe', '--insert-missing', '--force', '--playbook', 'p.json', '--date', '2026-01-31T09:00:00Z']);
    expect(parsed).toEqual({
      ok: true,
      options: expect.objectContaining({ out: 'b.docx', position: 'fallback2', comments: 'external', author: 'Jane Roe', insertMissing: true, force: true, playbook: 'p.json', date: '2026-01-31T09:00:00Z' }),
    });
  });

  it('reads --jobs and --max-memory, and refuses values that make no sense', () => {
    expect(parseReviewArgs(['inbox', '--jobs', '3', '--max-memory=512'])).toMatchObject({ ok: true, options: { jobs: 3, maxMemory: 512 } });
    expect(parseReviewArgs(['inbox', '--jobs', '0'])).toEqual({ ok: false, error: '--jobs must be at least 1' });
    expect(parseReviewArgs(['inbox', '--jobs', 'two'])).toEqual({ ok: false, error: '--jobs must be a whole number' });
    expect(parseReviewArgs(['inbox', '--max-memory', '10'])).toEqual({ ok: false, error: '--max-memory must be at least 64 (MB)' });
  });

  it('takes folders and files with a summary in batch mode', () => {
    expect(parseReviewArgs(['inbox', 'x.docx', '--summary', 'triage.csv'])).toMatchObject({ ok: true, options: { inputs: ['inbox', 'x.docx'], summary: 'triage.csv' } });
  });

  it.each([
    [['--position', 'best', 'a.docx'], /--position must be preferred, fallback1 or fallback2/],
    [['--comments', 'all', 'a.docx'], /--comments must be internal, external or none/],
    [['a.docx', '--bogus'], /unknown option --bogus/],
    [['a.docx', '--out'], /--out needs a value/],
    [['a.docx', 'b.docx', '--out', 'c.docx'], /--out works with one input file/],
    [['a.docx', '--out', 'c.txt'], /--out must name a \.docx file/],
    [['a.docx', '--summary', 's.xlsx'], /--summary must name a \.csv file/],
    [['a.docx', '--author', '  '], /--author must not be empty/],
    [['a.docx', '--date', 'today'], /--date must look like/],
    [[], /name a \.docx contract/],
    [['a.docx', '--author', 'A', '--author', 'B'], /--author is given twice/],
  ])('refuses %j', (argv, message) => {
    const parsed = parseReviewArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('asks for help without requiring a file', () => {
    expect(parseReviewArgs(['--help'])).toMatchObject({ ok: true, options: { help: true } });
  });
});
