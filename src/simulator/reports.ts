// What each Word API reports of a paragraph's characters, by markup view: `text`, getText, getReviewedText, as
// Microsoft documents them and OfficeDev/office-js issues report them (TESTING.md probes P1 and P2 check them in real
// Word). Must not import the adapter or the pane.
import { textWhere, type MarkupView, type SimChar } from './model';

/** `Paragraph.text` and `Range.text` show deleted text where the view shows it inline. */
export function viewShowsDeletedText(view: MarkupView): boolean {
  return view === 'simple' || view === 'all-inline';
}

/** Search sees deleted text only where it stands inline in the text flow. */
export function searchSeesDeletedText(view: MarkupView): boolean {
  return view === 'all-inline';
}

/**
 * `text` (WordApi 1.1): what the view shows, with note references as \x02, field results (not codes), content
 * control text and manual line breaks as \v; hidden text left out.
 */
export function textProperty(chars: readonly SimChar[], view: MarkupView): string {
  const deleted = viewShowsDeletedText(view);
  return textWhere(chars, (c) => !c.hidden && (deleted || !c.del));
}

export interface GetTextOptions {
  IncludeHiddenText?: boolean;
  IncludeTextMarkedAsDeleted?: boolean;
}

/**
 * `getText` (WordApi 1.7): "excludes … special characters that mark various content (e.g., for content controls,
 * fields, comments, footnotes, endnotes)"; by default leaves out hidden and deleted text.
 */
export function getTextReport(chars: readonly SimChar[], options: GetTextOptions): string {
  return textWhere(chars, (c) => c.part?.kind !== 'note-reference' && (!c.hidden || options.IncludeHiddenText === true) && (!c.del || options.IncludeTextMarkedAsDeleted === true));
}

/** `getReviewedText` (WordApi 1.4): as `text`, with every deletion (Current) or every insertion (Original) left out. */
export function reviewedReport(chars: readonly SimChar[], version: 'Original' | 'Current'): string {
  return textWhere(chars, (c) => !c.hidden && (version === 'Current' ? !c.del : !c.ins));
}
