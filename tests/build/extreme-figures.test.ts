/**
 * Figures at the very limits check allows (src/schemas/figure.ts: ±10¹⁵, percentages ±100,000%) beside
 * tiny targets build: pages, charts, share cards and the flyer (a value of 1e21 beside a target once crashed
 * the build after 18 s; now check refuses it, and what it accepts is drawn).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { buildSite, readPage, ROOT } from '../helpers/build.ts';
import { textOf } from '../helpers/html.ts';

let out = '';
let content = '';
beforeAll(async () => {
	content = mkdtempSync(join(tmpdir(), 'koyaku-extreme-'));
	cpSync(join(ROOT, 'tests/fixtures/valid'), content, { recursive: true });
	const edit = (file: string, from: string, to: string) => {
		const text = readFileSync(join(content, file), 'utf8');
		expect(text.split(from)).toHaveLength(2);
		writeFileSync(join(content, file), text.replace(from, to));
	};
	edit('policies/more-tax-revenue.md', 'value: 343000000', 'value: 1000000000000000');
	edit('policies/more-tax-revenue.md', 'value: 3682', 'value: -1000000000000000');
	edit('policies/women-on-boards.md', 'value: 29.2', 'value: 100000');
	edit('policies/women-on-boards.md', 'target: { value: 30, period: FY2020 }', 'target: { value: 0.0001, period: FY2020 }');
	out = await buildSite(mkdtempSync(join(tmpdir(), 'koyaku-extreme-site-')), { KOYAKU_CONTENT: content }, ['--skip', 'search']);
}, 300_000);

describe('figures at the limits', () => {
	it('pass check, and the build draws them', () => {
		expect(loadContent(content).problems).toEqual([]);
		expect(textOf(readPage(out, '/metrics/hometown-tax/'))).toMatch(/1,000兆円/);
		expect(textOf(readPage(out, '/metrics/women-on-councils/'))).toContain('100,000%');
		expect(readPage(out, '/metrics/virtual-citizens/')).toContain('<svg');
	});
});
