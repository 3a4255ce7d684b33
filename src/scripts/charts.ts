/**
 * Client script for metric cards: draws each chart when its figure comes near the viewport, and wires
 * the table toggles. Bundled once by Astro and shared by every page with a MetricCard.
 *
 * Imports only chart.js parts that are used, and chart-config.ts (which uses format.ts and period.ts):
 * never zod or the content model.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Title, Tooltip } from 'chart.js';
import { chartConfig, COLORS, type ChartSpec } from '../lib/chart-config.ts';
import type { Lang } from '../lib/format.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title, Tooltip);

/* ---- Table toggles: the table is in the HTML (visible without JavaScript); with it, it starts folded. ---- */
const toggles = new Map<Element, (open: boolean) => void>();
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-table-toggle]')) {
	const table = document.getElementById(button.getAttribute('aria-controls') ?? '');
	if (!table) continue;
	const set = (open: boolean) => {
		table.hidden = !open;
		button.setAttribute('aria-expanded', String(open));
		button.textContent = (open ? button.dataset['hide'] : button.dataset['show']) ?? '';
	};
	set(false);
	button.hidden = false;
	button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
	toggles.set(table, set);
}

/* ---- Charts ---- */
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const root = getComputedStyle(document.documentElement);
Chart.defaults.font.family = root.fontFamily || 'sans-serif';
Chart.defaults.color = COLORS.ink;

function draw(canvas: HTMLCanvasElement): void {
	if (canvas.dataset['state']) return;
	try {
		const spec = JSON.parse(canvas.dataset['spec'] ?? '') as ChartSpec;
		const lang: Lang = canvas.closest('[lang]')?.getAttribute('lang') === 'en' ? 'en' : 'ja';
		const chart = new Chart(canvas, chartConfig(spec, lang, { reducedMotion: reducedMotion.matches }));
		canvas.dataset['state'] = 'drawn';
		// For tests and debugging: what the chart actually runs with.
		canvas.dataset['animation'] = chart.options.animation === false ? 'off' : 'on';
	} catch (error) {
		// A broken chart must not break the page: the table is still there.
		canvas.dataset['state'] = 'error';
		canvas.closest('.chart-box')?.setAttribute('hidden', '');
		const table = canvas.closest('figure')?.querySelector('.metric-table');
		if (table) toggles.get(table)?.(true);
		console.error(error);
	}
}

const canvases = document.querySelectorAll<HTMLCanvasElement>('canvas[data-spec]');
if ('IntersectionObserver' in window) {
	// Start a little before the chart scrolls in, so it is ready when seen.
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				if (!entry.isIntersecting) continue;
				observer.unobserve(entry.target);
				draw(entry.target as HTMLCanvasElement);
			}
		},
		{ rootMargin: '200px 0px' },
	);
	canvases.forEach((canvas) => observer.observe(canvas));
} else {
	canvases.forEach(draw);
}
