/** The candidate's portrait, or undefined (src/portrait-module.ts). */
declare module 'virtual:koyaku/portrait' {
	const portrait: import('astro').ImageMetadata | undefined;
	export default portrait;
}
