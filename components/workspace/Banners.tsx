'use client';
/** Messages about the workspace as a whole: notices with Undo, tab conflicts, a share link to accept. */
import { useStudio } from '../../lib/store';
import type { Persistence } from './useWorkspacePersistence';

export function Banners({ persistence }: { persistence: Persistence }) {
  const notice = useStudio((s) => s.notice);
  const saving = useStudio((s) => s.saving);
  return (
    <div className="banners" aria-live="polite">
      {saving.state === 'conflict' && (
        <div className="banner warning" role="alert" data-testid="workspace.conflict">
          This experiment was saved from another tab while you edited it here.
          <button onClick={() => void persistence.resolveConflict('theirs')}>Show the other tab&apos;s version</button>
          <button onClick={() => void persistence.resolveConflict('mine')}>Keep mine (overwrite theirs)</button>
        </div>
      )}
      {saving.state === 'failed' && (
        <div className="banner error" role="alert">
          {saving.message}
        </div>
      )}
      {persistence.pendingShare && (
        <div className="banner" role="alert" data-testid="share.incoming">
          This link holds an experiment ({Object.keys(persistence.pendingShare.files).length} files). Open it in place of your current workspace?
          <button data-testid="share.replace" onClick={() => persistence.acceptShare(true)}>Open the shared one</button>
          <button data-testid="share.keep" onClick={() => persistence.acceptShare(false)}>Keep mine</button>
        </div>
      )}
      {notice && (
        <div className={`banner ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="workspace.notice">
          {notice.text}
          {notice.undo && (
            <button
              onClick={() => {
                useStudio.getState().replaceWorkspace(notice.undo!);
                useStudio.getState().setNotice(null);
              }}
            >
              Undo
            </button>
          )}
          <button aria-label="Dismiss" onClick={() => useStudio.getState().setNotice(null)}>
            ✕
          </button>
        </div>
      )}
    </div>
  );
}
