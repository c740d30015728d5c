// The declaration as the app uses it: parsed once at module load from the copied source, with the
// lookups bound to it.
import source from '../../content/new-york-declaration-2023-09-21.md?raw';
import { parseDeclaration } from './parse';
import * as passages from './passages';
import type { Declaration, PassageId, SentenceId } from './types';

/** The New York Declaration, parsed; throws at load if the copied source changed shape. */
export const declaration: Declaration = parseDeclaration(source);

/** The raw source text (front matter included), for tests and a "view source" link. */
export const declarationSource: string = source;

export const passageById = (id: PassageId, decl: Declaration = declaration) => passages.passageById(id, decl);
export const sentenceById = (id: SentenceId, decl: Declaration = declaration) => passages.sentenceById(id, decl);
/** A paragraph id, or a sentence id with its paragraph: what a URL can point at. */
export const resolveAnchor = (id: string, decl: Declaration = declaration) => passages.resolveAnchor(id, decl);
export const passageTitle = (id: PassageId, decl: Declaration = declaration) => passages.passageTitle(id, decl);
export const fullText = (decl: Declaration = declaration) => passages.fullText(decl);
export const plainText = (decl: Declaration = declaration) => passages.plainText(decl);
