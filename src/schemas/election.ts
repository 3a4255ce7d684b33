import { z } from 'zod';

/**
 * The election a campaign is for, as far as the Public Offices Election Act (公職選挙法) makes a rule depend
 * on it. Per kind: the usual announcement lead (the statute says "at least N days before", art. 31–34;
 * in practice exactly N) and the campaign-flyer allowance of art. 142(1) for one candidate (copies; every
 * kind here allows two registered types). A summary for orientation, not the statute: the election
 * board's guide for the election is the authority.
 */
export const ELECTION_KINDS = {
	'house-of-representatives': { ja: '衆議院議員（小選挙区）', en: 'House of Representatives (single-seat district)', lead: 12, announce: 'koji', copies: { ja: '7万枚', en: '70,000' } },
	'house-of-councillors': { ja: '参議院議員（選挙区）', en: 'House of Councillors (prefectural district)', lead: 17, announce: 'koji', copies: { ja: '10万〜30万枚（選挙区内の衆議院小選挙区の数による）', en: '100,000 to 300,000 (by the number of single-seat districts in it)' } },
	governor: { ja: '都道府県知事', en: 'prefectural governor', lead: 17, announce: 'kokuji', copies: { ja: '10万〜30万枚（都道府県内の衆議院小選挙区の数による）', en: '100,000 to 300,000 (by the number of single-seat districts in the prefecture)' } },
	'prefectural-assembly': { ja: '都道府県議会議員', en: 'prefectural assembly member', lead: 9, announce: 'kokuji', copies: { ja: '1万6千枚', en: '16,000' } },
	'designated-city-mayor': { ja: '指定都市の市長', en: 'mayor of a designated city', lead: 14, announce: 'kokuji', copies: { ja: '7万枚', en: '70,000' } },
	'designated-city-assembly': { ja: '指定都市の議会議員', en: 'assembly member of a designated city', lead: 9, announce: 'kokuji', copies: { ja: '8千枚', en: '8,000' } },
	mayor: { ja: '市長・特別区長', en: 'mayor of a city or special ward', lead: 7, announce: 'kokuji', copies: { ja: '1万6千枚', en: '16,000' } },
	'city-assembly': { ja: '市議会・特別区議会議員', en: 'city or special-ward assembly member', lead: 7, announce: 'kokuji', copies: { ja: '4千枚', en: '4,000' } },
	'town-mayor': { ja: '町村長', en: 'town or village mayor', lead: 5, announce: 'kokuji', copies: { ja: '5千枚', en: '5,000' } },
	'town-assembly': { ja: '町村議会議員', en: 'town or village assembly member', lead: 5, announce: 'kokuji', copies: { ja: '1千6百枚', en: '1,600' } },
} as const;

export type ElectionKind = keyof typeof ELECTION_KINDS;

/** `electionKind` in site.yaml: which election (首長, 議会, …); see {@link ELECTION_KINDS}. */
export const ElectionKindSchema = z.enum(Object.keys(ELECTION_KINDS) as [ElectionKind, ...ElectionKind[]]);

/**
 * Words that ask for votes (投票の依頼). Before the campaign period (and after it) a site or flyer must not
 * ask for votes in an election (事前運動, 公職選挙法 art. 129); `npm run check` warns where published text
 * uses one. Matched ignoring spaces, line breaks, `**` and full-width/half-width differences; English
 * ones as whole words, any case.
 */
export const DEFAULT_VOTE_PHRASES: readonly string[] = [
	'投票してください',
	'投票して下さい',
	'投票をお願い',
	'投票お願い',
	'ご投票',
	'清き一票',
	'一票を',
	'票を入れて',
	'投票用紙に',
	'当選させて',
	'勝たせてください',
	'vote for',
	'please vote',
	'your vote',
	'your ballot',
	'elect me',
];

/**
 * `votePhrases` in site.yaml: the list the check looks for, on top of the defaults. A plain list is
 * phrases to add; `{ add: […], ignore: […] }` also drops defaults that are fine in this campaign's text.
 */
export const VotePhrasesSchema = z
	.union([
		z.array(z.string().trim().min(1)),
		z.strictObject({
			/** Phrases to look for besides the defaults. @label 追加する言葉 / Phrases to add @ja 初期設定のほかに探す言葉 */
			add: z.array(z.string().trim().min(1)).default([]),
			/** Default phrases not to look for (each must be one of the defaults). @label 探さない言葉 / Phrases to ignore @ja 初期設定のうち、この陣営の文では問題ない言葉 */
			ignore: z
				.array(z.string())
				.default([])
				.superRefine((list, ctx) => {
					for (const [i, phrase] of list.entries())
						if (!DEFAULT_VOTE_PHRASES.includes(phrase))
							ctx.addIssue({
								code: 'custom',
								path: [i],
								message: `「${phrase}」は初期設定の言葉ではありません（初期設定: ${DEFAULT_VOTE_PHRASES.join('、')}） / "${phrase}" is not one of the default phrases (defaults: ${DEFAULT_VOTE_PHRASES.join(', ')})`,
							});
				}),
		}),
	])
	.transform((value) => (Array.isArray(value) ? { add: value, ignore: [] as string[] } : value));

export type VotePhrases = z.output<typeof VotePhrasesSchema>;

/** The phrases to look for: the defaults less `ignore`, plus `add`. */
export const votePhrasesOf = (setting: VotePhrases | undefined): string[] => [
	...DEFAULT_VOTE_PHRASES.filter((phrase) => !setting?.ignore.includes(phrase)),
	...(setting?.add ?? []),
];
