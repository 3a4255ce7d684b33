/**
 * Rounding figures as their sources print them: derived changes and shares (src/model/derive.ts) and the
 * words about figures (src/lib/format.ts re-exports these) round the same way.
 */

const formats = new Map<number, Intl.NumberFormat>();
/** Plain `en-US` digits without grouping, up to `decimals` decimals: one formatter per number of decimals. */
function plainFormat(decimals: number): Intl.NumberFormat {
	let format = formats.get(decimals);
	if (!format) formats.set(decimals, (format = new Intl.NumberFormat('en-US', { useGrouping: false, minimumFractionDigits: 0, maximumFractionDigits: decimals })));
	return format;
}

/**
 * Number of decimals in the shortest representation of `n` (what JavaScript prints).
 * @example decimalsOf(29.2) // 1
 * @example decimalsOf(3682) // 0
 * @example decimalsOf(1.5e-7) // 8
 */
export function decimalsOf(n: number): number {
	if (!Number.isFinite(n)) return 0;
	const [mantissa = '', exponent = '0'] = String(Math.abs(n)).split('e');
	const fraction = mantissa.split('.')[1]?.length ?? 0;
	return Math.max(0, fraction - Number(exponent));
}

/**
 * Decimals shown in a written figure such as `'6.80'`, `'29.2%'` or `'3,200'`.
 * @example decimalsOfText('6.80') // 2
 * @example decimalsOfText('3,200時間') // 0
 */
export function decimalsOfText(text: string): number {
	return text.match(/\d\.(\d+)/)?.[1]?.length ?? 0;
}

/**
 * Rounds `value` to `decimals` places, half away from zero, discarding binary float noise first
 * (so 29.2 − 19.8 = 9.399999999999999 becomes 9.4 and 1.005 becomes 1.01).
 * @example roundTo(50.51546, 1) // 50.5
 * @example roundTo(-2.5, 0) // -3
 */
export function roundTo(value: number, decimals: number): number {
	if (!Number.isFinite(value)) return value;
	// 15 significant digits is the most a double holds faithfully; beyond that is arithmetic noise.
	const clean = Number(value.toPrecision(15));
	// Intl rounds the decimal (shortest) representation, not the binary one, with halfExpand.
	const text = plainFormat(Math.max(0, Math.min(100, Math.floor(decimals)))).format(clean);
	const rounded = Number(text);
	return rounded === 0 ? 0 : rounded; // no −0
}

/**
 * Rounds a derived figure to as many decimals as its source shows. `sample` is a source
 * number (its shortest representation counts) or the source's text (trailing zeros count: `'6.80'` → 2).
 * @example roundLike(343 / 6.79, 0.1) // 50.5
 * @example roundLike(29.2 - 19.8, 29.2) // 9.4
 * @example roundLike(1 / 3, '6.80') // 0.33
 */
export function roundLike(value: number, sample: number | string): number {
	return roundTo(value, typeof sample === 'string' ? decimalsOfText(sample) : decimalsOf(sample));
}

/**
 * Decimals to show for a difference of two figures: the larger of their decimals.
 * @example changeDecimals(29.2, 19.85) // 2
 * @example changeDecimals(30, 19.8) // 1
 */
export function changeDecimals(a: number, b: number): number {
	return Math.max(decimalsOf(a), decimalsOf(b));
}

/**
 * `to − from` rounded to {@link changeDecimals} of its inputs: a percentage-point change without float noise.
 * @example pointDifference(19.8, 29.2) // 9.4
 * @example pointDifference(30, 19.85) // -10.15
 */
export function pointDifference(from: number, to: number): number {
	return roundTo(to - from, changeDecimals(from, to));
}
