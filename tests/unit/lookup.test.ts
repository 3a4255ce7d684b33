/**
 * src/lib/lookup.ts: the indexed lookups pages use instead of `find` and `filter` on every page give the
 * same answers as `find` and `filter`, on the real content's model.
 */
import { describe, expect, it } from 'vitest';
import { byId, groupOf, memo, metricsOwnedBy } from '../../src/lib/lookup.ts';
import { lastUpdated } from '../../src/lib/page-meta.ts';
import { loadContent } from '../../src/model/load.ts';

const model = loadContent('content').model!;

describe('byId', () => {
	it('finds what find finds, for every entry of every list, and undefined for unknown ids', () => {
		for (const list of [model.policies, model.pillars, model.manifestos, model.metrics, model.sources, model.achievements, model.reports] as { id: string }[][]) {
			expect(list.length).toBeGreaterThan(0);
			for (const entry of list) expect(byId(list, entry.id)).toBe(list.find((e) => e.id === entry.id));
			expect(byId(list, 'no-such-id')).toBeUndefined();
			expect(byId(list, undefined)).toBeUndefined();
		}
	});

	it('answers with the first entry when ids repeat, like find', () => {
		const list = [{ id: 'a', n: 1 }, { id: 'b', n: 2 }, { id: 'a', n: 3 }];
		expect(byId(list, 'a')).toBe(list[0]);
	});
});

describe('groupOf and metricsOwnedBy', () => {
	it('give what filter gives, in list order', () => {
		for (const policy of model.policies) {
			expect(metricsOwnedBy(model.metrics, 'policy', policy.id)).toEqual(model.metrics.filter((m) => m.owner.kind === 'policy' && m.owner.id === policy.id));
			expect(groupOf(model.achievements, 'policy', (a) => a.policy, policy.id)).toEqual(model.achievements.filter((a) => a.policy === policy.id));
		}
		for (const pillar of model.pillars) expect(groupOf(model.policies, 'pillar', (p) => p.pillar, pillar.id)).toEqual(model.policies.filter((p) => p.pillar === pillar.id));
		expect(metricsOwnedBy(model.metrics, 'policy', 'no-such-id')).toEqual([]);
		expect(model.metrics.some((m) => m.owner.kind === 'policy')).toBe(true);
	});
});

describe('memo', () => {
	it('computes once per owner and name', () => {
		let calls = 0;
		const owner = {};
		expect(memo(owner, 'x', () => ++calls)).toBe(1);
		expect(memo(owner, 'x', () => ++calls)).toBe(1);
		expect(memo(owner, 'y', () => ++calls)).toBe(2);
		expect(memo({}, 'x', () => ++calls)).toBe(3);
	});

	it('keeps lastUpdated the newest date the content names', () => {
		const updated = lastUpdated(model)!;
		const ends = [...model.reports.map((r) => r.date?.end), ...model.sources.map((s) => s.date?.end)].filter((end) => end !== undefined);
		expect(ends.every((end) => end <= updated.end)).toBe(true);
		expect(lastUpdated(model)).toBe(updated);
	});
});
