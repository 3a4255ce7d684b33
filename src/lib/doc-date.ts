/** A document's printed date in words, for reports and source documents that may print none. */
import { t, type Lang } from '../i18n/index.ts';
import { formatPeriod } from './format.ts';
import type { Period } from '../schemas/period-key.ts';

// The model orders documents too (assemble.ts): the order lives with the documents' dates.
export { newestFirst } from '../schemas/period.ts';

/**
 * The date as the page shows it, or 日付の記載なし / date not given when the document prints none.
 * @example documentDate(undefined, 'ja') // '日付の記載なし'
 * @example documentDate(parsePeriod('2024-03') as Period, 'en') // 'March 2024'
 */
export const documentDate = (date: Period | undefined, lang: Lang): string => (date ? formatPeriod(date, lang) : t(lang, 'date.none'));

/**
 * A report's issue line: 2024年3月発行 / Issued March 2024, or 日付の記載なし / Date not given.
 * @example issuedText(undefined, 'en') // 'Date not given'
 */
export const issuedText = (date: Period | undefined, lang: Lang): string => (date ? t(lang, 'report.date', { date: formatPeriod(date, lang) }) : t(lang, 'report.undated'));
