'use client';
/** "Share": the workspace (files and overrides, never data files) packed into the link's fragment. */
import { useState } from 'react';
import { encodeShareFragment, LONG_LINK_CHARS } from '../../lib/io/share-link';
import { useStudio } from '../../lib/store';

export function ShareButton() {
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const share = async () => {
    const url = `${location.origin}${location.pathname}${encodeShareFragment(useStudio.getState().workspace)}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const hasData = useStudio((s) => Object.keys(s.dataFiles).length > 0);
  return (
    <>
      <button onClick={() => void share()} data-testid="share.button" title="Copy a link that opens this experiment">
        Share
      </button>
      {link && (
        <div className="dialog" role="dialog" aria-label="Share link" data-testid="share.dialog">
          <p>{copied ? 'Link copied to the clipboard.' : 'Copy this link:'}</p>
          <input readOnly value={link} data-testid="share.link" onFocus={(e) => e.currentTarget.select()} aria-label="Share link" />
          {link.length > LONG_LINK_CHARS && (
            <p className="warning" data-testid="share.long">
              This link is {link.length} characters long; some chat tools and mail clients cut links past about {LONG_LINK_CHARS}. Download the folder as a zip instead if it arrives broken.
            </p>
          )}
          {hasData && <p className="muted">Data files (data/) are not in the link; send them separately.</p>}
          <button onClick={() => setLink(null)} autoFocus>
            Close
          </button>
        </div>
      )}
    </>
  );
}
