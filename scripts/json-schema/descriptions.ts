/**
 * What each field of site.yaml, ratings.yaml and a source's .yaml means, in Japanese and English, for the
 * editor's hover and completion (the JSON Schemas made by scripts/json-schemas.ts). The English follows
 * the JSDoc line of the field in src/schemas/; a field without an entry here stops the generation, so a
 * new field cannot go undescribed.
 */
export type Descriptions = Record<string, { ja: string; en: string }>;

const TEXT_NOTE = { ja: '日本語だけなら文字列で、英語も書くなら { ja: 日本語, en: English }。', en: 'A string for Japanese only, or { ja: 日本語, en: English }.' };
const text = (ja: string, en: string) => ({ ja: `${ja} ${TEXT_NOTE.ja}`, en: `${en} ${TEXT_NOTE.en}` });

export const SITE: Descriptions = {
	candidate: { ja: '候補者（または現職）。', en: 'The candidate or office-holder.' },
	'candidate.name': text('氏名（例: 小泉 俊博）。', 'Full name, e.g. 小泉 俊博 / Toshihiro Koizumi.'),
	'candidate.displayName': text('チラシなどでの名前の書き方（例: 小泉としひろ）。省略すると name。', 'Name as written on campaign material (e.g. 小泉としひろ); default: name.'),
	'candidate.title': text('職・目指す職（例: 小諸市長）。', 'Office or role, e.g. 小諸市長 / Mayor of Komoro.'),
	'candidate.slogan': text('トップページの名前の下に出すスローガン。省略すると最新の政策集の題名。', "A slogan under the name on the home page; default: the current manifesto's title."),
	'candidate.portrait': { ja: '顔写真（省略可）。', en: 'A portrait; default: none.' },
	'candidate.portrait.src': { ja: 'コンテンツフォルダ内の画像のパス（例: images/portrait.jpg。.jpg .png .webp）。', en: 'Path of the image inside the content folder, e.g. images/portrait.jpg (.jpg, .jpeg, .png or .webp).' },
	'candidate.portrait.alt': text('写真に写っているものの説明（画面を見られない人のため）。', 'What the picture shows, for readers who cannot see it (alt text).'),
	theme: { ja: 'サイトの見た目。省略すると紺色。', en: "The site's look; default: a dark blue." },
	'theme.color': { ja: '陣営の色（#rrggbb）。白い文字とのコントラスト比 4.5:1 以上が必要です。', en: 'Campaign colour as #rrggbb for the header and links; it must keep 4.5:1 contrast with white (WCAG AA).' },
	organisation: text('サイトを発行する後援会。', "The supporters' association publishing the site (後援会)."),
	siteName: text('ヘッダーとブラウザのタブに出すサイト名。省略すると後援会名。', "Site name shown in the header and browser tab; default: the organisation's name."),
	url: { ja: 'サイトを公開するアドレス（例: https://example.jp/）。', en: 'Public address of the site, e.g. https://example.jp/ (used for canonical links).' },
	imprint: { ja: 'サイトと印刷物の責任者（公職選挙法 142条の3）。', en: 'Who is responsible for the site and its printed matter (公職選挙法 142条の3).' },
	'imprint.publisher': text('発行者の名前。', 'Publisher name.'),
	'imprint.address': text('発行者の住所。', 'Postal address of the publisher.'),
	'imprint.distributor': { ja: '印刷物の頒布責任者（チラシに印刷）。省略すると発行者。', en: 'Person responsible for distributing printed matter (頒布責任者), printed on the flyer; default: the publisher.' },
	'imprint.distributor.name': text('頒布責任者の氏名。', 'Their name.'),
	'imprint.distributor.address': text('頒布責任者の住所。省略すると発行者の住所。', "Their postal address; default: the publisher's address."),
	'imprint.email': { ja: '連絡先のメールアドレス（全ページに表示。選挙運動用のサイトに必要）。', en: 'Contact e-mail address shown on every page (required by law for campaign sites).' },
	'imprint.printer': { ja: 'チラシの印刷者（必須。自分たちで印刷するなら発行者の名前と住所）。', en: 'Printer (印刷者) of the flyer, printed on it: required (a flyer is printed with every build).' },
	'imprint.printer.name': text('印刷者の名前。', "Printer's name."),
	'imprint.printer.address': text('印刷者の住所。', "Printer's postal address."),
	'imprint.example': { ja: '例の値のままなら true（サイトにそう表示します）。本物を書いたら false。', en: 'True while the imprint holds example values; the site then says so. Default false.' },
	terms: { ja: 'サイトが使うことばを陣営のことばに変えます（例: pillars: 政策キーワード）。', en: "The campaign's own words for what the site calls its parts (e.g. pillars: 政策キーワード)." },
	'terms.pillars': text('政策の柱の呼び方。', "The manifesto's areas (政策の柱 / 施策の柱 / 政策キーワード)."),
	'terms.reports': text('後援会報などの呼び方。', 'The progress reports (後援会報 / 進捗報告 / 検証結果).'),
	'terms.priorities': text('最重点政策の呼び方。', 'The top priorities (最重点政策 / 重点施策).'),
	'terms.stances': text('基本姿勢の呼び方。', 'The basic stances (基本姿勢).'),
	'terms.principles': text('実行に向けての方針の呼び方。', 'The principles for delivery (実行に向けての方針).'),
	'terms.achievements': text('主な取組み実績の呼び方。', 'The achievements listed under a pillar (主な取組み実績).'),
	flyer: { ja: '印刷用チラシ（PDF）に載せるもの。すべて省略可。', en: 'What goes on the printed flyer; every field is optional.' },
	'flyer.manifesto': { ja: 'チラシで紹介する政策集の id。省略すると最新のもの。', en: 'Id of the manifesto the flyer presents; default: the newest.' },
	'flyer.slogan': text('名前の下の大きなスローガン。省略すると candidate.slogan、なければ政策集の題名。', "The large slogan under the name; default: candidate.slogan, else the manifesto's title."),
	'flyer.headlines': { ja: '表面に大きく出す数字（指標の id、4つまで）。', en: 'Metric ids shown as large headline figures on the front, in order (at most 4).' },
	'flyer.charts': { ja: '裏面にグラフで出す数字（指標の id、3つまで）。', en: 'Metric ids drawn as charts on the back, in order (at most 3).' },
	'flyer.pointsPerPriority': { ja: '最重点政策ごとに載せる項目の数の上限（省略すると 3。紙面に入らなければ減らします）。', en: 'At most how many points of each top-priority policy are listed; default 3 (fewer where the page is full).' },
	'flyer.achievementsPerPillar': { ja: '政策の柱ごとに載せる実績の数の上限（省略すると 2。紙面に入らなければ減らします）。', en: 'At most how many achievements of each pillar are listed (boxed highlights first); default 2 (fewer where the page is full).' },
	'flyer.bleed': { ja: '印刷所向けの塗り足し（3 mm）とトンボ付きの PDF も作るなら true。', en: 'Also write the print-shop files with 3 mm bleed and crop marks; default false.' },
	'flyer.mode': { ja: 'political（既定）: 後援会の政治活動用ビラ。campaign: 選挙運動用ビラ（公職選挙法142条。A4、証紙の欄、頒布責任者と印刷者、届出番号）。', en: "Political (default): the supporters' association's political-activity flyer; campaign: the registered campaign flyer (art. 142: A4, a 証紙 space, 頒布責任者 and 印刷者, the registered type number)." },
	'flyer.campaign': { ja: 'flyer.mode: campaign のとき、選挙管理委員会に届け出たビラの種類。', en: 'With flyer.mode: campaign, the flyer types registered with the election board.' },
	'flyer.campaign.registered': { ja: '届け出た種類の数（1か2。省略すると 2）。', en: 'How many types were registered (1 or 2); default 2.' },
	'flyer.campaign.types': { ja: '言語ごとの届出番号（例: { ja: 1, en: 2 }）。', en: "Each language's registered type number, e.g. { ja: 1, en: 2 }." },
	electionDate: { ja: '投票日（YYYY-MM-DD）。この日はサイトを更新できません。', en: 'Election day (YYYY-MM-DD); the build refuses to update the site on that day.' },
	announcementDate: { ja: '告示日（国政選挙は公示日）。この日から投票日の前日までが選挙運動期間です（公職選挙法129条）。', en: 'The day the election is announced (告示日 / 公示日): the campaign period runs from it to the day before election day (art. 129).' },
	electionKind: { ja: '選挙の種類（mayor, city-assembly など）。ビラの枚数や告示日の目安に使います。', en: 'Which election (mayor, city-assembly, …): sets the flyer allowance and the usual announcement day.' },
	votePhrases: { ja: '選挙運動期間の外で公開する文に書いてはいけない、投票を頼むことば。既定の一覧に足すリスト、または { add, ignore }。', en: 'Words asking for votes, looked for in published text outside the campaign period: a list added to the defaults, or { add, ignore }.' },
	'votePhrases.add': { ja: '既定の一覧に足すことば。', en: 'Phrases added to the defaults.' },
	'votePhrases.ignore': { ja: '既定の一覧から外すことば（既定にあるものだけ）。', en: 'Default phrases to leave out (defaults only).' },
	locales: { ja: 'サイトの言語。日本語だけなら [ja]、英語も作るなら [ja, en]（省略時）。', en: 'The languages the site is published in: [ja] for Japanese only; default [ja, en].' },
	rootLocale: { ja: 'サイトのアドレス（/）に出す言語。ほかの言語は /<言語>/ の下。省略すると ja。', en: "The language at the site's root address (/); every other one is under /<lang>/. Default: ja." },
};

export const RATINGS: Descriptions = {
	intro: text('評価のしかたの説明（「評価の基準」のページに表示）。', 'How pledges are rated, shown on the rating-scale page.'),
	levels: { ja: '評価の段階（よいものから順に、2つ以上）。', en: 'The rating levels, best first (at least two).' },
	'levels[].id': { ja: '段階の id（英小文字・数字・ハイフン）。公約の rating.level に書きます。', en: "The level's id (lower-case letters, digits, hyphens), used in a pledge's rating.level." },
	'levels[].label': text('段階の名前（例: 達成）。', 'The level\'s name, e.g. 達成 / Achieved.'),
	'levels[].symbol': { ja: '段階の記号（例: ◎ ○ △）。', en: 'A symbol for the level, e.g. ◎ ○ △.' },
	'levels[].color': { ja: '段階の色（#rrggbb）。白い文字が読める濃さ（4.5:1）が必要です。', en: 'Colour as #rrggbb, dark enough for white text (4.5:1 contrast).' },
	'levels[].rule': text('どういうときにこの段階か（サイトに公開します）。', 'When a pledge gets this level (published on the site).'),
	'levels[].done': { ja: '「実現した」に数えるなら true。', en: 'True when the level counts as delivered.' },
	'levels[].unrated': { ja: 'まだ評価していない公約の段階なら true（ひとつだけ）。', en: 'True for the level of pledges not yet rated (at most one).' },
	grades: { ja: '目標の達成率の区分（高い順。最後の区分は min なしで「それ未満」）。', en: "Grade bands on a target's achievement rate, highest first; the last may leave out min." },
	'grades[].id': { ja: '区分の名前（例: A）。', en: "The band's name, e.g. A." },
	'grades[].min': { ja: 'この区分になる最低の達成率（%）。', en: 'The lowest achievement rate (%) in this band.' },
	'grades[].label': text('区分の説明（例: 100%以上）。', 'What the band means, e.g. 100% or more.'),
};

export const SOURCE: Descriptions = {
	title: text('資料の題名。', 'Title of the document.'),
	publisher: text('資料の発行者。', 'Who published it.'),
	date: { ja: '発行日（2020-01、2024、2020-01-15、令和6年3月）。日付が書かれていない資料は none。', en: 'When it was published: 2020-01 (month), 2024 (year), 2020-01-15 (day), 令和6年3月, or none when it prints no date.' },
	kind: text('資料の種類（後援会報、チラシ、報告書…）。', 'What kind of document: newsletter, flyer, report…'),
	document: { ja: '同じフォルダにある本文のファイル名（.txt または .md）。', en: "File name of the document's text in the same folder (.txt or .md)." },
	url: { ja: '原本のあるアドレス（https://…）。', en: 'Where the original can be found (https://…).' },
	note: text('資料についての注記（例: 印刷物から抽出、レイアウトは失われている）。', 'Remarks about the document (e.g. text extracted from print; layout lost).'),
};
