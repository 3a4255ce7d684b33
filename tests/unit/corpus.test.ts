/**
 * The default content against its source documents: every figure is quoted from a document and the
 * quoted figure is the value stored, and the number of pillars and pledges matches the documents.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import type { MetricEntry, Model } from '../../src/model/model.ts';

const { model, problems, coverage } = loadContent('content');

/** Every number printed in a quote, read the way Japanese print writes it: 3億4300万, 679万, 3,536千円, 23.21億, ２５位. */
export function numbersIn(quote: string): number[] {
	const text = quote.normalize('NFKC').replace(/\*\*/g, '').replace(/(\d)\s+(?=[億万千])/g, '$1');
	const found: number[] = [];
	const num = String.raw`(\d[\d,]*(?:\.\d+)?)`;
	const parse = (s: string) => Number(s.replace(/,/g, ''));
	const pattern = new RegExp(String.raw`${num}\s*億(?:\s*${num}\s*万)?|${num}\s*万|${num}\s*千円|${num}`, 'g');
	for (const m of text.matchAll(pattern)) {
		if (m[1]) found.push(Math.round(parse(m[1]) * 1e8 + (m[2] ? parse(m[2]) * 1e4 : 0)));
		else if (m[3]) found.push(Math.round(parse(m[3]) * 1e4));
		else if (m[4]) found.push(parse(m[4]) * 1000);
		else if (m[5]) found.push(parse(m[5]));
	}
	return found;
}

describe('numbersIn reads Japanese figures', () => {
	it.each([
		['就任前/679万', [6_790_000]],
		['1月現在/3億4300万', [1, 343_000_000]],
		['H28:102件3,536千円', [28, 102, 3_536_000]],
		['合計 23.21\n億円余', [2_321_000_000]],
		['25 位 812 市区中', [25, 812]],
		['２０２３年の', [2023]],
		['-12.81%', [12.81]],
	])('%s', (quote, expected) => expect(numbersIn(quote)).toEqual(expected));
});

it('the default content is valid', () => {
	expect(problems).toEqual([]);
});

const m = model as Model;

describe.runIf(model)('every metric point is quoted, and the quote prints its value', () => {
	const points = (model?.metrics ?? []).flatMap((metric: MetricEntry) =>
		metric.points.map((point, i) => ({ metric, point, name: `${metric.id} #${i + 1} (${point.period?.key ?? point.when?.ja ?? 'undated'})` })),
	);
	it.each(points)('$name', ({ metric, point }) => {
		const ref = point.source ?? metric.source;
		expect(ref.quote, 'a point needs a quote holding its figure').toBeTruthy();
		const source = m.sources.find((s) => s.id === ref.source)!;
		const squash = (s: string) => s.replace(/\*\*/g, '').replace(/\s+/g, '');
		expect(squash(source.text)).toContain(squash(ref.quote!));
		const printed = numbersIn(ref.quote!);
		expect(printed).toContain(Math.abs(point.value));
		if (point.of) expect(printed).toContain(point.of);
	});
	it.each((model?.metrics ?? []).filter((metric) => metric.target))('$id target is quoted', (metric) => {
		const ref = metric.target!.source ?? metric.source;
		expect(numbersIn(ref.quote ?? '')).toContain(metric.target!.value);
	});
});

describe.runIf(model)('counts match the documents', () => {
	const newsletter = () => m.sources.find((s) => s.id === 'komoro-newsletter-2020-01')!.text;
	const flyer = () => m.sources.find((s) => s.id === 'komoro-flyer-2024')!.text;

	/** The progress section of the newsletter, split at its numbered pillar headings (1. … 6.その他の実績). */
	const sections = () => {
		const text = newsletter();
		const body = text.slice(text.indexOf('【凡例'));
		return body.split(/^(?=\d\.\s?\S)/m).slice(1);
	};

	it('2016: the five pillars of 【5つの柱】', () => {
		const list = newsletter().split('【5つの柱】')[1]!.split('【')[0]!;
		const printed = list.split('\n').filter((line) => /^\d\.\s/.test(line)).length;
		expect(printed).toBe(5);
		expect(m.manifestos.find((x) => x.id === 'komoro-mirai-2016')!.pillarIds).toHaveLength(printed);
	});

	it('2016: one policy file per ● pledge, per pillar', () => {
		const printed = sections()
			.slice(0, 5)
			.map((section) => {
				const lines = section.split('\n').slice(1);
				const start = lines.findIndex((line) => line.startsWith('- '));
				const end = lines.findIndex((line, i) => i > start && !line.startsWith('- '));
				const block = lines.slice(start, end);
				return block.length + block.join('').split('●').length - 1;
			});
		expect(printed).toEqual([5, 5, 11, 9, 4]);
		const manifesto = m.manifestos.find((x) => x.id === 'komoro-mirai-2016')!;
		expect(manifesto.pillarIds.map((id) => m.policies.filter((p) => p.pillar === id).length)).toEqual(printed);
	});

	it('2016: one achievement per 主な取組み実績 item, per pillar', () => {
		const printed = sections()
			.slice(0, 5)
			.map((section) => {
				const list = section.slice(section.indexOf('<主な'));
				return list.split('\n').filter((line) => line.startsWith('- ・')).reduce((n, line) => n + line.slice(2).split(' ・').length, 0);
			});
		const manifesto = m.manifestos.find((x) => x.id === 'komoro-mirai-2016')!;
		const stored = manifesto.pillarIds.map((id) => m.achievements.filter((a) => a.owner.id === id && !a.highlight).length);
		expect(stored).toEqual(printed);
	});

	it('2024: six areas 01–06 and four top priorities', () => {
		const text = flyer().normalize('NFKC');
		const [areasPart, prioritiesPart] = text.split('主な最重点政策');
		const areaNumbers = new Set(areasPart!.match(/^0[1-6]\s*$/gm)?.map((s) => s.trim()));
		const priorityNumbers = new Set(prioritiesPart!.match(/^0[1-4]\s*$/gm)?.map((s) => s.trim()));
		const manifesto = m.manifestos.find((x) => x.id === 'komoro-wellness-2024')!;
		expect(manifesto.pillarIds).toHaveLength(areaNumbers.size);
		expect(manifesto.priorityIds).toHaveLength(priorityNumbers.size);
		expect([areaNumbers.size, priorityNumbers.size]).toEqual([6, 4]);
	});

	it('2024: one achievement per ● line of the six areas', () => {
		const areasPart = flyer().split('主な最重点政策')[0]!;
		const printed = areasPart.split('●').length - 1;
		const manifesto = m.manifestos.find((x) => x.id === 'komoro-wellness-2024')!;
		const stored = m.achievements.filter((a) => manifesto.pillarIds.includes(a.owner.id) && !a.highlight).length;
		expect(stored).toBe(printed);
	});

	it('English translation covers every text field and body', () => {
		expect(coverage.fields.translated).toBe(coverage.fields.total);
		expect(coverage.bodies.translated).toBe(coverage.bodies.total);
	});
});
