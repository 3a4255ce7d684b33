/** The share card's size in pixels: what LINE, X and Facebook crop least (1.91:1). */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
