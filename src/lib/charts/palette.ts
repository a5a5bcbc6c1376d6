/**
 * Okabe–Ito colours (Okabe & Ito 2008, "Color Universal Design"): distinguishable under
 * the common colour-vision deficiencies and in greyscale print. Every chart takes its
 * colours from here so a series keeps its colour across views.
 */
export const OKABE_ITO = {
	black: '#000000',
	orange: '#E69F00',
	skyBlue: '#56B4E9',
	bluishGreen: '#009E73',
	yellow: '#F0E442',
	blue: '#0072B2',
	vermillion: '#D55E00',
	reddishPurple: '#CC79A7'
} as const;

/** Main series (one-series charts). */
export const SERIES_COLOR = OKABE_ITO.blue;
/** Secondary text: n labels, "suppressed". Grey #595959 keeps 7:1 contrast on white (WCAG AAA). */
export const MUTED_TEXT_COLOR = '#595959';
