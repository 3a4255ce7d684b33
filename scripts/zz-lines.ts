import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
const out: Record<string, [string, number]> = {};
for (const name of readdirSync('src/schemas')) {
	const path = `src/schemas/${name}`;
	const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
	const visit = (node: ts.Node, p: string) => {
		if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent)) {
			const here = `${p}.${node.name.getText(file)}`;
			const jsdoc = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc).at(-1);
			if (jsdoc && !out[here]) out[here] = [path, file.getLineAndCharacterOfPosition(jsdoc.end).line];
			ts.forEachChild(node.initializer, (c) => visit(c, here));
			return;
		}
		ts.forEachChild(node, (c) => visit(c, p));
	};
	for (const s of file.statements) if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer) visit(d.initializer, d.name.text);
}
console.log(JSON.stringify(out));
