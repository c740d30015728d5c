// "Export PNG" and "Export SVG": choose the format and the size, draw, download. The drawing modules
// (MapLibre's off-screen map for the PNG, d3-geo for the SVG) load only when used.
import { useState } from 'react';
import type { ExportRequest } from '../map/exportPng';
import { Modal } from './Modal';
import { t } from '../i18n/later';
import { saveBlob } from './saveFile';

interface Props {
  /** What to draw, made when the reader asks (its module loads then). */
  request: () => Promise<Omit<ExportRequest, 'scale'>>;
  onClose: () => void;
}

export default function ExportDialog({ request, onClose }: Props) {
  const [format, setFormat] = useState<'png' | 'svg'>('png');
  const [scale, setScale] = useState<1 | 2>(1);
  const [status, setStatus] = useState<string>('');
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    setStatus(t(format === 'svg' ? 'export.drawingSvg' : 'export.drawing'));
    try {
      let blob: Blob;
      let name: string;
      if (format === 'svg') {
        const [{ renderSvg, svgFileName }, req] = await Promise.all([import('../map/exportSvg'), request()]);
        blob = await renderSvg({ ...req, scale });
        name = svgFileName(req.selectionName, new Date());
      } else {
        const { renderPng, exportFileName } = await import('../map/exportPng');
        const req = { ...(await request()), scale };
        blob = await renderPng(req);
        name = exportFileName(req.selectionName, new Date(), scale);
      }
      setStatus(saveBlob(blob, name));
    } catch (e) {
      setStatus(t('export.failed', { problem: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={t('export.dialog')} onClose={onClose}>
      <fieldset className="options">
        <legend>{t('export.format')}</legend>
        <label>
          <input type="radio" name="format" value="png" checked={format === 'png'} onChange={() => setFormat('png')} /> {t('export.png')}
        </label>
        <label>
          <input type="radio" name="format" value="svg" checked={format === 'svg'} onChange={() => setFormat('svg')} /> {t('export.svg')}
        </label>
      </fieldset>
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
          {t(format === 'svg' ? 'export.buttonSvg' : 'export.button')}
        </button>
        <span role="status">{status}</span>
      </div>
    </Modal>
  );
}
