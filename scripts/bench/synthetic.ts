/**
 * A synthetic campaign of N pledges for `npm run bench`: one manifesto, ten pillars, N policies with two or
 * three metrics each (quoted from one source document per pillar), a newsletter, and Japanese and English
 * bodies of a few hundred characters. Deterministic: the same N gives the same files.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../tests/helpers/build.ts';

export const PILLARS = 10;

/** A small deterministic generator (mulberry32), so every run writes the same campaign. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const JA = ['地域の', '子育て', '支援を', '広げ、', '市民の', '声を', '生かして', '事業を', '進めます。', '財政の', '健全化と', '情報公開に', '取り組み、', '安心して', '暮らせる', 'まちを', 'つくります。'];
const EN = ['We', 'will', 'widen', 'local', 'support', 'for', 'families,', 'listen', 'to', 'residents', 'and', 'publish', 'every', 'figure', 'so', 'that', 'the', 'town', 'stays', 'sound.'];
const UNITS = ['percent', 'people', 'cases', 'yen'] as const;

/** What was written: the folder and how many pages koyaku builds from it. */
export interface Campaign {
	dir: string;
	policies: number;
	/** Pages koyaku builds: every policy, pillar, manifesto and report page plus home, metrics and ratings, in two languages. */
	pages: number;
	/** A policy file to edit for the one-file rebuild. */
	sampleFile: string;
	sampleId: string;
}

/** Writes a campaign of `policies` pledges into `dir` (which should be empty). */
export function writeCampaign(dir: string, policies: number): Campaign {
	const rand = random(policies);
	const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
	const words = (list: readonly string[], n: number, sep: string) => Array.from({ length: n }, () => pick(list)).join(sep);
	for (const sub of ['manifestos', 'pillars', 'policies', 'reports', 'sources']) mkdirSync(join(dir, sub), { recursive: true });
	const fixture = join(ROOT, 'tests', 'fixtures', 'valid');
	copyFileSync(join(fixture, 'site.yaml'), join(dir, 'site.yaml'));
	copyFileSync(join(fixture, 'ratings.yaml'), join(dir, 'ratings.yaml'));

	const pillarIds = Array.from({ length: PILLARS }, (_, i) => `pillar-${i + 1}`);
	const sourceLines: string[][] = pillarIds.map(() => []);
	const metricIds: string[] = [];

	for (let n = 0; n < policies; n++) {
		const p = n % PILLARS;
		const source = `source-${p + 1}`;
		const id = `policy-${String(n + 1).padStart(5, '0')}`;
		const quoteOf = (text: string) => {
			sourceLines[p]!.push(text);
			return text;
		};
		const metricCount = 2 + (n % 2);
		const metrics = Array.from({ length: metricCount }, (_, m) => {
			const metricId = `${id}-m${m + 1}`;
			metricIds.push(metricId);
			const unit = UNITS[(n + m) % UNITS.length]!;
			const base = Math.round(rand() * 900 + 100);
			const years = 2 + Math.floor(rand() * 2);
			const points = Array.from({ length: years }, (_, y) => {
				const value = unit === 'percent' ? Math.round((base / 10 + y * 3.1) * 10) / 10 : base * (y + 1);
				const label = `指標${n + 1}-${m + 1}の${2016 + y * 3}年度の値は${value}${unit === 'percent' ? '%' : unit === 'yen' ? '円' : unit === 'people' ? '人' : '件'}`;
				return `      - period: FY${2016 + y * 3}\n        value: ${value}\n        source: { source: ${source}, quote: ${quoteOf(label)} }`;
			});
			const target = m === 0 && unit === 'percent' ? `    target: { value: ${Math.round(base / 10 + 20)}, period: FY2026 }\n` : '';
			return [
				`  - id: ${metricId}`,
				`    label: { ja: 指標${n + 1}-${m + 1} ${words(JA, 2, '')}, en: "Measure ${n + 1}-${m + 1}: ${words(EN, 3, ' ')}" }`,
				`    unit: ${unit}`,
				...(unit === 'cases' ? [`    counter: { ja: 件, en: cases, enOne: case }`] : []),
				`    points:`,
				...points,
				target.trimEnd(),
				`    source: { source: ${source}, quote: ${quoteOf(`公約${n + 1}の指標${m + 1}（${source}）`)} }`,
			].filter(Boolean).join('\n');
		});
		const rated = n % 3 === 0;
		const rating = rated
			? [
					'rating:',
					'  level: in-progress',
					`  reason: { ja: ${words(JA, 12, '')}, en: "${words(EN, 20, ' ')}" }`,
					'  evidence:',
					`    - metric: ${id}-m1`,
					'  asOf: 2020-01-15',
				].join('\n')
			: '';
		const body = [
			`## 公約${n + 1}について`,
			'',
			words(JA, 40, ''),
			'',
			`- ${words(JA, 8, '')}`,
			`- **${words(JA, 4, '')}**${words(JA, 6, '')}`,
			'',
			words(JA, 30, ''),
			'',
			'<!-- en -->',
			`## About pledge ${n + 1}`,
			'',
			words(EN, 50, ' '),
			'',
			`- ${words(EN, 10, ' ')}`,
			`- **${words(EN, 4, ' ')}** ${words(EN, 8, ' ')}`,
			'',
			words(EN, 30, ' '),
		].join('\n');
		const file = [
			'---',
			`pillar: ${pillarIds[p]}`,
			`order: ${Math.floor(n / PILLARS) + 1}`,
			`title: { ja: 公約${n + 1} ${words(JA, 4, '')}, en: "Pledge ${n + 1}: ${words(EN, 6, ' ')}" }`,
			rating,
			'metrics:',
			...metrics,
			`source: { source: ${source}, quote: ${quoteOf(`●公約${n + 1}を実現します`)} }`,
			'---',
			body,
			'',
		].filter(Boolean).join('\n');
		writeFileSync(join(dir, 'policies', `${id}.md`), file);
	}

	pillarIds.forEach((pillarId, p) => {
		const source = `source-${p + 1}`;
		sourceLines[p]!.unshift(`第${p + 1}の柱`);
		writeFileSync(join(dir, 'sources', `${source}.txt`), sourceLines[p]!.join('\n') + '\n');
		writeFileSync(
			join(dir, 'sources', `${source}.yaml`),
			[
				`title: { ja: 政策集 第${p + 1}分冊, en: "Policy book, part ${p + 1}" }`,
				'publisher: { ja: 山田はなこ後援会, en: "Hanako Yamada Supporters\' Association" }',
				'date: 2020-01',
				'kind: 政策集',
				`document: ${source}.txt`,
				'',
			].join('\n'),
		);
		writeFileSync(
			join(dir, 'pillars', `${pillarId}.md`),
			['---', 'manifesto: synthetic-plan', `title: { ja: 第${p + 1}の柱 ${words(JA, 3, '')}, en: "Pillar ${p + 1}: ${words(EN, 3, ' ')}" }`, `source: { source: ${source}, quote: 第${p + 1}の柱 }`, '---', words(JA, 60, ''), '', '<!-- en -->', words(EN, 60, ' '), ''].join('\n'),
		);
	});
	writeFileSync(
		join(dir, 'manifestos', 'synthetic-plan.md'),
		['---', 'title: { ja: 合成マニフェスト, en: Synthetic Manifesto }', 'announced: 2016-02-01', 'order: 1', 'pillars:', ...pillarIds.map((id) => `  - ${id}`), 'source: source-1', '---', words(JA, 80, ''), '', '<!-- en -->', words(EN, 80, ' '), ''].join('\n'),
	);
	writeFileSync(
		join(dir, 'reports', 'newsletter.md'),
		['---', 'date: 2020-01-20', 'title: { ja: 後援会報, en: Newsletter }', 'highlights:', '  manifesto: synthetic-plan', `  policies: [policy-00001]`, `  metrics: [${metricIds.slice(0, 2).join(', ')}]`, 'source: source-1', '---', words(JA, 80, ''), '', '<!-- en -->', words(EN, 80, ' '), ''].join('\n'),
	);
	const sampleId = 'policy-00001';
	return { dir, policies, pages: 2 * (policies + PILLARS + 1 + 1 + 3), sampleFile: join(dir, 'policies', `${sampleId}.md`), sampleId };
}
