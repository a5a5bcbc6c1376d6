/** The generator's in-memory people and relationships, before they are written as exports. */
import type { Profession } from '../../src/lib/schema/tables';
import type { Day } from './calendar';
import type { Demographics } from './demographics';
import type { PersonName } from './names';
import type { ProgramSpec } from './programs';

export type Status = 'active' | 'leave_of_absence' | 'withdrawn' | 'dismissed' | 'transferred' | 'graduated';

export interface Trainee {
	index: number;
	id: string;
	name: PersonName;
	email: string;
	role: 'trainee' | 'both';
	program: ProgramSpec;
	profession: Profession;
	cohortYear: number;
	start: Day;
	/** Last day of training if nobody leaves (includes an extension). */
	plannedEnd: Day;
	demographics: Demographics;
	specialty: string | null;
	/** Latent traits, standard normal: distress raises burnout and attrition; engagement raises meetings and survey response. */
	distress: number;
	engagement: number;
	loneliness: number;
	/** Outcome on the as-of date (set by attrition.ts). */
	status: Status;
	exit: Day | null;
	exitCode: string | null;
	exitText: string | null;
	/** Near-peer mentoring ("Both"): how many UME students at once. */
	mentorCapacity: number | null;
}

export interface FacultyMentor {
	index: number;
	id: string;
	name: PersonName;
	email: string;
	program: ProgramSpec;
	profession: Profession;
	start: Day;
	exit: Day | null;
	capacity: number;
	demographics: Demographics;
	specialty: string;
}

/** Anyone who can take mentees: a faculty mentor or a "Both" senior resident. */
export interface MentorSlot {
	personId: string;
	profession: Profession;
	availableFrom: Day;
	/** First day no longer available (exit or graduation); null = still here. */
	availableUntil: Day | null;
	capacity: number;
	/** End days of pairings currently held (pruned as time advances). */
	holding: Day[];
	nearPeer: boolean;
}

export type EndReason = 'concluded' | 'ended_early' | 'mentor_left' | 'mentee_left' | 'rematched';

export interface Pairing {
	trainee: number;
	/** Index into the slot list; null while awaiting a match. */
	slot: number | null;
	kind: 'one_to_one' | 'group' | 'near_peer';
	requested: Day;
	matched: Day | null;
	/** Planned or actual end; null = open (awaiting). */
	end: Day | null;
	endReason: EndReason | null;
	/** Set when the pairing should be dropped (it would begin after the mentee left). */
	dropped?: boolean;
}
