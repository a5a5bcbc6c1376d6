/**
 * A metric as the glossary shows it: its name, a one-line definition a dean can read, and
 * the exact SQL the dashboard runs. Each metrics module exports a list of these.
 */
export interface MetricSql {
	/** Anchor on the glossary page; charts link to /glossary#<id>. */
	id: string;
	title: string;
	/** One line: what is counted, over which denominator, on which date. */
	definition?: string;
	/** Positional `?` parameters, in order, with their defaults. */
	parameters: readonly { name: string; default: string | number }[];
	sql: string;
}
