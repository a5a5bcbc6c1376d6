/**
 * Period presets: academic years (1 July – 30 June, the US medical-education year) covered
 * by the data, and the whole record. The builder offers them to everyone; reviewers may use
 * only these (server/reports/report-access.ts explains why).
 */
export interface PeriodPreset {
	id: string;
	label: string;
	from: string;
	to: string;
}

/** Academic years from the one holding `earliest` to the one holding `asOf`, newest first, plus the whole record. */
export function periodPresets(earliest: string, asOf: string): PeriodPreset[] {
	const yearOf = (iso: string) => {
		const y = Number(iso.slice(0, 4));
		return iso.slice(5) >= '07-01' ? y : y - 1;
	};
	const presets: PeriodPreset[] = [];
	for (let y = yearOf(asOf); y >= yearOf(earliest); y--) {
		const to = `${y + 1}-06-30`;
		presets.push({ id: `ay-${y}`, label: `Academic year ${y}–${String(y + 1).slice(2)}${to > asOf ? ' (to date)' : ''}`, from: `${y}-07-01`, to });
	}
	presets.push({ id: 'whole-record', label: 'The whole record', from: earliest, to: asOf });
	return presets;
}

/** The latest academic year that ended by `asOf`, else the current one: a sensible default. */
export function defaultPeriod(presets: readonly PeriodPreset[], asOf: string): PeriodPreset {
	return presets.find((p) => p.id.startsWith('ay-') && p.to <= asOf) ?? presets[0];
}
