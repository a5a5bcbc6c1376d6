/** Typed builders for hand-made fixtures (STYLE.md: test data from factories, not JSON blobs). */
export { makeProgram, makeTrainee, makeMentor, makeDemographics, type TraineeOptions, type MentorOptions } from './people';
export { makePairing, makeMeeting, type PairingOptions } from './mentoring';
export { makeWave, makeResponse, type ResponseOptions } from './surveys';
export { makeActivity, makeAttendance } from './ipe';
export { loadFixture, type Fixture, type FixtureDatabase } from './fixture';
export type * from './rows';
