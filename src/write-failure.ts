/**
 * What a failed write of a file, or of the folders above it, means to the
 * person who asked for it: words, never an error code alone. `overrides`
 * word the codes whose meaning depends on the write (EEXIST is a file in the
 * way for `add`, a parent that is no folder for a report).
 */
export function describeWriteFailure(error: unknown, overrides: Readonly<Record<string, string>> = {}): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const reason = code === undefined ? undefined : (overrides[code] ?? reasons[code])
  if (reason !== undefined) return reason
  // An error without words of ours keeps its own first line, which names its code (`EIO: i/o error, write`).
  return error instanceof Error ? error.message.split('\n')[0] || 'unknown error' : String(error)
}

const reasons: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is a file, not a folder',
  // A file or folder made under /proc or /sys: the parent is there, and takes none.
  ENOENT: 'the system refuses a file or folder there',
  ENAMETOOLONG: 'a name in the path is too long',
  ELOOP: 'a link in the path leads back to itself',
}
