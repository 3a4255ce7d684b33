// The editor page's banner in `npm run dev` (src/cms/admin.ts): after every save the content is checked
// again (the dev server's /admin/problems.json runs the same check as `npm run check`), and what check
// finds is shown here, where staff are looking, with the file, the field and the line.
(() => {
	const banner = document.createElement('section');
	banner.id = 'koyaku-problems';
	banner.setAttribute('role', 'status');
	banner.setAttribute('aria-live', 'polite');
	banner.hidden = true;
	document.body.append(banner);
	let last = '';
	const show = (result) => {
		const text = JSON.stringify(result);
		if (text === last) return;
		last = text;
		banner.replaceChildren();
		if (!result.problems.length) {
			banner.hidden = true;
			banner.dataset.count = '0';
			return;
		}
		banner.hidden = false;
		banner.dataset.count = String(result.problems.length);
		const heading = document.createElement('h2');
		heading.textContent = `チェックで ${result.problems.length} 件の問題が見つかりました（直すまでサイトは作れません） / check found ${result.problems.length} problem(s): the site cannot be built until they are fixed`;
		const list = document.createElement('ul');
		for (const problem of result.problems) {
			const item = document.createElement('li');
			item.textContent = problem;
			list.append(item);
		}
		banner.append(heading, list);
	};
	const poll = async () => {
		try {
			const response = await fetch('problems.json', { cache: 'no-store' });
			if (response.ok) show(await response.json());
		} catch {
			// The dev server stopped: nothing to show.
		}
	};
	poll();
	setInterval(poll, 2000);
})();
