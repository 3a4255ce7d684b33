/**
 * The site's colours as CSS, generated from content: the campaign colour (site.yaml `theme.color`) and one
 * rule per rating level (ratings.yaml `color`). Served through a virtual stylesheet, so pages need no
 * `style=""` attribute (a Content-Security-Policy forbids those).
 */
import type { RatingLevel } from '../schemas/rating.ts';

/** The default campaign colour: a dark blue with 6.7:1 contrast against white. */
export const DEFAULT_COLOR = '#0b5cad';

/**
 * Mixes `hex` with white (amount 0–1 of white), for tints of the campaign colour.
 * @example tint('#000000', 0.5) // '#808080'
 */
export function tint(hex: string, amount: number): string {
	const channel = (i: number) => {
		const c = parseInt(hex.slice(i, i + 2), 16);
		return Math.round(c + (255 - c) * amount).toString(16).padStart(2, '0');
	};
	return `#${channel(1)}${channel(3)}${channel(5)}`;
}

/**
 * CSS custom properties and rating-level rules.
 * @example themeCss('#0b5cad', [])  // ':root{--accent:#0b5cad;…}'
 */
export function themeCss(color: string, levels: readonly Pick<RatingLevel, 'id' | 'color'>[]): string {
	const root = `:root{--accent:${color};--accent-tint:${tint(color, 0.92)};--accent-soft:${tint(color, 0.75)}}`;
	const rules = levels.map((level) => `[data-level="${level.id}"]{--level:${level.color}}`);
	return [root, ...rules].join('\n') + '\n';
}
