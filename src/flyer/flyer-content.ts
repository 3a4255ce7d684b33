/**
 * What the printed flyer shows, chosen from the model by `site.yaml`'s `flyer:` settings (with defaults).
 * PURE: the same model and language give the same flyer. The print page renders this; the PDF step only
 * prints the page, so everything on paper comes from here.
 */
import { t, text, type Lang } from '../i18n/index.ts';
import { distributionSentence, itemName, segments, shareLabel, toDistribution, type Segment } from '../lib/distribution.ts';
import { headline, metricSummary, type Headline } from '../lib/metric-text.ts';
import type { AchievementEntry, Manifesto, MetricEntry, Model, Pillar, Policy, ResultEntry } from '../model/model.ts';

/** A reference in `flyer:` that names nothing: the build stops with this, naming the setting. */
export class FlyerSettingError extends Error {}

export interface FlyerFigure {
	id: string;
	label: string;
	head: Headline;
}

export interface FlyerPillar {
	number: string;
	title: string;
	slogan?: string;
	/** Its top achievements; for a pillar with none, its pledges' titles (`pledges: true`). */
	achievements: string[];
	pledges?: true;
}

/** The manifesto's latest published result, as the site shows it: one bar and its one sentence. */
export interface FlyerResult {
	caption: string;
	sentence: string;
	segments: (Segment & { name: string })[];
	/** The tally level by level, with what each level means where the content says (a level's rule, a grade's band). */
	rows: { id: string; index: number; name: string; count?: string; share?: string; meaning?: string }[];
}

export interface FlyerPriority {
	title: string;
	summary?: string;
	points: string[];
}

export interface FlyerContent {
	manifesto: Manifesto;
	headlines: FlyerFigure[];
	charts: { metric: MetricEntry; label: string; summary: string }[];
	priorities: FlyerPriority[];
	pillars: FlyerPillar[];
	result?: FlyerResult;
}

const need = <T>(value: T | undefined, setting: string, id: string, kind: string): T => {
	if (value === undefined)
		throw new FlyerSettingError(
			`content/site.yaml  flyer.${setting}: 「${id}」という${kind.split('/')[0]}はありません / there is no ${kind.split('/')[1]} "${id}"`,
		);
	return value;
};

/** The manifesto on the flyer: the one named, else the newest (last in site order). */
export function flyerManifesto(model: Model): Manifesto {
	const id = model.site.flyer.manifesto;
	if (id) return need(model.manifestos.find((m) => m.id === id), 'manifesto', id, 'マニフェスト/manifesto');
	const last = model.manifestos.at(-1);
	if (!last) throw new FlyerSettingError('content/manifestos/: チラシに載せるマニフェストがありません / there is no manifesto to put on the flyer');
	return last;
}

/** A manifesto's own measured figures, then those of its pillars, in display order (a target alone is no result to headline). */
const manifestoMetrics = (model: Model, manifesto: Manifesto, pillars: Pillar[]) =>
	model.metrics.filter(
		(x) => x.points.length > 0 && ((x.owner.kind === 'manifesto' && x.owner.id === manifesto.id) || (x.owner.kind === 'pillar' && pillars.some((p) => p.id === x.owner.id))),
	);

/** Default charts: figures that moved (two or more points), those the latest newsletter features first. */
function defaultCharts(model: Model): MetricEntry[] {
	const featured = new Set(model.reports[0]?.highlights.metrics ?? []);
	const moving = model.metrics.filter((x) => x.points.length >= 2);
	return [...moving.filter((x) => featured.has(x.id)), ...moving.filter((x) => !featured.has(x.id))].slice(0, 2);
}

/** Boxed highlights first, then in listed order. */
const topAchievements = (list: AchievementEntry[], count: number) =>
	[...list.filter((a) => a.highlight), ...list.filter((a) => !a.highlight)].slice(0, count);

export function flyerContent(model: Model, lang: Lang): FlyerContent {
	const settings = model.site.flyer;
	const manifesto = flyerManifesto(model);
	const pillarsOf = manifesto.pillarIds.map((id) => model.pillars.find((p) => p.id === id)!);
	const metric = (setting: string) => (id: string) => need(model.metrics.find((x) => x.id === id), setting, id, '数値/figure');
	// The same figures the home page leads with for this manifesto (its `headlines`), unless the flyer names its own.
	const headlineMetrics = settings.headlines?.map(metric('headlines')) ?? manifesto.headlines?.slice(0, 4).map(metric('headlines')) ?? manifestoMetrics(model, manifesto, pillarsOf).slice(0, 4);
	const chartMetrics = settings.charts?.map(metric('charts')) ?? defaultCharts(model);
	for (const m of chartMetrics)
		if (m.points.length === 0)
			throw new FlyerSettingError(`content/site.yaml  flyer.charts: 「${m.id}」は目標だけで値がないため、グラフにできません / "${m.id}" is a target with no measured value yet: there is nothing to chart`);
	const priorities = manifesto.priorityIds.map((id): FlyerPriority => {
		const policy: Policy = model.policies.find((p) => p.id === id)!;
		return {
			title: text(policy.title, lang),
			...(policy.summary ? { summary: text(policy.summary, lang) } : {}),
			points: policy.points.slice(0, settings.pointsPerPriority).map((p) => text(p, lang)),
		};
	});
	const pillars = pillarsOf.flatMap((pillar): FlyerPillar[] => {
		const achievements = topAchievements(
			model.achievements.filter((a) => a.owner.kind === 'pillar' && a.owner.id === pillar.id),
			settings.achievementsPerPillar,
		).map((a) => text(a.text, lang));
		// A pillar with no achievements shows its pledges; one with neither is left off (no empty box).
		const pledges = achievements.length ? [] : model.policies.filter((p) => p.pillar === pillar.id).slice(0, settings.achievementsPerPillar).map((p) => text(p.title, lang));
		if (!achievements.length && !pledges.length && !pillar.slogan) return [];
		return [
			{
				number: pillar.number,
				title: text(pillar.title, lang),
				...(pillar.slogan ? { slogan: text(pillar.slogan, lang) } : {}),
				achievements: achievements.length ? achievements : pledges,
				...(achievements.length || !pledges.length ? {} : { pledges: true as const }),
			},
		];
	});
	const result = latestResult(model, manifesto);
	return {
		manifesto,
		headlines: headlineMetrics.map((x) => ({ id: x.id, label: text(x.label, lang), head: headline(x, lang) })),
		charts: chartMetrics.map((x) => ({ metric: x, label: text(x.label, lang), summary: metricSummary(x, lang) })),
		priorities,
		pillars,
		...(result ? { result: flyerResult(result, lang, model) } : {}),
	};
}

/** The manifesto's own latest published result, else the latest of any of its pillars'. */
const latestResult = (model: Model, manifesto: Manifesto): ResultEntry | undefined =>
	model.results.filter((r) => r.owner.kind === 'manifesto' && r.owner.id === manifesto.id).at(-1) ??
	model.results.filter((r) => r.manifesto === manifesto.id).sort((a, b) => a.period.end.localeCompare(b.period.end)).at(-1);

function flyerResult(result: ResultEntry, lang: Lang, model: Model): FlyerResult {
	const dist = toDistribution(result);
	const names = new Map(dist.items.map((item) => [item.id, itemName(item, lang)]));
	const terms = model.site.terms;
	const segs = segments(dist, lang);
	return {
		caption: result.label ? text(result.label, lang) : '',
		sentence: distributionSentence(dist, lang, terms),
		segments: segs.map((segment) => ({ ...segment, name: names.get(segment.id) ?? segment.mark })),
		rows: dist.items.map((item) => {
			const level = dist.scale === 'ratings' ? model.levels.find((l) => l.id === item.id) : undefined;
			const meaning = level?.rule ? text(level.rule, lang) : dist.scale !== 'ratings' && item.label ? text(item.label, lang) : undefined;
			const share = shareLabel(item, dist.of, lang);
			return {
				id: item.id,
				index: item.pattern,
				name: dist.scale === 'ratings' ? itemName(item, lang) : text(item.name, lang),
				...(item.count !== undefined ? { count: t(lang, 'flyer.result.countValue', { count: item.count }) } : {}),
				...(share ? { share } : {}),
				...(meaning ? { meaning } : {}),
			};
		}),
	};
}

/**
 * Every text the flyer prints from the content in `lang` (the page adds only UI strings and the imprint):
 * what the election-law notes look through (e.g. for a printed thank-you after the election).
 */
export function flyerTexts(model: Model, lang: Lang): string[] {
	const { site } = model;
	const flyer = flyerContent(model, lang);
	return [
		text(site.organisation, lang),
		text(site.candidate.title, lang),
		text(site.candidate.displayName ?? site.candidate.name, lang),
		text(site.flyer.slogan ?? site.candidate.slogan ?? flyer.manifesto.title, lang),
		...(flyer.manifesto.subtitle ? [text(flyer.manifesto.subtitle, lang)] : []),
		...flyer.headlines.map((h) => h.label),
		...flyer.priorities.flatMap((p) => [p.title, ...(p.summary ? [p.summary] : []), ...p.points]),
		...flyer.pillars.flatMap((p) => [p.title, ...(p.slogan ? [p.slogan] : []), ...p.achievements]),
		...flyer.charts.flatMap((c) => [c.label, c.summary]),
		...(flyer.result ? [flyer.result.caption, flyer.result.sentence, ...flyer.result.rows.flatMap((r) => [r.name, ...(r.meaning ? [r.meaning] : [])])] : []),
	];
}

