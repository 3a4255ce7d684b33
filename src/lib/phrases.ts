/**
 * Japanese text cut into phrases (文節) at build time, for browsers without `word-break: auto-phrase`
 * (Safari and Firefox, most voters' phones): the page puts a <wbr> between phrases and keeps each whole
 * (`word-break: keep-all`), so 明るい未来 never breaks as 明る/い未来, nor 15日 as 15/日. Words come from ICU's
 * dictionary (Intl.Segmenter); particles, endings and units stay with the word before them. No library.
 */
const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
const HIRAGANA = /^[\u3041-\u309f\u30fc]+$/;
const CLOSING = /^[、。，．！？!?」』）)\]】〉》・：:；;…ー〜～%％]+$/;
const OPENING = /[「『（(\[【〈《]$/;
const UNIT = /^(?:年度?|か?月|日|時点|時間|件|人|円|万|億|兆|倍|位|区|市区|市町村|店舗|世帯|ポイント|割|回|歳|名|校|団体|項目)/;
/** A phrase that ends a number (15, 2020年, 3億, 15日): what follows it as a unit or more digits stays with it. */
const NUMERIC = (phrase: string) => /[0-9０-９]$/.test(phrase) || (/[年月日万億兆]$/.test(phrase) && /[0-9０-９]/.test(phrase));

/**
 * @example phrases('子ども・子育て支援による明るい未来') // ['子ども・', '子育て', '支援による', '明るい', '未来']
 * @example phrases('2020年1月15日時点') // ['2020年1月15日時点']
 */
export function phrases(text: string): string[] {
	const out: string[] = [];
	for (const { segment } of segmenter.segment(text)) {
		const last = out.at(-1);
		const attach =
			last !== undefined &&
			!/\s$/.test(last) &&
			!/^\s/.test(segment) &&
			(HIRAGANA.test(segment) || CLOSING.test(segment) || OPENING.test(last) || (NUMERIC(last) && (UNIT.test(segment) || /^[0-9０-９]/.test(segment))));
		if (attach) out[out.length - 1] = last + segment;
		else out.push(segment);
	}
	return out;
}
