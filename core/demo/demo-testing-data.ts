import { drawSampleRows } from '../review/auditor-sampling';

/**
 * The demo's populations, generated at demo time: the HR system's hires and leavers and the ticket
 * system's production changes for Brightwave's review period (1 April – 30 September 2026). A fixed
 * generator makes them the same on every build, so the recorded seeds always select the same rows.
 * Names are invented.
 */

export const DEMO_SEEDS = { hires: 'bw-hires-2026', leavers: 'bw-leavers-2026', changes: 'bw-changes-2026' } as const;
export const LEAVER_COUNT = 11;
export const LEAVER_SAMPLE = 5;
/** The sampled leaver whose access was removed late: the exception the demo records. */
export const LATE_LEAVER_ROW = drawSampleRows(DEMO_SEEDS.leavers, LEAVER_COUNT, LEAVER_SAMPLE)[1]!;

const FIRST = ['Maya', 'Liam', 'Sofia', 'Noah', 'Aisha', 'Lucas', 'Emma', 'Mateo', 'Hannah', 'Yusuf', 'Olivia', 'Kenji', 'Chloé', 'Arjun', 'Grace', 'Felix', 'Zara', 'Tomás', 'Ingrid', 'Daniel', 'Amara', 'Jonah', 'Priyanka', 'Oskar', 'Leila', 'Ruben', 'Freya', 'Idris', 'Mei', 'Caleb'];
const LAST = ['Okafor', 'Chen', 'Rossi', 'Schmidt', 'Rahman', 'Martin', 'Novak', 'Silva', 'Berg', 'Demir', 'Brennan', 'Watanabe', 'Dubois', 'Mehta', 'Mensah', 'Wagner', 'Haddad', 'Herrera', 'Larsen', 'Kowalski', 'Nwosu', 'Fitzgerald', 'Iyer', 'Lindqvist', 'Farouk'];
const DEPARTMENTS: [string, string, string][] = [
  ['Engineering', 'Software Engineer', 'Tom Okafor'],
  ['Engineering', 'Site Reliability Engineer', 'Jonas Berg'],
  ['Data Science', 'Data Scientist', 'Aisha Bello'],
  ['Customer Success', 'Support Specialist', 'Lena Fischer'],
  ['Sales', 'Account Executive', 'Dana Whitfield'],
  ['Finance', 'Finance Analyst', 'Lena Fischer'],
  ['Security', 'Security Analyst', 'Priya Raman'],
];
const SERVICES = ['insights-api', 'forecast-engine', 'web-app', 'ingest-pipeline', 'billing', 'auth-gateway', 'reporting'];
const CHANGE_VERBS = ['Upgrade', 'Fix', 'Add', 'Tune', 'Refactor', 'Rotate', 'Patch', 'Remove'];
const CHANGE_OBJECTS = ['connection pool limits', 'CSV export encoding', 'forecast cache TTL', 'TLS certificate', 'rate limiter', 'dashboard filters', 'retry back-off', 'Postgres minor version', 'feature flag for new charts', 'audit log retention', 'dependency versions', 'SSO group mapping'];
const ENGINEERS = ['Maya Okafor', 'Liam Chen', 'Sofia Rossi', 'Noah Schmidt', 'Kenji Watanabe', 'Felix Wagner', 'Grace Mensah', 'Arjun Mehta'];

/** A small linear congruential generator: deterministic, good enough for invented listings. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const day = (start: string, offset: number) => new Date(Date.parse(`${start}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
/** Moves a weekend date to the Monday after (people start and leave on working days). */
const workingDay = (date: string) => (weekday(date) === 6 ? day(date, 2) : weekday(date) === 0 ? day(date, 1) : date);

function csv(header: readonly string[], rows: readonly (readonly string[])[]): Buffer {
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return Buffer.from(`${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`, 'utf8');
}

function people(random: () => number, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) names.add(`${pick(random, FIRST)} ${pick(random, LAST)}`);
  return [...names];
}

export function hiresCsv(): Buffer {
  const random = generator(2026_04);
  const names = people(random, 36);
  const rows = names
    .map((name, index) => {
      const [department, title, manager] = pick(random, DEPARTMENTS);
      const start = workingDay(day('2026-04-01', Math.floor((index / names.length) * 180 + random() * 4)));
      return [`BW-${1240 + index}`, name, department, title, start, manager, `HR-${3100 + index * 3}`];
    })
    .sort((a, b) => (a[4]! < b[4]! ? -1 : 1));
  return csv(['Employee ID', 'Name', 'Department', 'Job title', 'Start date', 'Manager', 'Onboarding ticket'], rows);
}

export function leaversCsv(): Buffer {
  const random = generator(2026_09);
  const names = people(random, LEAVER_COUNT);
  const rows = names.map((name, index) => {
    const [department] = pick(random, DEPARTMENTS);
    const late = index + 1 === LATE_LEAVER_ROW;
    const usual = workingDay(day('2026-04-10', Math.floor((index / LEAVER_COUNT) * 170 + random() * 5)));
    // Every leaver's accounts are disabled on the last day, except the one the sample finds: a Friday
    // leaver whose accounts stayed active over the weekend until Monday.
    const lastDay = late ? day(usual, 5 - weekday(usual)) : usual;
    const removed = late ? day(lastDay, 3) : lastDay;
    return [`BW-${1100 + index * 7}`, name, department, lastDay, removed, `HR-${2900 + index * 5}`, pick(random, ['Resignation', 'Resignation', 'End of contract', 'Dismissal'])];
  });
  return csv(['Employee ID', 'Name', 'Department', 'Last working day', 'Accounts disabled on', 'Offboarding ticket', 'Reason'], rows);
}

export function changesCsv(): Buffer {
  const random = generator(2026_06);
  const rows: string[][] = [];
  for (let index = 0; index < 164; index++) {
    const deployed = workingDay(day('2026-04-01', Math.floor((index / 164) * 182)));
    const author = pick(random, ENGINEERS);
    let reviewer = pick(random, ENGINEERS);
    if (reviewer === author) reviewer = ENGINEERS[(ENGINEERS.indexOf(author) + 1) % ENGINEERS.length]!;
    const emergency = random() < 0.04;
    rows.push([`CHG-${4410 + index}`, `${pick(random, CHANGE_VERBS)} ${pick(random, CHANGE_OBJECTS)}`, pick(random, SERVICES), author, `#${1870 + index * 2}`, reviewer, emergency ? day(deployed, 1) : day(deployed, -1 - Math.floor(random() * 2)), deployed, emergency ? 'Yes' : 'No']);
  }
  return csv(['Change ID', 'Summary', 'Service', 'Author', 'Pull request', 'Peer reviewer', 'Approved on', 'Deployed on', 'Emergency'], rows);
}
