/**
 * The floor `check` is measured against: read every pledge file, split it with gray-matter (its own
 * js-yaml engine) and validate the frontmatter with zod — the cost of parsing alone, nothing located,
 * no cross-file rules. Usage: node scripts/bench/parse-floor.ts <content folder>
 */
import matter from 'gray-matter';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PolicySchema } from '../../src/schemas/policy.ts';

const dir = join(process.argv[2] ?? 'content', 'policies');
let valid = 0;
for (const name of readdirSync(dir)) {
	const { data } = matter(readFileSync(join(dir, name), 'utf8'));
	if (PolicySchema.safeParse(data).success) valid++;
}
console.log(`${valid} valid`);
