// "Slides (.pptx)": draws the deck as soon as the dialog opens, counts the slides as they are drawn,
// cancels on request (or when the dialog closes) and downloads the file when it is ready.
import { useEffect, useRef, useState } from 'react';
import type { SlidesProgress } from '../slides/pptx';
import { Modal } from './Modal';
import { formatNumber, t } from '../i18n/later';
import { clickDownload } from './saveFile';

interface Props {
  /** Makes the file; the app binds the deck and the picture renderer (see src/slides). */
  build: (onProgress: (p: SlidesProgress) => void, signal: AbortSignal) => Promise<Blob>;
  fileName: string;
  onClose: () => void;
}

type Status =
  | { state: 'working'; progress: SlidesProgress | null }
  | { state: 'done'; url: string; size: number }
  | { state: 'cancelled' }
  | { state: 'failed'; message: string };

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? t('file.mb', { size: formatNumber(bytes / (1024 * 1024), { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })
    : t('file.kb', { size: formatNumber(Math.max(1, Math.round(bytes / 1024))) });
}

function progressText(p: SlidesProgress | null): string {
  if (!p) return t('slides.ready');
  return p.stage === 'packing' ? t('slides.packing', { total: p.total }) : t('slides.drawing', { slide: p.slide, total: p.total });
}

export default function SlidesDialog({ build, fileName, onClose }: Props) {
  const [status, setStatus] = useState<Status>({ state: 'working', progress: null });
  const [attempt, setAttempt] = useState(0);
  const controller = useRef<AbortController | null>(null);
  // The latest props without restarting the drawing when the parent re-renders.
  const props = useRef({ build, fileName });
  // Before the drawing's effect below, which reads it in the same commit.
  useEffect(() => {
    props.current = { build, fileName };
  });

  useEffect(() => {
    const ctl = new AbortController();
    controller.current = ctl;
    let url: string | null = null;
    props.current
      .build((progress) => !ctl.signal.aborted && setStatus({ state: 'working', progress }), ctl.signal)
      .then((blob) => {
        if (ctl.signal.aborted) return;
        url = URL.createObjectURL(blob);
        clickDownload(url, props.current.fileName);
        setStatus({ state: 'done', url, size: blob.size });
      })
      .catch((e: unknown) => {
        // A cancel from the button is reported; one from closing the dialog has no one to tell.
        if ((e as Error)?.name === 'AbortError' || ctl.signal.aborted) {
          if (controller.current === ctl) setStatus({ state: 'cancelled' });
          return;
        }
        setStatus({ state: 'failed', message: (e as Error)?.message || String(e) });
      });
    return () => {
      controller.current = null;
      ctl.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [attempt]);

  const cancel = () => controller.current?.abort();
  // The new attempt starts from "working" in the same render that starts it.
  const again = () => {
    setStatus({ state: 'working', progress: null });
    setAttempt((n) => n + 1);
  };

  return (
    <Modal title={t('slides.title')} onClose={onClose}>
      {status.state === 'working' && (
        <>
          <p role="status">{progressText(status.progress)}</p>
          <progress
            aria-label={t('slides.drawn')}
            max={status.progress?.total ?? 1}
            value={status.progress ? (status.progress.stage === 'packing' ? status.progress.total : status.progress.slide - 1) : undefined}
          />
          <div className="modal-actions">
            <button type="button" onClick={cancel}>
              {t('slides.cancel')}
            </button>
          </div>
        </>
      )}
      {status.state === 'done' && (
        <>
          <p role="status">
            {t('file.saved', { name: fileName, size: sizeText(status.size) })}
          </p>
          <p className="muted">{t('slides.notes')}</p>
          <div className="modal-actions">
            <a href={status.url} download={fileName}>
              {t('slides.downloadAgain')}
            </a>
          </div>
        </>
      )}
      {status.state === 'cancelled' && (
        <>
          <p role="status">{t('slides.cancelled')}</p>
          <div className="modal-actions">
            <button type="button" onClick={again}>
              {t('slides.startAgain')}
            </button>
          </div>
        </>
      )}
      {status.state === 'failed' && (
        <>
          <p role="alert">{t('slides.failed', { problem: status.message })}</p>
          <div className="modal-actions">
            <button type="button" onClick={again}>
              {t('slides.tryAgain')}
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
