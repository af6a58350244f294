// The redline as Word will show it: insertions underlined in colour, deletions struck through, with a little
// unchanged context. Plain data only; must not reach the host.
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { RedlinePlan } from '../../engine/types';
import { displayText } from '../explain/displayText';
import { redlineSegments } from '../preview/redlineSegments';
import { REVISION_LOOK } from '../severityTokens';
import { TEST_IDS } from '../testIds';

const useStyles = makeStyles({
  box: {
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    borderTopWidth: tokens.strokeWidthThin,
    borderBottomWidth: tokens.strokeWidthThin,
    borderLeftWidth: tokens.strokeWidthThin,
    borderRightWidth: tokens.strokeWidthThin,
    borderTopStyle: 'solid',
    borderBottomStyle: 'solid',
    borderLeftStyle: 'solid',
    borderRightStyle: 'solid',
    borderTopColor: tokens.colorNeutralStroke2,
    borderBottomColor: tokens.colorNeutralStroke2,
    borderLeftColor: tokens.colorNeutralStroke2,
    borderRightColor: tokens.colorNeutralStroke2,
    overflowWrap: 'anywhere',
  },
  paragraph: { marginTop: '0', marginBottom: '0' },
  insert: { color: REVISION_LOOK.insertColor, textDecorationLine: 'underline', backgroundColor: 'transparent' },
  delete: { color: REVISION_LOOK.deleteColor, textDecorationLine: 'line-through', backgroundColor: 'transparent' },
});

/** `place` is the contract's own name for the anchor paragraph ("9.3"). */
export function RedlinePreview({ plan, place }: { readonly plan: RedlinePlan; readonly place: string }) {
  const styles = useStyles();
  const where = plan.kind === 'inserted-paragraph' ? `New clause after ${place} (“${displayText(excerpt(plan.originalText))}”):` : 'Tracked change preview:';
  return (
    <div className={styles.box} data-testid={TEST_IDS.redlinePreview} data-plan-kind={plan.kind} role="group" aria-label="Redline preview">
      <Text size={200} block>
        {where}
      </Text>
      {plan.ops.length > 0 && (
        <p className={styles.paragraph}>
          {redlineSegments(plan).map((segment, index) => {
            switch (segment.kind) {
              case 'same':
                return <span key={index}>{displayText(segment.text)}</span>;
              case 'elided':
                return <span key={index}>…</span>;
              case 'insert':
                return (
                  <ins key={index} className={styles.insert}>
                    {displayText(segment.text)}
                  </ins>
                );
              case 'delete':
                return (
                  <del key={index} className={styles.delete}>
                    {displayText(segment.text)}
                  </del>
                );
            }
          })}
        </p>
      )}
      {plan.newParagraphs.map((text, index) => (
        <p key={index} className={styles.paragraph}>
          <ins className={styles.insert}>{displayText(text)}</ins>
        </p>
      ))}
      {plan.kind === 'sentence' && (
        <Text size={200} block>
          Most of the sentence changes, so it is replaced as a whole to keep the redline readable.
        </Text>
      )}
    </div>
  );
}

function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60).trimEnd()}…` : text;
}
