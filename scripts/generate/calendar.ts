/**
 * Dates as whole days since 1970-01-01 (UTC). Formatting is done by hand, never with
 * toLocaleString, so the output does not depend on the machine's locale or time zone.
 */

const MS_PER_DAY = 86_400_000;

export type Day = number;

export function dayOf(iso: string): Day {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) throw new Error(`not an ISO date: ${iso}`);
	return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

export function dayFromParts(year: number, month: number, day: number): Day {
	return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function isoDate(day: Day): string {
	const d = new Date(day * MS_PER_DAY);
	return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

export function yearOf(day: Day): number {
	return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: Day): number {
	return (((day + 4) % 7) + 7) % 7;
}

/** Move a weekend day to the following Monday. */
export function nextWeekday(day: Day): Day {
	const w = weekday(day);
	return w === 6 ? day + 2 : w === 0 ? day + 1 : day;
}

/** `YYYY-MM-DD hh:mm:ss` (Qualtrics) from a day and seconds after midnight. */
export function dateTime(day: Day, secondOfDay: number): string {
	const extraDays = Math.floor(secondOfDay / 86_400);
	const s = secondOfDay - extraDays * 86_400;
	const hh = Math.floor(s / 3600);
	const mm = Math.floor((s % 3600) / 60);
	const ss = s % 60;
	return `${isoDate(day + extraDays)} ${pad2(hh)}:${pad2(mm)}:${pad2(ss)}`;
}

/** `YYYY-MM-DD hh:mm` (REDCap survey timestamps). */
export function dateTimeMinutes(day: Day, secondOfDay: number): string {
	return dateTime(day, secondOfDay).slice(0, 16);
}
