// "Export PNG": choose the size, render, download. The rendering module loads only when used.
import { useState } from 'react';
import type { ExportRequest } from '../map/exportPng';
import { Modal } from './Modal';
import { formatNumber, t } from '../i18n/later';

interface Props {
  /** What to draw, made when the reader asks (its module loads then). */
  request: () => Promise<Omit<ExportRequest, 'scale'>>;
  onClose: () => void;
}

export default function ExportDialog({ request, onClose }: Props) {
  const [scale, setScale] = useState<1 | 2>(1);
  const [status, setStatus] = useState<string>('');
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    setStatus(t('export.drawing'));
    try {
      const { renderPng, exportFileName } = await import('../map/exportPng');
      const req = { ...(await request()), scale };
      const blob = await renderPng(req);
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = exportFileName(req.selectionName, new Date(), scale);
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      setStatus(t('file.saved', { name: a.download, size: t('file.kb', { size: formatNumber(Math.round(blob.size / 1024)) }) }));
    } catch (e) {
      setStatus(t('export.failed', { problem: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={t('export.dialog')} onClose={onClose}>
      <fieldset className="options">
        <legend>{t('export.size')}</legend>
        <label>
          <input type="radio" name="scale" checked={scale === 1} onChange={() => setScale(1)} /> {t('export.fullHd')}
        </label>
        <label>
          <input type="radio" name="scale" checked={scale === 2} onChange={() => setScale(2)} /> {t('export.fourK')}
        </label>
      </fieldset>
      <p className="muted">{t('export.explain')}</p>
      <div className="modal-actions">
        <button type="button" onClick={run} disabled={busy}>
          {t('export.button')}
        </button>
        <span role="status">{status}</span>
      </div>
    </Modal>
  );
}
