// The findings, filtered for triage and grouped by severity and then category; protections already in the contract
// and the terms for review come last. Cards start as one line; Next / Previous issue (and Alt+Down / Alt+Up) open the next one, bring it into
// view and select its clause in the document. Plain data and callbacks only; must not reach the host.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { CATEGORY_LABELS } from '../../engine/labels';
import type { ContractTerms, Finding } from '../../engine/types';
import type { Playbook } from '../../playbook/schema';
import { itemKey } from '../itemKey';
import { issueForTarget } from '../playbookLookup';
import { plural } from '../plural';
import { SEVERITY_LOOK } from '../severityTokens';
import type { ItemStatus } from '../state/paneState';
import { displayOrder, filterFindings, listSections, NO_FILTER, stepFrom, type ListSection, type TriageFilter } from '../triage/triage';
import { FindingCard } from './FindingCard';
import type { ItemActions } from './itemActions';
import { TriageBar } from './TriageBar';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  more: { alignSelf: 'flex-start' },
  heading: { marginTop: tokens.spacingVerticalS, marginBottom: '0' },
  subheading: { marginTop: '0', marginBottom: '0', color: tokens.colorNeutralForeground2 },
});

/**
 * Cards shown per section, and added per "Show more": a long contract can have thousands of findings, and rendering
 * them all at once would freeze the pane for seconds. The most severe sections come first.
 */
export const CARDS_PER_SECTION = 30;

interface FindingsListProps {
  readonly findings: readonly Finding[];
  readonly items: Readonly<Record<string, ItemStatus>>;
  readonly playbook: Playbook;
  readonly actions: ItemActions;
  readonly terms: ContractTerms;
  readonly cardsPerSection?: number;
}

export function FindingsList({ findings, items, playbook, actions, terms, cardsPerSection = CARDS_PER_SECTION }: FindingsListProps) {
  const styles = useStyles();
  const [shownBySection, setShownBySection] = useState<Readonly<Record<string, number>>>({});
  const [filter, setFilter] = useState<TriageFilter>(NO_FILTER);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [current, setCurrent] = useState<{ readonly id: string; readonly focus: boolean } | undefined>(undefined);
  const cards = useRef(new Map<string, HTMLDivElement>());
  // One ref callback per card for the list's lifetime: a new one each render would re-render every memoised card.
  const refs = useRef(new Map<string, (element: HTMLDivElement | null) => void>());
  const visible = useMemo(() => filterFindings(findings, items, filter), [findings, items, filter]);
  const sections = useMemo(() => listSections(visible), [visible]);
  const ordered = useMemo(() => displayOrder(sections), [sections]);
  const categories = useMemo(() => [...new Set(findings.map((finding) => finding.category))], [findings]);
  const limitOf = useCallback((section: string) => shownBySection[section] ?? cardsPerSection, [shownBySection, cardsPerSection]);

  const toggle = useCallback((id: string) => {
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

  const step = useCallback(
    (direction: 1 | -1) => {
      const target = stepFrom(ordered, current?.id, direction);
      if (!target) return;
      const section = sectionOf(sections, target);
      const place = section ? displayOrder([section]).indexOf(target) : -1;
      if (section && place >= limitOf(section.id)) setShownBySection((counts) => ({ ...counts, [section.id]: Math.ceil((place + 1) / cardsPerSection) * cardsPerSection }));
      setExpanded((open) => new Set(open).add(target.id));
      setCurrent({ id: target.id, focus: true });
      actions.goTo(target);
    },
    [actions, cardsPerSection, current, limitOf, ordered, sections],
  );

  useEffect(() => {
    if (!current?.focus) return;
    const card = cards.current.get(current.id);
    if (!card) return;
    card.focus();
    // jsdom has no layout, so no scrollIntoView.
    card.scrollIntoView?.({ block: 'nearest' });
    setCurrent({ id: current.id, focus: false });
  }, [current]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
      // In a text field or a native select, Alt+arrow keeps its own meaning.
      const target = event.target as HTMLElement | null;
      if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
      event.preventDefault();
      step(event.key === 'ArrowDown' ? 1 : -1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);

  const at = current ? ordered.findIndex((finding) => finding.id === current.id) : -1;
  const register = (id: string) => {
    let callback = refs.current.get(id);
    if (!callback) {
      callback = (element: HTMLDivElement | null) => {
        if (element) cards.current.set(id, element);
        else cards.current.delete(id);
      };
      refs.current.set(id, callback);
    }
    return callback;
  };
  const renderSection = (section: ListSection) => {
    const all = displayOrder([section]);
    const limit = limitOf(section.id);
    const shown = new Set(all.slice(0, limit));
    const hidden = all.length - shown.size;
    return (
      <>
        {section.groups.map(({ category, findings: members }) => {
          const inView = members.filter((finding) => shown.has(finding));
          if (inView.length === 0) return null;
          return (
            <div key={category} className={styles.group} role="group" aria-label={CATEGORY_LABELS[category]}>
              <Text as="h4" size={300} weight="semibold" className={styles.subheading}>
                {`${CATEGORY_LABELS[category]} (${members.length})`}
              </Text>
              {inView.map((finding) => (
                <FindingCard
                  key={finding.id}
                  ref={register(finding.id)}
                  finding={finding}
                  issue={issueForTarget(playbook, finding)}
                  status={items[itemKey(finding)]}
                  actions={actions}
                  terms={terms}
                  expanded={expanded.has(finding.id)}
                  onToggle={toggle}
                />
              ))}
            </div>
          );
        })}
        {hidden > 0 && (
          <Button className={styles.more} onClick={() => setShownBySection((counts) => ({ ...counts, [section.id]: limit + cardsPerSection }))}>
            {`Show ${Math.min(hidden, cardsPerSection)} more (${hidden} not shown yet)`}
          </Button>
        )}
      </>
    );
  };
  const risks = findings.filter((finding) => finding.stance === 'risk');
  return (
    <>
      {risks.length === 0 && <Text>No clause lets the vendor use your data for AI in a way the playbook flags.</Text>}
      {findings.length > 0 && (
        <TriageBar
          filter={filter}
          categories={categories}
          shown={visible.length}
          total={findings.length}
          allExpanded={ordered.length > 0 && ordered.every((finding) => expanded.has(finding.id))}
          onFilter={setFilter}
          onExpandAll={(expand) => setExpanded(expand ? new Set(ordered.map((finding) => finding.id)) : new Set())}
          onStep={step}
          position={at >= 0 ? `Issue ${at + 1} of ${ordered.length}.` : ''}
        />
      )}
      {findings.length > 0 && visible.length === 0 && <Text>No finding matches these filters.</Text>}
      {sections.map((section) => {
        const count = displayOrder([section]).length;
        const { title, label } = sectionWords(section.id, count);
        return (
          <section key={section.id} className={styles.section} aria-label={label}>
            <Text as="h3" size={400} weight="semibold" className={styles.heading}>
              {title}
            </Text>
            {renderSection(section)}
          </section>
        );
      })}
    </>
  );
}

function sectionWords(id: ListSection['id'], count: number): { title: string; label: string } {
  if (id === 'protections') return { title: `Protections already in the contract (${count})`, label: 'Protections already in the contract' };
  if (id === 'review') return { title: `For review (${count})`, label: 'Terms to read, neither risk nor protection' };
  return { title: `${SEVERITY_LOOK[id].label}: ${plural(count, 'finding')}`, label: SEVERITY_LOOK[id].label };
}

function sectionOf(sections: readonly ListSection[], finding: Finding): ListSection | undefined {
  return sections.find((section) => section.groups.some((group) => group.findings.includes(finding)));
}
