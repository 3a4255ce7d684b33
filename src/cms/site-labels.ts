/**
 * The editor's labels and Japanese hints for site.yaml's fields. Every other schema keeps them in its
 * fields' JSDoc (`@label 日本語 / English`, `@ja 説明`; src/cms/field-docs.ts); src/schemas/site.ts is being
 * changed by other work at the same time (issues 20 and 29), so its words wait here until they can move
 * beside its fields the same way. A field's own `@label` wins over this list.
 */
import type { FieldDoc } from './field-docs.ts';

export const SITE_LABELS: Record<string, Omit<FieldDoc, 'en'>> = {
	'SiteSchema.candidate': { labelJa: '候補者', labelEn: 'Candidate' },
	'SiteSchema.candidate.name': { labelJa: '氏名', labelEn: 'Full name', ja: '例: 小泉 俊博' },
	'SiteSchema.candidate.displayName': { labelJa: '表記', labelEn: 'Display name', ja: 'チラシなどでの書き方（例: 小泉としひろ）' },
	'SiteSchema.candidate.title': { labelJa: '肩書き', labelEn: 'Title', ja: '例: 小諸市長' },
	'SiteSchema.candidate.slogan': { labelJa: 'スローガン', labelEn: 'Slogan', ja: 'トップページの名前の下' },
	'SiteSchema.candidate.portrait': { labelJa: '写真', labelEn: 'Portrait', ja: 'コンテンツのフォルダにある画像と、その説明' },
	'SiteSchema.candidate.portrait.src': { labelJa: '画像ファイル', labelEn: 'Image file', ja: '例: images/portrait.jpg' },
	'SiteSchema.candidate.portrait.alt': { labelJa: '写真の説明', labelEn: 'Alt text', ja: '見えない人のための説明' },
	'SiteSchema.theme': { labelJa: '見た目', labelEn: 'Theme' },
	'SiteSchema.theme.color': { labelJa: 'テーマ色', labelEn: 'Colour', ja: 'ヘッダーとリンクの色。白い文字が読める濃い色' },
	'SiteSchema.organisation': { labelJa: '後援会', labelEn: 'Organisation', ja: 'サイトを出す後援会の名前' },
	'SiteSchema.siteName': { labelJa: 'サイト名', labelEn: 'Site name', ja: 'なければ後援会の名前' },
	'SiteSchema.url': { labelJa: 'サイトのアドレス', labelEn: 'Address', ja: '例: https://example.jp/' },
	'SiteSchema.imprint': { labelJa: '発行者の表示', labelEn: 'Imprint', ja: 'サイトと印刷物の責任者（公職選挙法）' },
	'SiteSchema.imprint.publisher': { labelJa: '発行者', labelEn: 'Publisher', ja: '名前' },
	'SiteSchema.imprint.address': { labelJa: '住所', labelEn: 'Address', ja: '発行者の住所' },
	'SiteSchema.imprint.distributor': { labelJa: '頒布責任者', labelEn: 'Distributor', ja: 'チラシに印刷。なければ発行者' },
	'SiteSchema.imprint.distributor.name': { labelJa: '氏名', labelEn: 'Name' },
	'SiteSchema.imprint.distributor.address': { labelJa: '住所', labelEn: 'Address', ja: 'なければ発行者の住所' },
	'SiteSchema.imprint.email': { labelJa: '連絡先メール', labelEn: 'E-mail', ja: '全ページに表示（法律で必要）' },
	'SiteSchema.imprint.printer': { labelJa: '印刷者', labelEn: 'Printer', ja: 'チラシの印刷者' },
	'SiteSchema.imprint.printer.name': { labelJa: '名前', labelEn: 'Name' },
	'SiteSchema.imprint.printer.address': { labelJa: '住所', labelEn: 'Address' },
	'SiteSchema.imprint.example': { labelJa: '例の値', labelEn: 'Example values', ja: '仮の値のあいだはオン（サイトにその旨を表示）' },
	'SiteSchema.terms': { labelJa: '呼び方', labelEn: 'Terms', ja: 'サイトの各部分の、この陣営での呼び方' },
	'SiteSchema.terms.pillars': { labelJa: '柱の呼び方', labelEn: 'Pillars', ja: '例: 政策の柱・政策キーワード' },
	'SiteSchema.terms.reports': { labelJa: '報告の呼び方', labelEn: 'Reports', ja: '例: 後援会報・進捗報告' },
	'SiteSchema.terms.priorities': { labelJa: '重点の呼び方', labelEn: 'Priorities', ja: '例: 最重点政策' },
	'SiteSchema.terms.stances': { labelJa: '姿勢の呼び方', labelEn: 'Stances', ja: '例: 基本姿勢' },
	'SiteSchema.terms.principles': { labelJa: '方針の呼び方', labelEn: 'Principles', ja: '例: 実行に向けての方針' },
	'SiteSchema.terms.achievements': { labelJa: '実績の呼び方', labelEn: 'Achievements', ja: '例: 主な取組み実績' },
	'SiteSchema.flyer': { labelJa: 'チラシ', labelEn: 'Flyer', ja: '印刷用チラシの設定' },
	'SiteSchema.electionDate': { labelJa: '投票日', labelEn: 'Election day', ja: '決まっていれば' },
	'SiteSchema.locales': { labelJa: '言語', labelEn: 'Languages', ja: 'ja だけなら日本語のみのサイト' },
	'SiteSchema.rootLocale': { labelJa: 'トップの言語', labelEn: 'Root language', ja: 'アドレス / に出す言語' },
};
