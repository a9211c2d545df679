// A link to a file the API makes (a case file, a calendar, an attachment). On a server it is a plain
// link; in the static build the API lives in this browser, where a link cannot reach it, so the file
// is fetched through the transport and handed to the browser as a download.
import { type ReactNode, useState } from 'react';
import { download } from '../download.js';

export function ApiFileLink({
  path,
  fileName,
  className,
  children,
}: {
  path: string;
  fileName?: string;
  className?: string;
  children: ReactNode;
}) {
  const [error, setError] = useState<string>();
  const inBrowser = import.meta.env.MODE === 'static';
  return (
    <>
      <a
        className={className}
        href={`/api${path}`}
        download={fileName ?? true}
        onClick={(event) => {
          if (!inBrowser) return;
          event.preventDefault();
          setError(undefined);
          download(path, fileName ?? 'download').catch((e: Error) => setError(e.message));
        }}
      >
        {children}
      </a>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
