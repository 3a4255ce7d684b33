/** The flyer's paper, in mm: tiny and import-free (the print page and the PDF step share it). */
export const A4 = { width: 210, height: 297 };
/** Colour runs this far past the trim on the print-shop file. */
export const BLEED_MM = 3;
/** Outside the bleed, the margin that holds the トンボ (crop and centre marks). */
export const MARKS_MM = 10;
/** The print-shop sheet (MediaBox): A4 plus bleed and marks margin on every side, 236 × 323 mm. */
export const SHEET = { width: A4.width + 2 * (BLEED_MM + MARKS_MM), height: A4.height + 2 * (BLEED_MM + MARKS_MM) };
