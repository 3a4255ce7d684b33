import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/csv.ts';
import { getModel } from '../../model/load.ts';

/** Every figure as open data: one row per measured point, with where it is printed. */
export const GET: APIRoute = () => {
	const model = getModel();
	const header = ['metric_id', 'label_ja', 'label_en', 'unit', 'period', 'period_start', 'period_end', 'when_ja', 'when_en', 'value', 'of', 'qualifier', 'change_since', 'target', 'source', 'quote'];
	const rows = model.metrics.flatMap((metric) =>
		// A target on its own (nothing measured yet) is one row with its target and no value.
		(metric.points.length ? metric.points : [undefined]).map((point) => {
			if (!point) return [metric.id, metric.label.ja, metric.label.en, metric.unit, '', '', '', '', '', '', '', '', metric.changeSince?.key, metric.target?.value, metric.source.source, metric.source.quote];
			const ref = point.source ?? metric.source;
			return [
				metric.id, metric.label.ja, metric.label.en, metric.unit,
				point.period?.key, point.period?.start, point.period?.end, point.when?.ja, point.when?.en, point.value, point.of, point.qualifier,
				metric.changeSince?.key, metric.target?.value, ref.source, ref.quote,
			];
		}),
	);
	return new Response(toCsv([header, ...rows]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
