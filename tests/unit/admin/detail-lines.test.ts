import { describe, expect, it } from 'vitest';
import { detailLines } from '../../../src/routes/admin/audit/detail-lines';

describe('detailLines', () => {
	it('turns an audit detail into readable lines', () => {
		const detail = JSON.stringify({ email: 'c@x.edu', programIds: ['A', 'B'], before: { role: 'coordinator', programIds: [] }, note: null });
		expect(detailLines(detail)).toEqual([
			{ key: 'email', value: 'c@x.edu' },
			{ key: 'programIds', value: 'A, B' },
			{ key: 'before', value: 'role coordinator; programIds none' },
			{ key: 'note', value: '—' }
		]);
	});
	it('shows nothing for no detail and the raw text for something that is not JSON', () => {
		expect(detailLines(null)).toEqual([]);
		expect(detailLines('oops')).toEqual([{ key: 'detail', value: 'oops' }]);
	});
});
