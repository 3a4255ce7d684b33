/**
 * The election calendar: which phase of the Public Offices Election Act's (公職選挙法) calendar a day is
 * in, and what koyaku says about it. PURE: every function takes the time (`now()` of src/clock.ts, which tests
 * fix with `KOYAKU_NOW`), and days are Japan days, as for the election-day guard.
 *
 * The articles are cited so a reader can look them up; the sentences are summaries of what election
 * boards publish, not the statute, and not legal advice.
 */
import { ELECTION_KINDS, type ElectionKind } from '../schemas/election.ts';
import { findPhrases, phraseMatcher } from './phrase-match.ts';
import { japanDate } from '../clock.ts';

/** What site.yaml says about the election. */
export interface ElectionCalendar {
	/** 投票日, YYYY-MM-DD. */
	electionDate?: string | undefined;
	/** 告示日 (公示日), YYYY-MM-DD. */
	announcementDate?: string | undefined;
	electionKind?: ElectionKind | undefined;
}

/**
 * - `none`: no election day set.
 * - `before`: before the announcement (or before election day, with no announcement date set): political
 *   activity only; asking for votes is campaigning before its time (事前運動, art. 129).
 * - `campaign`: from the announcement day to the day before election day (art. 129): campaigning allowed.
 * - `election-day`: no campaigning; the build does not update the site.
 * - `after`: the election is over; printed thank-you greetings are restricted (art. 178).
 */
export type Phase = 'none' | 'before' | 'campaign' | 'election-day' | 'after';

/**
 * The phase on the Japan day of `now`. The announcement day counts as campaign period (it begins when the
 * candidacy is accepted that day).
 * @example electionPhase({ electionDate: '2027-04-25', announcementDate: '2027-04-18' }, new Date('2027-04-17T15:00:00Z')) // 'campaign'
 */
export function electionPhase(calendar: ElectionCalendar, now: Date): Phase {
	const { electionDate: election, announcementDate: announced } = calendar;
	if (!election) return 'none';
	const today = japanDate(now);
	if (today === election) return 'election-day';
	if (today > election) return 'after';
	return announced && today >= announced ? 'campaign' : 'before';
}

/** Whether asking for votes in published text is campaigning outside its period (art. 129): every phase but the campaign. */
export const votesAskedOutOfTime = (phase: Phase) => phase !== 'campaign';

const DAY = 86_400_000;
/** `date` plus `days`, as YYYY-MM-DD. */
const addDays = (date: string, days: number) => new Date(Date.parse(date) + days * DAY).toISOString().slice(0, 10);
/** Whole days from `from` to `to` (YYYY-MM-DD). */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

/** 告示日, or 公示日 for the Diet. */
const announcementWord = (kind: ElectionKind | undefined) =>
	kind && ELECTION_KINDS[kind].announce === 'koji' ? { ja: '公示日', en: 'official announcement' } : { ja: '告示日', en: 'announcement' };

/**
 * The phase in one line, both languages, as `npm run check` and the build print it.
 * @example phaseLine({}, new Date()) // '選挙の時期: 投票日が未設定です… / Election phase: no election day set …'
 */
export function phaseLine(calendar: ElectionCalendar, now: Date): string {
	const { electionDate: election, announcementDate: announced, electionKind: kind } = calendar;
	const today = japanDate(now);
	const word = announcementWord(kind);
	switch (electionPhase(calendar, now)) {
		case 'none':
			return '選挙の時期: 投票日が未設定です（site.yaml に electionDate と announcementDate を書くと、時期に合わせて確認します） / Election phase: no election day set (write electionDate and announcementDate in site.yaml to get the checks of each phase)';
		case 'before': {
			if (announced)
				return (
					`選挙の時期: ${word.ja}の前（今日は${today}、日本時間。${word.ja}${announced}まであと${daysBetween(today, announced)}日）。投票のお願いは選挙運動期間になるまでできません（公職選挙法129条） / ` +
					`Election phase: before the ${word.en} (today is ${today} in Japan; ${daysBetween(today, announced)} day${daysBetween(today, announced) === 1 ? '' : 's'} to the ${word.en} on ${announced}). Asking for votes must wait for the campaign period (Public Offices Election Act art. 129)`
				);
			const usual = kind ? { lead: ELECTION_KINDS[kind].lead, date: addDays(election!, -ELECTION_KINDS[kind].lead) } : undefined;
			return (
				`選挙の時期: 投票日${election}の前（今日は${today}、日本時間）。announcementDate（${word.ja}）が未設定のため、${word.ja}の前として確認します${usual ? `（${ELECTION_KINDS[kind!].ja}の選挙の${word.ja}は通常、投票日の${usual.lead}日前の${usual.date}。選挙管理委員会の${word.ja.slice(0, 2)}で確かめて書いてください）` : ''} / ` +
				`Election phase: before election day ${election} (today is ${today} in Japan). No announcementDate is set, so koyaku checks as before the ${word.en}${usual ? ` (a ${ELECTION_KINDS[kind!].en} election is usually announced ${usual.lead} days before, on ${usual.date}: check the election board's notice and write it)` : ''}`
			);
		}
		case 'campaign': {
			const eve = addDays(election!, -1);
			return (
				`選挙の時期: 選挙運動期間（${word.ja}${announced}〜投票日の前日${eve}。今日は${today}、日本時間）。ウェブサイトでの選挙運動ができます（公職選挙法142条の3） / ` +
				`Election phase: campaign period (${announced} to ${eve}, the day before election day; today is ${today} in Japan). Campaigning on the website is allowed (Public Offices Election Act art. 142-3)`
			);
		}
		case 'election-day':
			return `選挙の時期: 投票日（${election}、日本時間）。選挙運動はできず、サイトも更新しません（公職選挙法129条） / Election phase: election day (${election}, Japan time). No campaigning, and no site updates (Public Offices Election Act art. 129)`;
		case 'after':
			return `選挙の時期: 選挙の後（投票日${election}は終わりました）。お礼のあいさつはウェブサイトではできますが、印刷物ではできません（公職選挙法178条） / Election phase: after the election (election day ${election} is over). Thank-you greetings are allowed on the website, not in print (Public Offices Election Act art. 178)`;
	}
}

/**
 * The check's message for published text that asks for votes outside the campaign period (art. 129):
 * quotes the words found and says what to do in this phase.
 * @example votePhraseMessage('清き一票', { electionDate: '2027-04-25', announcementDate: '2027-04-18' }, new Date('2027-04-01T00:00:00Z'))
 */
export function votePhraseMessage(found: string, calendar: ElectionCalendar, now: Date): string {
	const { electionDate: election, announcementDate: announced, electionKind: kind } = calendar;
	const word = announcementWord(kind);
	const ask = { ja: `「${found}」は投票をお願いする言葉です。`, en: `"${found}" asks for votes:` };
	const no = { ja: 'サイトでもチラシでも投票をお願いできません（事前運動の禁止、公職選挙法129条）', en: 'neither the site nor the flyer may ask for votes (no campaigning outside the campaign period, Public Offices Election Act art. 129)' };
	switch (electionPhase(calendar, now)) {
		case 'before':
			return announced
				? `${ask.ja}${word.ja}（${announced}）の前は、${no.ja}。言い換えるか、${word.ja}以降に公開してください / ${ask.en} before the ${word.en} (${announced}) ${no.en}. Reword it, or publish it from the ${word.en} on`
				: `${ask.ja}${word.ja}の前は、${no.ja}。言い換えてください（${word.ja}が決まったら site.yaml の announcementDate に書いてください） / ${ask.en} before the ${word.en} ${no.en}. Reword it (and write the date in site.yaml's announcementDate once it is set)`;
		case 'none':
			return `${ask.ja}site.yaml に投票日（electionDate）がないため、選挙運動期間の外として確認しています。選挙運動期間の外では、${no.ja}。言い換えてください / ${ask.en} site.yaml sets no electionDate, so this is checked as outside a campaign period, where ${no.en}. Reword it`;
		case 'election-day':
			return `${ask.ja}投票日当日は、${no.ja}。言い換えてください / ${ask.en} on election day ${no.en}. Reword it`;
		case 'after':
			return `${ask.ja}選挙は終わりました（投票日${election}）。選挙運動期間の外では、${no.ja}。言い換えてください / ${ask.en} the election is over (${election}), and outside the campaign period ${no.en}. Reword it`;
		case 'campaign':
			return `${ask.ja}選挙運動期間中は、サイトで投票をお願いできます / ${ask.en} in the campaign period the site may ask for votes`;
	}
}

/** What the flyer build prints about the law, by phase and flyer mode. */
export interface FlyerLawNote {
	/** `warning`: the flyer as built may not be handed out now (or only with care); `info`: what the law expects. */
	level: 'info' | 'warning';
	/** The first line, then the points (each bilingual). */
	lines: string[];
}

export interface FlyerSetup {
	mode: 'political' | 'campaign';
	/** Registered type numbers per language (campaign mode). */
	types?: Partial<Record<'ja' | 'en', number>> | undefined;
	/** The flyer's own texts (src/flyer/flyer-content.ts `flyerTexts`): after the election, thank-you words in them are named. */
	texts?: readonly string[] | undefined;
}

/**
 * Words of a thank-you greeting for an election's result (当選御礼 and the like), looked for in the flyer's
 * text after the election (art. 178). Narrow on purpose: ふるさと納税の「お礼の品」 is no greeting.
 */
export const THANKS_PHRASES: readonly string[] = ['御礼', 'お礼申し上げ', 'ありがとうございました', '感謝申し上げ', 'ご支持ありがとう', 'ご支援ありがとう', 'ご投票ありがとう', 'thank you', 'thanks to your'];

/**
 * What the law expects of the printed flyer in this phase, for the build's log: the campaign flyer's
 * conditions in the campaign period (art. 142), the political-activity flyer's limits (art. 142, 146),
 * thank-you greetings after the election (art. 178).
 */
export function flyerLawNotes(calendar: ElectionCalendar, flyer: FlyerSetup, now: Date): FlyerLawNote[] {
	const { electionDate: election, announcementDate: announced, electionKind: kind } = calendar;
	const word = announcementWord(kind);
	const phase = electionPhase(calendar, now);
	const campaign = flyer.mode === 'campaign';
	const notes: FlyerLawNote[] = [];
	const types = Object.entries(flyer.types ?? {})
		.sort((a, b) => a[1]! - b[1]!)
		.map(([lang, n]) => ({ ja: `第${n}号 ${lang === 'ja' ? '日本語版' : '英語版'}`, en: `No. ${n} ${lang === 'ja' ? 'Japanese' : 'English'}` }));
	const expects: FlyerLawNote = {
		level: 'info',
		lines: [
			'選挙運動期間に配れる印刷物は、届け出た選挙運動用ビラだけです。次をすべて満たすこと（公職選挙法142条の要約） / In the campaign period the only flyer that may be handed out is the registered campaign flyer, meeting all of this (a summary of Public Offices Election Act art. 142):',
			`- 選挙管理委員会に届け出た種類（2種類まで）${types.length ? `: ${types.map((t) => t.ja).join('、')}` : ''} / a type registered with the election board (at most 2)${types.length ? `: ${types.map((t) => t.en).join(', ')}` : ''}`,
			'- 1枚ごとに選挙管理委員会の交付する証紙を貼る / each copy carries a certification stamp (証紙) issued by the election board',
			`- 枚数は全種類で上限まで${kind ? `（${ELECTION_KINDS[kind].ja}の選挙: ${ELECTION_KINDS[kind].copies.ja}）` : '（選挙の種類による。site.yaml の electionKind で表示）'} / no more copies than allowed, all types together${kind ? ` (${ELECTION_KINDS[kind].en} election: ${ELECTION_KINDS[kind].copies.en})` : ' (by the kind of election: set electionKind in site.yaml)'}`,
			'- 大きさは A4（29.7 × 21 cm）以内 / A4 (29.7 × 21 cm) at most',
			'- 表面に頒布責任者と印刷者の氏名（名称）・住所 / the names (or company names) and addresses of the person responsible for distribution (頒布責任者) and the printer (印刷者) on the front',
			'- 配れるのは新聞折込み、選挙事務所、個人演説会の会場、街頭演説の場所だけ（郵送・戸別配布はできません） / handed out only as a newspaper insert, in the campaign office, at the candidate’s meetings or at street speeches (not by post, not door to door)',
		],
	};
	if (phase === 'campaign') {
		if (campaign)
			notes.push({ ...expects, lines: [...expects.lines, `- koyaku のチラシ: A4、表面に証紙の枠・頒布責任者・印刷者・届出番号を印刷済み / koyaku's flyer: A4, with the 証紙 space, 頒布責任者, 印刷者 and the type number on the front`] });
		else
			notes.push(
				{
					level: 'warning',
					lines: [
						`選挙運動期間です。この印刷用チラシは後援会の政治活動用で、候補者の名前があるため、期間中は配れません（公職選挙法142条、146条）。配るなら届け出た選挙運動用ビラとして作ってください（site.yaml の flyer.mode: campaign） / Campaign period: this flyer is the association's political-activity flyer and names the candidate, so it may not be handed out now (art. 142, 146). To hand a flyer out, make it the registered campaign flyer (flyer.mode: campaign in site.yaml)`,
					],
				},
				expects,
			);
	} else if (phase === 'before') {
		notes.push(
			campaign
				? {
						level: 'info',
						lines: [
							`選挙運動用ビラです。配れるのは${announced ? `${word.ja}（${announced}）に` : `${word.ja}に`}立候補の届出が受理されてから投票日の前日まで、証紙を貼ったものだけです。それまでは配らないでください（公職選挙法129条、142条） / This is the campaign flyer: it may be handed out only from the candidacy's filing on the ${word.en} day${announced ? ` (${announced})` : ''} to the day before election day, each copy with its 証紙; do not hand it out before (art. 129, 142)`,
						],
					}
				: {
						level: 'info',
						lines: [
							`チラシは後援会の政治活動用として作りました（「政治活動用」と表示）。投票のお願いは載せられません。配れるのは${announced ? `${word.ja}（${announced}）の前日まで` : `${word.ja}の前日まで`}です（公職選挙法129条、146条） / The flyer is the association's political-activity material (labelled so): it may not ask for votes, and may be handed out until the day before the ${word.en}${announced ? ` (${announced})` : ''} (art. 129, 146)`,
						],
					},
		);
	} else if (phase === 'election-day') {
		notes.push({ level: 'warning', lines: ['投票日です。チラシは配れません（公職選挙法129条） / Election day: no flyer may be handed out (art. 129)'] });
	} else if (phase === 'after') {
		const thanks = thanksIn(flyer.texts ?? []);
		notes.push({
			level: 'warning',
			lines: [
				`選挙の後です（投票日${election}）。当選・落選のお礼のあいさつを印刷物に載せて配ることはできません。このチラシにお礼を載せないでください。お礼はウェブサイトではできます（公職選挙法178条）${campaign ? '。選挙運動用ビラはもう配れません。site.yaml の flyer.mode を外してください' : ''} / After the election (${election}): printed thank-you greetings for the result may not be handed out, so keep thanks off this flyer; on the website they are allowed (art. 178)${campaign ? '. The campaign flyer may no longer be handed out: remove flyer.mode from site.yaml' : ''}`,
				...(thanks.length ? [`- チラシの文にお礼の言葉があります: ${thanks.map((t) => `「${t}」`).join('')}。印刷して配る前に外してください / the flyer's text has words of thanks: ${thanks.map((t) => `"${t}"`).join(', ')}; take them out before it is printed and handed out`] : []),
			],
		});
	} else if (campaign) {
		notes.push({
			level: 'warning',
			lines: ['選挙運動用ビラですが、site.yaml に投票日（electionDate）と告示日（announcementDate）がないため、配れる時期を確かめられません / This is a campaign flyer, but site.yaml sets no electionDate and announcementDate, so koyaku cannot tell when it may be handed out'],
		});
	}
	return notes;
}

/** The thank-you words found in `texts`, each once. */
function thanksIn(texts: readonly string[]): string[] {
	const matcher = phraseMatcher(THANKS_PHRASES)!;
	return [...new Set(texts.flatMap((text) => findPhrases(text, matcher).map((hit) => hit.found)))];
}

/** The notes as log lines: `  ! ` for a warning, `  · ` for information, points indented under them. */
export const formatFlyerLawNotes = (notes: FlyerLawNote[]): string[] =>
	notes.flatMap((note) => note.lines.map((line, i) => (i === 0 ? `  ${note.level === 'warning' ? '!' : '·'} ${line}` : `      ${line}`)));
