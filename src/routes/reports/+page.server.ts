import { error, fail, redirect } from '@sveltejs/kit';
import { authContext } from '$lib/server/auth/context';
import { serverConfig } from '$lib/server/env';
import { parametersFromForm } from '$lib/reports/parameters';
import { POPULATIONS, DEFAULT_POPULATION } from '$lib/reports/populations';
import { defaultPeriod } from '$lib/reports/periods';
import { ReportInputError } from '$lib/server/reports/generate-report';
import { pdfUnavailableReason } from '$lib/server/reports/pdf';
import { reportFragment } from '$lib/server/reports/render-html';
import { auditReport, mayReadReport, readsAllReports, requireReportUser } from '$lib/server/reports/report-access';
import { builderChoices, runReport } from '$lib/server/reports/report-service';
import { getReport, listReports, saveReport } from '$lib/server/reports/saved-reports';
import { REPORT_TEMPLATES } from '$lib/server/reports/templates';
import type { Actions, PageServerLoad } from './$types';

const TEMPLATE_IDS = REPORT_TEMPLATES.map((t) => t.id);

/** The form's values, sent back with an error so nothing the user chose is lost. */
function formValues(form: FormData) {
	return {
		template: String(form.get('template') ?? ''),
		from: String(form.get('from') ?? ''),
		to: String(form.get('to') ?? ''),
		programs: form.getAll('program').map(String).filter(Boolean),
		population: String(form.get('population') ?? '')
	};
}

function refused(e: unknown, form: FormData) {
	if (e instanceof ReportInputError) return fail(400, { message: e.message, values: formValues(form) });
	throw e;
}

// Guarded here, not in a layout: layout loads do not rerun on client-side navigation.
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireReportUser(locals, url);
	const { db } = authContext();
	const choices = await builderChoices(serverConfig().dataDir, user);
	return {
		role: user.role,
		templates: REPORT_TEMPLATES.map((t) => ({ id: t.id, title: t.title, description: t.description, elements: t.elements, sections: t.sections.length })),
		populations: POPULATIONS.map((p) => ({ id: p.id, label: p.label, description: p.description })),
		defaultPopulation: DEFAULT_POPULATION,
		choices,
		defaultPeriod: choices ? defaultPeriod(choices.periods, choices.asOf) : null,
		saved: listReports(db, readsAllReports(user) ? {} : { generatedBy: user.id }),
		seesAll: readsAllReports(user),
		pdfUnavailable: pdfUnavailableReason()
	};
};

export const actions: Actions = {
	preview: async ({ locals, request, getClientAddress }) => {
		const user = requireReportUser(locals);
		const form = await request.formData();
		const parsed = parametersFromForm(form, TEMPLATE_IDS);
		if (!parsed.ok) return fail(400, { message: parsed.message, values: formValues(form) });
		try {
			const report = await runReport(serverConfig().dataDir, user, parsed.parameters, null);
			auditReport(user, 'report_previewed', { template: report.template.id, version: report.dataset.versionId, parameters: report.parameters }, getClientAddress());
			return { preview: { html: reportFragment(report), title: report.template.title }, values: formValues(form) };
		} catch (e) {
			return refused(e, form);
		}
	},

	generate: async ({ locals, request, getClientAddress }) => {
		const user = requireReportUser(locals);
		const form = await request.formData();
		const parsed = parametersFromForm(form, TEMPLATE_IDS);
		if (!parsed.ok) return fail(400, { message: parsed.message, values: formValues(form) });
		let id: string;
		try {
			const report = await runReport(serverConfig().dataDir, user, parsed.parameters, null);
			id = saveReport(authContext().db, report);
			auditReport(user, 'report_generated', { report: id, template: report.template.id, version: report.dataset.versionId, parameters: report.parameters }, getClientAddress());
		} catch (e) {
			return refused(e, form);
		}
		redirect(303, `/reports/${id}`);
	},

	/** The same parameters against the same dataset version, saved as a new report. */
	regenerate: async ({ locals, request, getClientAddress }) => {
		const user = requireReportUser(locals);
		const form = await request.formData();
		const from = String(form.get('id') ?? '');
		if (!from) return fail(400, { message: 'Which report? The form named none.', values: formValues(form) });
		const saved = getReport(authContext().db, from);
		// Someone else's report is "not found", so its existence is not confirmed.
		if (!saved || !mayReadReport(user, saved.generatedById)) error(404, 'No such report');
		let id: string;
		try {
			const report = await runReport(serverConfig().dataDir, user, saved.summary.parameters, saved.summary.versionId);
			id = saveReport(authContext().db, report, from);
			auditReport(user, 'report_generated', { report: id, regeneratedFrom: from, template: report.template.id, version: report.dataset.versionId, parameters: report.parameters }, getClientAddress());
		} catch (e) {
			return refused(e, form);
		}
		redirect(303, `/reports/${id}`);
	}
};
