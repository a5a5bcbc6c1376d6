/**
 * Which configured instruments the view offers: those with a flag rule (a prevalence to
 * show) and at least one response in the dataset, in configuration order. Instruments are
 * configuration (DOMAIN.md §2), so a program's own instrument appears here once it is added
 * to src/lib/instruments and answered.
 */
import type { Connector } from '../../engine/connector';
import { INSTRUMENTS, type Instrument } from '../../instruments/instruments';

export const INSTRUMENTS_ANSWERED_SQL = 'SELECT DISTINCT instrument FROM survey_responses ORDER BY instrument';

export async function instrumentsWithData(db: Connector): Promise<Instrument[]> {
	const answered = new Set((await db.query<{ instrument: string }>(INSTRUMENTS_ANSWERED_SQL)).map((r) => r.instrument));
	return INSTRUMENTS.filter((i) => i.flag !== null && answered.has(i.id));
}
