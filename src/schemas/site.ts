import { z } from 'zod';
import { FlyerSchema } from './flyer.ts';
import { ReadingsSchema } from './readings.ts';
import { SearchSchema } from './search.ts';
import { DEFAULT_LOCALES, LocalesSchema, printedLocales, RootLocaleSchema } from './locales.ts';
import { DateSchema } from './id.ts';
import { ELECTION_KINDS, ElectionKindSchema, VotePhrasesSchema } from './election.ts';
import { contrastWithWhite } from './rating.ts';
import { NounSchema } from './results.ts';
import { LocalizedTextSchema } from './text.ts';
import { WebUrlSchema } from './url.ts';

/** `content/site.yaml`: who the site is for and who publishes it. */
const SiteBase = z.strictObject({
	/** The candidate or office-holder. @label 候補者 / Candidate @ja 候補者（または現職） */
	candidate: z.strictObject({
		/** Full name, e.g. { ja: 小泉 俊博, en: Toshihiro Koizumi }. @label 氏名 / Full name @ja 例: 小泉 俊博 */
		name: LocalizedTextSchema,
		/** Name as commonly written on campaign material (e.g. 小泉としひろ); default: `name`. @label 表記 / Display name @ja チラシなどでの書き方（例: 小泉としひろ）。なければ氏名 */
		displayName: LocalizedTextSchema.optional(),
		/** Office or role, e.g. 小諸市長 / Mayor of Komoro. @label 肩書き / Title @ja 例: 小諸市長 */
		title: LocalizedTextSchema,
		/** A campaign slogan shown under the name on the home page; default: the current manifesto's title. @label スローガン / Slogan @ja トップページの名前の下。なければ現在のマニフェストの題名 */
		slogan: LocalizedTextSchema.optional(),
		/** A portrait: an image file in the content folder (e.g. images/portrait.jpg) and its description; default: none. @label 写真 / Portrait @ja コンテンツのフォルダにある画像と、その説明 */
		portrait: z
			.strictObject({
				/** Path of the image inside the content folder (.jpg, .jpeg, .png or .webp). @label 画像ファイル / Image file @ja 例: images/portrait.jpg（.jpg .png .webp） */
				src: z.string().regex(/^[\w./-]+\.(jpe?g|png|webp)$/i, { message: '画像は images/portrait.jpg のように書いてください（.jpg .png .webp） / Write the image path like images/portrait.jpg (.jpg, .png or .webp)' }),
				/** What the picture shows, for readers who cannot see it (alt text). @label 写真の説明 / Alt text @ja 画面を見られない人のための説明 */
				alt: LocalizedTextSchema,
			})
			.optional(),
	}),
	/** The site's look; default: a dark blue. @label 見た目 / Theme @ja なければ紺色 */
	theme: z
		.strictObject({
			/** Campaign colour as #rrggbb for the header and links; it must keep 4.5:1 contrast with white (WCAG AA). @label テーマ色 / Colour @ja ヘッダーとリンクの色（#rrggbb）。白い文字が読める濃い色（コントラスト比 4.5:1 以上） */
			color: z
				.string()
				.regex(/^#[0-9a-fA-F]{6}$/, { message: '色は #0b5cad のように書いてください / Write a colour as #rrggbb, e.g. #0b5cad' })
				.superRefine((hex, ctx) => {
					const ratio = contrastWithWhite(hex).toFixed(2);
					if (Number(ratio) < 4.5)
						ctx.addIssue({
							code: 'custom',
							message: `この色では白い文字やリンクが読みにくいです（コントラスト比 ${ratio}:1、4.5:1 以上が必要）。もっと濃い色にしてください / White text and links in this colour are hard to read (contrast ${ratio}:1, needs 4.5:1): choose a darker colour`,
						});
				}),
		})
		.optional(),
	/** The supporters' association publishing the site (後援会). @label 後援会 / Organisation @ja サイトを出す後援会の名前 */
	organisation: LocalizedTextSchema,
	/** Site name shown in the header and browser tab; default: the organisation's name. @label サイト名 / Site name @ja ヘッダーとブラウザのタブに出る名前。なければ後援会の名前 */
	siteName: LocalizedTextSchema.optional(),
	/** Public address of the site, e.g. https://example.jp/ (used for canonical links): a domain and a path only, no user name, password, ? or #. @label サイトのアドレス / Address @ja 例: https://example.jp/ */
	url: WebUrlSchema(undefined, { plain: true }),
	/** Who is responsible for the site and its printed matter (公職選挙法 142条の3). @label 発行者の表示 / Imprint @ja サイトと印刷物の責任者（公職選挙法142条の3） */
	imprint: z.strictObject({
		/** Publisher / distributor (頒布責任者) name. @label 発行者 / Publisher @ja 発行者の名前 */
		publisher: LocalizedTextSchema,
		/** Postal address of the publisher. @label 住所 / Address @ja 発行者の住所 */
		address: LocalizedTextSchema,
		/** Person responsible for distributing printed matter (頒布責任者), printed on the flyer; default: the publisher. @label 頒布責任者 / Distributor @ja チラシに印刷。なければ発行者 */
		distributor: z
			.strictObject({
				/** Their name. @label 氏名 / Name @ja 頒布責任者の氏名 */
				name: LocalizedTextSchema,
				/** Their postal address; default: the publisher's address. @label 住所 / Address @ja なければ発行者の住所 */
				address: LocalizedTextSchema.optional(),
			})
			.optional(),
		/** Contact e-mail address shown on every page (required by law for campaign sites). @label 連絡先メール / E-mail @ja 全ページに表示（選挙運動用のサイトに必要） */
		email: z.email({ message: 'メールアドレスの形が正しくありません / This is not an e-mail address' }),
		/** Printer (印刷者) of the flyer, printed on it: required (a flyer is printed with every build). @label 印刷者 / Printer @ja チラシの印刷者（印刷所、または自分たちで刷るなら発行者）。チラシに必ず印刷します */
		printer: z
			.strictObject({
				/** Printer's name. @label 名前 / Name @ja 印刷者の名前 */
				name: LocalizedTextSchema,
				/** Printer's postal address. @label 住所 / Address @ja 印刷者の住所 */
				address: LocalizedTextSchema,
			})
			.optional(),
		/** True while the imprint holds example values; the site then says so. Default false. @label 例の値 / Example values @ja 仮の値のあいだはオン（サイトにその旨を表示）。本物を書いたらオフ */
		example: z.boolean().default(false),
	}),
	/**
	 * The campaign's own words for what the site calls its parts, per language (e.g. pillars: 政策キーワード);
	 * default for each: the UI dictionary's (政策の柱 / Policy pillars, 後援会報 / Newsletters, …).
	 * @label 呼び方 / Terms @ja サイトの各部分の、この陣営での呼び方（例: 柱 → 政策キーワード）
	 */
	terms: z
		.strictObject({
			/** The manifesto's areas (政策の柱 / 施策の柱 / 政策キーワード). @label 柱の呼び方 / Pillars @ja 例: 政策の柱・施策の柱・政策キーワード */
			pillars: LocalizedTextSchema.optional(),
			/** The progress reports (後援会報 / 進捗報告 / 検証結果). @label 報告の呼び方 / Reports @ja 例: 後援会報・進捗報告・検証結果 */
			reports: LocalizedTextSchema.optional(),
			/** The top priorities (最重点政策 / 重点施策). @label 重点の呼び方 / Priorities @ja 例: 最重点政策・重点施策 */
			priorities: LocalizedTextSchema.optional(),
			/** The basic stances (基本姿勢). @label 姿勢の呼び方 / Stances @ja 例: 基本姿勢 */
			stances: LocalizedTextSchema.optional(),
			/** The principles for delivery (実行に向けての方針). @label 方針の呼び方 / Principles @ja 例: 実行に向けての方針 */
			principles: LocalizedTextSchema.optional(),
			/** The achievements listed under a pillar (主な取組み実績). @label 実績の呼び方 / Achievements @ja 例: 主な取組み実績 */
			achievements: LocalizedTextSchema.optional(),
			/** What the rating scale counts, as a noun before a count (公約 in 公約99件; 政策, 施策, 項目…); English plural and singular: { ja: 政策, en: policies, enOne: policy }. @label 公約の数え方 / Pledges counted as @ja 評価の集計で「公約99件」の「公約」にあたる名詞（政策・施策・項目など） */
			pledges: NounSchema.optional(),
			/** What grades count (目標 in 目標81件; 成果指標, 指標…), as `pledges`. @label 目標の数え方 / Targets counted as @ja 達成率の区分で「目標81件」の「目標」にあたる名詞（成果指標・指標など） */
			targets: NounSchema.optional(),
			/** The heading over a report's main points (この号のポイント). @label 要点の見出し / Report points heading @ja 会報の要点の見出し（例: この号のポイント） */
			reportPoints: LocalizedTextSchema.optional(),
		})
		.default({}),
	/** What goes on the printed flyer (see src/schemas/flyer.ts); default: chosen from the content. @label チラシ / Flyer @ja 印刷用チラシの設定。すべて省略できます */
	flyer: FlyerSchema.prefault({}),
	/** Site search: words voters may type and the words to search for instead (src/schemas/search.ts); default: none. @label サイト内検索 / Search @ja 検索で見つからない言葉の言いかえ */
	search: SearchSchema.prefault({}),
	/**
	 * How the campaign's own words are read, for the furigana of the やさしい日本語 edition: word → reading in
	 * hiragana (katakana is turned into hiragana), e.g. { 小諸: こもろ, 俊博: としひろ }. They come before the
	 * analyser's dictionary (the longest word first). `npm run check` lists the words whose reading it was not
	 * sure of. Default: none.
	 * @example readings: { 小諸: こもろ, 小泉: こいずみ, 俊博: としひろ }
	 * @label 読み方 / Readings @ja ふりがなの読み方（言葉: ひらがな）。例: 小諸: こもろ。地名・施設名・人名など
	 */
	readings: ReadingsSchema.default({}),
	/** Election day (投票日), if one is set; default: none. On that day the build refuses to update the site. @label 投票日 / Election day @ja 決まっていれば。投票日当日はサイトを更新できません */
	electionDate: DateSchema.optional(),
	/**
	 * The day the election is announced (告示日, or 公示日 for the Diet): the campaign period runs from it to the
	 * day before `electionDate` (公職選挙法 art. 129). Default: none (koyaku then treats every day before the
	 * election as before the announcement).
	 * @label 告示日 / Announcement day @ja 告示日（国政選挙は公示日）。投票日も必要
	 */
	announcementDate: DateSchema.optional(),
	/** Which election (mayor, city-assembly, …; see src/schemas/election.ts): names the flyer allowance and the usual announcement day. Default: none. @label 選挙の種類 / Election kind @ja 例: mayor（市長）・city-assembly（市議会議員）。ビラの枚数と告示日の目安に使う */
	electionKind: ElectionKindSchema.optional(),
	/** Words that ask for votes, looked for in published text outside the campaign period: a list to add to the defaults, or `{ add, ignore }`. Default: the built-in list. @label 投票依頼の言葉 / Vote-asking phrases @ja 選挙期間外に公開文で警告する言葉。リストなら初期設定に追加、{ add, ignore } で除外も */
	votePhrases: VotePhrasesSchema.optional(),
	/**
	 * The languages the site is published in, e.g. `[ja]` for a Japanese-only site (no English pages, no
	 * language switch, no English flyer); Japanese is always one of them. `easy` adds the やさしい日本語
	 * edition under /easy/ (furigana on every kanji; each text's `easy` version, else its Japanese).
	 * Default: `[ja, en]`.
	 * @label 言語 / Languages @ja ja だけなら日本語のみのサイト。easy を入れると /easy/ にやさしい日本語版（例: [ja, en, easy]）
	 */
	locales: LocalesSchema.default([...DEFAULT_LOCALES]),
	/** The language at the site's root address (`/`); every other one is under `/<lang>/` (e.g. `/ja/`). Default: `ja`. @label トップの言語 / Root language @ja アドレス / に出す言語（ふつう ja） */
	rootLocale: RootLocaleSchema.default('ja'),
	/**
	 * The browser editor at `/admin/` in the published site, saving to this GitHub repository (staff sign in
	 * with GitHub); default: none, the editor runs only in `npm run dev` (on the folder staff pick).
	 * @label ブラウザ編集画面 / Browser editor
	 * @ja 公開サイトにも /admin/ の編集画面を置き、この GitHub リポジトリに保存します。書かなければ編集画面は npm run dev の中だけ
	 */
	editor: z
		.strictObject({
			/** The GitHub repository, `owner/name`. @label リポジトリ / Repository @ja GitHub のリポジトリ（所有者/名前） */
			repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, { message: 'GitHub のリポジトリを owner/name の形で書いてください（例: komoro-koenkai/site） / Write the GitHub repository as owner/name, e.g. komoro-koenkai/site' }),
			/** The branch the editor saves to; default `main`. @label ブランチ / Branch @ja 保存先のブランチ（ふつうは main） */
			branch: z.string().min(1).default('main'),
		})
		.optional(),
});

export const SiteSchema = SiteBase.superRefine((site, ctx) => {
	// (Without Japanese, `locales` already says what is wrong.)
	if (site.locales.includes('ja') && !site.locales.includes(site.rootLocale))
		ctx.addIssue({
			code: 'custom',
			path: ['rootLocale'],
			message: `rootLocale の「${site.rootLocale}」が locales（${site.locales.join(', ')}）にありません / rootLocale "${site.rootLocale}" is not one of the locales (${site.locales.join(', ')})`,
		});
	calendarProblems(site, ctx);
	campaignFlyerProblems(site, ctx);
	flyerImprintProblems(site, ctx);
});

type SiteOutput = z.output<typeof SiteBase>;
type Ctx = z.core.$RefinementCtx;

/** The announcement comes before election day (公職選挙法 art. 31–34: days before it, by the kind of election). */
function calendarProblems(site: SiteOutput, ctx: Ctx) {
	const { electionDate: election, announcementDate: announced, electionKind: kind } = site;
	if (announced && !election)
		ctx.addIssue({ code: 'custom', path: ['announcementDate'], message: '告示日だけでは時期が決まりません。electionDate（投票日）も書いてください / An announcement date needs the election day: write electionDate too' });
	else if (announced && election && announced >= election)
		ctx.addIssue({ code: 'custom', path: ['announcementDate'], message: `告示日（${announced}）は投票日（${election}）より前の日です / The announcement date (${announced}) must be before election day (${election})` });
	else if (announced && election && kind) {
		const lead = ELECTION_KINDS[kind].lead;
		const days = (Date.parse(election) - Date.parse(announced)) / 86_400_000;
		if (days < lead)
			ctx.addIssue({
				code: 'custom',
				path: ['announcementDate'],
				message: `${ELECTION_KINDS[kind].ja}の選挙の${ELECTION_KINDS[kind].announce === 'koji' ? '公示' : '告示'}は、投票日の${lead}日以上前です（今は${days}日前）。選挙管理委員会が公表した日付を確かめてください / An election of a ${ELECTION_KINDS[kind].en} is announced at least ${lead} days before election day (here ${days} days): check the date the election board announced`,
			});
	}
}

/**
 * Every flyer prints its whole imprint: 発行 (publisher and address), 頒布責任者 (default: the publisher) and
 * 印刷者 (name and address). No printer, no flyer: `check` says what to write, not the PDF step.
 */
function flyerImprintProblems(site: SiteOutput, ctx: Ctx) {
	if (site.imprint.printer) return;
	ctx.addIssue({
		code: 'custom',
		path: ['imprint', 'printer'],
		message:
			site.flyer.mode === 'campaign'
				? '選挙運動用ビラには印刷者の氏名（名称）と住所が必要です（公職選挙法142条）。imprint.printer に書いてください / A campaign flyer must print the printer’s name and address (art. 142): write them under imprint.printer'
				: 'チラシには発行者・頒布責任者・印刷者を表示します。印刷者がありません。imprint.printer に印刷所の名称（name）と住所（address）を書いてください（自分たちで印刷するなら発行者の名前と住所） / The flyer prints its publisher, distributor and printer, and the printer is missing: write the printing company’s name and address under imprint.printer (if you print it yourselves, the publisher’s name and address)',
	});
}

/** `flyer.mode: campaign` prints a registered campaign flyer (選挙運動用ビラ, 公職選挙法 art. 142): what it needs. */
function campaignFlyerProblems(site: SiteOutput, ctx: Ctx) {
	if (site.flyer.mode !== 'campaign') return;
	const langs = printedLocales(site.locales);
	if (!site.flyer.campaign) {
		ctx.addIssue({
			code: 'custom',
			path: ['flyer', 'mode'],
			message: `選挙運動用ビラには届け出た種類の番号が必要です（例: flyer.campaign: { types: { ${langs.map((l, i) => `${l}: ${i + 1}`).join(', ')} } }） / A campaign flyer needs its registered type number (e.g. flyer.campaign: { types: { ${langs.map((l, i) => `${l}: ${i + 1}`).join(', ')} } })`,
		});
	} else {
		const { registered, types } = site.flyer.campaign;
		if (langs.length > registered)
			ctx.addIssue({
				code: 'custom',
				path: ['flyer', 'campaign', 'registered'],
				message: `チラシは${langs.length}言語（${langs.join(', ')}）で${langs.length}種類になりますが、届け出たのは${registered}種類です。届け出た種類のビラしか配れません（公職選挙法142条）。locales を減らすか、届け出た種類の数を書いてください / The flyer comes in ${langs.length} languages (${langs.join(', ')}), that is ${langs.length} types, but ${registered} ${registered === 1 ? 'type was' : 'types were'} registered: only registered types may be handed out (art. 142). List fewer locales, or write how many types were registered`,
			});
		const seen = new Map<number, 'ja' | 'en'>();
		const edition = { ja: { ja: '日本語版', en: 'Japanese' }, en: { ja: '英語版', en: 'English' } } as const;
		for (const lang of langs) {
			const number = types[lang];
			if (number === undefined) {
				ctx.addIssue({ code: 'custom', path: ['flyer', 'campaign', 'types'], message: `${lang === 'ja' ? '日本語版' : '英語版'}のチラシの届出番号がありません（例: ${lang}: ${langs.indexOf(lang) + 1}） / The ${lang === 'ja' ? 'Japanese' : 'English'} flyer has no registered type number (e.g. ${lang}: ${langs.indexOf(lang) + 1})` });
				continue;
			}
			if (number > registered)
				ctx.addIssue({ code: 'custom', path: ['flyer', 'campaign', 'types', lang], message: `届け出たのは${registered}種類です。第${number}号はありません / ${registered} ${registered === 1 ? 'type was' : 'types were'} registered: there is no No. ${number}` });
			else if (seen.has(number))
				ctx.addIssue({ code: 'custom', path: ['flyer', 'campaign', 'types', lang], message: `第${number}号は${edition[seen.get(number)!].ja}のチラシです。言語ごとに別の種類として届け出ます / No. ${number} is the ${edition[seen.get(number)!].en} flyer: each language's flyer is a type of its own` });
			seen.set(number, lang);
		}
	}
}

export type SiteInput = z.input<typeof SiteSchema>;
export type SiteData = z.output<typeof SiteSchema>;
