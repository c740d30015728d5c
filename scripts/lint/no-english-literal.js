// Lint rule: a component renders no English of its own. Its words come from the message catalog
// (src/i18n), so a second language is a second catalog, not a hunt through the components.
// Reports, in .tsx files: JSX text with a letter; a string with a letter rendered as a child or given
// to a text attribute (aria-label, title, alt, placeholder, label, summary, …); and, anywhere else
// in the file, a string that reads as prose (two words or more), such as a status line set in state.

/** Attributes whose value a reader sees or hears. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder',
  'title', 'alt', 'placeholder', 'label', 'summary', 'empty', 'caption', 'heading', 'fallback',
]);

/** Attributes that are never read out: identifiers, styles, URLs, states. */
const CODE_ATTRIBUTES = /^(className|class|key|id|type|role|name|value|href|src|target|rel|htmlFor|lang|dir|method|rows|cols|width|height|viewBox|d|fill|stroke|x\d?|y\d?|r|cx|cy|points|transform|style|dateTime|autoComplete|inputMode|enterKeyHint|loading|allow|referrerPolicy|sandbox|data-.*|aria-(controls|describedby|labelledby|live|current|hidden|expanded|pressed|haspopup|modal|owns|selected|checked|disabled|busy|atomic|relevant|level|setsize|posinset|sort|orientation|autocomplete|invalid|required|readonly|multiline|multiselectable|activedescendant|details|errormessage|flowto|keyshortcuts))$/;

const LETTER = /\p{L}/u;
/** Two words in a row: "Drawing the picture", "Not stated"; not 'link-button', not 'a.b'. */
const PROSE = /\p{L}{2,}[,;:]?\s+\p{L}/u;

/** Calls whose string arguments are ids, not words. */
const ID_CALLS = new Set(['t', 'message', 'labelTable', 'addMessages', 'require', 'useMediaQuery', 'matchMedia', 'querySelector', 'querySelectorAll', 'getElementById', 'closest', 'createElement', 'addEventListener', 'removeEventListener', 'setAttribute', 'getAttribute', 'removeAttribute', 'import']);

/** Walks up through the expressions that only pass a string on (a ? 'A' : 'B', x && 'A', `…${'A'}`). */
function consumer(node) {
  let n = node;
  for (;;) {
    const p = n.parent;
    if (!p) return { node: n, parent: null };
    const passes =
      (p.type === 'ConditionalExpression' && p.test !== n) ||
      p.type === 'LogicalExpression' ||
      (p.type === 'BinaryExpression' && p.operator === '+') ||
      p.type === 'TemplateLiteral' ||
      p.type === 'TSAsExpression' ||
      p.type === 'TSNonNullExpression' ||
      p.type === 'ArrayExpression' ||
      (p.type === 'CallExpression' && p.callee.type === 'MemberExpression' && p.callee.property.name === 'join');
    if (!passes) return { node: n, parent: p };
    n = p;
  }
}

function textOf(node) {
  if (node.type === 'Literal') return typeof node.value === 'string' ? node.value : '';
  if (node.type === 'TemplateLiteral') return node.quasis.map((q) => q.value.cooked ?? '').join(' ');
  return '';
}

function calleeName(call) {
  const c = call.callee;
  if (c.type === 'Identifier') return c.name;
  if (c.type === 'MemberExpression' && c.property.type === 'Identifier') return c.property.name;
  return '';
}

/** @type {import('eslint').Rule.RuleModule} */
export const noEnglishLiteral = {
  meta: {
    type: 'problem',
    docs: { description: 'Words a reader sees come from the message catalog (src/i18n), not literals in components.' },
    messages: { literal: 'Visible text "{{text}}" is not from the catalog: add it to src/i18n/locales and call t().' },
    schema: [],
  },
  create(context) {
    const report = (node, text) => context.report({ node, messageId: 'literal', data: { text: text.trim().slice(0, 40) } });
    const check = (node) => {
      const text = textOf(node);
      if (!LETTER.test(text)) return;
      const { parent } = consumer(node);
      if (!parent) return;
      if (parent.type === 'ImportDeclaration' || parent.type === 'ExportNamedDeclaration' || parent.type === 'ExportAllDeclaration' || parent.type === 'ImportExpression') return;
      if (parent.type === 'TSLiteralType' || parent.type === 'TSEnumMember') return;
      if (parent.type === 'Property' && parent.key === node) return;
      // An action's or a kind's name: `{ type: 'stop autoplay' }`.
      if (parent.type === 'Property' && parent.key.type === 'Identifier' && (parent.key.name === 'type' || parent.key.name === 'kind')) return;
      if (parent.type === 'MemberExpression' && parent.property === node) return;
      if (parent.type === 'CallExpression' && ID_CALLS.has(calleeName(parent))) return;
      // Comparisons and switch cases name values, they do not show them.
      if (parent.type === 'BinaryExpression' || parent.type === 'SwitchCase') return;
      if (parent.type === 'JSXExpressionContainer' && (parent.parent.type === 'JSXElement' || parent.parent.type === 'JSXFragment')) return report(node, text);
      const attribute = parent.type === 'JSXAttribute' ? parent : parent.type === 'JSXExpressionContainer' && parent.parent.type === 'JSXAttribute' ? parent.parent : null;
      if (attribute) {
        const name = attribute.name.type === 'JSXNamespacedName' ? `${attribute.name.namespace.name}:${attribute.name.name.name}` : attribute.name.name;
        if (CODE_ATTRIBUTES.test(name)) return;
        if (TEXT_ATTRIBUTES.has(name) || PROSE.test(text)) return report(node, text);
        return;
      }
      if (PROSE.test(text)) report(node, text);
    };
    return {
      JSXText(node) {
        if (LETTER.test(node.value)) report(node, node.value);
      },
      Literal: check,
      TemplateLiteral(node) {
        // A template inside another string context is judged with its outer expression.
        check(node);
      },
    };
  },
};

export default { rules: { 'no-english-literal': noEnglishLiteral } };
