// Runs first in the single-file build only: answers the app's data fetches from inlined copies.
import files from 'virtual:atlas-inline-files';
import { inlineFetch } from './inlineFetch';

window.fetch = inlineFetch(files, document.baseURI, window.fetch.bind(window));
