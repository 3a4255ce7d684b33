/**
 * Lookups into the model's lists for pages. Every page (thousands, for a big campaign) looks up its own
 * entry and the entries it links to; `list.find` on each page makes a build quadratic in the number of
 * pledges and figures. These index a list once (per list, held weakly: a new model gets new indexes) and
 * answer in constant time, with `find`'s and `filter`'s results: the first entry with the id, and the
 * entries of a group in list order.
 */

const idIndexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

/**
 * The first entry of `list` whose id is `id` (what `list.find((e) => e.id === id)` returns).
 * @example byId(model.policies, 'zaisei-kenzenka') // the policy, or undefined
 */
export function byId<T extends { id: string }>(list: readonly T[], id: string | undefined): T | undefined {
	if (id === undefined) return undefined;
	let index = idIndexes.get(list);
	if (!index) {
		index = new Map();
		for (const entry of list) if (!index.has(entry.id)) index.set(entry.id, entry);
		idIndexes.set(list, index);
	}
	return index.get(id) as T | undefined;
}

const groupIndexes = new WeakMap<readonly object[], Map<string, Map<string | undefined, object[]>>>();
const NONE: readonly never[] = Object.freeze([]);

/**
 * The entries of `list` whose `key(entry)` is `value`, in list order (what
 * `list.filter((e) => key(e) === value)` returns, but shared: do not change the array). `name` names the key
 * function: one index per list and name.
 * @example groupOf(model.metrics, 'owner', (m) => `${m.owner.kind}:${m.owner.id}`, `policy:${policy.id}`)
 */
export function groupOf<T extends object>(list: readonly T[], name: string, key: (entry: T) => string | undefined, value: string | undefined): readonly T[] {
	let byName = groupIndexes.get(list);
	if (!byName) groupIndexes.set(list, (byName = new Map()));
	let index = byName.get(name) as Map<string | undefined, T[]> | undefined;
	if (!index) {
		index = new Map();
		for (const entry of list) {
			const k = key(entry);
			const group = index.get(k);
			if (group) group.push(entry);
			else index.set(k, [entry]);
		}
		byName.set(name, index as Map<string | undefined, object[]>);
	}
	return index.get(value) ?? NONE;
}

/**
 * The figures an owner defines, in display order.
 * @example metricsOwnedBy(model.metrics, 'policy', policy.id)
 */
export const metricsOwnedBy = <T extends { owner: { kind: string; id: string } }>(metrics: readonly T[], kind: string, id: string): readonly T[] =>
	groupOf(metrics, 'owner', (m) => `${m.owner.kind}:${m.owner.id}`, `${kind}:${id}`);

const memos = new WeakMap<object, Map<string, unknown>>();

/**
 * `compute()`'s result, computed once per owner object and name (for summaries of the model every page shows).
 * @example memo(model, 'lastUpdated', () => newestDate(model))
 */
export function memo<T>(owner: object, name: string, compute: () => T): T {
	let byName = memos.get(owner);
	if (!byName) memos.set(owner, (byName = new Map()));
	if (!byName.has(name)) byName.set(name, compute());
	return byName.get(name) as T;
}
