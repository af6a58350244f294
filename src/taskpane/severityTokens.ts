// The one map from severity and stance to how the pane shows them. Change colours here and nowhere else.
// Must not import Office; only Fluent types and tokens.
import { tokens } from '@fluentui/react-components';
import type { BadgeProps } from '@fluentui/react-components';
import type { Severity, Stance } from '../engine/types';

interface SeverityLook {
  readonly label: string;
  readonly badgeColor: NonNullable<BadgeProps['color']>;
  /** Card edge colour, so severity is visible at a glance and not by colour alone (the badge says it in words). */
  readonly accent: string;
}

export const SEVERITY_LOOK: Readonly<Record<Severity, SeverityLook>> = {
  high: { label: 'High risk', badgeColor: 'danger', accent: tokens.colorPaletteRedBorder2 },
  medium: { label: 'Medium risk', badgeColor: 'warning', accent: tokens.colorPaletteDarkOrangeBorder2 },
  low: { label: 'Low risk', badgeColor: 'informative', accent: tokens.colorNeutralStroke1 },
};

export const PROTECTIVE_LOOK: SeverityLook = { label: 'Protection', badgeColor: 'success', accent: tokens.colorPaletteGreenBorder2 };

/** Terms worth reading that are neither a risk nor a protection (a survival list, a bounded retention period). */
export const REVIEW_LOOK: SeverityLook = { label: 'For review', badgeColor: 'informative', accent: tokens.colorNeutralStroke2 };

export function lookFor(stance: Stance, severity: Severity): SeverityLook {
  if (stance === 'protective') return PROTECTIVE_LOOK;
  return stance === 'neutral' ? REVIEW_LOOK : SEVERITY_LOOK[severity];
}

/** Word's own revision colours are per-author; these stand in for "an insertion" and "a deletion". */
export const REVISION_LOOK = {
  insertColor: tokens.colorPaletteBlueForeground2,
  deleteColor: tokens.colorPaletteRedForeground1,
} as const;
