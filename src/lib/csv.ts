/**
 * One CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
 * @example csvField('a,b') // '"a,b"'
 */
export const csvField = (value: string | number | undefined) => {
	const text = value === undefined ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * Rows to CSV with CRLF line ends and a UTF-8 byte-order mark, so Excel in Japan opens it without garbling.
 * @example toCsv([['a', 1]]) // '\uFEFFa,1\r\n'
 */
export const toCsv = (rows: readonly (readonly (string | number | undefined)[])[]) =>
	`\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
