// The "Add to calendar" file, checked with a real iCalendar parser (ical.js, via e2e/ical.mjs)
// rather than our own reader: the .ics text comes from examples/ics_preview.rs, which runs the
// same core function the widget calls. No browser page is needed.
import { execFileSync } from 'node:child_process';
import { test, expect } from '@playwright/test';
import { parseMomentumIcs } from './ical.mjs';

const PLAN = ['--activities', 'walking,strength', '--minutes', '10', '--days', 'mon,wed,fri,sat', '--start', '2026-01-05'];
const CLINIC = "St. Mary's; Wellbeing, Team \\ Annex";

function cargo(example, args) {
  return execFileSync('cargo', ['run', '-q', '--example', example, '--', ...args], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const ics = (args = []) => cargo('ics_preview', [...PLAN, ...args]);

/** The plan's sessions from plan_preview's JSON, as an independent source of truth. */
function planSessions() {
  const plan = JSON.parse(cargo('plan_preview', [...PLAN, '--format', 'json']));
  return plan.weeks.flatMap((w) => w.sessions);
}

test.beforeAll(() => {
  // The first build can take a while; the tests themselves then run in milliseconds.
  test.setTimeout(300_000);
  execFileSync('cargo', ['build', '-q', '--example', 'ics_preview', '--example', 'plan_preview'], { stdio: 'inherit' });
});

test('one event per session of the chosen weeks, with floating start, duration and one alarm', () => {
  const text = ics(['--today', '2026-01-12', '--weeks', '2', '--time', '18:30', '--reminder', '25', '--clinic', CLINIC]);
  const events = parseMomentumIcs(text);
  const expected = planSessions().filter((s) => s.date >= '2026-01-12' && s.date < '2026-01-26');
  expect(expected.length).toBeGreaterThan(4);
  expect(events).toHaveLength(expected.length);

  events.forEach((event, i) => {
    const session = expected[i];
    const [year, month, day] = session.date.split('-').map(Number);
    expect(event.start).toEqual({ year, month, day, hour: 18, minute: 30, isFloating: true });
    expect(event.durationMinutes).toBe(session.minutes);
    expect(event.uid).toBe(`${session.date.replaceAll('-', '')}-${session.activity}@momentum_2fdefault.momentum`);
    const label = session.activity[0].toUpperCase() + session.activity.slice(1);
    expect(event.summary).toBe(`${label}, ${session.minutes} min (${session.intensity})`);
    expect(event.alarms).toEqual([{ action: 'DISPLAY', triggerMinutes: -25 }]);
  });
});

test('UIDs are unique and stay the same when exported again later', () => {
  const first = ics(['--stamp', '2026-01-05T08:00:00Z']);
  const later = ics(['--stamp', '2026-02-01T19:45:10Z']);
  expect(first).not.toBe(later);
  expect(first).toContain('DTSTAMP:20260105T080000Z\r\n');
  expect(later).toContain('DTSTAMP:20260201T194510Z\r\n');

  const uids = (text) => parseMomentumIcs(text).map((e) => e.uid);
  expect(uids(later)).toEqual(uids(first));
  expect(new Set(uids(first)).size).toBe(uids(first).length);

  const otherWidget = uids(ics(['--namespace', 'momentum/second-widget']));
  expect(otherWidget.filter((uid) => uids(first).includes(uid))).toEqual([]);
});

test('the default time is 09:00 with a reminder 15 minutes before', () => {
  const events = parseMomentumIcs(ics(['--weeks', '1']));
  expect(events.length).toBeGreaterThan(0);
  for (const event of events) {
    expect(event.start).toMatchObject({ hour: 9, minute: 0, isFloating: true });
    expect(event.alarms).toEqual([{ action: 'DISPLAY', triggerMinutes: -15 }]);
  }
});

test('commas, semicolons and backslashes survive escaping and folding', () => {
  const text = ics(['--weeks', '1', '--clinic', CLINIC]);
  // ical.js forgives a bare ';' or ',' in TEXT; stricter readers do not, so check the raw form too.
  const unfolded = text.replaceAll('\r\n ', '');
  expect(unfolded).toContain("St. Mary's\\; Wellbeing\\, Team \\\\ Annex");
  expect(unfolded).toMatch(/^SUMMARY:[A-Z][a-z]+\\, \d+ min/m);
  const events = parseMomentumIcs(text);
  const notes = new Map(planSessions().map((s) => [`${s.date}/${s.activity}`, s.note]));
  for (const event of events) {
    expect(event.description).toContain(`From your Momentum plan at ${CLINIC}.`);
    expect(event.description).toContain("Any movement counts. If today isn't the day, that's okay: you always have tomorrow.");
    expect(event.summary).toMatch(/^[A-Z][a-z]+, \d+ min \((easy|moderate)\)$/);
    const key = `${event.start.year}-${String(event.start.month).padStart(2, '0')}-${String(event.start.day).padStart(2, '0')}/${event.uid.split('@')[0].split('-')[1]}`;
    expect(event.description.startsWith(`${notes.get(key)}\n\n`)).toBe(true);
  }
});

test('CRLF everywhere and no line longer than 75 octets', () => {
  const text = ics(['--clinic', `${CLINIC} ${'Zeit für dich 🙂 '.repeat(10)}`]);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  for (const line of text.slice(0, -2).split('\r\n')) {
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  }
});

test('parseMomentumIcs rejects what a calendar app would reject', () => {
  const good = ics(['--weeks', '1']);
  expect(() => parseMomentumIcs(good)).not.toThrow();
  expect(() => parseMomentumIcs('')).toThrow();
  expect(() => parseMomentumIcs('not a calendar')).toThrow();
  expect(() => parseMomentumIcs(good.replace('END:VCALENDAR\r\n', ''))).toThrow();
  expect(() => parseMomentumIcs(good.replace(/UID:[^\r]*\r\n/, ''))).toThrow(/UID/);
  expect(() => parseMomentumIcs(good.replace(/DTSTART:\d+/, 'DTSTART:tomorrow'))).toThrow();
  expect(() => parseMomentumIcs(good.replace('VERSION:2.0', 'VERSION:1.0'))).toThrow(/VERSION/);
});
