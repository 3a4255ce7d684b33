import { z } from 'zod';

/**
 * How large a written figure may be. A campaign's largest real figures are budgets in yen (a city's: about
 * 3×10¹⁰; the national budget: about 1.1×10¹⁴), so 10¹⁵ (千兆) leaves room, while numbers no page can
 * print (1e21 is written in exponent form by JavaScript; 1e308 has 309 digits) or compute with (past
 * 2⁵³ whole numbers lose their last digits) are refused. A rate in percent (an achievement rate, an
 * average) stays within ±100,000%.
 */
export const FIGURE_LIMITS = { value: 1e15, percent: 100_000 } as const;

const n = (value: number) => value.toLocaleString('en');

/** A figure in a metric's unit (a value, a target, a total), within ±`FIGURE_LIMITS.value`. */
export const FigureSchema = (message: string) =>
	z.number({ message }).refine((value) => Math.abs(value) <= FIGURE_LIMITS.value, {
		error: (issue) =>
			`数値 ${String(issue.input)} は大きすぎます（上限は ±${n(FIGURE_LIMITS.value)}、千兆）。基本の単位（円・人など）で書いた数か確かめてください / The number ${String(issue.input)} is too large (the limit is ±${n(FIGURE_LIMITS.value)}): check it is written in the base unit (yen, people…)`,
	});

/** A rate in percent as printed (an achievement rate, an average), within ±`FIGURE_LIMITS.percent`. */
export const RateSchema = () =>
	z.number().refine((value) => Math.abs(value) <= FIGURE_LIMITS.percent, {
		error: (issue) =>
			`割合 ${String(issue.input)}% はありえない大きさです（上限は ±${n(FIGURE_LIMITS.percent)}%）。印刷どおりの % の数を書いてください / The rate ${String(issue.input)}% cannot be right (the limit is ±${n(FIGURE_LIMITS.percent)}%): write the percentage as printed`,
	});
