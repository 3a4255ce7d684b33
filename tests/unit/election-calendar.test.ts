/**
 * The election calendar (公職選挙法): the phase on a Japan day, the one line check and build print for it,
 * the vote-asking warnings (located, quoting the words) and the flyer notes, with the clock set in each
 * phase. The messages are pinned in both languages (each is one bilingual line).
 */
import { join, relative } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { electionPhase, flyerLawNotes, formatFlyerLawNotes, phaseLine, votePhraseMessage, type ElectionCalendar } from '../../src/model/election-calendar.ts';
import { loadContent } from '../../src/model/load.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { findPhrases, phraseMatcher } from '../../src/model/phrase-match.ts';
import { DEFAULT_VOTE_PHRASES, votePhrasesOf } from '../../src/schemas/election.ts';
import { contentVariants, edit } from '../helpers/content-variants.ts';

/** A town mayor's election: announced 2027-04-20, polling day 2027-04-25 (Sunday). */
const CAL: ElectionCalendar = { electionDate: '2027-04-25', announcementDate: '2027-04-20', electionKind: 'town-mayor' };
/** Noon in Japan on a day. */
const on = (day: string) => new Date(`${day}T03:00:00Z`);
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'election-campaign');

describe('the phase, on the Japan day', () => {
	test('each phase, at the edges of the Japan days', () => {
		expect(electionPhase({}, on('2027-04-25'))).toBe('none');
		expect(electionPhase(CAL, new Date('2027-04-19T14:59:59Z'))).toBe('before'); // 23:59:59 on the 19th in Japan
		expect(electionPhase(CAL, new Date('2027-04-19T15:00:00Z'))).toBe('campaign'); // 00:00 on the announcement day
		expect(electionPhase(CAL, new Date('2027-04-24T14:59:59Z'))).toBe('campaign'); // the eve, 23:59:59
		expect(electionPhase(CAL, new Date('2027-04-24T15:00:00Z'))).toBe('election-day');
		expect(electionPhase(CAL, new Date('2027-04-25T15:00:00Z'))).toBe('after');
		// Without an announcement date every day before the election is "before": never a campaign period by guess.
		expect(electionPhase({ electionDate: '2027-04-25' }, on('2027-04-24'))).toBe('before');
	});

	test('the one line check and build print, in each phase', () => {
		expect(phaseLine({}, on('2027-04-10'))).toMatchInlineSnapshot(`"選挙の時期: 投票日が未設定です（site.yaml に electionDate と announcementDate を書くと、時期に合わせて確認します） / Election phase: no election day set (write electionDate and announcementDate in site.yaml to get the checks of each phase)"`);
		expect(phaseLine(CAL, on('2027-04-10'))).toMatchInlineSnapshot(`"選挙の時期: 告示日の前（今日は2027-04-10、日本時間。告示日2027-04-20まであと10日）。投票のお願いは選挙運動期間になるまでできません（公職選挙法129条） / Election phase: before the announcement (today is 2027-04-10 in Japan; 10 days to the announcement on 2027-04-20). Asking for votes must wait for the campaign period (Public Offices Election Act art. 129)"`);
		expect(phaseLine({ electionDate: '2027-04-25', electionKind: 'town-mayor' }, on('2027-04-10'))).toMatchInlineSnapshot(`"選挙の時期: 投票日2027-04-25の前（今日は2027-04-10、日本時間）。announcementDate（告示日）が未設定のため、告示日の前として確認します（町村長の選挙の告示日は通常、投票日の5日前の2027-04-20。選挙管理委員会の告示で確かめて書いてください） / Election phase: before election day 2027-04-25 (today is 2027-04-10 in Japan). No announcementDate is set, so koyaku checks as before the announcement (a town or village mayor election is usually announced 5 days before, on 2027-04-20: check the election board's notice and write it)"`);
		expect(phaseLine({ electionDate: '2027-04-25' }, on('2027-04-10'))).toMatchInlineSnapshot(`"選挙の時期: 投票日2027-04-25の前（今日は2027-04-10、日本時間）。announcementDate（告示日）が未設定のため、告示日の前として確認します / Election phase: before election day 2027-04-25 (today is 2027-04-10 in Japan). No announcementDate is set, so koyaku checks as before the announcement"`);
		expect(phaseLine(CAL, on('2027-04-21'))).toMatchInlineSnapshot(`"選挙の時期: 選挙運動期間（告示日2027-04-20〜投票日の前日2027-04-24。今日は2027-04-21、日本時間）。ウェブサイトでの選挙運動ができます（公職選挙法142条の3） / Election phase: campaign period (2027-04-20 to 2027-04-24, the day before election day; today is 2027-04-21 in Japan). Campaigning on the website is allowed (Public Offices Election Act art. 142-3)"`);
		expect(phaseLine(CAL, on('2027-04-25'))).toMatchInlineSnapshot(`"選挙の時期: 投票日（2027-04-25、日本時間）。選挙運動はできず、サイトも更新しません（公職選挙法129条） / Election phase: election day (2027-04-25, Japan time). No campaigning, and no site updates (Public Offices Election Act art. 129)"`);
		expect(phaseLine(CAL, on('2027-05-01'))).toMatchInlineSnapshot(`"選挙の時期: 選挙の後（投票日2027-04-25は終わりました）。お礼のあいさつはウェブサイトではできますが、印刷物ではできません（公職選挙法178条） / Election phase: after the election (election day 2027-04-25 is over). Thank-you greetings are allowed on the website, not in print (Public Offices Election Act art. 178)"`);
	});

	test('a Diet election says 公示日', () => {
		expect(phaseLine({ electionDate: '2027-07-25', announcementDate: '2027-07-08', electionKind: 'house-of-councillors' }, on('2027-07-01'))).toMatchInlineSnapshot(`"選挙の時期: 公示日の前（今日は2027-07-01、日本時間。公示日2027-07-08まであと7日）。投票のお願いは選挙運動期間になるまでできません（公職選挙法129条） / Election phase: before the official announcement (today is 2027-07-01 in Japan; 7 days to the official announcement on 2027-07-08). Asking for votes must wait for the campaign period (Public Offices Election Act art. 129)"`);
	});
});

describe('words that ask for votes', () => {
	const matcher = phraseMatcher(DEFAULT_VOTE_PHRASES)!;

	test('found across spaces, line breaks, emphasis and full-width letters; English as whole words', () => {
		expect(findPhrases('どうか**清き\n一票**を', matcher)).toEqual([{ found: '清き一票', line: 0 }]);
		expect(findPhrases('一行目\n投票して　ください', matcher)).toEqual([{ found: '投票してください', line: 1 }]);
		expect(findPhrases('ＰＬＥＡＳＥ　ＶＯＴＥ', matcher)).toEqual([{ found: 'PLEASE VOTE', line: 0 }]);
		expect(findPhrases('I have devoted myself; we devote for the town', matcher)).toEqual([]);
		expect(findPhrases('一票の格差', matcher)).toEqual([]);
	});

	test('a campaign adds phrases and ignores defaults', () => {
		expect(votePhrasesOf({ add: ['お力添えを'], ignore: ['一票を'] })).toContain('お力添えを');
		expect(votePhrasesOf({ add: [], ignore: ['一票を'] })).not.toContain('一票を');
		expect(votePhrasesOf(undefined)).toEqual(DEFAULT_VOTE_PHRASES);
	});

	test('the message in each phase', () => {
		expect(votePhraseMessage('清き一票', CAL, on('2027-04-10'))).toMatchInlineSnapshot(`"「清き一票」は投票をお願いする言葉です。告示日（2027-04-20）の前は、サイトでもチラシでも投票をお願いできません（事前運動の禁止、公職選挙法129条）。言い換えるか、告示日以降に公開してください / "清き一票" asks for votes: before the announcement (2027-04-20) neither the site nor the flyer may ask for votes (no campaigning outside the campaign period, Public Offices Election Act art. 129). Reword it, or publish it from the announcement on"`);
		expect(votePhraseMessage('清き一票', { electionDate: '2027-04-25' }, on('2027-04-10'))).toMatchInlineSnapshot(`"「清き一票」は投票をお願いする言葉です。告示日の前は、サイトでもチラシでも投票をお願いできません（事前運動の禁止、公職選挙法129条）。言い換えてください（告示日が決まったら site.yaml の announcementDate に書いてください） / "清き一票" asks for votes: before the announcement neither the site nor the flyer may ask for votes (no campaigning outside the campaign period, Public Offices Election Act art. 129). Reword it (and write the date in site.yaml's announcementDate once it is set)"`);
		expect(votePhraseMessage('vote for', {}, on('2027-04-10'))).toMatchInlineSnapshot(`"「vote for」は投票をお願いする言葉です。site.yaml に投票日（electionDate）がないため、選挙運動期間の外として確認しています。選挙運動期間の外では、サイトでもチラシでも投票をお願いできません（事前運動の禁止、公職選挙法129条）。言い換えてください / "vote for" asks for votes: site.yaml sets no electionDate, so this is checked as outside a campaign period, where neither the site nor the flyer may ask for votes (no campaigning outside the campaign period, Public Offices Election Act art. 129). Reword it"`);
		expect(votePhraseMessage('清き一票', CAL, on('2027-04-25'))).toMatchInlineSnapshot(`"「清き一票」は投票をお願いする言葉です。投票日当日は、サイトでもチラシでも投票をお願いできません（事前運動の禁止、公職選挙法129条）。言い換えてください / "清き一票" asks for votes: on election day neither the site nor the flyer may ask for votes (no campaigning outside the campaign period, Public Offices Election Act art. 129). Reword it"`);
		expect(votePhraseMessage('清き一票', CAL, on('2027-05-01'))).toMatchInlineSnapshot(`"「清き一票」は投票をお願いする言葉です。選挙は終わりました（投票日2027-04-25）。選挙運動期間の外では、サイトでもチラシでも投票をお願いできません（事前運動の禁止、公職選挙法129条）。言い換えてください / "清き一票" asks for votes: the election is over (2027-04-25), and outside the campaign period neither the site nor the flyer may ask for votes (no campaigning outside the campaign period, Public Offices Election Act art. 129). Reword it"`);
	});
});

describe('check on the fixture campaign, with the clock set', () => {
	afterEach(() => {
		delete process.env['KOYAKU_NOW'];
	});
	const warnings = (now: string) => {
		process.env['KOYAKU_NOW'] = now;
		const result = loadContent(FIXTURE, { model: false });
		expect(result.problems.map(formatProblem)).toEqual([]);
		return result.warnings.map((w) => formatProblem(w).split(relative(process.cwd(), FIXTURE)).join('<content>'));
	};

	test('before the announcement: every vote-asking phrase, on the site and on the flyer, located and quoted', () => {
		expect(warnings('2027-04-19T14:59:59Z')).toMatchInlineSnapshot(`
			[
			  "<content>/site.yaml:26  flyer.slogan.ja  注意 / Warning: 「清き一票」は投票をお願いする言葉です。告示日（2027-04-20）の前は、サイトでもチラシでも投票をお願いできません（事前運動の禁止、公職選挙法129条）。言い換えるか、告示日以降に公開してください / "清き一票" asks for votes: before the announcement (2027-04-20) neither the site nor the flyer may ask for votes (no campaigning outside the campaign period, Public Offices Election Act art. 129). Reword it, or publish it from the announcement on",
			  "<content>/site.yaml:26  flyer.slogan.en  注意 / Warning: 「your vote」は投票をお願いする言葉です。告示日（2027-04-20）の前は、サイトでもチラシでも投票をお願いできません（事前運動の禁止、公職選挙法129条）。言い換えるか、告示日以降に公開してください / "your vote" asks for votes: before the announcement (2027-04-20) neither the site nor the flyer may ask for votes (no campaigning outside the campaign period, Public Offices Election Act art. 129). Reword it, or publish it from the announcement on",
			  "<content>/reports/newsletter-2020-01.md:16  body  注意 / Warning: 「清き一票」は投票をお願いする言葉です。告示日（2027-04-20）の前は、サイトでもチラシでも投票をお願いできません（事前運動の禁止、公職選挙法129条）。言い換えるか、告示日以降に公開してください / "清き一票" asks for votes: before the announcement (2027-04-20) neither the site nor the flyer may ask for votes (no campaigning outside the campaign period, Public Offices Election Act art. 129). Reword it, or publish it from the announcement on",
			  "<content>/reports/newsletter-2020-01.md:17  body  注意 / Warning: 「お力添えを」は投票をお願いする言葉です。告示日（2027-04-20）の前は、サイトでもチラシでも投票をお願いできません（事前運動の禁止、公職選挙法129条）。言い換えるか、告示日以降に公開してください / "お力添えを" asks for votes: before the announcement (2027-04-20) neither the site nor the flyer may ask for votes (no campaigning outside the campaign period, Public Offices Election Act art. 129). Reword it, or publish it from the announcement on",
			  "<content>/reports/newsletter-2020-01.md:22  body.en  注意 / Warning: 「Please vote」は投票をお願いする言葉です。告示日（2027-04-20）の前は、サイトでもチラシでも投票をお願いできません（事前運動の禁止、公職選挙法129条）。言い換えるか、告示日以降に公開してください / "Please vote" asks for votes: before the announcement (2027-04-20) neither the site nor the flyer may ask for votes (no campaigning outside the campaign period, Public Offices Election Act art. 129). Reword it, or publish it from the announcement on",
			]
		`);
	});

	test('from the announcement day on: none', () => {
		expect(warnings('2027-04-19T15:00:00Z')).toEqual([]);
		expect(warnings('2027-04-24T14:59:59Z')).toEqual([]);
	});

	test('on election day and after it: warned again', () => {
		expect(warnings('2027-04-25T03:00:00Z')).toHaveLength(5);
		expect(warnings('2027-05-01T03:00:00Z')[0]).toMatchInlineSnapshot(`"<content>/site.yaml:26  flyer.slogan.ja  注意 / Warning: 「清き一票」は投票をお願いする言葉です。選挙は終わりました（投票日2027-04-25）。選挙運動期間の外では、サイトでもチラシでも投票をお願いできません（事前運動の禁止、公職選挙法129条）。言い換えてください / "清き一票" asks for votes: the election is over (2027-04-25), and outside the campaign period neither the site nor the flyer may ask for votes (no campaigning outside the campaign period, Public Offices Election Act art. 129). Reword it"`);
	});
});

describe('what the flyer build says about the law', () => {
	const notes = (mode: 'political' | 'campaign', day: string, calendar = CAL) =>
		formatFlyerLawNotes(flyerLawNotes(calendar, { mode, types: mode === 'campaign' ? { ja: 1, en: 2 } : undefined }, on(day))).join('\n');

	test('campaign period, campaign flyer: what art. 142 expects, with the allowance for the kind of election', () => {
		expect(notes('campaign', '2027-04-21')).toMatchInlineSnapshot(`
			"  · 選挙運動期間に配れる印刷物は、届け出た選挙運動用ビラだけです。次をすべて満たすこと（公職選挙法142条の要約） / In the campaign period the only flyer that may be handed out is the registered campaign flyer, meeting all of this (a summary of Public Offices Election Act art. 142):
			      - 選挙管理委員会に届け出た種類（2種類まで）: 第1号 日本語版、第2号 英語版 / a type registered with the election board (at most 2): No. 1 Japanese, No. 2 English
			      - 1枚ごとに選挙管理委員会の交付する証紙を貼る / each copy carries a certification stamp (証紙) issued by the election board
			      - 枚数は全種類で上限まで（町村長の選挙: 5千枚） / no more copies than allowed, all types together (town or village mayor election: 5,000)
			      - 大きさは A4（29.7 × 21 cm）以内 / A4 (29.7 × 21 cm) at most
			      - 表面に頒布責任者と印刷者の氏名（名称）・住所 / the names (or company names) and addresses of the person responsible for distribution (頒布責任者) and the printer (印刷者) on the front
			      - 配れるのは新聞折込み、選挙事務所、個人演説会の会場、街頭演説の場所だけ（郵送・戸別配布はできません） / handed out only as a newspaper insert, in the campaign office, at the candidate’s meetings or at street speeches (not by post, not door to door)
			      - koyaku のチラシ: A4、表面に証紙の枠・頒布責任者・印刷者・届出番号を印刷済み / koyaku's flyer: A4, with the 証紙 space, 頒布責任者, 印刷者 and the type number on the front"
		`);
	});

	test('campaign period, the ordinary flyer: may not be handed out', () => {
		expect(notes('political', '2027-04-21').split('\n')[0]).toMatchInlineSnapshot(`"  ! 選挙運動期間です。この印刷用チラシは後援会の政治活動用で、候補者の名前があるため、期間中は配れません（公職選挙法142条、146条）。配るなら届け出た選挙運動用ビラとして作ってください（site.yaml の flyer.mode: campaign） / Campaign period: this flyer is the association's political-activity flyer and names the candidate, so it may not be handed out now (art. 142, 146). To hand a flyer out, make it the registered campaign flyer (flyer.mode: campaign in site.yaml)"`);
	});

	test('before the announcement', () => {
		expect(notes('political', '2027-04-10')).toMatchInlineSnapshot(`"  · チラシは後援会の政治活動用として作りました（「政治活動用」と表示）。投票のお願いは載せられません。配れるのは告示日（2027-04-20）の前日までです（公職選挙法129条、146条） / The flyer is the association's political-activity material (labelled so): it may not ask for votes, and may be handed out until the day before the announcement (2027-04-20) (art. 129, 146)"`);
		expect(notes('campaign', '2027-04-10')).toMatchInlineSnapshot(`"  · 選挙運動用ビラです。配れるのは告示日（2027-04-20）に立候補の届出が受理されてから投票日の前日まで、証紙を貼ったものだけです。それまでは配らないでください（公職選挙法129条、142条） / This is the campaign flyer: it may be handed out only from the candidacy's filing on the announcement day (2027-04-20) to the day before election day, each copy with its 証紙; do not hand it out before (art. 129, 142)"`);
	});

	test('election day, after the election (art. 178), and a campaign flyer without a calendar', () => {
		expect(notes('political', '2027-04-25')).toMatchInlineSnapshot(`"  ! 投票日です。チラシは配れません（公職選挙法129条） / Election day: no flyer may be handed out (art. 129)"`);
		expect(notes('political', '2027-05-01')).toMatchInlineSnapshot(`"  ! 選挙の後です（投票日2027-04-25）。当選・落選のお礼のあいさつを印刷物に載せて配ることはできません。このチラシにお礼を載せないでください。お礼はウェブサイトではできます（公職選挙法178条） / After the election (2027-04-25): printed thank-you greetings for the result may not be handed out, so keep thanks off this flyer; on the website they are allowed (art. 178)"`);
		expect(notes('campaign', '2027-05-01')).toMatchInlineSnapshot(`"  ! 選挙の後です（投票日2027-04-25）。当選・落選のお礼のあいさつを印刷物に載せて配ることはできません。このチラシにお礼を載せないでください。お礼はウェブサイトではできます（公職選挙法178条）。選挙運動用ビラはもう配れません。site.yaml の flyer.mode を外してください / After the election (2027-04-25): printed thank-you greetings for the result may not be handed out, so keep thanks off this flyer; on the website they are allowed (art. 178). The campaign flyer may no longer be handed out: remove flyer.mode from site.yaml"`);
		expect(notes('campaign', '2027-05-01', {})).toMatchInlineSnapshot(`"  ! 選挙運動用ビラですが、site.yaml に投票日（electionDate）と告示日（announcementDate）がないため、配れる時期を確かめられません / This is a campaign flyer, but site.yaml sets no electionDate and announcementDate, so koyaku cannot tell when it may be handed out"`);
		expect(notes('political', '2027-05-01', {})).toBe('');
	});

	test('after the election, thank-you words in the flyer\'s own text are named (not ふるさと納税の「お礼の品」)', () => {
		const texts = ['当選御礼', 'ふるさと納税のお礼の品を充実', 'Thank you for your support'];
		expect(formatFlyerLawNotes(flyerLawNotes(CAL, { mode: 'political', texts }, on('2027-05-01')))[1]).toMatchInlineSnapshot(`"      - チラシの文にお礼の言葉があります: 「御礼」「Thank you」。印刷して配る前に外してください / the flyer's text has words of thanks: "御礼", "Thank you"; take them out before it is printed and handed out"`);
		expect(formatFlyerLawNotes(flyerLawNotes(CAL, { mode: 'political', texts: ['ふるさと納税のお礼の品を充実'] }, on('2027-05-01')))).toHaveLength(1);
		// Before the election the same words are not the law's concern here.
		expect(formatFlyerLawNotes(flyerLawNotes(CAL, { mode: 'political', texts }, on('2027-04-10'))).join('\n')).not.toContain('御礼');
	});
});

describe('site.yaml: the calendar and the campaign flyer, checked', () => {
	const { problems, variant } = contentVariants('calendar');
	const site = 'site.yaml';
	const campaign = (yaml: string) => edit(site, 'electionDate: 2024-04-21', `electionDate: 2024-04-21\n${yaml}`);

	test('an announcement after election day, or without one, or too late for the kind of election', () => {
		expect(problems(campaign('announcementDate: 2024-04-22'))).toMatchInlineSnapshot(`
			[
			  "<content>/site.yaml:18  announcementDate  告示日（2024-04-22）は投票日（2024-04-21）より前の日です / The announcement date (2024-04-22) must be before election day (2024-04-21)",
			]
		`);
		expect(problems(edit(site, 'electionDate: 2024-04-21', 'announcementDate: 2024-04-14'))).toMatchInlineSnapshot(`
			[
			  "<content>/site.yaml:17  announcementDate  告示日だけでは時期が決まりません。electionDate（投票日）も書いてください / An announcement date needs the election day: write electionDate too",
			]
		`);
		expect(problems(campaign('announcementDate: 2024-04-18\nelectionKind: mayor'))).toMatchInlineSnapshot(`
			[
			  "<content>/site.yaml:18  announcementDate  市長・特別区長の選挙の告示は、投票日の7日以上前です（今は3日前）。選挙管理委員会が公表した日付を確かめてください / An election of a mayor of a city or special ward is announced at least 7 days before election day (here 3 days): check the date the election board announced",
			]
		`);
		expect(problems(campaign('electionKind: mayr'))).toMatchInlineSnapshot(`
			[
			  "<content>/site.yaml:18  electionKind  次のどれかを書いてください: house-of-representatives, house-of-councillors, governor, prefectural-assembly, designated-city-mayor, designated-city-assembly, mayor, city-assembly, town-mayor, town-assembly（「mayor」のことですか？） / Expected one of house-of-representatives, house-of-councillors, governor, prefectural-assembly, designated-city-mayor, designated-city-assembly, mayor, city-assembly, town-mayor, town-assembly, got "mayr" (did you mean "mayor"?)",
			]
		`);
	});

	test('a campaign flyer needs its type numbers, no more types than registered, and a printer', () => {
		expect(problems(campaign('flyer:\n  mode: campaign'))).toMatchInlineSnapshot(`
			[
			  "<content>/site.yaml:19  flyer.mode  選挙運動用ビラには届け出た種類の番号が必要です（例: flyer.campaign: { types: { ja: 1, en: 2 } }） / A campaign flyer needs its registered type number (e.g. flyer.campaign: { types: { ja: 1, en: 2 } })",
			]
		`);
		expect(problems(campaign('flyer:\n  mode: campaign\n  campaign:\n    registered: 1\n    types: { ja: 1, en: 2 }'))).toMatchInlineSnapshot(`
			[
			  "<content>/site.yaml:21  flyer.campaign.registered  チラシは2言語（ja, en）で2種類になりますが、届け出たのは1種類です。届け出た種類のビラしか配れません（公職選挙法142条）。locales を減らすか、届け出た種類の数を書いてください / The flyer comes in 2 languages (ja, en), that is 2 types, but 1 type was registered: only registered types may be handed out (art. 142). List fewer locales, or write how many types were registered",
			  "<content>/site.yaml:22  flyer.campaign.types.en  届け出たのは1種類です。第2号はありません / 1 type was registered: there is no No. 2",
			]
		`);
		expect(problems(campaign('flyer:\n  mode: campaign\n  campaign:\n    registered: 3\n    types: { ja: 1, en: 1 }'))).toMatchInlineSnapshot(`
			[
			  "<content>/site.yaml:21  flyer.campaign.registered  候補者が届け出られるビラは2種類までです（公職選挙法142条） / A candidate may register at most 2 flyer types (Public Offices Election Act art. 142)",
			  "<content>/site.yaml:22  flyer.campaign.types.en  第1号は日本語版のチラシです。言語ごとに別の種類として届け出ます / No. 1 is the Japanese flyer: each language's flyer is a type of its own",
			]
		`);
		expect(problems(campaign('flyer:\n  mode: campaign\n  campaign:\n    types: { ja: 1, en: 1 }'))).toMatchInlineSnapshot(`
			[
			  "<content>/site.yaml:21  flyer.campaign.types.en  第1号は日本語版のチラシです。言語ごとに別の種類として届け出ます / No. 1 is the Japanese flyer: each language's flyer is a type of its own",
			]
		`);
		expect(problems(campaign('flyer:\n  mode: campaign\n  campaign:\n    types: { ja: 1 }'))).toMatchInlineSnapshot(`
			[
			  "<content>/site.yaml:21  flyer.campaign.types  英語版のチラシの届出番号がありません（例: en: 2） / The English flyer has no registered type number (e.g. en: 2)",
			]
		`);
		expect(
			problems(
				campaign('flyer:\n  mode: campaign\n  campaign:\n    types: { ja: 1, en: 2 }'),
				edit(site, '  printer:\n    name: { ja: サンプル印刷所, en: Sample Printing }\n    address: サンプル町2-2\n', ''),
			),
		).toMatchInlineSnapshot(`
			[
			  "<content>/site.yaml:9  imprint.printer  選挙運動用ビラには印刷者の氏名（名称）と住所が必要です（公職選挙法142条）。imprint.printer に書いてください / A campaign flyer must print the printer’s name and address (art. 142): write them under imprint.printer",
			]
		`);
	});

	test('in the campaign period, example imprint values are a warning (a campaign site shows a real contact, art. 142-3)', () => {
		const dir = variant(campaign('announcementDate: 2024-04-14'));
		process.env['KOYAKU_NOW'] = '2024-04-15T03:00:00Z';
		try {
			const { problems: found, warnings } = loadContent(dir, { model: false });
			expect(found).toEqual([]);
			expect(warnings.map((w) => formatProblem(w).split(relative(process.cwd(), dir)).join('<content>'))).toMatchInlineSnapshot(`
				[
				  "<content>/site.yaml:16  imprint.example  注意 / Warning: 選挙運動期間中のサイトには、連絡先（メールアドレスなど）の表示が必要です（公職選挙法142条の3）。imprint は例の値のままです。本当の発行者・住所・メールアドレスを書いて example: false にしてください / In the campaign period a campaign site must show a contact (an e-mail address or other, Public Offices Election Act art. 142-3), and the imprint still holds example values: write the real publisher, address and e-mail, and set example: false",
				]
			`);
			process.env['KOYAKU_NOW'] = '2024-04-13T03:00:00Z';
			// Before the campaign period only the flyer's warning remains (the flyer prints the example imprint).
			expect(loadContent(dir, { model: false }).warnings.map((w) => [w.field, w.message.slice(0, 20)])).toEqual([['imprint.example', 'チラシの発行者・頒布責任者・印刷者が例の']]);
		} finally {
			delete process.env['KOYAKU_NOW'];
		}
	});

	test('votePhrases: ignore names only default phrases', () => {
		expect(problems(campaign('votePhrases: { ignore: [一票を, 頑張ります] }'))).toMatchInlineSnapshot(`
			[
			  "<content>/site.yaml:18  votePhrases.ignore.1  「頑張ります」は初期設定の言葉ではありません（初期設定: 投票してください、投票して下さい、投票をお願い、投票お願い、ご投票、清き一票、一票を、票を入れて、投票用紙に、当選させて、勝たせてください、vote for、please vote、your vote、your ballot、elect me） / "頑張ります" is not one of the default phrases (defaults: 投票してください, 投票して下さい, 投票をお願い, 投票お願い, ご投票, 清き一票, 一票を, 票を入れて, 投票用紙に, 当選させて, 勝たせてください, vote for, please vote, your vote, your ballot, elect me)",
			]
		`);
	});
});
