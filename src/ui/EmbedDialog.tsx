// The Embed dialog: an iframe snippet for the current view and selection, at a chosen size, with
// the legend on or off and the tour on or off, ready to copy.
import { useMemo, useRef, useState } from 'react';
import { PRESETS, embedSnippet, embedUrl, type Preset } from '../embed/snippet';
import type { HashState } from '../state/url';
import { Modal } from './Modal';
import { DEFAULT_LANG, type Lang } from '../../data/lang';
import { t } from '../i18n/later';

interface Props {
  appUrl: string;
  /** The language the embed opens in: the reader's now (English when not given). */
  lang?: Lang;
  state: HashState;
  onClose: () => void;
}

export default function EmbedDialog({ appUrl, lang = DEFAULT_LANG, state, onClose }: Props) {
  const [preset, setPreset] = useState<Preset>('16:9');
  const [legend, setLegend] = useState(true);
  const [tour, setTour] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const snippet = useMemo(() => embedSnippet({ appUrl, preset, legend, tour, state, lang }), [appUrl, preset, legend, tour, state, lang]);
  const url = useMemo(() => embedUrl({ appUrl, legend, tour, state, lang }), [appUrl, legend, tour, state, lang]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(t('embed.copied'));
    } catch {
      // Clipboard access can be refused (an iframe, a permission): select the text for Ctrl+C instead.
      area.current?.select();
      setCopied(t('embed.selected'));
    }
  };

  return (
    <Modal title={t('embed.title')} onClose={onClose}>
      <fieldset className="options">
        <legend>{t('export.size')}</legend>
        {(Object.keys(PRESETS) as Preset[]).map((p) => (
          <label key={p}>
            <input type="radio" name="preset" value={p} checked={preset === p} onChange={() => setPreset(p)} />{' '}
            {t('embed.preset', { preset: p, width: PRESETS[p].width, height: PRESETS[p].height })}
          </label>
        ))}
      </fieldset>
      <fieldset className="options">
        <legend>{t('embed.options')}</legend>
        <label>
          <input type="checkbox" checked={legend} onChange={(e) => setLegend(e.target.checked)} /> {t('embed.showLegend')}
        </label>
        <label>
          <input type="checkbox" checked={tour} onChange={(e) => setTour(e.target.checked)} /> {t('embed.startTour')}
        </label>
      </fieldset>
      <label htmlFor="embed-snippet">{t('embed.snippet')}</label>
      <textarea id="embed-snippet" ref={area} readOnly rows={5} value={snippet} onFocus={(e) => e.target.select()} />
      <div className="modal-actions">
        <button type="button" onClick={copy}>
          {t('embed.copy')}
        </button>
        <a href={url} target="_blank" rel="noopener">
          {t('embed.preview')}
        </a>
        <span role="status" className="muted">
          {copied}
        </span>
      </div>
      <p className="muted">{t('embed.note')}</p>
    </Modal>
  );
}
