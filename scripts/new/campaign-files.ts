/**
 * The files of a new, minimal campaign (`npm run new`): what the office answered, as content that passes
 * `npm run check` and builds at once. Each file says in short Japanese comments what to write where;
 * anything the office has not told us yet is an obvious （例） placeholder, and the imprint is marked
 * `example: true` so the site says so until real details are in.
 */

/** The office's answers to `npm run new`'s questions. */
export interface NewCampaignAnswers {
	/** The candidate's full name, e.g. 森 たろう. */
	name: string;
	/** Its reading in kana, e.g. もり たろう (kept as a comment: the site has no field for it). */
	reading: string;
	/** The office sought, e.g. みなみ野町長. */
	office: string;
	/** The area, e.g. 架空県みなみ野町. */
	area: string;
	/** Election day as YYYY-MM-DD, or '' when not set yet. */
	electionDate: string;
	/** The supporters' association, e.g. 森たろう後援会. */
	organisation: string;
	/** `['ja']` or `['ja', 'en']`. */
	locales: ('ja' | 'en')[];
}

/** Ids of the starter files, so the README and tests name them once. */
export const STARTER = {
	manifesto: 'seisaku',
	pillar: 'hashira-1',
	policy: 'kouyaku-1',
	source: 'kouyaku-memo',
	metric: 'soudan-kensu',
} as const;

/** A YAML scalar that stays a string whatever the answer holds (quotes, colons, #). */
const q = (value: string) => JSON.stringify(value);

/**
 * Relative path → file text. `schemaRef(file, name)` gives the `$schema` address the editor should use for
 * that file (relative to it, so the campaign folder may live anywhere); default: a koyaku checkout's
 * `schemas/` beside a campaign folder inside it.
 */
export function campaignFiles(a: NewCampaignAnswers, schemaRef: (file: string, name: 'site' | 'ratings' | 'source') => string = defaultRef): Record<string, string> {
	const { manifesto, pillar, policy, source, metric } = STARTER;
	const en = a.locales.includes('en');
	const files: Record<string, string> = {};

	files['site.yaml'] = `# サイト全体の設定です。項目の説明は README の「Content guide」にあります。
# VS Code の YAML 拡張機能を入れると、項目の候補と誤りが表示されます。
# yaml-language-server: $schema=${schemaRef('site.yaml', 'site')}
locales: [${a.locales.join(', ')}]${en ? '    # 日本語と英語のページを作ります（英語をやめるなら [ja]）' : '    # 日本語のページだけを作ります（英語も作るなら [ja, en]）'}
candidate:
  # 候補者の氏名（よみ: ${a.reading || '（未記入）'}）。英語名を書くなら { ja: …, en: … } の形で。
  name: ${q(a.name)}
  # 目指す職（${a.area}）
  title: ${q(a.office)}
# 後援会（サイトの発行者）
organisation: ${q(a.organisation)}
# サイトを公開するアドレス。決まったら書き換えてください。
url: https://example.jp/
${a.electionDate ? `# 投票日。この日はサイトを更新できません（公職選挙法）。\nelectionDate: ${a.electionDate}\n` : '# 投票日が決まったら書いてください（この日はサイトを更新できません）: electionDate: 2027-04-25\n'}imprint:
  # （例）の値はすべて仮のものです。本当の発行者・住所・メールアドレスに書き換え、example を false にしてください。
  publisher: ${q(a.organisation)}
  address: ${q(`〒000-0000 ${a.area}（例：事務所の住所をここに記入）`)}
  # チラシに印刷します: 印刷所の名称と住所（自分たちで印刷するなら発行者の名前と住所）。
  printer:
    name: ${q('（例：印刷所の名称）')}
    address: ${q(`〒000-0000 ${a.area}（例：印刷所の住所）`)}
  email: office@example.jp
  example: true
`;

	files['ratings.yaml'] = `# 公約の評価の段階（よいものから順に）と、目標の達成率の区分です。サイトの「評価の基準」に表示されます。
# 段階を増やす・減らすのは自由です。色は白い文字が読める濃さにしてください（チェックされます）。
# yaml-language-server: $schema=${schemaRef('ratings.yaml', 'ratings')}
intro: 各公約は、公表した資料に書かれた実績にもとづいて評価します。
levels:
  - id: achieved          # id は英小文字とハイフン。公約の rating.level に書きます
    label: ${en ? '{ ja: 達成, en: Achieved }' : '達成'}
    symbol: ◎
    color: "#1a7f37"
    done: true            # 「実現した」に数えます
    rule: 公約の内容が実現し、資料で確認できる
  - id: in-progress
    label: ${en ? '{ ja: 取組中, en: In progress }' : '取組中'}
    symbol: ○
    color: "#9a6700"
    rule: 具体的な取組みが始まっている
  - id: not-started
    label: ${en ? '{ ja: 未着手, en: Not started }' : '未着手'}
    symbol: −
    color: "#424a53"
    rule: 取組みが確認できない
  - id: not-rated
    label: ${en ? '{ ja: 未評価, en: Not rated }' : '未評価'}
    symbol: ・
    color: "#6e7781"
    unrated: true         # まだ評価していない公約の段階（ひとつだけ）
    rule: 評価の根拠となる資料がまだない
# 目標がある指標の達成率の区分（高い順。最後の区分は min なしで「それ未満すべて」）
grades:
  - { id: A, min: 100, label: 目標達成 }
  - { id: B, min: 80 }
  - { id: C, label: 80%未満 }
`;

	files[`sources/${source}.yaml`] = `# 出典（数字や公約の文言を引用する資料）の説明です。本文は同じフォルダの ${source}.txt にあります。
# 後援会報やチラシは npm run import -- <ファイル> で取り込めます（出典と下書きを作ります）。
# yaml-language-server: $schema=${schemaRef(`sources/${source}.yaml`, 'source')}
title: 公約メモ（例）
publisher: ${q(a.organisation)}
date: none                # 発行日（2024-05 や 令和6年5月）。資料に日付がなければ none
document: ${source}.txt
note: 最初の設定用の例です。本物の資料を取り込んだら、この出典と例の公約は消してください。
`;

	files[`sources/${source}.txt`] = `公約メモ（例）
${a.organisation}

（例）${a.area}をもっと元気に
1. 子育てと暮らし
●（例）子育ての相談窓口をひとつにまとめます
（例）子育て相談の件数 2024年度 120件
`;

	files[`manifestos/${manifesto}.md`] = `---
# 政策集（マニフェスト）。--- と --- の間が設定、下が本文です。
title: （例）${a.area}をもっと元気に
# announced: 2025-01-15   # 発表した日（書くとサイトに「今期の政策（2025年）」と出ます）
pillars:                  # 政策の柱（pillars フォルダのファイル名）を載せる順に
  - ${pillar}
# source: 引用元の資料（sources のファイル名）と、資料の文言そのまま（空白・改行は無視）
source: { source: ${source}, quote: （例）${a.area}をもっと元気に }
---
政策集の説明を書きます（例）。
`;

	files[`pillars/${pillar}.md`] = `---
# 政策の柱。公約（policies フォルダ）をまとめる分野です。
manifesto: ${manifesto}
title: 子育てと暮らし
source: { source: ${source}, quote: 1. 子育てと暮らし }
---
`;

	files[`policies/${policy}.md`] = `---
# 公約ひとつにファイルひとつ。ファイル名が公約の id（英小文字・数字・ハイフン）になります。
pillar: ${pillar}             # 属する政策の柱
order: 1                      # 柱の中での順番
title: （例）子育ての相談窓口をひとつにまとめます
source: { source: ${source}, quote: ●（例）子育ての相談窓口をひとつにまとめます }
# 評価したら書きます（段階の id は ratings.yaml）:
# rating: { level: in-progress, reason: …, evidence: [{ metric: ${metric} }], asOf: 2025-04-01 }
metrics:                      # 数字（指標）。値は資料のとおり、計算した数字は書きません
  - id: ${metric}
    label: ${en ? '{ ja: （例）子育て相談の件数, en: (example) Child-care consultations }' : '（例）子育て相談の件数'}
    unit: cases               # yen, percent, people, cases, hours, rank, count のどれか
    points:                   # 古い順に。period は FY2024 / 令和6年度 / 2024-05 など
      - { period: 令和6年度, value: 120 }
    source: { source: ${source}, quote: （例）子育て相談の件数 2024年度 120件 }
---
公約の説明を書きます（例）。
`;
	return files;
}

const defaultRef = (file: string, name: string) => `${file.includes('/') ? '../../' : '../'}schemas/${name}.schema.json`;
