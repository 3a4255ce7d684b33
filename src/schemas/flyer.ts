import { z } from 'zod';
import { IdSchema } from './id.ts';
import { LocalizedTextSchema } from './text.ts';

/**
 * `flyer:` in `content/site.yaml`: what goes on the printed A4 flyer (front and back, one PDF per language).
 * Every field has a default, so a campaign gets a flyer from its content alone; these settings choose.
 */
export const FlyerSchema = z.strictObject({
	/** Id of the manifesto the flyer presents (its title, priorities and pillars); default: the newest (last in site order). @label チラシのマニフェスト / Manifesto @ja チラシで紹介するマニフェスト。なければ最新のもの */
	manifesto: IdSchema.optional(),
	/** The large slogan under the name; default: `candidate.slogan`, else the manifesto's title. @label スローガン / Slogan @ja 名前の下の大きな言葉。なければ候補者のスローガン */
	slogan: LocalizedTextSchema.optional(),
	/** Metric ids shown as large headline figures on the front, in order (at most 4); default: the manifesto's `headlines` (as the home page leads with), else its and its pillars' own figures, first 4. @label 表面の大きな数字 / Headline figures @ja 表面に大きく出す数値（4つまで）。なければマニフェストのトップページの数字 */
	headlines: z.array(IdSchema).max(4, { message: '大きな数字は4つまでです / At most 4 headline figures fit on the front' }).optional(),
	/** Metric ids drawn as charts on the back, in order (at most 3); default: up to 3 figures with two or more points, the latest newsletter's first. @label 裏面のグラフ / Charts @ja 裏面にグラフで出す数値（3つまで） */
	charts: z.array(IdSchema).max(3, { message: 'グラフは3つまでです / At most 3 charts fit on the back' }).optional(),
	/** At most how many points of each top-priority policy are listed; default 3 (the flyer lists fewer where the page is full, and says so). @label 重点政策ごとの項目数 / Points per priority @ja 最重点政策ごとに載せる項目の数（ふつう3） */
	pointsPerPriority: z.number().int().min(0).max(20).default(3),
	/** At most how many achievements of each pillar are listed (boxed highlights first); default 2 (fewer where the page is full). @label 柱ごとの実績数 / Achievements per pillar @ja 柱ごとに載せる実績の数（ふつう2） */
	achievementsPerPillar: z.number().int().min(0).max(20).default(2),
	/** Print-shop files: CMYK PDF/X-1a with 3 mm bleed (BleedBox 216 × 303 mm), トンボ, TrimBox A4; needs Ghostscript and a real imprint; default false (`npm run build -- --bleed` also turns it on). @label 印刷所用（CMYK・塗り足し） / Print-shop files @ja 印刷所に出すときは オン（CMYK、3mm の塗り足しとトンボ。Ghostscript と本物の発行者表示が必要） */
	bleed: z.boolean().default(false),
	/**
	 * `political` (default): the supporters' association's political-activity flyer (政治活動用), labelled so.
	 * `campaign`: the candidate's registered campaign flyer (選挙運動用ビラ, 公職選挙法 art. 142): A4, a marked
	 * space for the election board's 証紙, 頒布責任者 and 印刷者 on the front, the registered type's number.
	 * @label チラシの種類 / Flyer type @ja political: 後援会の政治活動用ビラ（ふつう） / campaign: 届け出た選挙運動用ビラ
	 */
	mode: z.enum(['political', 'campaign']).default('political'),
	/** For `mode: campaign`: the flyer types registered with the election board (届出). @label 選挙運動用ビラの届出 / Registered campaign flyer @ja campaign のときだけ。選挙管理委員会に届け出た種類 */
	campaign: z
		.strictObject({
			/** How many types were registered (1 or 2; the law allows a candidate at most 2). Default 2. @label 届け出た種類の数 / Types registered @ja 1 か 2（候補者は2種類まで） */
			registered: z
				.number()
				.int()
				.min(1)
				.max(2, { message: '候補者が届け出られるビラは2種類までです（公職選挙法142条） / A candidate may register at most 2 flyer types (Public Offices Election Act art. 142)' })
				.default(2),
			/** The registered type number of each language's flyer, printed on it (e.g. { ja: 1, en: 2 } → 第1号 / No. 1). @label 言語ごとの届出番号 / Type number per language @ja 例: { ja: 1, en: 2 } → 第1号・第2号としてチラシに印刷 */
			types: z.partialRecord(z.enum(['ja', 'en']), z.number().int().min(1)),
		})
		.optional(),
});

export type FlyerInput = z.input<typeof FlyerSchema>;
export type FlyerSettings = z.output<typeof FlyerSchema>;
