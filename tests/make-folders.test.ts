import { existsSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { makeFolders, makeFoldersSync } from '../src/make-folders.js'

it('makes the missing folders one level at a time, and fails at once where the system refuses one', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'crosscheck-folders-'))
  expect(await makeFolders(path.join(root, 'a', 'b'))).toEqual([path.join(root, 'a'), path.join(root, 'a', 'b')])
  expect(await makeFolders(path.join(root, 'a', 'b'))).toEqual([])
  makeFoldersSync(path.join(root, 'c', 'd'))
  expect(existsSync(path.join(root, 'c', 'd'))).toBe(true)
  await writeFile(path.join(root, 'file'), '')
  await expect(makeFolders(path.join(root, 'file', 'e'))).rejects.toMatchObject({ code: 'ENOTDIR' })
  // (Node's recursive mkdir tries `/proc/x` and `/proc` in turn forever.)
  if (existsSync('/proc/self')) {
    await expect(makeFolders('/proc/no-such-folder/x')).rejects.toMatchObject({ code: 'ENOENT' })
    expect(() => makeFoldersSync('/proc/no-such-folder/x')).toThrow(/ENOENT/)
  }
})
