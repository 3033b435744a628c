import { expectedOccurrences, isScheduleFrequency, type ExpectedOccurrence, type SchedulePeriod } from '../controls/schedule';

/**
 * Period coverage: for each control, the occurrences the period needs against the evidence present
 * ("quarterly: 2 due, 1 evidenced"), stale evidence by the catalog's freshness rules, and occurrences
 * that did not happen (which count only once something evidences that they did not). Pure: the
 * caller reads the workspace; the tests pin every rule.
 *
 * Matching rules, in plain words:
 * - An evidence item linked to the control evidences an occurrence when its date falls inside the
 *   occurrence's window. Its date is its as-of date, or the end of the period it covers, or failing
 *   both the date it was captured.
 * - Periodic controls (daily … annual) follow step 3's schedule. Continuous and automated controls are
 *   evidenced by captures of their configuration, which the freshness rules want at least once a
 *   quarter, so they are counted against the period's quarters. Per-event controls are evidenced by a
 *   population that covers the whole period.
 * - An occurrence whose window has not ended yet is "not yet due" and never counted as missing.
 * - Stale: the freshness rules' maximum age (annual: 365 days; configuration and automated: 92 days) is
 *   measured from the newest evidence date to the reference date, which is today or, once the period
 *   (or Type I as-of date) is over, its end: evidence is judged for the period it has to cover.
 */

export interface CoverageEvidence {
  id: number;
  ref: string;
  fileName: string;
  method: string | null;
  coversFrom: string | null;
  coversTo: string | null;
  capturedOn: string | null;
  controls: readonly string[];
}

export interface CoverageControl {
  id: number;
  ref: string;
  title: string;
  frequency: string;
  automation: string;
  owner: string;
  key: boolean;
}

export interface CoveragePopulation {
  id: number;
  name: string;
  rowCount: number;
  coversFrom: string | null;
  coversTo: string | null;
  controlIds: readonly number[];
}

export interface CoverageNonOccurrence {
  id: number;
  controlId: number;
  windowStart: string;
  windowEnd: string;
  reason: string;
  evidenceId: number | null;
}

export interface FreshnessRule {
  appliesTo: string;
  rule: string;
  maxAgeDays: number | null;
}

export type OccurrenceState = 'evidenced' | 'did-not-occur' | 'did-not-occur-unevidenced' | 'missing' | 'not-yet-due';

export interface EvidenceRef {
  id: number;
  ref: string;
  fileName: string;
  date: string | null;
}

export interface OccurrenceCoverage {
  index: number;
  label: string;
  windowStart: string;
  windowEnd: string;
  expected: boolean;
  partial: boolean;
  beforePeriod: boolean;
  state: OccurrenceState;
  evidence: EvidenceRef[];
  nonOccurrence: { id: number; reason: string; evidence: EvidenceRef | null } | null;
}

export type CoverageKind = 'periodic' | 'configuration' | 'per-event' | 'no-period';

export interface StaleEvidence {
  evidence: EvidenceRef;
  ageDays: number;
  maxAgeDays: number;
  rule: string;
}

export interface ControlCoverage {
  controlId: number;
  ref: string;
  title: string;
  frequency: string;
  owner: string;
  key: boolean;
  kind: CoverageKind;
  due: number;
  evidenced: number;
  missing: number;
  notYetDue: number;
  /** Occurrences that did not happen, evidenced as such (included in `evidenced`). */
  didNotOccur: number;
  /** Did-not-occur records still waiting for their evidence (included in `missing` once due). */
  awaitingEvidence: number;
  /** "quarterly: 2 due, 1 evidenced". */
  summary: string;
  /** What the control needs, and the freshness rule that applies, in plain words. */
  note: string;
  rule: string | null;
  occurrences: OccurrenceCoverage[];
  stale: StaleEvidence[];
  /** Evidence linked to the control whose date falls outside the period (or has none). */
  unmatched: EvidenceRef[];
  populations: { id: number; name: string; rowCount: number; coversPeriod: boolean }[];
  /** For operating readiness: every occurrence the period needs evidenced (so not before its end), some, or none. */
  level: 'complete' | 'partial' | 'none';
}

export interface CoverageInput {
  period: SchedulePeriod | null;
  today: string;
  controls: readonly CoverageControl[];
  evidence: readonly CoverageEvidence[];
  populations: readonly CoveragePopulation[];
  nonOccurrences: readonly CoverageNonOccurrence[];
  freshness: readonly FreshnessRule[];
}

const DAY_MS = 86_400_000;
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

export function evidenceDate(item: Pick<CoverageEvidence, 'coversTo' | 'capturedOn'>): string | null {
  return item.coversTo ?? item.capturedOn ?? null;
}

const refOf = (item: CoverageEvidence): EvidenceRef => ({ id: item.id, ref: item.ref, fileName: item.fileName, date: evidenceDate(item) });

function periodBounds(period: SchedulePeriod | null): { start: string; end: string } | null {
  if (period === null) return null;
  return period.reportType === 'type2' ? { start: period.start, end: period.end } : { start: period.asOf, end: period.asOf };
}

function referenceDate(period: SchedulePeriod | null, today: string): string {
  const bounds = periodBounds(period);
  return bounds && bounds.end < today ? bounds.end : today;
}

function isConfiguration(control: CoverageControl): boolean {
  return control.frequency === 'continuous' || control.automation === 'automated';
}

function ruleFor(control: CoverageControl, rules: readonly FreshnessRule[]): FreshnessRule | null {
  const key = control.automation === 'automated' ? 'automated' : control.frequency === 'continuous' ? 'configuration' : control.frequency;
  return rules.find((rule) => rule.appliesTo === key) ?? null;
}

function occurrenceState(occurrence: { windowStart: string; windowEnd: string }, evidence: EvidenceRef[], nonOccurrence: OccurrenceCoverage['nonOccurrence'], today: string): OccurrenceState {
  if (evidence.length > 0) return 'evidenced';
  if (nonOccurrence) return nonOccurrence.evidence ? 'did-not-occur' : 'did-not-occur-unevidenced';
  return occurrence.windowEnd >= today ? 'not-yet-due' : 'missing';
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function coverOccurrences(control: CoverageControl, windows: readonly ExpectedOccurrence[], own: readonly CoverageEvidence[], input: CoverageInput, byId: ReadonlyMap<number, CoverageEvidence>): { occurrences: OccurrenceCoverage[]; matched: Set<number> } {
  const matched = new Set<number>();
  const nonOccurrences = input.nonOccurrences.filter((record) => record.controlId === control.id);
  const occurrences = windows.map((window): OccurrenceCoverage => {
    const record = nonOccurrences.find((candidate) => candidate.windowStart === window.windowStart && candidate.windowEnd === window.windowEnd);
    // The item that shows the control did not occur (an attestation) is not evidence that it did.
    const evidence = own
      .filter((item) => {
        const date = evidenceDate(item);
        return item.id !== record?.evidenceId && date !== null && date >= window.windowStart && date <= window.windowEnd;
      })
      .map((item) => {
        matched.add(item.id);
        return refOf(item);
      });
    const recordEvidence = record?.evidenceId != null ? byId.get(record.evidenceId) : undefined;
    if (recordEvidence) matched.add(recordEvidence.id);
    const nonOccurrence = record ? { id: record.id, reason: record.reason, evidence: recordEvidence ? refOf(recordEvidence) : null } : null;
    return { ...window, state: occurrenceState(window, evidence, nonOccurrence, input.today), evidence, nonOccurrence };
  });
  return { occurrences, matched };
}

function staleEvidence(own: readonly CoverageEvidence[], rule: FreshnessRule | null, reference: string): StaleEvidence[] {
  if (!rule || rule.maxAgeDays === null) return [];
  const dated = own.filter((item) => evidenceDate(item) !== null && evidenceDate(item)! <= reference);
  if (dated.length === 0) return [];
  // Only the newest capture matters: an older one is superseded, not stale.
  const newest = dated.reduce((best, item) => (evidenceDate(item)! > evidenceDate(best)! ? item : best));
  const ageDays = Math.round(dayOf(reference) - dayOf(evidenceDate(newest)!));
  return ageDays > rule.maxAgeDays ? [{ evidence: refOf(newest), ageDays, maxAgeDays: rule.maxAgeDays, rule: rule.rule }] : [];
}

function levelOf(due: number, evidenced: number): ControlCoverage['level'] {
  if (due > 0 && evidenced >= due) return 'complete';
  return evidenced > 0 ? 'partial' : 'none';
}

function coverControl(control: CoverageControl, input: CoverageInput, byId: ReadonlyMap<number, CoverageEvidence>): ControlCoverage {
  const own = input.evidence.filter((item) => item.controls.includes(control.ref));
  const rule = ruleFor(control, input.freshness);
  const reference = referenceDate(input.period, input.today);
  const bounds = periodBounds(input.period);
  const base = { controlId: control.id, ref: control.ref, title: control.title, frequency: control.frequency, owner: control.owner, key: control.key, rule: rule?.rule ?? null };
  const populations = input.populations
    .filter((population) => population.controlIds.includes(control.id))
    .map((population) => ({
      id: population.id,
      name: population.name,
      rowCount: population.rowCount,
      coversPeriod: bounds !== null && population.coversFrom !== null && population.coversTo !== null && population.coversFrom <= bounds.start && population.coversTo >= bounds.end,
    }));

  if (!isScheduleFrequency(control.frequency)) {
    return { ...base, kind: 'no-period', due: 0, evidenced: 0, missing: 0, notYetDue: 0, didNotOccur: 0, awaitingEvidence: 0, summary: `${control.frequency}: not scheduled`, note: 'This frequency is not one the schedule knows; set it in step 3.', occurrences: [], stale: [], unmatched: own.map(refOf), populations, level: 'none' };
  }

  let kind: CoverageKind;
  let windows: ExpectedOccurrence[];
  let note: string;
  if (control.frequency === 'per-event') {
    kind = 'per-event';
    windows = bounds ? [{ index: 1, label: 'The period', windowStart: bounds.start, windowEnd: bounds.end, partial: false, beforePeriod: false, expected: true }] : [];
    note = 'Operates on each event: a population covering the whole period, with evidence for each sampled event. If no event happened, record that it did not occur, with evidence.';
  } else {
    const schedule = expectedOccurrences(isConfiguration(control) ? 'quarterly' : control.frequency, input.period);
    kind = schedule.kind === 'no-period' ? 'no-period' : isConfiguration(control) ? 'configuration' : 'periodic';
    windows = schedule.occurrences;
    note = isConfiguration(control) ? 'Evidenced by captures of its configuration: at least one in each quarter of the period, and one close to fieldwork.' : schedule.note;
  }
  if (kind === 'no-period') {
    return { ...base, kind, due: 0, evidenced: 0, missing: 0, notYetDue: 0, didNotOccur: 0, awaitingEvidence: 0, summary: `${control.frequency}: period not set`, note: 'Set the report type and its period (or as-of date) in step 1 to see what is due.', occurrences: [], stale: [], unmatched: own.map(refOf), populations, level: 'none' };
  }

  const { occurrences, matched } = coverOccurrences(control, windows, own, input, byId);
  if (kind === 'per-event') {
    // A population covering the period is what evidences a per-event control's period.
    const first = occurrences[0];
    if (first && first.state !== 'evidenced' && populations.some((population) => population.coversPeriod && population.rowCount > 0)) first.state = 'evidenced';
  }
  const counted = occurrences.filter((occurrence) => occurrence.expected);
  const due = counted.length;
  const evidenced = counted.filter((occurrence) => occurrence.state === 'evidenced' || occurrence.state === 'did-not-occur').length;
  const didNotOccur = counted.filter((occurrence) => occurrence.state === 'did-not-occur').length;
  const awaitingEvidence = counted.filter((occurrence) => occurrence.state === 'did-not-occur-unevidenced').length;
  const notYetDue = counted.filter((occurrence) => occurrence.state === 'not-yet-due').length;
  const missing = counted.filter((occurrence) => occurrence.state === 'missing' || (occurrence.state === 'did-not-occur-unevidenced' && occurrence.windowEnd < input.today)).length;
  const label = kind === 'configuration' ? `${control.frequency === 'continuous' ? 'continuous' : 'automated'} (quarterly captures)` : control.frequency;
  const parts = [`${due} due`, `${evidenced} evidenced`];
  if (notYetDue > 0) parts.push(`${notYetDue} not yet due`);
  if (didNotOccur > 0) parts.push(`${didNotOccur} did not occur`);
  const unmatched = own.filter((item) => !matched.has(item.id)).map(refOf);
  return {
    ...base,
    kind,
    due,
    evidenced,
    missing,
    notYetDue,
    didNotOccur,
    awaitingEvidence,
    summary: `${label}: ${parts.join(', ')}`,
    note: missing > 0 ? `${note} ${plural(missing, 'occurrence')} without evidence.` : note,
    occurrences,
    stale: staleEvidence(own, rule, reference),
    unmatched,
    populations,
    level: levelOf(due, evidenced),
  };
}

export function periodCoverage(input: CoverageInput): ControlCoverage[] {
  const byId = new Map(input.evidence.map((item) => [item.id, item]));
  return input.controls.map((control) => coverControl(control, input, byId));
}
