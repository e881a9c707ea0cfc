// custom-elements.json from the elements' doc blocks (`cem analyze`, run by scripts/build-lib.mjs).
// The analyzer's Lit support reads properties, attributes and the @summary/@fires/@csspart/
// @cssproperty tags; the plugins below teach it what is ours: the `@defineElement('tag')` decorator,
// event detail types from `GlobalEventHandlersEventMap`, `@example` blocks, and module paths that
// name the built files of the package rather than its TypeScript sources.

/** A source module as the analyzer names it (`components/x.ts`, `/components/x` for a superclass). */
const SOURCE_MODULE = /^\/?components\/((?:internal\/)?[\w.-]+?)(?:\.(?:ts|js))?$/;

/** components/<name>.ts → its file in the package: the module of an element, else its types. */
function packagePath(sourcePath, elementModules) {
  const name = SOURCE_MODULE.exec(sourcePath)?.[1];
  if (!name) return sourcePath;
  return elementModules.has(`components/${name}.ts`)
    ? `dist-lib/components/${name}.js`
    : `dist-lib/components/${name}.d.ts`;
}

/** `@defineElement('tag')` (components/internal/define.ts) defines a custom element, as `@customElement` does. */
function defineElementPlugin() {
  return {
    name: 'otp-rehearsal:define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const modifier of node.modifiers ?? []) {
        if (!ts.isDecorator(modifier) || !ts.isCallExpression(modifier.expression)) continue;
        const { expression: callee, arguments: [tag] = [] } = modifier.expression;
        if (!ts.isIdentifier(callee) || callee.text !== 'defineElement') continue;
        if (!tag || !ts.isStringLiteralLike(tag)) continue;
        moduleDoc.exports = [
          ...(moduleDoc.exports ?? []),
          {
            kind: 'custom-element-definition',
            name: tag.text,
            declaration: { name: node.name.text, module: moduleDoc.path },
          },
        ];
      }
    },
  };
}

/**
 * Event types from the `declare global { interface GlobalEventHandlersEventMap { … } }` blocks:
 * `'code-copied': CustomEvent<{ credentialId: string }>` gives the `code-copied` event that type.
 * Events the analyzer saw dispatched under a variable name (a shared `emit(type, detail)`) are
 * dropped: they name no event.
 */
function typedEventsPlugin() {
  /** @type {Map<string, string>} */
  const declared = new Map();
  return {
    name: 'otp-rehearsal:typed-events',
    collectPhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'GlobalEventHandlersEventMap') return;
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.type) continue;
        const name = member.name;
        if (ts.isStringLiteralLike(name) || ts.isIdentifier(name)) {
          declared.set(name.text, member.type.getText().replace(/\s+/g, ' '));
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of classes(customElementsManifest)) {
        if (!declaration.events) continue;
        declaration.events = declaration.events
          .filter((event) => declared.has(event.name) || event.description)
          .map((event) => {
            const type = declared.get(event.name);
            return type ? { ...event, type: { text: type } } : event;
          });
      }
    },
  };
}

/** `@example` blocks of a class's doc block, kept as `examples` (HTML the docs page shows live). */
function examplesPlugin() {
  return {
    name: 'otp-rehearsal:examples',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const examples = ts
        .getJSDocTags(node)
        .filter((tag) => tag.tagName.text === 'example')
        .map((tag) => ts.getTextOfJSDocComment(tag.comment)?.trim())
        .filter(Boolean);
      if (examples.length === 0) return;
      const declaration = moduleDoc.declarations?.find((item) => item.name === node.name.text);
      if (declaration) declaration.examples = examples;
    },
  };
}

/**
 * The public API only (private and protected members are implementation), and paths into the package: an
 * element's module is its built file, a helper module (a base class, shared styles) its types.
 */
function packagePlugin() {
  return {
    name: 'otp-rehearsal:package',
    packageLinkPhase({ customElementsManifest }) {
      // define.ts calls `customElements.define(tagName, elementClass)` with variables: no element.
      for (const module of customElementsManifest.modules) {
        module.exports = module.exports?.filter(
          (item) =>
            item.kind !== 'custom-element-definition' ||
            module.declarations?.some((declaration) => declaration.name === item.declaration.name),
        );
      }
      for (const declaration of classes(customElementsManifest)) {
        if (declaration.members) {
          declaration.members = declaration.members.filter(
            (member) => member.privacy !== 'private' && member.privacy !== 'protected',
          );
        }
      }
      const elementModules = new Set(
        customElementsManifest.modules
          .filter((module) => module.exports?.some((item) => item.kind === 'custom-element-definition'))
          .map((module) => module.path),
      );
      const rewrite = (value) => {
        if (Array.isArray(value)) return value.forEach(rewrite);
        if (!value || typeof value !== 'object') return;
        for (const key of ['path', 'module']) {
          if (typeof value[key] === 'string') value[key] = packagePath(value[key], elementModules);
        }
        Object.values(value).forEach(rewrite);
      };
      rewrite(customElementsManifest.modules);
    },
  };
}

function* classes(manifest) {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind === 'class') yield declaration;
    }
  }
}

export default {
  globs: ['components/*.ts', 'components/internal/*.ts'],
  // The app page's own start (main.ts imports it first), in no element of the library.
  exclude: ['components/internal/page-early.ts'],
  outdir: 'dist-lib',
  litelement: true,
  // package.json names the manifest itself ("customElements"); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [defineElementPlugin(), typedEventsPlugin(), examplesPlugin(), packagePlugin()],
};
