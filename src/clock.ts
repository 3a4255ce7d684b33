import { fixedNow } from './settings.ts';

/**
 * Today's date in Japan (YYYY-MM-DD), whatever the machine's time zone.
 * @example japanDate(new Date('2027-12-31T15:00:00Z')) // '2028-01-01'
 */
export const japanDate = (now: Date) =>
	new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

/**
 * The current time: `KOYAKU_NOW` (an ISO time) when set, so tests can fix the clock; else the real one.
 * @example // KOYAKU_NOW=2027-04-25T03:00:00Z
 * now().toISOString() // '2027-04-25T03:00:00.000Z'
 */
export function now(): Date {
	const fixed = fixedNow();
	const date = fixed ? new Date(fixed) : new Date();
	return Number.isNaN(date.getTime()) ? new Date() : date;
}
