// The Embed dialog: an iframe snippet for the current view and selection, at a chosen size, with
// the legend on or off and the tour on or off, ready to copy.
import { useMemo, useRef, useState } from 'react';
import { PRESETS, embedSnippet, embedUrl, type Preset } from '../embed/snippet';
import type { HashState } from '../state/url';
import { Modal } from './Modal';

interface Props {
  appUrl: string;
  state: HashState;
  onClose: () => void;
}

export default function EmbedDialog({ appUrl, state, onClose }: Props) {
  const [preset, setPreset] = useState<Preset>('16:9');
  const [legend, setLegend] = useState(true);
  const [tour, setTour] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const snippet = useMemo(() => embedSnippet({ appUrl, preset, legend, tour, state }), [appUrl, preset, legend, tour, state]);
  const url = useMemo(() => embedUrl({ appUrl, legend, tour, state }), [appUrl, legend, tour, state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied('Copied to the clipboard.');
    } catch {
      // Clipboard access can be refused (an iframe, a permission): select the text for Ctrl+C instead.
      area.current?.select();
      setCopied('Selected: press Ctrl+C (⌘C) to copy.');
    }
  };

  return (
    <Modal title="Embed this view" onClose={onClose}>
      <fieldset className="options">
        <legend>Size</legend>
        {(Object.keys(PRESETS) as Preset[]).map((p) => (
          <label key={p}>
            <input type="radio" name="preset" value={p} checked={preset === p} onChange={() => setPreset(p)} /> {p === 'square' ? 'Square' : p} ({PRESETS[p].width}×{PRESETS[p].height})
          </label>
        ))}
      </fieldset>
      <fieldset className="options">
        <legend>Options</legend>
        <label>
          <input type="checkbox" checked={legend} onChange={(e) => setLegend(e.target.checked)} /> Show the legend
        </label>
        <label>
          <input type="checkbox" checked={tour} onChange={(e) => setTour(e.target.checked)} /> Start the tour
        </label>
      </fieldset>
      <label htmlFor="embed-snippet">Snippet</label>
      <textarea id="embed-snippet" ref={area} readOnly rows={5} value={snippet} onFocus={(e) => e.target.select()} />
      <div className="modal-actions">
        <button type="button" onClick={copy}>
          Copy snippet
        </button>
        <a href={url} target="_blank" rel="noopener">
          Preview the embed
        </a>
        <span role="status" className="muted">
          {copied}
        </span>
      </div>
      <p className="muted">The embed works offline from this site’s files. A host page can drive it with postMessage; see the README.</p>
    </Modal>
  );
}
