import { z } from 'zod';
import { FlyerSchema } from './flyer.ts';
import { DEFAULT_LOCALES, LocaleSchema, LocalesSchema } from './locales.ts';
import { DateSchema } from './id.ts';
import { contrastWithWhite } from './rating.ts';
import { LocalizedTextSchema } from './text.ts';
import { WebUrlSchema } from './url.ts';

/** `content/site.yaml`: who the site is for and who publishes it. */
export const SiteSchema = z.strictObject({
	/** The candidate or office-holder. */
	candidate: z.strictObject({
		/** Full name, e.g. { ja: 小泉 俊博, en: Toshihiro Koizumi }. */
		name: LocalizedTextSchema,
		/** Name as commonly written on campaign material (e.g. 小泉としひろ); default: `name`. */
		displayName: LocalizedTextSchema.optional(),
		/** Office or role, e.g. 小諸市長 / Mayor of Komoro. */
		title: LocalizedTextSchema,
		/** A campaign slogan shown under the name on the home page; default: the current manifesto's title. */
		slogan: LocalizedTextSchema.optional(),
		/** A portrait: an image file in the content folder (e.g. images/portrait.jpg) and its description; default: none. */
		portrait: z
			.strictObject({
				/** Path of the image inside the content folder (.jpg, .jpeg, .png or .webp). */
				src: z.string().regex(/^[\w./-]+\.(jpe?g|png|webp)$/i, { message: '画像は images/portrait.jpg のように書いてください（.jpg .png .webp） / Write the image path like images/portrait.jpg (.jpg, .png or .webp)' }),
				/** What the picture shows, for readers who cannot see it (alt text). */
				alt: LocalizedTextSchema,
			})
			.optional(),
	}),
	/** The site's look; default: a dark blue. */
	theme: z
		.strictObject({
			/** Campaign colour as #rrggbb for the header and links; it must keep 4.5:1 contrast with white (WCAG AA). */
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
	/** The supporters' association publishing the site (後援会). */
	organisation: LocalizedTextSchema,
	/** Site name shown in the header and browser tab; default: the organisation's name. */
	siteName: LocalizedTextSchema.optional(),
	/** Public address of the site, e.g. https://example.jp/ (used for canonical links). */
	url: WebUrlSchema(),
	/** Who is responsible for the site and its printed matter (公職選挙法 142条の3). */
	imprint: z.strictObject({
		/** Publisher / distributor (頒布責任者) name. */
		publisher: LocalizedTextSchema,
		/** Postal address of the publisher. */
		address: LocalizedTextSchema,
		/** Person responsible for distributing printed matter (頒布責任者), printed on the flyer; default: the publisher. */
		distributor: z
			.strictObject({
				/** Their name. */
				name: LocalizedTextSchema,
				/** Their postal address; default: the publisher's address. */
				address: LocalizedTextSchema.optional(),
			})
			.optional(),
		/** Contact e-mail address shown on every page (required by law for campaign sites). */
		email: z.email({ message: 'メールアドレスの形が正しくありません / This is not an e-mail address' }),
		/** Printer (印刷者) of the flyer; default: none yet. */
		printer: z
			.strictObject({
				/** Printer's name. */
				name: LocalizedTextSchema,
				/** Printer's postal address. */
				address: LocalizedTextSchema,
			})
			.optional(),
		/** True while the imprint holds example values; the site then says so. Default false. */
		example: z.boolean().default(false),
	}),
	/**
	 * The campaign's own words for what the site calls its parts, per language (e.g. pillars: 政策キーワード);
	 * default for each: the UI dictionary's (政策の柱 / Policy pillars, 後援会報 / Newsletters, …).
	 */
	terms: z
		.strictObject({
			/** The manifesto's areas (政策の柱 / 施策の柱 / 政策キーワード). */
			pillars: LocalizedTextSchema.optional(),
			/** The progress reports (後援会報 / 進捗報告 / 検証結果). */
			reports: LocalizedTextSchema.optional(),
			/** The top priorities (最重点政策 / 重点施策). */
			priorities: LocalizedTextSchema.optional(),
			/** The basic stances (基本姿勢). */
			stances: LocalizedTextSchema.optional(),
			/** The principles for delivery (実行に向けての方針). */
			principles: LocalizedTextSchema.optional(),
			/** The achievements listed under a pillar (主な取組み実績). */
			achievements: LocalizedTextSchema.optional(),
		})
		.default({}),
	/** What goes on the printed flyer (see src/schemas/flyer.ts); default: chosen from the content. */
	flyer: FlyerSchema.prefault({}),
	/** Election day, if one is set; default: none. */
	electionDate: DateSchema.optional(),
	/**
	 * The languages the site is published in, e.g. `[ja]` for a Japanese-only site (no English pages, no
	 * language switch, no English flyer); Japanese is always one of them. Default: `[ja, en]`.
	 */
	locales: LocalesSchema.default([...DEFAULT_LOCALES]),
	/** The language at the site's root address (`/`); every other one is under `/<lang>/` (e.g. `/ja/`). Default: `ja`. */
	rootLocale: LocaleSchema.default('ja'),
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
}).superRefine((site, ctx) => {
	// (Without Japanese, `locales` already says what is wrong.)
	if (site.locales.includes('ja') && !site.locales.includes(site.rootLocale))
		ctx.addIssue({
			code: 'custom',
			path: ['rootLocale'],
			message: `rootLocale の「${site.rootLocale}」が locales（${site.locales.join(', ')}）にありません / rootLocale "${site.rootLocale}" is not one of the locales (${site.locales.join(', ')})`,
		});
});

export type SiteInput = z.input<typeof SiteSchema>;
export type SiteData = z.output<typeof SiteSchema>;
