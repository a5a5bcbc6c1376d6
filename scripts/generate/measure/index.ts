/** Measure a generated export folder: every encoded effect and every consistency count. */
import { NodeConnector } from '../../../src/lib/engine/node';
import { activity, type ActivityFigures } from './activity';
import { consistency, type ConsistencyCounts } from './consistency';
import { loadDemo } from './load';
import { population, type PopulationFigures } from './population';
import { retention, type RetentionFigures } from './retention';
import { wellbeing, type WellbeingFigures } from './wellbeing';

export interface DemoFigures {
	population: PopulationFigures;
	retention: RetentionFigures;
	wellbeing: WellbeingFigures;
	activity: ActivityFigures;
	consistency: ConsistencyCounts;
}

export async function measureDemo(dir: string): Promise<DemoFigures> {
	const c = await NodeConnector.open();
	try {
		await loadDemo(c, dir);
		return {
			population: await population(c),
			retention: await retention(c),
			wellbeing: await wellbeing(c),
			activity: await activity(c),
			consistency: await consistency(c)
		};
	} finally {
		c.close();
	}
}
