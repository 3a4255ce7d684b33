/**
 * JSON as the site publishes it: `<`, `>` and `&` written as `\u003c`, `\u003e`, `\u0026`, and the line
 * separators U+2028 / U+2029 as escapes, so a `</script>` in content can never close a script element the
 * day someone inlines the file in a page (the parsed value is the same JSON).
 * @example publishedJson({ a: '</script>' }) // '{"a":"\\u003c/script\\u003e"}'
 */
export function publishedJson(value: unknown, space?: number): string {
	return JSON.stringify(value, null, space).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
