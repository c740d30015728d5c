// The lint rule that keeps English out of components (scripts/lint/no-english-literal.js): what it
// reports and what it lets through. `npm run lint` runs it over src/**/*.tsx in CI.
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import { noEnglishLiteral } from '../../scripts/lint/no-english-literal.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});
const error = { messageId: 'literal' };

tester.run('no-english-literal', noEnglishLiteral, {
  valid: [
    "const A = () => <p>{t('legend.layers')}</p>;",
    "const A = () => <button className=\"link-button since-open\" type=\"button\" onClick={() => go('commitments')}>{t('x')}</button>;",
    "const A = () => <span>{' · '}{n} / {total} ¶</span>;",
    "const A = ({ on }) => <input aria-current={on || undefined} id=\"embed-snippet\" />;",
    "import { x } from 'some module';",
    "dispatch({ type: 'stop autoplay' });",
    "if (mode === 'power line') stop();",
    "const A = () => <Modal title={t('export.dialog')} />;",
  ],
  invalid: [
    { code: 'const A = () => <p>Layers</p>;', errors: [error] },
    { code: "const A = ({ open }) => <b>{open ? 'Hide legend' : 'Legend & layers'}</b>;", errors: [error, error] },
    { code: 'const A = () => <button aria-label="Close panel" />;', errors: [error] },
    { code: 'const A = () => <Modal title="Export a picture" />;', errors: [error] },
    { code: 'const A = ({ n }) => <h3>{`On the map (${n})`}</h3>;', errors: [error] },
    { code: "const A = () => <LinkList empty=\"None of the mapped routes crosses it.\" />;", errors: [error] },
    { code: "const run = () => setStatus('Drawing the picture…');", errors: [error] },
  ],
});
