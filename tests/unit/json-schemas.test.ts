/**
 * The editor's JSON Schemas (issue 25, schemas/*.schema.json from `npm run schemas`): up to date with the
 * zod schemas, every field described in Japanese and English, accepting every site.yaml, ratings.yaml and
 * source .yaml of Komoro and the fixture campaigns, rejecting a sample of the mistakes the loader tests
 * make, and wired up for VS Code's YAML extension.
 */
import { existsSync, readFileSync } from 'node:fs';
import { globSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { campaignFiles } from '../../scripts/new/campaign-files.ts';
import { jsonSchema, SCHEMA_NAMES, schemaText, type SchemaName } from '../../scripts/json-schemas.ts';
import { ROOT } from '../helpers/build.ts';

const ajv = new Ajv({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const validators = Object.fromEntries(SCHEMA_NAMES.map((name) => [name, ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8')))]));
const validate = (name: SchemaName, text: string) => {
	const ok = validators[name]!(parse(text));
	return ok ? [] : (validators[name]!.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
};

const FILES: Record<SchemaName, string[]> = {
	site: globSync('{content,tests/fixtures/*}/site.yaml', { cwd: ROOT }),
	ratings: globSync('{content,tests/fixtures/*}/ratings.yaml', { cwd: ROOT }),
	source: globSync('{content,tests/fixtures/*}/sources/*.yaml', { cwd: ROOT }),
};

describe('JSON Schemas for the editor', () => {
	it.each(SCHEMA_NAMES)('schemas/%s.schema.json is what npm run schemas makes now', (name) => {
		expect(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8')).toBe(schemaText(name));
	});

	it.each(SCHEMA_NAMES)('every field of %s has a description in Japanese and in English', (name) => {
		const seen: string[] = [];
		const walk = (schema: Record<string, unknown>) => {
			const props = schema['properties'] as Record<string, Record<string, unknown>> | undefined;
			// A `{ ja, en, easy }` text object is described by its field, not per language.
			if (props && !('ja' in props && 'en' in props && 'easy' in props && Object.keys(props).length === 3))
				for (const [key, value] of Object.entries(props)) {
					const d = String(value['description'] ?? '');
					const [ja, en] = d.split('\n');
					expect(ja, key).toMatch(/[ぁ-んァ-ヶ一-龠]/);
					expect(en, key).toMatch(/^[A-Z"'(]/);
					seen.push(key);
					walk(value);
				}
			if (schema['items']) walk(schema['items'] as Record<string, unknown>);
			for (const option of (schema['anyOf'] as Record<string, unknown>[] | undefined) ?? []) walk(option);
		};
		walk(jsonSchema(name));
		expect(seen.length).toBeGreaterThan(name === 'site' ? 30 : 5);
	});

	it.each(SCHEMA_NAMES)('accepts every %s file of Komoro and the fixture campaigns', (name) => {
		expect(FILES[name].filter((f) => f.startsWith('content/')).length).toBeGreaterThan(0);
		for (const file of FILES[name]) expect(validate(name, readFileSync(join(ROOT, file), 'utf8')), file).toEqual([]);
	});

	it('accepts the files npm run new writes', () => {
		const files = campaignFiles({ name: '森 たろう', reading: 'もり たろう', office: 'みなみ野町長', area: '架空県みなみ野町', electionDate: '2027-04-25', organisation: '森たろう後援会', locales: ['ja', 'en'] });
		expect(validate('site', files['site.yaml']!)).toEqual([]);
		expect(validate('ratings', files['ratings.yaml']!)).toEqual([]);
		expect(validate('source', files['sources/kouyaku-memo.yaml']!)).toEqual([]);
	});

	const site = readFileSync(join(ROOT, 'tests/fixtures/valid/site.yaml'), 'utf8');
	const ratings = readFileSync(join(ROOT, 'tests/fixtures/valid/ratings.yaml'), 'utf8');
	const source = readFileSync(join(ROOT, 'tests/fixtures/valid/sources/sample-newsletter-2020-01.yaml'), 'utf8');
	const once = (text: string, from: string, to: string) => {
		expect(text.split(from).length, from).toBe(2);
		return text.replace(from, to);
	};
	it.each<[string, SchemaName, string, RegExp]>([
		['a misspelt field', 'site', once(site, 'organisation:', 'organization:'), /must NOT have additional properties|must have required property 'organisation'/],
		['an e-mail without @', 'site', once(site, 'email: office@sample-town.example', 'email: office-at-sample-town'), /\/imprint\/email must match format "email"/],
		['a colour that is not #rrggbb', 'ratings', once(ratings, 'color: "#1a7f37"', 'color: green'), /\/levels\/0\/color must match pattern/],
		['a level id with capitals', 'ratings', once(ratings, 'id: achieved', 'id: Achieved'), /\/levels\/0\/id must match pattern/],
		['{ en } without the Japanese', 'source', source.replace(/^title: .*$/m, 'title: { en: Newsletter }'), /\/title must have required property 'ja'|\/title must be string/],
		['a document in another folder', 'source', source.replace(/^document: .*$/m, 'document: ../other.txt'), /\/document must match pattern/],
		['a source without publisher', 'source', source.replace(/^publisher: .*\n/m, ''), /must have required property 'publisher'/],
		['locales as a string', 'site', `${site}\nlocales: ja\n`, /\/locales must be array/],
	])('rejects %s', (_, name, text, expected) => {
		expect(validate(name, text).join('\n')).toMatch(expected);
	});

	it('VS Code finds them: .vscode/settings.json maps the content files, and Komoro’s files name their schema', () => {
		// VS Code reads settings as JSON with comments.
		const settings = JSON.parse(readFileSync(join(ROOT, '.vscode/settings.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as { 'yaml.schemas': Record<string, string[]> };
		expect(Object.keys(settings['yaml.schemas']).sort()).toEqual(SCHEMA_NAMES.map((n) => `./schemas/${n}.schema.json`).sort());
		for (const name of SCHEMA_NAMES)
			for (const file of FILES[name].filter((f) => f.startsWith('content/'))) {
				const ref = readFileSync(join(ROOT, file), 'utf8').match(/^# yaml-language-server: \$schema=(\S+)$/m)?.[1];
				expect(ref, file).toBeDefined();
				expect(join(ROOT, dirname(file), ref!), file).toBe(join(ROOT, 'schemas', `${name}.schema.json`));
				expect(existsSync(join(ROOT, dirname(file), ref!))).toBe(true);
			}
	});
});
