// A programme the declaration names: what it is, who runs it, its cited facts, the passages that
// name it, and the features it concerns (highlighted on the map by the app).
import { prose, proseOrNull } from '../../../data/lang';
import type { Content } from '../../content/build';
import { LinkList, PassageQuote, SourceList, type OnSelect } from './common';
import { programmeKindLabel } from '../../data/labels';
import { t } from '../../i18n/later';
import { labelTable } from '../../i18n';
import { displayDate, newestDate } from '../../content/commitments';
import { PROGRAMME_STATUS, PROGRAMME_STATUSES, programmeStepOn } from '../../content/status-now';
import { LAST_DAY } from '../../state/url';

/** What became of a programme, in words: loaded with the panels. */
const programmeStatusLabel = labelTable('programmeStatus', PROGRAMME_STATUSES);

export function ProgrammePanel({ id, content, onSelect, day = LAST_DAY }: { id: string; content: Content; onSelect: OnSelect; day?: string }) {
  const p = content.programmeById.get(id);
  if (!p) return <p>{t('programme.missing')}</p>;
  const features = content.links?.featuresForProgramme(id) ?? [];
  const record = PROGRAMME_STATUS[id];
  const step = programmeStepOn(id, day);
  const latest = programmeStepOn(id, LAST_DAY);
  const evidence = newestDate(latest?.sources.map((s) => s.published) ?? []);
  return (
    <>
      <dl className="facts">
        <dt>{t('panel.kind')}</dt>
        <dd>{programmeKindLabel[p.kind]}</dd>
        <dt>{t('programme.runBy')}</dt>
        <dd>{proseOrNull(p.runBy) ?? t('programme.notStated')}</dd>
        {record && (
          <>
            <dt>{t('programme.fate')}</dt>
            <dd>
              {/* On the map's date, and now when that differs: a programme's fate is mostly news since the summit. */}
              {latest !== step && <p className="status-on-day">{t('programme.onDay', { date: displayDate(day), status: step ? programmeStatusLabel[step.status] : t('programme.nothingYet') })}</p>}
              {latest && (
                <>
                  <span className={`status programme-${latest.status}`}>{programmeStatusLabel[latest.status]}</span> {t('commitment.statusSince', { date: displayDate(latest.date) })}
                </>
              )}
            </dd>
            {evidence && (
              <>
                <dt>{t('commitment.evidence')}</dt>
                <dd>
                  <time dateTime={evidence}>{displayDate(evidence.slice(0, 7))}</time>
                </dd>
              </>
            )}
            <dt>{t('commitment.lastChecked')}</dt>
            <dd>
              <time dateTime={record.checked}>{displayDate(record.checked)}</time>
            </dd>
          </>
        )}
      </dl>
      {latest && (
        <div className="programme-fate">
          <p>{prose(latest.note)}</p>
          <SourceList sources={latest.sources} />
        </div>
      )}
      <p>{prose(p.summary)}</p>
      {p.facts.length > 0 && (
        <>
          <h3>{t('programme.facts')}</h3>
          <ul>
            {p.facts.map((f) => (
              <li key={prose(f.text)}>
                {prose(f.text)}
                <SourceList sources={f.sources} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('panel.onMap', { count: features.length })}</h3>
      <LinkList
        className="chips"
        items={features.map((f) => ({ id: f.id, label: f.name }))}
        onSelect={onSelect}
        empty={t('programme.noFeatures')}
      />
      <h3>{t('panel.namingPassages', { count: p.mentions.length })}</h3>
      {p.mentions.map((m) => (
        <PassageQuote key={m.passageId} content={content} passageId={m.passageId} highlight={m.sentenceIds} onSelect={onSelect} />
      ))}
    </>
  );
}
