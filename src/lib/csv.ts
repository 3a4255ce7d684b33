/**
 * Characters that make a spreadsheet read a cell as a formula (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`),
 * also in their full-width forms, which Japanese Excel accepts too.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). Text that starts like a
 * formula gets a leading apostrophe and quotes (OWASP CSV injection advice), so Excel shows it as text;
 * numbers (a real −12.81) are written as numbers.
 * @example csvField('a,b') // '"a,b"'
 * @example csvField('=1+1') // `"'=1+1"`
 */
export const csvField = (value: string | number | undefined) => {
	if (typeof value === 'number') return String(value);
	const text = value ?? '';
	if (FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * Rows to CSV with CRLF line ends and a UTF-8 byte-order mark, so Excel in Japan opens it without garbling.
 * @example toCsv([['a', 1]]) // '\uFEFFa,1\r\n'
 */
export const toCsv = (rows: readonly (readonly (string | number | undefined)[])[]) =>
	`\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
