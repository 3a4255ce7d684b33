/** Chromium's own accessibility tree (CDP), as a screen reader gets it: Playwright's ariaSnapshot computes names itself. */
import type { CDPSession, Page } from 'playwright-core';

interface AXNode {
	nodeId: string;
	ignored: boolean;
	role?: { value: string };
	name?: { value: string };
	description?: { value: string };
	childIds?: string[];
	backendDOMNodeId?: number;
}

/** The accessibility tree under the first element matching `selector` (itself included), unignored nodes only. */
export async function axTree(page: Page, selector: string): Promise<{ role: string; name: string; description?: string; children: AXNode[] }[]> {
	const cdp: CDPSession = await page.context().newCDPSession(page);
	const { root } = (await cdp.send('DOM.getDocument', { depth: -1 })) as { root: { nodeId: number } };
	const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })) as { nodeId: number };
	const { node } = (await cdp.send('DOM.describeNode', { nodeId })) as { node: { backendNodeId: number } };
	const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
	const byId = new Map(nodes.map((n) => [n.nodeId, n]));
	const start = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId)!;
	const out: { role: string; name: string; description?: string; children: AXNode[] }[] = [];
	const walk = (n: AXNode | undefined) => {
		if (!n) return;
		const children = (n.childIds ?? []).map((id) => byId.get(id)!).filter(Boolean);
		if (!n.ignored && n.role?.value !== 'InlineTextBox') out.push({ role: n.role?.value ?? '', name: n.name?.value ?? '', ...(n.description ? { description: n.description.value } : {}), children: children.filter((c) => !c.ignored) });
		for (const c of children) walk(c);
	};
	walk(start);
	await cdp.detach();
	return out;
}
