/**
 * Scales an imported dataset (canonical tables in DuckDB) up to the benchmark's targets
 * (issue 3: 2,000,000 meetings and 1,000,000 survey responses for 100,000 people) without
 * touching the generator: extra meetings are copies of real ones on other days of the same
 * pairing's life, extra survey responses come from monthly pulse waves (copies of the real
 * administrations) answered by the people enrolled then. Deterministic: sampling and shifts come from hash(), not random().
 *
 * What the copies keep, so the views see plausible data: meetings stay inside their pairing
 * (matched_at .. ended_at or the data date); a copied wave's respondents were enrolled on its
 * opening day, and each answer (score, flag, items) is taken whole from another respondent
 * to the same instrument in the source wave, so score, flag and items stay consistent with
 * the instrument's rule (src/lib/instruments) while the person-level values change.
 */
import type { NodeConnector } from '../../src/lib/engine/node.ts';

const count = async (db: NodeConnector, sql: string, params: unknown[] = []) =>
	Number((await db.query<{ n: number }>(sql, params))[0]?.n ?? 0);

/** Include a row when hash(key) falls under `fraction` (deterministic sampling). */
const sampled = (key: string, fraction: number) => `(hash(${key}) % 1000000) < ${Math.ceil(Math.min(1, fraction) * 1_000_000)}`;

export async function scaleMeetings(db: NodeConnector, target: number): Promise<number> {
	const base = await count(db, 'SELECT count(*) AS n FROM meetings');
	const need = target - base;
	if (need <= 0 || base === 0) return base;
	const copies = Math.ceil(need / base);
	// Each copy moves the meeting 37·c days further along its pairing's life, wrapping at
	// the end, so copies land on different days but never outside the pairing.
	await db.exec(`
		INSERT INTO meetings
		SELECT m.meeting_id || '-x' || c.c, m.pairing_id,
			CASE WHEN p.matched_at IS NULL OR m.date < p.matched_at THEN m.date
				ELSE p.matched_at + CAST(((m.date - p.matched_at) + 37 * c.c) % (GREATEST(coalesce(p.ended_at, i.as_of) - p.matched_at, 0) + 1) AS INTEGER)
			END,
			m.completed, m.duration_min, m.modality, m.rating
		FROM meetings m
		JOIN pairings p USING (pairing_id)
		CROSS JOIN (SELECT as_of FROM dataset_info LIMIT 1) i
		CROSS JOIN range(1, ${copies + 1}) c(c)
		WHERE ${sampled(`m.meeting_id || '-x' || c.c`, need / (copies * base))}`);
	return count(db, 'SELECT count(*) AS n FROM meetings');
}

interface NewWave {
	waveId: string;
	label: string;
	opensOn: string;
	closesOn: string;
	source: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Monthly pulse waves, newest first, in months before the data date that hold no wave yet.
 * Each copies the existing wave of its half-year (spring for January–June, autumn after),
 * so a respondent's instruments are those of a real administration.
 */
async function pulseWaves(db: NodeConnector, limit: number): Promise<NewWave[]> {
	const existing = await db.query<{ wave_id: string; opens_on: string }>('SELECT wave_id, opens_on FROM survey_waves ORDER BY opens_on DESC');
	const [{ as_of: asOf }] = await db.query<{ as_of: string }>('SELECT as_of FROM dataset_info LIMIT 1');
	const busy = new Set(existing.map((w) => w.opens_on.slice(0, 7)));
	const spring = existing.filter((w) => Number(w.opens_on.slice(5, 7)) <= 6);
	const autumn = existing.filter((w) => Number(w.opens_on.slice(5, 7)) > 6);
	const waves: NewWave[] = [];
	let year = Number(asOf.slice(0, 4));
	let month = Number(asOf.slice(5, 7)) - 1; // the data date's own month is not over yet
	while (waves.length < limit && year > 2000) {
		if (month === 0) [year, month] = [year - 1, 12];
		const ym = `${year}-${String(month).padStart(2, '0')}`;
		const sources = month <= 6 ? spring : autumn;
		if (!busy.has(ym) && sources.length > 0) {
			waves.push({
				waveId: `${ym}-pulse`,
				label: `Pulse ${MONTHS[month - 1]} ${year}`,
				opensOn: `${ym}-03`,
				closesOn: `${ym}-24`,
				source: sources[waves.length % sources.length].wave_id
			});
		}
		month--;
	}
	return waves;
}

/** The candidate rows of one copied wave: source responses of people enrolled on its opening day. */
const candidatesSql = `
	SELECT r.*, w.wave_id AS new_wave, w.opens_on AS new_opens, sw.opens_on AS source_opens, w.closes_on AS new_closes
	FROM survey_responses r
	JOIN bench_new_waves w ON w.source = r.wave_id
	JOIN survey_waves sw ON sw.wave_id = r.wave_id
	JOIN people p ON p.person_id = r.person_id
	WHERE p.start_date <= w.opens_on AND (p.exit_date IS NULL OR p.exit_date > w.opens_on)`;

export async function scaleSurveys(db: NodeConnector, target: number): Promise<{ responses: number; waves: number }> {
	const base = await count(db, 'SELECT count(*) AS n FROM survey_responses');
	const need = target - base;
	if (need <= 0 || base === 0) return { responses: base, waves: await count(db, 'SELECT count(*) AS n FROM survey_waves') };
	// Add monthly waves, newest first, until the people enrolled then cover the target.
	await db.exec('CREATE OR REPLACE TEMP TABLE bench_new_waves (wave_id VARCHAR, label VARCHAR, opens_on DATE, closes_on DATE, source VARCHAR)');
	let candidates = 0;
	for (const w of await pulseWaves(db, 120)) {
		if (candidates >= need) break;
		await db.query('INSERT INTO bench_new_waves VALUES (?, ?, ?::DATE, ?::DATE, ?)', [w.waveId, w.label, w.opensOn, w.closesOn, w.source]);
		candidates = await count(db, `SELECT count(*) AS n FROM (${candidatesSql})`);
	}
	const fraction = need / Math.max(candidates, 1);
	// Donor: the response `7919 · wave number` places further on, in a hash order, among the
	// source wave's responses to the same instrument; its score, flag and items are reused.
	await db.exec(`
		CREATE TEMP TABLE bench_copies AS
		WITH chosen AS (
			SELECT *, r.response_id || '@' || new_wave AS new_id FROM (${candidatesSql}) r
			WHERE ${sampled(`r.response_id || '@' || new_wave`, fraction)}
		),
		ranked AS (
			SELECT response_id, wave_id, instrument, score, flag,
				row_number() OVER (PARTITION BY wave_id, instrument ORDER BY hash(response_id)) - 1 AS rn,
				count(*) OVER (PARTITION BY wave_id, instrument) AS n_in
			FROM survey_responses
		)
		SELECT c.new_id, c.person_id, c.instrument, c.new_wave,
			LEAST(c.new_opens + CAST(c.responded_on - c.source_opens AS INTEGER), c.new_closes) AS responded_on,
			c.source, d.score, d.flag, d.response_id AS donor_id
		FROM chosen c
		JOIN ranked me ON me.response_id = c.response_id
		JOIN ranked d ON d.wave_id = c.wave_id AND d.instrument = c.instrument
			AND d.rn = (me.rn + 7919 * (hash(c.new_wave) % 97 + 1)) % me.n_in`);
	await db.exec(`INSERT INTO survey_waves SELECT wave_id, label, opens_on, closes_on FROM bench_new_waves`);
	await db.exec(`INSERT INTO survey_responses SELECT new_id, person_id, instrument, new_wave, responded_on, source, score, flag FROM bench_copies`);
	await db.exec(`INSERT INTO survey_items SELECT c.new_id, i.item, i.value FROM bench_copies c JOIN survey_items i ON i.response_id = c.donor_id`);
	await db.exec('DROP TABLE bench_copies; DROP TABLE bench_new_waves');
	return { responses: await count(db, 'SELECT count(*) AS n FROM survey_responses'), waves: await count(db, 'SELECT count(*) AS n FROM survey_waves') };
}
