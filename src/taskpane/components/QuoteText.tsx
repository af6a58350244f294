// The clause's own words with the trigger words in bold, built from evidence offsets as React elements.
// Plain data only; never renders document text as HTML, and shows bidi controls as tags rather than obeying them.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../../engine/types';
import { displayText } from '../explain/displayText';
import { quoteSegments } from '../preview/quoteSegments';

const useStyles = makeStyles({
  quote: {
    marginTop: '0',
    marginBottom: '0',
    marginLeft: '0',
    marginRight: '0',
    paddingLeft: tokens.spacingHorizontalS,
    borderLeftWidth: tokens.strokeWidthThick,
    borderLeftStyle: 'solid',
    borderLeftColor: tokens.colorNeutralStroke2,
    fontStyle: 'italic',
    overflowWrap: 'anywhere',
  },
  trigger: { fontStyle: 'normal', fontWeight: tokens.fontWeightBold, color: tokens.colorNeutralForeground1 },
});

export function QuoteText({ finding }: { readonly finding: Finding }) {
  const styles = useStyles();
  return (
    <blockquote className={styles.quote}>
      {quoteSegments(finding).map((segment, index) =>
        segment.emphasised ? (
          <strong key={index} className={styles.trigger}>
            {displayText(segment.text)}
          </strong>
        ) : (
          <span key={index}>{displayText(segment.text)}</span>
        ),
      )}
    </blockquote>
  );
}
