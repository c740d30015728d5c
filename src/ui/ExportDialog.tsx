// "Export PNG": choose the size, render, download. The rendering module loads only when used.
import { useState } from 'react';
import type { ExportRequest } from '../map/exportPng';
import { Modal } from './Modal';

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
    setStatus('Drawing the picture…');
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
      setStatus(`Saved ${a.download} (${Math.round(blob.size / 1024)} KB).`);
    } catch (e) {
      setStatus(`The picture could not be made: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="Export a picture" onClose={onClose}>
      <fieldset className="options">
        <legend>Size</legend>
        <label>
          <input type="radio" name="scale" checked={scale === 1} onChange={() => setScale(1)} /> 1920×1080 (Full HD slide)
        </label>
        <label>
          <input type="radio" name="scale" checked={scale === 2} onChange={() => setScale(2)} /> 3840×2160 (4K)
        </label>
      </fieldset>
      <p className="muted">The picture shows the current view with the title, the selection, the legend and the attribution.</p>
      <div className="modal-actions">
        <button type="button" onClick={run} disabled={busy}>
          Export PNG
        </button>
        <span role="status">{status}</span>
      </div>
    </Modal>
  );
}
