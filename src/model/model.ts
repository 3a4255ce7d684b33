import type { Achievement } from '../schemas/achievement.ts';
import type { ManifestoData } from '../schemas/manifesto.ts';
import type { Metric } from '../schemas/metric.ts';
import type { PillarData } from '../schemas/pillar.ts';
import type { PolicyData, PolicyRating } from '../schemas/policy.ts';
import type { Evaluator, GradeBand, RatingLevel, RatingScale } from '../schemas/rating.ts';
import type { PublishedResult } from '../schemas/results.ts';
import type { ReportData } from '../schemas/report.ts';
import type { SiteData } from '../schemas/site.ts';
import type { SourceData } from '../schemas/source.ts';
import type { Body } from './body.ts';
import type { Achievement as TargetAchievement, Change } from './derive.ts';

/** Where an entry came from, for messages and links. */
interface FromFile {
	/** File name without extension; ids of manifestos, pillars, policies, reports and sources. */
	id: string;
	/** Path relative to the working directory. */
	file: string;
}

export interface Source extends SourceData, FromFile {
	/** Full text of the document, as stored. */
	text: string;
}

export interface Manifesto extends Omit<ManifestoData, 'pillars' | 'priorities'>, FromFile {
	body: Body;
	pillarIds: string[];
	priorityIds: string[];
}

export interface Pillar extends PillarData, FromFile {
	body: Body;
	/** Printed number, or its position in the manifesto. */
	number: string;
}

/** One evaluation of a pledge, with its evaluator resolved. */
export interface RatingEntry extends PolicyRating {
	/** Id of the evaluator (the main one when the content names none). */
	evaluator: string;
}

export interface Policy extends Omit<PolicyData, 'rating' | 'manifesto'>, FromFile {
	body: Body;
	manifesto: string;
	/** The current rating: the main evaluator's latest entry (the scale's unrated level when none). */
	rating: PolicyRating & { level: string };
	/** Every evaluation, oldest first, by every evaluator (empty when unrated); one entry for today's one-rating form. */
	ratings: RatingEntry[];
}

export interface Report extends ReportData, FromFile {
	body: Body;
}

/** A metric with where it is defined and what is derived from it. */
export interface MetricEntry extends Metric {
	owner: { kind: 'manifesto' | 'pillar' | 'policy'; id: string };
	file: string;
	change?: Change;
	achievement?: TargetAchievement;
}

/** A grade, level or category as a published result's key (legend) names it. */
export interface ResultKey {
	id: string;
	/** What the sentence calls it: a grade's name (its id unless printed otherwise), a level's or category's label. */
	name: { ja: string; en?: string };
	/** A grade band's explanation (目標達成（100%以上）), shown in the key; default: none. */
	label?: { ja: string; en?: string };
	/** The level's mark (◎, ○, −); default: none. */
	symbol?: string;
	/** Its fill on every bar of the site: the same grade, level or category always has the same one. */
	pattern: number;
}

/** One count of a published result, with the grade, level or category it counts. */
export interface ResultItem extends ResultKey {
	/** How many, as printed; absent when only a share is printed. */
	count?: number;
	/** The share as printed, in percent; absent when not printed. */
	share?: number;
	/** Decimals the share was printed with. */
	decimals?: number;
}

/** A published result (distribution) of a manifesto or pillar for one evaluation, resolved for display. */
export interface ResultEntry extends Omit<PublishedResult, 'counts' | 'of' | 'categories'> {
	owner: { kind: 'manifesto' | 'pillar'; id: string };
	/** The manifesto it belongs to (itself, or the pillar's). */
	manifesto: string;
	/** The report that prints it, when it comes from a report. */
	report?: string;
	file: string;
	items: ResultItem[];
	/** The evaluation's key: every band in force (grades), the levels counted (ratings) or its categories. */
	key: ResultKey[];
	/** The total the shares are of: as printed, else (grades and ratings) the sum of the counts when every count is printed; absent when unknown. */
	of?: number;
	/** The bands in force for this evaluation (grades only). */
	bands: GradeBand[];
}

export interface AchievementEntry extends Achievement {
	owner: { kind: 'manifesto' | 'pillar'; id: string };
	file: string;
}

/** Everything the site, charts, PDF and tests read. Lists are in display order. */
export interface Model {
	dir: string;
	site: SiteData;
	ratings: RatingScale;
	sources: Source[];
	manifestos: Manifesto[];
	pillars: Pillar[];
	policies: Policy[];
	reports: Report[];
	metrics: MetricEntry[];
	achievements: AchievementEntry[];
	/** Published results, by owner in display order, then oldest evaluation first. */
	results: ResultEntry[];
	/** The grade bands of a manifesto: its own, else ratings.yaml's. */
	gradesOf(manifestoId: string): GradeBand[];
	/** Whether pledges are rated on a scale (content has a ratings.yaml); without one no page shows a rating. */
	hasScale: boolean;
	/** The levels pledges show, best first: the scale's, plus "not rated" when the scale has no unrated level and some pledge has no rating. */
	levels: RatingLevel[];
	/** The scale level of a policy, resolved. */
	levelOf(policy: Policy): RatingLevel;
	/** A level by id (the implicit "not rated" included). */
	levelById(id: string): RatingLevel;
	/** Who evaluates, the main one (the campaign's own) first; one implicit 自己評価 when content defines none. */
	evaluators: Evaluator[];
	/** Whether content defines its evaluators (then each rating names its evaluator on the page). */
	namedEvaluators: boolean;
}

/** Translation coverage: how much of the text has English. */
export interface Coverage {
	fields: { total: number; translated: number };
	bodies: { total: number; translated: number };
	/** The same counts for the やさしい日本語 edition: texts and bodies with an `easy` version written. */
	easy: { fields: { total: number; translated: number }; bodies: { total: number; translated: number } };
}
