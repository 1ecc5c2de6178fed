// `pnpm --filter @shoplet/elements analyze` (cem analyze) reads this file. The Lit plugin treats
// every entry of `static properties` as an attribute; entries with `state: true` are internal
// reactive state, which Lit never maps to an attribute, so they are left out of the manifest's
// attributes here.

/** Class name → names of its `static properties` entries that have `state: true`. */
const states = new Map();

function isStateEntry(ts, entry) {
  const value = entry.initializer;
  if (!value || !ts.isObjectLiteralExpression(value)) return false;
  return value.properties.some(
    (p) =>
      ts.isPropertyAssignment(p) && p.name.getText() === 'state' && p.initializer.kind === ts.SyntaxKind.TrueKeyword,
  );
}

function litStatePlugin() {
  return {
    name: 'shoplet-lit-state',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || member.name?.getText() !== 'properties') continue;
        const value = member.initializer;
        if (!value || !ts.isObjectLiteralExpression(value)) continue;
        const names = value.properties
          .filter((p) => ts.isPropertyAssignment(p) && isStateEntry(ts, p))
          .map((p) => p.name.getText());
        if (names.length) states.set(node.name.getText(), new Set(names));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          const names = states.get(decl.name);
          if (!names) continue;
          if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !names.has(a.fieldName));
          for (const m of decl.members ?? []) {
            if (!names.has(m.name)) continue;
            delete m.attribute;
            delete m.reflects;
          }
        }
      }
    },
  };
}

export default { plugins: [litStatePlugin()] };
