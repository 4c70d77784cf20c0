// Reads a Momentum "Add to calendar" file with ical.js, a real RFC 5545 parser (the one
// Thunderbird's calendar grew out of), so our tests check the file the way a calendar app
// would rather than with our own reader. Used by e2e/ics-format.spec.mjs and by the widget's
// download test. Node only: nothing here ships to visitors.
import ICAL from 'ical.js';

/**
 * @typedef {object} MomentumEvent
 * @property {string} uid
 * @property {string} summary       unescaped TEXT
 * @property {string} description   unescaped TEXT (real newlines, commas, semicolons)
 * @property {{year:number, month:number, day:number, hour:number, minute:number,
 *             isFloating:boolean}} start   month is 1-12; floating = no TZID and no Z
 * @property {number} durationMinutes
 * @property {{action:string, triggerMinutes:number}[]} alarms
 *           triggerMinutes is relative to the start: -15 means 15 minutes before.
 */

/**
 * Parses the text of a Momentum .ics file into plain objects, in file order.
 *
 * Throws (with a message saying what is wrong) on anything a calendar app could reject: text
 * ical.js cannot parse, no single VCALENDAR root, a missing VERSION:2.0 or PRODID, an event
 * without UID, DTSTAMP, DTSTART or a duration, an alarm without ACTION or with a trigger that is
 * not a relative duration, or a value that does not parse as its type.
 *
 * @param {string} text
 * @returns {MomentumEvent[]}
 */
export function parseMomentumIcs(text) {
  if (typeof text !== 'string' || text.trim() === '') {
    throw new TypeError('parseMomentumIcs: expected the text of an .ics file');
  }
  const jcal = ICAL.parse(text); // throws on malformed content lines and unbalanced BEGIN/END
  if (!Array.isArray(jcal) || typeof jcal[0] !== 'string') {
    throw new Error('parseMomentumIcs: expected exactly one VCALENDAR');
  }
  const calendar = new ICAL.Component(jcal);
  if (calendar.name !== 'vcalendar') {
    throw new Error(`parseMomentumIcs: the root is ${calendar.name}, not VCALENDAR`);
  }
  if (String(calendar.getFirstPropertyValue('version')) !== '2.0') {
    throw new Error('parseMomentumIcs: VERSION:2.0 is missing');
  }
  if (!calendar.getFirstPropertyValue('prodid')) {
    throw new Error('parseMomentumIcs: PRODID is missing');
  }

  return calendar.getAllSubcomponents('vevent').map((vevent, index) => {
    const where = `event ${index + 1}`;
    const need = (name) => {
      const value = vevent.getFirstPropertyValue(name);
      if (value === null || value === undefined || value === '') {
        throw new Error(`parseMomentumIcs: ${where} has no ${name.toUpperCase()}`);
      }
      return value;
    };
    need('dtstamp');
    const event = new ICAL.Event(vevent);
    const uid = need('uid');
    const startDate = need('dtstart');
    const dtstart = vevent.getFirstProperty('dtstart');
    const duration = event.duration;
    if (!duration) {
      throw new Error(`parseMomentumIcs: ${where} (${uid}) has no DURATION or DTEND`);
    }
    const alarms = vevent.getAllSubcomponents('valarm').map((valarm) => {
      const action = valarm.getFirstPropertyValue('action');
      const trigger = valarm.getFirstPropertyValue('trigger');
      if (!action || !(trigger instanceof ICAL.Duration)) {
        throw new Error(`parseMomentumIcs: ${where} (${uid}) has an alarm without ACTION or a relative TRIGGER`);
      }
      return { action: String(action), triggerMinutes: trigger.toSeconds() / 60 };
    });
    return {
      uid: String(uid),
      summary: String(event.summary ?? ''),
      description: String(event.description ?? ''),
      start: {
        year: startDate.year,
        month: startDate.month,
        day: startDate.day,
        hour: startDate.hour,
        minute: startDate.minute,
        isFloating:
          !startDate.isDate &&
          dtstart.getParameter('tzid') == null &&
          startDate.zone === ICAL.Timezone.localTimezone,
      },
      durationMinutes: duration.toSeconds() / 60,
      alarms,
    };
  });
}
