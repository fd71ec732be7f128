'use client';
import { useStudio } from '../../lib/store';

/** Where the workspace stands with the browser's storage, in a word. */
export function SaveStatus() {
  const saving = useStudio((s) => s.saving);
  const text = { loading: 'Opening…', saved: 'Saved in this browser', pending: 'Saving…', conflict: 'Changed in another tab', failed: 'Not saved' }[saving.state];
  return (
    <span className="muted save-status" data-testid="workspace.save" data-state={saving.state} title={saving.state === 'failed' ? saving.message : undefined}>
      {text}
    </span>
  );
}
