// Types for the lint rule, which is plain JavaScript so that eslint.config.js can load it as is.
import type { Rule } from 'eslint';

export const noEnglishLiteral: Rule.RuleModule;
declare const plugin: { rules: Record<string, Rule.RuleModule> };
export default plugin;
