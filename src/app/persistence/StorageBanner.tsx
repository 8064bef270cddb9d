/**
 * The banner for anything that puts work at risk: storage unavailable, full or failing, a damaged
 * stored document, a newer version saved by another tab. It always offers a one-click download of
 * the diagram as it is in this tab, and for conflicts the two safe ways out.
 */
import { useEditor } from '../store/editor-store';
import { downloadModel, downloadText, fileNameFor } from './download';
import { persistence } from './index';
import { usePersistence } from './session';

const button =
  'rounded border px-2.5 py-1 text-xs font-medium focus:outline-none focus:ring-2 focus:ring-offset-1 whitespace-nowrap';
const tones = {
  danger: {
    box: 'border-red-300 dark:border-red-900 bg-red-50 dark:bg-red-500/20 text-red-900 dark:text-red-300',
    primary: `${button} border-red-700 bg-red-700 text-white hover:bg-red-800 focus:ring-red-400`,
    secondary: `${button} border-red-300 dark:border-red-900 bg-white dark:bg-(--otz-surface) text-red-900 dark:text-red-300 hover:bg-red-100 dark:hover:bg-red-500/20 focus:ring-red-300`,
  },
  warning: {
    box: 'border-amber-300 dark:border-amber-900 bg-amber-50 dark:bg-amber-500/20 text-amber-950 dark:text-amber-300',
    primary: `${button} border-amber-700 bg-amber-700 text-white hover:bg-amber-800 focus:ring-amber-400`,
    secondary: `${button} border-amber-300 dark:border-amber-900 bg-white dark:bg-(--otz-surface) text-amber-950 dark:text-amber-300 hover:bg-amber-100 dark:hover:bg-amber-500/20 focus:ring-amber-300`,
  },
  info: {
    box: 'border-sky-200 dark:border-sky-900 bg-sky-50 dark:bg-sky-500/20 text-sky-950 dark:text-sky-300',
    primary: `${button} border-sky-700 bg-sky-700 text-white hover:bg-sky-800 focus:ring-sky-400`,
    secondary: `${button} border-sky-200 dark:border-sky-900 bg-white dark:bg-(--otz-surface) text-sky-900 dark:text-sky-300 hover:bg-sky-100 dark:hover:bg-sky-500/20 focus:ring-sky-300`,
  },
} as const;

function downloadCurrent() {
  downloadModel(useEditor.getState().model);
}

function downloadDamaged(text: string) {
  downloadText(text, fileNameFor(`${useEditor.getState().model.meta.name}-damaged`, '.txt'), 'text/plain');
}

function Banner(props: {
  tone: keyof typeof tones;
  role: 'alert' | 'status';
  title: string;
  message: string;
  children: React.ReactNode;
  testId: string;
}) {
  const t = tones[props.tone];
  return (
    <div
      role={props.role}
      data-testid={props.testId}
      className={`flex flex-wrap items-center gap-x-4 gap-y-2 border-b px-4 py-2 text-sm ${t.box}`}
    >
      <p className="min-w-0 flex-1 basis-96 leading-snug">
        <span className="font-semibold">{props.title}</span> {props.message}
      </p>
      <div className="flex flex-wrap gap-2">{props.children}</div>
    </div>
  );
}

export function StorageBanner() {
  const problem = usePersistence((s) => s.problem);
  const notice = usePersistence((s) => s.notice);
  const conflict = usePersistence((s) => s.conflict);
  const controller = persistence();

  return (
    <>
      {conflict ? (
        <Banner
          tone="warning"
          role="alert"
          testId="conflict-banner"
          title={conflict.kind === 'deleted' ? 'Deleted in another tab.' : 'Changed in another tab.'}
          message={
            conflict.kind === 'deleted'
              ? 'Another tab deleted this diagram. What you see here is not saved anywhere: keep it as a copy or download it.'
              : conflict.localChanges
                ? 'Another tab saved a newer version of this diagram, so your changes here were not saved over it. Reload the newer version (your changes here are dropped) or keep yours as a separate copy.'
                : 'Another tab saved a newer version of this diagram. Reload to see it; edits made here before reloading will not overwrite it.'
          }
        >
          {conflict.kind === 'changed' ? (
            <button
              type="button"
              className={tones.warning.primary}
              onClick={() => void controller?.reloadLatest()}
            >
              Reload newer version
            </button>
          ) : null}
          <button
            type="button"
            className={conflict.kind === 'deleted' ? tones.warning.primary : tones.warning.secondary}
            onClick={() => void controller?.saveAsCopy()}
          >
            Save mine as a copy
          </button>
          <button type="button" className={tones.warning.secondary} onClick={downloadCurrent}>
            Download
          </button>
        </Banner>
      ) : null}
      {problem ? (
        <Banner
          tone="danger"
          role="alert"
          testId="storage-banner"
          title={
            problem.kind === 'corrupt'
              ? 'Saved diagram damaged.'
              : problem.kind === 'quota'
                ? 'Storage full.'
                : problem.kind === 'unavailable'
                  ? 'Not saving.'
                  : 'Saving failed.'
          }
          message={problem.message}
        >
          <button type="button" className={tones.danger.primary} onClick={downloadCurrent}>
            Download a copy
          </button>
          {problem.damagedText ? (
            <button
              type="button"
              className={tones.danger.secondary}
              onClick={() => downloadDamaged(problem.damagedText!)}
            >
              Download damaged text
            </button>
          ) : null}
          {problem.kind === 'corrupt' ? (
            <button
              type="button"
              className={tones.danger.secondary}
              onClick={() => usePersistence.setState({ problem: null })}
            >
              Dismiss
            </button>
          ) : null}
        </Banner>
      ) : null}
      {notice && !problem ? (
        <Banner
          tone="info"
          role="status"
          testId="storage-notice"
          title={notice.title}
          message={notice.message}
        >
          {notice.damagedText ? (
            <button
              type="button"
              className={tones.info.secondary}
              onClick={() => downloadDamaged(notice.damagedText!)}
            >
              Download damaged text
            </button>
          ) : null}
          <button type="button" className={tones.info.secondary} onClick={() => controller?.dismissNotice()}>
            Dismiss
          </button>
        </Banner>
      ) : null}
    </>
  );
}
