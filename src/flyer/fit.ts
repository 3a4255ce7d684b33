/**
 * Fitting the flyer to its two pages, IN THE BROWSER (the PDF step passes {@link fitFlyer} to
 * `page.evaluate`, so it must be self-contained). The `flyer:` settings are upper limits: while a page
 * overflows, the item with the highest `data-drop` on it is taken out (later points and achievements, then
 * charts and headline figures, then first points, then whole priorities and areas from the last; the first
 * of each always stays). Points go round robin: the last point of every priority, from the last priority,
 * before any priority loses another, so that the priorities keep as many points each, give or take one.
 * Then, most important first, each item taken out is tried again and kept if it fits (points, priorities
 * and areas stopping at their first that does not). A priority's title goes above its points where that is lower (`data-stack`). A page with room to spare sets `--grow` (body text up to 60 % larger). Last, every text is checked:
 * inside its page's safe area, not under another element, and not smaller than the minimum sizes.
 * Before all that, the back moves to the front when all of it fits there with nothing left out: a
 * one-page (single-sided A4) flyer; else a part of the back moves when that evens out the two pages.
 */

/** What the flyer left out to fit, for the build's warning. */
export interface Dropped {
	kind: 'point' | 'achievement' | 'pledge' | 'chart' | 'headline' | 'priority' | 'pillar';
	/** The item's own name, or for a point or achievement its priority's or area's title. */
	name: string;
	page: 'front' | 'back';
}

/** Something the layout cannot fix by leaving items out. */
export interface Overflow {
	/** `data-fit` name of the box, e.g. `title`, `priority:1`, `headline:livability-ranking`. */
	part: string;
	page: 'front' | 'back';
	/** `overflow`: too big by down × across mm; `outside`: text closer than the safe margin to the trim; `covered`: text under another element; `small`: text under the minimum size. */
	kind: 'overflow' | 'outside' | 'covered' | 'small' | 'glyph';
	down: number;
	across: number;
	/** The start of the text concerned (`outside`, `covered`, `small`); for `glyph`, the characters the flyer's font does not have. */
	text?: string;
	/** The text's size in pt (`small`). */
	pt?: number;
}

export interface FitResult {
	/** How many pages the flyer prints: 2, or 1 when all it has fits on the front (step 0). */
	pages: number;
	dropped: Dropped[];
	problems: Overflow[];
	/** The `--grow` chosen per page. */
	grow: Record<string, number>;
	/** The smallest text on the flyer, in pt. */
	minPt: number;
}

export interface FitOptions {
	/** Text stays this far inside the trim. */
	safeMm: number;
	/** No text smaller than this (pt). */
	minPt: number;
	/** Bullets and body text at least this (pt), on elements matching `bodySelector`. */
	bodyPt: number;
	bodySelector: string;
	/** Largest `--grow` tried. */
	maxGrow: number;
}

/** Runs IN THE PAGE. */
export function fitFlyer(options: FitOptions): FitResult {
	const px = 96 / 25.4;
	const pageOf = (el: Element) => ((el.closest('[data-page]') as HTMLElement | null)?.dataset['page'] ?? 'front') as 'front' | 'back';
	const partOf = (el: Element) => (el.closest('[data-fit]') as HTMLElement | null)?.dataset['fit'] ?? el.className ?? el.tagName.toLowerCase();
	let pages = [...document.querySelectorAll<HTMLElement>('[data-page]')];

	/** Boxes whose content is larger than the box, and in-flow parts of a page ending below its margin. */
	const overflows = (page: HTMLElement): Overflow[] => {
		const out: Overflow[] = [];
		const name = pageOf(page);
		for (const el of page.querySelectorAll<HTMLElement>('[data-fit], .front-body, .back-body')) {
			const down = el.scrollHeight - el.clientHeight;
			const across = el.scrollWidth - el.clientWidth;
			if (down > 1 || across > 1) out.push({ part: el.dataset['fit'] ?? (el.classList.contains('front-body') ? 'front' : 'back'), page: name, kind: 'overflow', down: Math.max(0, down) / px, across: Math.max(0, across) / px });
		}
		const trim = page.querySelector<HTMLElement>('.trim')!;
		const limit = trim.getBoundingClientRect().bottom - parseFloat(getComputedStyle(trim).paddingBottom);
		for (const child of trim.children) {
			if (getComputedStyle(child).position === 'absolute') continue;
			const over = child.getBoundingClientRect().bottom - limit;
			if (over > 1) out.push({ part: partOf(child), page: name, kind: 'overflow', down: over / px, across: 0 });
		}
		return out;
	};

	/**
	 * A box with `data-stack` (a priority: its title beside its points) is laid out one above the other
	 * (class `stacked`) when that is lower: a long title in the narrow column would take many lines.
	 */
	const restack = (page: HTMLElement) => {
		for (const el of page.querySelectorAll<HTMLElement>('[data-stack]')) {
			el.classList.remove('stacked');
			const side = el.getBoundingClientRect().height;
			el.classList.add('stacked');
			if (el.getBoundingClientRect().height >= side - 0.5) el.classList.remove('stacked');
		}
	};

	/** The height left below the last part of a page's body (negative when its parts run past it). */
	const spare = (body: HTMLElement) => {
		const bottoms = [...body.children].map((c) => c.getBoundingClientRect().bottom + parseFloat(getComputedStyle(c).marginBottom));
		return body.getBoundingClientRect().bottom - Math.max(body.getBoundingClientRect().top, ...bottoms);
	};

	// 0. When everything on the back also fits on the front, with nothing left out, the flyer is one page:
	// a mostly empty second side helps no one. Each part of the back says where it goes on the front
	// (`data-to-front`: `body-start`, `body-end`, or `foot` below the web box). Otherwise the back stays.
	const front = pages.find((p) => p.dataset['page'] === 'front');
	const back = pages.find((p) => p.dataset['page'] === 'back');
	if (front && back) {
		const body = front.querySelector<HTMLElement>('.front-body')!;
		const trim = front.querySelector<HTMLElement>('.trim')!;
		const toFront = (el: HTMLElement) => {
			const to = el.dataset['toFront'];
			// The result goes after the headline figures, before the priorities.
			if (to === 'body-start') body.insertBefore(el, body.querySelector(':scope > .priorities') ?? null);
			else if (to === 'body-end') body.append(el);
			else trim.append(el);
		};
		const parts = [...back.querySelectorAll<HTMLElement>('[data-to-front]')];
		const moved = parts.map((el) => ({ el, mark: document.createComment('moved to the front') }));
		for (const { el, mark } of moved) {
			el.replaceWith(mark);
			toFront(el);
		}
		restack(front);
		// Only when nothing else is left on the back (its band aside), and the front still fits.
		const rest = [...back.querySelector<HTMLElement>('.trim')!.children].some((c) => !c.matches('.back-band') && c.textContent?.trim());
		if (!rest && !overflows(front).length) {
			back.remove();
			pages = pages.filter((p) => p !== back);
		} else {
			for (const { el, mark } of moved) mark.replaceWith(el);
			restack(front);
			// Two pages, then, but not one full and one nearly empty: a part of the back moves to the front
			// when that brings the two pages' spare heights closer (e.g. the result, onto a front with only a
			// headline figure), and the front still fits.
			const backBody = back.querySelector<HTMLElement>('.back-body')!;
			const gap = () => Math.abs(spare(body) - spare(backBody));
			/** The gap after moving `el` to the front, or Infinity if the front then overflows; `el` goes back. */
			const tryMove = (el: HTMLElement) => {
				const mark = document.createComment('moved to the front');
				el.replaceWith(mark);
				toFront(el);
				restack(front);
				const after = overflows(front).length ? Infinity : gap();
				mark.replaceWith(el);
				restack(front);
				return after;
			};
			// Best first, one part at a time, while the gap narrows.
			const left = parts.filter((p) => p.dataset['toFront'] !== 'foot');
			for (let now = gap(); left.length; ) {
				const [best, after] = left.map((el) => [el, tryMove(el)] as const).sort((a, b) => a[1] - b[1])[0]!;
				if (!(after < now)) break;
				toFront(best);
				restack(front);
				left.splice(left.indexOf(best), 1);
				now = after;
			}
			// The back's band names the areas; with them on the front it names the candidate.
			const title = back.querySelector<HTMLElement>('[data-without-pillars]');
			if (title && !back.querySelector('.pillars')) title.textContent = title.dataset['withoutPillars'] ?? '';
		}
	}

	// 1. Leave out, least important first, until each page fits.
	const removed: { el: HTMLElement; mark: Comment; page: HTMLElement }[] = [];
	for (const page of pages) {
		restack(page);
		for (let guard = 0; guard < 500 && overflows(page).length; guard++) {
			const next = [...page.querySelectorAll<HTMLElement>('[data-drop]')].sort((a, b) => Number(b.dataset['drop']) - Number(a.dataset['drop']))[0];
			if (!next) break;
			const mark = document.createComment('left out to fit');
			next.replaceWith(mark);
			removed.push({ el: next, mark, page });
			restack(page);
		}
	}
	// 2. Most important first, take back what fits after all (a smaller item may have made the room). Points,
	// priorities and areas come back in their order and stop at the first that does not fit: a short later
	// point must not take the place of a longer earlier one (the priorities keep as many points each, give or
	// take one), and a numbered list has no gaps. Achievements and figures sit in grid cells, where a row's
	// spare height is room for another one: they come back wherever they fit.
	const inOrder = new Set(['point', 'priority', 'pillar']);
	const stopped = new Set<string>();
	for (const item of [...removed].reverse()) {
		const kind = `${pageOf(item.page)}|${item.el.dataset['dropKind']}`;
		if (stopped.has(kind)) continue;
		item.mark.replaceWith(item.el);
		restack(item.page);
		if (overflows(item.page).length) {
			item.el.replaceWith(item.mark);
			restack(item.page);
			if (inOrder.has(item.el.dataset['dropKind'] ?? '')) stopped.add(kind);
		}
	}
	const out = removed.filter((r) => !r.el.isConnected && !removed.some((o) => o !== r && !o.el.isConnected && o.el.contains(r.mark)));
	const dropped: Dropped[] = out.map(({ el, page }) => ({ kind: el.dataset['dropKind'] as Dropped['kind'], name: el.dataset['dropName'] ?? '', page: pageOf(page) }));

	// 3. Room to spare goes to the text.
	const grow: Record<string, number> = {};
	for (const page of pages) {
		let best = 1;
		for (let g = 1.05; g <= options.maxGrow + 1e-9 && !overflows(page).length; g += 0.05) {
			page.style.setProperty('--grow', g.toFixed(2));
			restack(page);
			if (overflows(page).length) break;
			best = Number(g.toFixed(2));
		}
		page.style.setProperty('--grow', String(best));
		restack(page);
		grow[pageOf(page)] = best;
	}

	// 4. What is left: overflows, and every text on its page, uncovered and large enough.
	const problems: Overflow[] = pages.flatMap(overflows);
	let minPt = Infinity;
	for (const page of pages) {
		const trim = page.querySelector<HTMLElement>('.trim')!;
		const box = trim.getBoundingClientRect();
		const safe = { left: box.left + options.safeMm * px, right: box.right - options.safeMm * px, top: box.top + options.safeMm * px, bottom: box.bottom - options.safeMm * px };
		const walker = document.createTreeWalker(trim, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const words = node.textContent?.trim();
			const parent = node.parentElement;
			if (!words || !parent) continue;
			const style = getComputedStyle(parent);
			if (style.visibility === 'hidden' || style.display === 'none') continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
			if (!rects.length) continue;
			// Text in an SVG is scaled with its drawing: its printed size is the font size times the scale.
			const svg = parent instanceof SVGElement ? parent.ownerSVGElement ?? (parent as unknown as SVGSVGElement) : undefined;
			const scale = svg && svg.viewBox?.baseVal?.width ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
			const pt = parseFloat(style.fontSize) * scale * 0.75;
			minPt = Math.min(minPt, pt);
			const part = partOf(parent);
			const at = { part, page: pageOf(trim), down: 0, across: 0, text: words.slice(0, 24) };
			if (pt < options.minPt - 0.05 || (parent.closest(options.bodySelector) && pt < options.bodyPt - 0.05)) problems.push({ ...at, kind: 'small', pt: Math.round(pt * 10) / 10 });
			// Glyph boxes include the line's half-leading; 0.5 mm of slack keeps that from counting.
			const slack = 0.5 * px;
			if (rects.some((r) => r.left < safe.left - slack || r.right > safe.right + slack || r.top < safe.top - slack || r.bottom > safe.bottom + slack)) problems.push({ ...at, kind: 'outside' });
			// Covered: at the middle of each line of the text, the topmost element is the text's own (or one inside it).
			const covered = rects.some((r) => {
				const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
				return !hit || !(parent.contains(hit) || hit.contains(parent));
			});
			if (covered) problems.push({ ...at, kind: 'covered' });
		}
	}
	// One line per box and kind.
	const seen = new Set<string>();
	return {
		pages: pages.length,
		dropped,
		grow,
		minPt: Math.round(minPt * 10) / 10,
		problems: problems.filter((o) => {
			const key = `${o.page}|${o.part}|${o.kind}|${o.text ?? ''}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		}),
	};
}
