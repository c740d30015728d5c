// The messages past the first view (panels, tour, dialogs, slides, the export's errors): importing
// `t` from here loads their catalog with the code that shows them, so the first load stays small.
import { addMessages, message, SOURCE_LOCALE, type MessageId, type MessageValues } from './index';
import later from './locales/en.later.json';

addMessages(SOURCE_LOCALE, later);

/** Any message `id` in the active locale, with `values` put into its placeholders and plurals. */
export const t: (id: MessageId, values?: MessageValues) => string = message;

export { formatDate, formatList, formatNumber } from './index';
