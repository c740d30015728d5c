// "Download data": all data, or what is open, as a Frictionless Data Package in a zip. The dialog is
// lazy; the builder and fflate load only when a button is pressed (src/export/downloadData.ts).
import { useState } from 'react';
import type { SelectionRef } from '../export/datapackage';
import type { Loaded } from '../export/downloadData';
import { Modal } from './Modal';
import { t } from '../i18n/later';
import { saveBlob } from './saveFile';

interface Props {
  /** What has loaded, read when a button is pressed. */
  loaded: () => Loaded;
  selection: SelectionRef | null;
  onClose: () => void;
}

export default function DataDialog({ loaded, selection, onClose }: Props) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (what: 'all' | SelectionRef) => {
    setBusy(true);
    setStatus(t('data.building'));
    try {
      const { packageZip } = await import('../export/downloadData');
      const r = packageZip(loaded(), what);
      if ('error' in r) {
        const e = r.error;
        setStatus(e === 'not-ready' ? t('export.notReady') : e.error === 'unknown' ? t('data.unknown', { id: e.id }) : e.error === 'none' ? t('data.noSelection') : t('data.noData'));
        return;
      }
      setStatus(saveBlob(new Blob([r.zip as BlobPart], { type: 'application/zip' }), r.name));
    } catch (e) {
      setStatus(t('data.failed', { problem: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={t('data.dialog')} onClose={onClose}>
      <p className="muted">{t('data.explain')}</p>
      <div className="modal-actions">
        <button type="button" onClick={() => run('all')} disabled={busy}>
          {t('data.all')}
        </button>
        <button type="button" onClick={() => selection && run(selection)} disabled={busy || !selection} aria-describedby={selection ? undefined : 'data-no-selection'}>
          {t('data.selection')}
        </button>
      </div>
      {!selection && (
        <p id="data-no-selection" className="muted">
          {t('data.noSelection')}
        </p>
      )}
      <p className="muted">
        {t('data.licence')}{' '}
        {/* The single file has no data/ folder beside it: the zip's own descriptor is the guide there. */}
        {import.meta.env.VITE_SINGLE ? (
          t('data.readmeInZip')
        ) : (
          <a href="data/README.md" target="_blank" rel="noopener">
            {t('data.readme')}
          </a>
        )}
      </p>
      <p role="status">{status}</p>
    </Modal>
  );
}
