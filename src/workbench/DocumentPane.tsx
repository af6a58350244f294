// The simulated Word page: paragraphs with their styles, tracked insertions underlined in colour and deletions struck
// through, critique marks highlighted, the selection shown, comments in the margin. Renders a view model only.
import { memo } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { displayText } from '../taskpane/explain/displayText';
import type { DocumentViewModel, ViewParagraph, ViewSegment } from './documentView';

const PARAGRAPHS_PER_BLOCK = 40;

const useStyles = makeStyles({
  page: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow8,
    margin: '16px auto',
    maxWidth: '720px',
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    columnGap: '20px',
    padding: '48px 24px 48px 56px',
    fontFamily: 'Cambria, Georgia, "Times New Roman", serif',
    fontSize: '15px',
    lineHeight: '1.55',
  },
  // Word opens its comment margin beside the page only once there are comments.
  withComments: { maxWidth: '960px', gridTemplateColumns: 'minmax(0, 1fr) 220px' },
  // Off-screen blocks of a 200-page contract skip style, layout and paint until scrolled to. Blocks rather than single
  // paragraphs: the browser checks every content-visibility element on every frame, and 5,000 of them cost ~10 ms.
  block: { contentVisibility: 'auto', containIntrinsicSize: `auto ${PARAGRAPHS_PER_BLOCK * 48}px` },
  paragraph: { margin: '0 0 10px 0' },
  heading: { fontFamily: tokens.fontFamilyBase, fontWeight: tokens.fontWeightSemibold, fontSize: '16px', margin: '18px 0 8px 0' },
  listItem: { marginLeft: '28px' },
  inserted: { color: tokens.colorPaletteBerryForeground1, textDecorationLine: 'underline', textDecorationColor: tokens.colorPaletteBerryForeground1 },
  deleted: { color: tokens.colorPaletteRedForeground1, textDecorationLine: 'line-through' },
  marked: { backgroundColor: tokens.colorPaletteYellowBackground2, textDecorationLine: 'underline', textDecorationStyle: 'wavy', textDecorationColor: tokens.colorPaletteDarkOrangeBorder2 },
  // A marked revision keeps its own colour on the page background (on yellow it would fail contrast in the dark theme).
  markedRevision: { outlineWidth: tokens.strokeWidthThin, outlineStyle: 'dashed', outlineColor: tokens.colorPaletteDarkOrangeBorder2 },
  selected: { backgroundColor: tokens.colorBrandBackground2, outline: `1px solid ${tokens.colorBrandStroke1}` },
  margin: { fontFamily: tokens.fontFamilyBase, fontSize: '12px' },
  comment: {
    borderLeft: `3px solid ${tokens.colorPaletteBerryBorderActive}`,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: '6px 8px',
    marginBottom: '8px',
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
  },
  author: { fontWeight: tokens.fontWeightSemibold, display: 'block' },
  quote: { color: tokens.colorNeutralForeground3, fontStyle: 'italic', display: 'block' },
});

type Styles = ReturnType<typeof useStyles>;

// Segments and paragraphs take the pane's classes rather than each calling the style hook: ~50 ms on 200 pages.
function Segment({ segment, styles }: { segment: ViewSegment; styles: Styles }) {
  const mark = !segment.marked ? '' : segment.kind === 'normal' ? styles.marked : styles.markedRevision;
  const classes = [segment.kind === 'inserted' ? styles.inserted : '', segment.kind === 'deleted' ? styles.deleted : '', mark, segment.selected ? styles.selected : ''].filter(Boolean).join(' ');
  const Tag = segment.kind === 'inserted' ? 'ins' : segment.kind === 'deleted' ? 'del' : 'span';
  const revised = segment.kind !== 'normal' && segment.author;
  return (
    <Tag className={classes || undefined} data-selected={segment.selected || undefined} data-marked={segment.marked || undefined} data-author={revised || undefined} title={revised ? `${segment.kind === 'inserted' ? 'Inserted' : 'Deleted'} by ${segment.author}` : undefined}>
      {segment.text}
    </Tag>
  );
}

const sameSegments = (a: readonly ViewSegment[], b: readonly ViewSegment[]): boolean =>
  a === b || (a.length === b.length && a.every((segment, i) => {
    const other = b[i];
    return other !== undefined && segment.text === other.text && segment.kind === other.kind && segment.marked === other.marked && segment.selected === other.selected && segment.author === other.author;
  }));

// Memoised by content: a change to one paragraph of a long contract re-renders that paragraph only.
// The classes are the same object for the pane's lifetime, so the comparison leaves them out.
const Paragraph = memo(function Paragraph({ paragraph, styles }: { paragraph: ViewParagraph; styles: Styles }) {
  const isHeading = /^heading|^title/i.test(paragraph.style);
  const isList = /list/i.test(paragraph.style);
  const className = [styles.paragraph, isHeading ? styles.heading : '', isList ? styles.listItem : ''].filter(Boolean).join(' ');
  return (
    <p className={className} data-paragraph={paragraph.index} data-style={paragraph.style}>
      {paragraph.segments.map((segment, i) => <Segment key={i} segment={segment} styles={styles} />)}
    </p>
  );
}, (before, after) => before.paragraph.index === after.paragraph.index && before.paragraph.style === after.paragraph.style && sameSegments(before.paragraph.segments, after.paragraph.segments));

function blocksOf(paragraphs: readonly ViewParagraph[]): ViewParagraph[][] {
  const blocks: ViewParagraph[][] = [];
  for (let i = 0; i < paragraphs.length; i += PARAGRAPHS_PER_BLOCK) blocks.push(paragraphs.slice(i, i + PARAGRAPHS_PER_BLOCK));
  return blocks;
}

export function DocumentPane({ view }: { view: DocumentViewModel }) {
  const styles = useStyles();
  return (
    <article className={view.comments.length > 0 ? `${styles.page} ${styles.withComments}` : styles.page} aria-label="Simulated Word document" data-testid="wb-document">
      <div>
        {blocksOf(view.paragraphs).map((block) => (
          <div key={block[0]?.index} className={styles.block}>
            {block.map((paragraph) => <Paragraph key={paragraph.index} paragraph={paragraph} styles={styles} />)}
          </div>
        ))}
      </div>
      {view.comments.length > 0 && (
        <aside className={styles.margin} aria-label="Comments" data-testid="wb-comments">
          {view.comments.map((comment, i) => (
            <div key={i} className={styles.comment} data-testid="wb-comment">
              <span className={styles.author}>{comment.author} · ¶{comment.paragraph + 1}</span>
              {comment.quote ? <span className={styles.quote}>“{displayText(comment.quote)}”</span> : null}
              {displayText(comment.text)}
            </div>
          ))}
        </aside>
      )}
    </article>
  );
}
