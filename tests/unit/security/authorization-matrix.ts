/**
 * The authorization matrix (issue 6): for every route and method, the status each kind of
 * visitor must get. tests/unit/security/authorization-matrix.test.ts fails when a route in
 * src/routes is missing here (or listed here but gone); tests/e2e/authorization.spec.ts sends
 * every request to the production build as each identity and compares the status.
 *
 * Conventions
 *  - Pages need a session: anonymous visitors are redirected to /login (303) by the hook;
 *    JSON endpoints under /api answer 401 instead.
 *  - Requests carry no valid input: a permitted write is refused by validation (400) or
 *    finds nothing (404), so running the matrix changes no data. A refused one is 403.
 *  - `/admin/users/[id]` is exercised with an id that does not exist (admin: 404).
 *  - Entries with `endsSession` sign the visitor out (or in again); the runner gives each
 *    its own fresh session.
 *
 * Plain data with no imports, so both vitest and Playwright can load it.
 */

export const IDENTITIES = ['anonymous', 'admin', 'dean', 'coordinatorA', 'coordinatorB', 'reviewer'] as const;
export type Identity = (typeof IDENTITIES)[number];

export interface MatrixEntry {
	/** The URL requested (route params filled in). */
	path: string;
	/** Request body: a urlencoded form for page actions, multipart for upload endpoints. */
	body?: 'form' | 'multipart';
	endsSession?: boolean;
	expect: Record<Identity, number>;
}

const ANY_SESSION = { anonymous: 303, admin: 200, dean: 200, coordinatorA: 200, coordinatorB: 200, reviewer: 200 };
const ROW_VIEW = { ...ANY_SESSION, reviewer: 303 };
const ADMIN_PAGE = { anonymous: 303, admin: 200, dean: 403, coordinatorA: 403, coordinatorB: 403, reviewer: 403 };
const adminWrite = (adminStatus: number) => ({ anonymous: 303, admin: adminStatus, dean: 403, coordinatorA: 403, coordinatorB: 403, reviewer: 403 });

const NO_SUCH_USER = '/admin/users/00000000-0000-4000-8000-000000000000';
const REPORT_PAGE = { anonymous: 303, admin: 200, dean: 200, coordinatorA: 403, coordinatorB: 403, reviewer: 200 };
const reportWrite = (status: number) => ({ anonymous: 303, admin: status, dean: status, coordinatorA: 403, coordinatorB: 403, reviewer: status });
const NO_SUCH_REPORT = '/reports/00000000-0000-4000-8000-000000000000';

export const AUTHORIZATION_MATRIX: Record<string, MatrixEntry> = {
	// Row-level views: any signed-in user but reviewers, whom hooks.server.ts sends to
	// /reviewer (their data request is refused anyway: GET /api/dataset below).
	'GET /': { path: '/', expect: ROW_VIEW },
	'GET /glossary': { path: '/glossary', expect: ANY_SESSION },
	'GET /retention': { path: '/retention', expect: ROW_VIEW },
	'GET /wellbeing': { path: '/wellbeing', expect: ROW_VIEW },
	'GET /diversity': { path: '/diversity', expect: ROW_VIEW },
	'GET /interprofessional': { path: '/interprofessional', expect: ROW_VIEW },

	// Sign-in and sign-out.
	'GET /login': { path: '/login', expect: { anonymous: 200, admin: 303, dean: 303, coordinatorA: 303, coordinatorB: 303, reviewer: 303 } },
	// Empty form: "asks for both fields" (400) for everyone; a signed-in visitor's session is ended first.
	'POST /login': { path: '/login', body: 'form', endsSession: true, expect: { anonymous: 400, admin: 400, dean: 400, coordinatorA: 400, coordinatorB: 400, reviewer: 400 } },
	'GET /logout': { path: '/logout', expect: ANY_SESSION },
	'POST /logout': { path: '/logout', body: 'form', endsSession: true, expect: { anonymous: 303, admin: 303, dean: 303, coordinatorA: 303, coordinatorB: 303, reviewer: 303 } },

	// Data: rows for row roles (scoped), aggregates for reviewers, deans and admins.
	'GET /api/dataset': { path: '/api/dataset', expect: { anonymous: 401, admin: 200, dean: 200, coordinatorA: 200, coordinatorB: 200, reviewer: 403 } },
	// Coordinators: their own programs' tables (default: the first of theirs).
	'GET /api/aggregates': { path: '/api/aggregates', expect: { anonymous: 401, admin: 200, dean: 200, coordinatorA: 200, coordinatorB: 200, reviewer: 200 } },
	'GET /reviewer': { path: '/reviewer', expect: { anonymous: 303, admin: 200, dean: 200, coordinatorA: 200, coordinatorB: 200, reviewer: 200 } },

	// Coordinator worklist (issue 4): coordinators and admins. An empty POST is refused by
	// validation (400) for those who may write, before any dataset lookup.
	'GET /worklist': { path: '/worklist', expect: { anonymous: 303, admin: 200, dean: 403, coordinatorA: 200, coordinatorB: 200, reviewer: 403 } },
	'GET /api/worklist/actions': { path: '/api/worklist/actions', expect: { anonymous: 401, admin: 200, dean: 403, coordinatorA: 200, coordinatorB: 200, reviewer: 403 } },
	'POST /api/worklist/actions': { path: '/api/worklist/actions', expect: { anonymous: 401, admin: 400, dean: 403, coordinatorA: 400, coordinatorB: 400, reviewer: 403 } },
	// Trainee profile: a person of program A (GME-IM in the demo). Coordinator B is told the
	// person is not found (404), the same answer as for an id that does not exist.
	'GET /worklist/trainee/[personId]': { path: '/worklist/trainee/T000561', expect: { anonymous: 303, admin: 200, dean: 403, coordinatorA: 200, coordinatorB: 404, reviewer: 403 } },
	'GET /mentors': { path: '/mentors', expect: { anonymous: 303, admin: 200, dean: 403, coordinatorA: 200, coordinatorB: 200, reviewer: 403 } },
	// Thresholds per program: coordinators (their own programs) and admins; an empty form
	// names no program (400) before anything is read or written.
	'GET /worklist/thresholds': { path: '/worklist/thresholds', expect: { anonymous: 303, admin: 200, dean: 403, coordinatorA: 200, coordinatorB: 200, reviewer: 403 } },
	'POST /worklist/thresholds?/save': { path: '/worklist/thresholds?/save', body: 'form', expect: { anonymous: 303, admin: 400, dean: 403, coordinatorA: 400, coordinatorB: 400, reviewer: 403 } },
	'POST /worklist/thresholds?/reset': { path: '/worklist/thresholds?/reset', body: 'form', expect: { anonymous: 303, admin: 400, dean: 403, coordinatorA: 400, coordinatorB: 400, reviewer: 403 } },

	// Administration: admins only.
	'GET /admin': { path: '/admin', expect: ADMIN_PAGE },
	'GET /admin/users': { path: '/admin/users', expect: ADMIN_PAGE },
	'POST /admin/users?/create': { path: '/admin/users?/create', body: 'form', expect: adminWrite(400) },
	'GET /admin/users/[id]': { path: NO_SUCH_USER, expect: { ...ADMIN_PAGE, admin: 404 } },
	'POST /admin/users/[id]?/update': { path: `${NO_SUCH_USER}?/update`, body: 'form', expect: adminWrite(404) },
	'POST /admin/users/[id]?/disable': { path: `${NO_SUCH_USER}?/disable`, body: 'form', expect: adminWrite(404) },
	'POST /admin/users/[id]?/enable': { path: `${NO_SUCH_USER}?/enable`, body: 'form', expect: adminWrite(404) },
	'POST /admin/users/[id]?/resetPassword': { path: `${NO_SUCH_USER}?/resetPassword`, body: 'form', expect: adminWrite(404) },
	'GET /admin/audit': { path: '/admin/audit', expect: ADMIN_PAGE },
	'GET /admin/audit/export': { path: '/admin/audit/export', expect: ADMIN_PAGE },

	// Imports (pages and upload endpoints outside /api redirect anonymous visitors).
	// Coordinators upload for their own programs (an empty upload: 400) and see the versions
	// list; rollback stays admin-only.
	'GET /imports': { path: '/imports', expect: { ...ADMIN_PAGE, coordinatorA: 200, coordinatorB: 200 } },
	'POST /imports?/rollback': { path: '/imports?/rollback', body: 'form', expect: adminWrite(400) },
	'POST /imports/preview': { path: '/imports/preview', body: 'multipart', expect: { ...adminWrite(400), coordinatorA: 400, coordinatorB: 400 } },
	'POST /imports/commit': { path: '/imports/commit', body: 'multipart', expect: { ...adminWrite(400), coordinatorA: 400, coordinatorB: 400 } },

	// Export audit: whoever has row-level views records an export before downloading it; an
	// empty body is refused by validation (400). Reviewers have no such views: 403.
	'POST /api/exports': { path: '/api/exports', expect: { anonymous: 401, admin: 400, dean: 400, coordinatorA: 400, coordinatorB: 400, reviewer: 403 } },

	// Accreditation reports (issue 7): admins, deans and reviewers; coordinators get none.
	// An empty form is refused by validation (400); an unknown report id is not found (404).
	'GET /reports': { path: '/reports', expect: REPORT_PAGE },
	'POST /reports?/preview': { path: '/reports?/preview', body: 'form', expect: reportWrite(400) },
	'POST /reports?/generate': { path: '/reports?/generate', body: 'form', expect: reportWrite(400) },
	'POST /reports?/regenerate': { path: '/reports?/regenerate', body: 'form', expect: reportWrite(400) },
	'GET /reports/[id]': { path: NO_SUCH_REPORT, expect: { ...REPORT_PAGE, admin: 404, dean: 404, reviewer: 404 } },
	'GET /reports/[id]/download/[format]': { path: `${NO_SUCH_REPORT}/download/xlsx`, expect: { ...REPORT_PAGE, admin: 404, dean: 404, reviewer: 404 } }
};
