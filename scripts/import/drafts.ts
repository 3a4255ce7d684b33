/**
 * What in an office's document looks like a pillar, a pledge or a figure, as DRAFT content files:
 * names starting with `_`, which `check` and the build skip until the office renames them.
 *
 * - A pillar: a heading such as 【子育て・教育】, ０１ 子育て, 第1章 …, a Word heading, or a numbered line
 *   (1. …) that has marked lines (● ・ ■ ◆ …) under it.
 * - A pledge: a line starting with ● ・ ■ ◆ ◇ ○ ◎ □, ①…⑳, 1. or （1）.
 * - A figure: a number with 円, 万, 億, 人, 件, %, ポイント, 位 or 時間 on the pledge's line or the lines
 *   under it, dated by the 年度 / year / month printed before it on its line. Figures are suggestions in
 *   comments (with a quote each), never finished metrics: the office decides what a number means.
 *
 * Every quote written is checked to be in the stored text the way `check` looks for it (`squash`).
 */
import { parsePeriod } from '../../src/schemas/period-key.ts';
import { squash } from '../../src/model/rules.ts';

export interface DraftOptions {
	/** The source's id (its file name). */
	sourceId: string;
	/** The document's file name, for the comment at the top of each draft. */
	fileName: string;
	/** Lines the document marks as headings itself (Word). */
	headings: Set<string>;
	/** The campaign's manifesto ids and pillar ids (to point drafts at what exists). */
	manifestos: string[];
	pillars: string[];
	/** Today, YYYY-MM-DD (figures dated later are not suggested as measured). */
	today: string;
}

export interface Figure {
	/** As printed, e.g. 3億1,200万円. */
	text: string;
	value: number;
	unit: 'yen' | 'percent' | 'people' | 'cases' | 'hours' | 'rank' | 'count';
	qualifier?: 'about';
	/** For a rank: the number ranked (812市区中 → 812). */
	of?: number;
	/** A period `check` reads (令和5年度, FY2023, 2023-05), when the line dates the figure. */
	period?: string;
	/** Words from the document around the figure (verified). */
	quote: string;
	/** The whole line it stands on. */
	line: string;
}

export interface Draft {
	/** Path in the campaign folder, e.g. policies/_newsletter-01.md. */
	file: string;
	kind: 'pillar' | 'pledge';
	id: string;
	title: string;
	figures: Figure[];
	text: string;
}

const MARK = /^[\s\u3000]*([●・■◆◇○◎□▪•]|[①-⑳]|[0-9０-９]{1,2}[.．](?![0-9０-９])|[（(][0-9０-９]{1,2}[)）])[\s\u3000]*(.+?)[\s\u3000]*$/;
const BULLET = /^[●・■◆◇○◎□▪•]$/;
const HEADING = [/^[\s\u3000]*【(.+?)】[\s\u3000]*$/, /^[\s\u3000]*[0０][1-9１-９][\s\u3000.．]+(.+?)[\s\u3000]*$/, /^[\s\u3000]*(第[0-9０-９一二三四五六七八九十]+[章節部].*?)[\s\u3000]*$/];

const UNITS: Record<string, Figure['unit']> = { 円: 'yen', 人: 'people', 件: 'cases', '%': 'percent', '％': 'percent', ポイント: 'percent', 位: 'rank', 時間: 'hours', 万: 'count', 億: 'count' };
const NUM = '[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?';
const FIGURE = new RegExp(`(約|およそ)?((?:${NUM}[億万千])+(?:${NUM})?|${NUM})[\\s\\u3000]*(円|人|件|%|％|ポイント|位|時間)?`, 'g');
const PERIOD = /(令和|平成|R|H)?[\s\u3000]*([0-9０-９]{1,4}|元)[\s\u3000]*年度|(令和|平成)?([0-9０-９]{1,4}|元)年(?:[\s\u3000]*([0-9０-９]{1,2})月)?/g;

/** 3億1,200万 → 312000000; 4万8千 → 48000; 12.5 → 12.5. */
export function japaneseNumber(text: string): number {
	const t = text.normalize('NFKC').replace(/,/g, '');
	let total = 0;
	let rest = t;
	for (const [mark, scale] of [['億', 1e8], ['万', 1e4], ['千', 1e3]] as const) {
		const i = rest.indexOf(mark);
		if (i >= 0) {
			total += Number(rest.slice(0, i) || '1') * scale;
			rest = rest.slice(i + 1);
		}
	}
	return Math.round((total + (rest ? Number(rest) : 0)) * 1e6) / 1e6;
}

/** A period check reads, from what the line prints (2023年度 → FY2023, 令和5年度 as is, 2023年5月 → 2023-05). */
function periodOf(m: RegExpExecArray, today: string): string | undefined {
	const n = (s: string | undefined) => (s ?? '').normalize('NFKC');
	let candidate: string;
	if (m[2] !== undefined) candidate = m[1] ? `${n(m[1])}${n(m[2])}年度` : `FY${n(m[2])}`;
	else if (m[3]) candidate = `${m[3]}${n(m[4])}年${m[5] ? `${n(m[5])}月` : ''}`;
	else if (n(m[4]).length === 4) candidate = m[5] ? `${n(m[4])}-${n(m[5]).padStart(2, '0')}` : n(m[4]);
	else return undefined;
	const parsed = parsePeriod(candidate);
	if (typeof parsed === 'string') return undefined;
	return parsed.start <= today ? candidate : undefined;
}

/** The figures printed on one line, each dated by the last period printed before it on the line. */
export function figuresIn(line: string, today: string, found: (quote: string) => boolean): Figure[] {
	const periods: { at: number; end: number; period?: string }[] = [];
	for (const m of line.matchAll(PERIOD)) periods.push({ at: m.index, end: m.index + m[0].length, period: periodOf(m as RegExpExecArray, today) });
	const out: Figure[] = [];
	for (const m of line.matchAll(FIGURE)) {
		const [whole, about, number, unitMark] = m as unknown as [string, string | undefined, string, string | undefined];
		const at = m.index;
		const end = at + whole.length;
		// Part of a date (2023年度, 令和5年, 5月), a phone number or an address: not a figure.
		if (periods.some((p) => at < p.end && end > p.at)) continue;
		if (/^(?:[年月日号-]|か所|ヶ所|箇所)/.test(line.slice(end)) || /[-‐−－〒]$/.test(line.slice(0, at))) continue;
		// 1人あたり, 1件当たり: a rate's denominator, not a figure.
		if (/^(?:あたり|当たり|につき)/.test(line.slice(end))) continue;
		// 45位上昇: a change of rank, not a rank.
		if (unitMark === '位' && /^(?:上昇|アップ|下降|ダウン)/.test(line.slice(end))) continue;
		const bigMark = /[億万]/.test(number) ? (number.includes('億') ? '億' : '万') : undefined;
		const unit = unitMark ? UNITS[unitMark] : bigMark ? UNITS[bigMark] : undefined;
		if (!unit) continue;
		const value = japaneseNumber(number);
		if (!Number.isFinite(value)) continue;
		const before = periods.filter((p) => p.end <= at).at(-1);
		// The quote runs from the start of the figure's clause (or its date, when nearer) to its unit.
		const clause = Math.max(...[...line.slice(0, at).matchAll(/[、。，,：:（(「]/g)].map((c) => c.index + 1), 0);
		const from = before && before.at >= clause ? before.at : clause;
		let quote = line.slice(from, end).trim();
		if (!found(quote)) quote = line.trim();
		// 812市区中98位: the number ranked.
		const of = unit === 'rank' ? line.slice(clause, at).normalize('NFKC').match(/([0-9][0-9,]*)[^0-9\s、。]{0,4}中\s*$/)?.[1] : undefined;
		out.push({ text: whole.trim(), value, unit, ...(of ? { of: Number(of.replace(/,/g, '')) } : {}), ...(about ? { qualifier: 'about' as const } : {}), ...(before?.period ? { period: before.period } : {}), quote, line: line.trim() });
	}
	return out;
}

interface Block {
	kind: 'pillar' | 'pledge';
	title: string;
	quote: string;
	lines: string[];
}

/** The document's lines as pillars and pledges, in order. */
export function structure(text: string, headings: Set<string>): Block[] {
	const lines = text.split('\n');
	const blocks: Block[] = [];
	const marked = lines.map((l) => l.match(MARK));
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		if (!line.trim()) continue;
		const heading = HEADING.map((re) => line.match(re)).find(Boolean);
		const m = marked[i];
		let kind: Block['kind'] | undefined;
		let title = '';
		if (heading || headings.has(line.trim())) {
			kind = 'pillar';
			title = (heading?.[1] ?? line).trim();
		} else if (m && m[2]!.length >= 4 && m[2]!.length <= 120) {
			// A numbered line with bullets under it (before the next numbered line) heads them.
			const numbered = !BULLET.test(m[1]!);
			let headsBullets = false;
			if (numbered)
				for (let j = i + 1; j < lines.length; j++) {
					const next = marked[j];
					if (next && !BULLET.test(next[1]!)) break;
					if (next && BULLET.test(next[1]!)) {
						headsBullets = true;
						break;
					}
				}
			kind = headsBullets ? 'pillar' : 'pledge';
			title = m[2]!;
		}
		if (kind) blocks.push({ kind, title, quote: kind === 'pledge' || !heading ? title : line.trim(), lines: [line] });
		else blocks.at(-1)?.lines.push(line);
	}
	return blocks;
}

const q = (value: string) => JSON.stringify(value);

/** The draft files for a document's text (already repaired), with what they found. */
export function makeDrafts(text: string, options: DraftOptions): Draft[] {
	const haystack = squash(text);
	const found = (quote: string) => !!squash(quote) && haystack.includes(squash(quote));
	const { sourceId: src, fileName, today } = options;
	const header = (what: string) =>
		[
			`# 下書き（${what}）: npm run import が「${fileName}」から作りました（${today}）。`,
			'# ファイル名の先頭の「_」を消すまで、check とサイトはこのファイルを読みません。内容を確かめてから消してください。',
			`# 引用（quote）は資料の文字そのままで、出典「${src}」の中にあることを確かめてあります。`,
		].join('\n');
	const drafts: Draft[] = [];
	const blocks = structure(text, options.headings);
	const manifesto = options.manifestos.length === 1 ? options.manifestos[0] : undefined;
	let pillarId: string | undefined;
	let pillarN = 0;
	let order = 0;
	let pledgeN = 0;
	for (const block of blocks) {
		const quote = found(block.quote) ? block.quote : found(block.title) ? block.title : undefined;
		if (block.kind === 'pillar') {
			pillarId = `${src}-hashira-${++pillarN}`;
			order = 0;
			const body = [
				'---',
				header('政策の柱'),
				manifesto ? `manifesto: ${manifesto}` : `manifesto: （マニフェストのid）   # manifestos フォルダのファイル名`,
				`# マニフェスト manifestos/${manifesto ?? '<id>'}.md の pillars: に、この柱の id「${pillarId}」を加えてください。`,
				`title: ${q(block.title)}`,
				quote ? `source: { source: ${src}, quote: ${q(quote)} }` : `source: ${src}`,
				'---',
				'',
			].join('\n');
			drafts.push({ file: `pillars/_${pillarId}.md`, kind: 'pillar', id: pillarId, title: block.title, figures: [], text: body });
			continue;
		}
		const id = `${src}-${String(++pledgeN).padStart(2, '0')}`;
		order++;
		const figures = block.lines.flatMap((line) => figuresIn(line, today, found));
		const owner = pillarId
			? `pillar: ${pillarId}   # 柱の下書き pillars/_${pillarId}.md（その名前の _ も消します）`
			: options.pillars.length
				? `pillar: ${options.pillars[0]}   # 属する柱を確かめてください（pillars フォルダのファイル名）`
				: `manifesto: ${manifesto ?? '（マニフェストのid）'}   # 柱に属さない公約`;
		const lines = [
			'---',
			header('公約'),
			owner,
			`order: ${order}`,
			`title: ${q(block.title)}`,
			quote ? `source: { source: ${src}, quote: ${q(quote)} }` : `source: ${src}`,
			...figureComments(id, src, figures),
			'---',
			'',
		];
		drafts.push({ file: `policies/_${id}.md`, kind: 'pledge', id, title: block.title, figures, text: lines.join('\n') });
	}
	return drafts;
}

/** Figures as commented suggestions: each with its line, then one commented metric per unit. */
function figureComments(id: string, src: string, figures: Figure[]): string[] {
	if (!figures.length) return [];
	const out = ['#', '# ―― 資料にあった数字（案）。何の数字か確かめて、使うものだけ行頭の「# 」を外してください ――'];
	for (const f of figures) out.push(`#   「${f.text}」${f.period ? `（${f.period}）` : '（時期の記載なし）'}: ${f.line}`);
	const byUnit = new Map<string, Figure[]>();
	for (const f of figures) byUnit.set(f.unit, [...(byUnit.get(f.unit) ?? []), f]);
	out.push('# metrics:');
	let k = 0;
	for (const [unit, list] of byUnit) {
		out.push(`#   - id: ${id}-${++k}   # わかりやすい名前に（英小文字・数字・ハイフン）`);
		out.push('#     label: （何の数字か）');
		out.push(`#     unit: ${unit}${list.some((f) => f.text.endsWith('ポイント')) ? '   # ポイントは「率の差」です。率そのものを points に書きます' : ''}`);
		out.push('#     points:   # 古い順に並べます');
		for (const f of list)
			out.push(
				`#       - { ${f.period ? `period: ${f.period}, ` : ''}value: ${f.value}${f.of ? `, of: ${f.of}` : ''}${f.qualifier ? `, qualifier: ${f.qualifier}` : ''}, source: { source: ${src}, quote: ${q(f.quote)} } }${
					f.unit === 'rank' && !f.of ? '   # 順位には全体の数 of: が必要です（812市区中 → of: 812）' : ''
				}`,
			);
		out.push(`#     source: ${src}`);
	}
	return out;
}
