import { z } from 'zod';
import { IdSchema } from './id.ts';
import { LocalizedTextSchema } from './text.ts';
import { WebUrlSchema } from './url.ts';

/** WCAG contrast ratio of white text on a #rrggbb background. @example contrastWithWhite('#ffffff') // 1 */
export function contrastWithWhite(hex: string): number {
	const channel = (i: number) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
	return 1.05 / (luminance + 0.05);
}

/** One level of the published rating scale, e.g. 達成 / achieved. */
export const RatingLevelSchema = z.strictObject({
	/** Id used by pledges' `rating.level`, e.g. `achieved`. @label ID / Id @ja 公約の評価が使うID（例: achieved） */
	id: IdSchema,
	/** Name shown on the site. @label 名前 / Label @ja サイトに出る名前（例: 達成） */
	label: LocalizedTextSchema,
	/** A short mark shown beside the label (◎, ○, −); default: none. @label 記号 / Symbol @ja 名前の横の記号（◎ ○ − など） */
	symbol: z.string().optional(),
	/** Badge colour as #rrggbb, dark enough for white text (contrast 4.5:1, WCAG AA). @label 色 / Colour @ja 白い文字が読める濃い色（#rrggbb） */
	color: z
		.string()
		.regex(/^#[0-9a-fA-F]{6}$/, { message: '色は #1b7f3b のように書いてください / Write a colour as #rrggbb, e.g. #1b7f3b' })
		.superRefine((hex, ctx) => {
			const ratio = contrastWithWhite(hex).toFixed(2);
			if (Number(ratio) < 4.5)
				ctx.addIssue({
					code: 'custom',
					message: `この色では白い文字が読みにくいです（コントラスト比 ${ratio}:1、4.5:1 以上が必要）。もっと濃い色にしてください / White text on this colour is hard to read (contrast ${ratio}:1, needs 4.5:1): choose a darker colour`,
				});
		}),
	/** The rule deciding when a pledge gets this level, published on the site. @label 基準 / Rule @ja この段階になる決まり。サイトに公開 */
	rule: LocalizedTextSchema,
	/** Whether a pledge at this level counts as done in tallies; default false. @label 実現として数える / Counts as done @ja 集計で「実現」に数えるときオン */
	done: z.boolean().default(false),
	/** Marks the level for pledges not yet rated (needs no reason or evidence); default false. At most one level has it; without one, an unrated pledge shows "not rated". @label 未評価の段階 / Unrated level @ja まだ評価していない公約の段階（1つまで） */
	unrated: z.boolean().default(false),
});

/**
 * The level a pledge without a rating shows when the scale has no `unrated: true` level of its own:
 * a three-level scale needs no invented fourth level in content.
 */
export const IMPLICIT_UNRATED: z.output<typeof RatingLevelSchema> = {
	id: 'not-rated',
	label: { ja: '評価なし', en: 'Not rated' },
	color: '#57606a',
	rule: { ja: '評価が公表されていない公約', en: 'No rating has been published for the pledge' },
	done: false,
	unrated: true,
};

/**
 * Each id of a list once, compared as a reader sees it (NFKC, case kept): `Ａ` is `A` written full-width,
 * and two bands or levels a page cannot tell apart would be counted and shown twice.
 */
function duplicateIds(list: { id: string }[], ctx: z.RefinementCtx, kindJa: string, kindEn: string): void {
	const seen = new Map<string, number>();
	list.forEach(({ id }, i) => {
		const key = id.normalize('NFKC').trim();
		const first = seen.get(key);
		if (first === undefined) return void seen.set(key, i);
		const same = list[first]!.id === id ? '' : `（「${list[first]!.id}」と同じ文字です）`;
		const sameEn = list[first]!.id === id ? '' : ` (the same as "${list[first]!.id}", written in other widths)`;
		ctx.addIssue({
			code: 'custom',
			path: [i, 'id'],
			message: `${kindJa}のID「${id}」が2回あります${same}（${first + 1}番目と${i + 1}番目）。1つにしてください / The ${kindEn} id "${id}" is listed twice${sameEn} (items ${first + 1} and ${i + 1}): keep one`,
		});
	});
}

/** A grade band on a target's achievement rate (e.g. A at 100% or more). */
export const GradeBandSchema = z.strictObject({
	/** Grade id, e.g. `A` (also its name unless `name` is given). @label 区分 / Grade @ja 例: A */
	id: z.string().min(1),
	/** The grade's name as printed, in each language, when it is not its id (e.g. { ja: 100%以上, en: 100% or more }); default: the id. */
	name: LocalizedTextSchema.optional(),
	/** Lowest achievement rate in percent that earns it; the bands are checked from the highest down. Leave it out on the last band (everything below the one above), or on any band whose bound is not printed (a target is then graded only where no unprinted bound could matter). */
	min: z.number().optional(),
	/** Explanation shown on the site; default: none. @label 説明 / Label @ja サイトに出る説明 */
	label: LocalizedTextSchema.optional(),
});
export type GradeBand = z.output<typeof GradeBandSchema>;

/** Grade bands, highest first; a band may leave out `min` (the open lowest band, or a bound the source does not print). */
export const GradeBandsSchema = z.array(GradeBandSchema).superRefine((grades, ctx) => {
	duplicateIds(grades, ctx, '評価区分', 'grade band');
	let above: number | undefined;
	grades.forEach((grade, i) => {
		if (above !== undefined && grade.min !== undefined && grade.min >= above)
			ctx.addIssue({ code: 'custom', path: [i, 'min'], message: '評価区分は高い順に並べてください / List grade bands from the highest minimum down' });
		if (grade.min !== undefined) above = grade.min;
	});
});

/** Who evaluates: the campaign itself (自己評価), an external committee, a third party. */
export const EvaluatorSchema = z.strictObject({
	/** Id the ratings and results use in `evaluator`, e.g. `self`, `gaibu-iinkai`. */
	id: IdSchema,
	/** Name shown beside each of its ratings (自己評価, 外部評価委員会). */
	name: LocalizedTextSchema,
	/** `self` (the campaign or office itself), `committee` (an external committee it appointed) or `third-party` (independent); default `self`. */
	kind: z.enum(['self', 'committee', 'third-party']).default('self'),
	/** Members, e.g. of a committee, each with their role; default: none. */
	members: z.array(LocalizedTextSchema).default([]),
	/** How it evaluates, in a sentence or two; default: none. */
	method: LocalizedTextSchema.optional(),
	/** Where its own report can be read; default: none. */
	url: WebUrlSchema('http:// か https:// で始まるURLを書いてください / Write a web address starting with https:// (or http://)').optional(),
});
export type Evaluator = z.output<typeof EvaluatorSchema>;

/** The words `check` treats as vague when a pledge using them has no numeric target (検討する, 推進する…). */
export const DEFAULT_VAGUE_VERBS = ['検討', '推進', '目指', '努め', '図り'];

/** `content/ratings.yaml`: the rating scale for pledges and the grade bands for targets. */
// Each list checks itself, so a problem in the grades never hides one in the levels (every problem in one run).
export const RatingScaleSchema = z.strictObject({
	/** Introductory text shown above the scale on the site; default: none. @label はじめの文 / Intro @ja 評価の基準のページの上に出る文 */
	intro: LocalizedTextSchema.optional(),
	/** The levels, best first. @label 評価の段階 / Levels @ja よい順に */
	levels: z
		.array(RatingLevelSchema)
		.min(2)
		.superRefine((levels, ctx) => {
			duplicateIds(levels, ctx, '評価段階', 'rating level');
			const unrated = levels.filter((level) => level.unrated);
			if (unrated.length > 1)
				ctx.addIssue({
					code: 'custom',
					message: `「未評価」にあたる段階（unrated: true）は1つまでです（今は${unrated.length}個） / Mark at most one level as unrated: true (found ${unrated.length})`,
				});
		}),
	/** Grade bands on achievement rate, highest first; default: no grades. @label 達成率の評価区分 / Grade bands @ja 高い順に */
	grades: GradeBandsSchema.default([]),
	/** Who evaluates, the main one (the campaign's own) first; an entry without `evaluator` is the first's; default: one unnamed evaluator. */
	evaluators: z
		.array(EvaluatorSchema)
		.default([])
		.superRefine((list, ctx) => {
			const seen = new Set<string>();
			list.forEach((e, i) => {
				if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `評価者ID「${e.id}」が2回あります / Evaluator id "${e.id}" is listed twice` });
				seen.add(e.id);
			});
		}),
	/** Words `check` warns about in a pledge's title or wording when the pledge has no numeric target (vague verbs); default: 検討・推進・目指・努め・図り (検討する, 推進する, 目指します, 努めます, 図ります). Write [] to turn the warning off. */
	vagueVerbs: z.array(z.string().trim().min(1)).default(DEFAULT_VAGUE_VERBS),
});

export type RatingScaleInput = z.input<typeof RatingScaleSchema>;
export type RatingScale = z.output<typeof RatingScaleSchema>;
export type RatingLevel = RatingScale['levels'][number];
