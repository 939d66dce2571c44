import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A local web server on 127.0.0.1 with the pages the `add` tests fetch. */
export interface ArticleServer {
  /** `http://127.0.0.1:PORT` */
  base: string
  /** Whether the client hung up on /endless before the server stopped sending. */
  endlessClosedEarly: () => boolean
  close: () => Promise<void>
}

export function articlePage(title: string): string {
  return `<!doctype html><html><head><title>${title}</title>
<meta property="og:site_name" content="Local Gazette">
<meta property="article:published_time" content="2019-02-25T10:00:00Z">
<meta name="author" content="Jane Doe">
<script>document.write('SCRIPT RAN')</script></head>
<body><article><h1>${title}</h1>
<p>Lady Gaga and Bradley Cooper performed "Shallow" at the Oscars on Sunday night, sitting side by side at one piano.</p>
<p>Gaga asked whether she had nailed it as soon as they were off the stage, and Cooper told her that she had.</p>
</article></body></html>`
}

export async function startArticleServer(): Promise<ArticleServer> {
  let endlessChunks = 0
  let endlessClosed = false
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    if (url.pathname === '/article') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      response.end(articlePage(url.searchParams.get('title') ?? 'Gaga and Cooper sing Shallow'))
    } else if (url.pathname === '/notes.txt') {
      response.writeHead(200, { 'content-type': 'text/plain' })
      response.end(' date 2019-02-26 Plain notes\n\nGaga and Cooper sang at the Oscars, and the crowd stood up for them.')
    } else if (url.pathname === '/endless') {
      // No content-length: the client must count what it receives and stop.
      response.writeHead(200, { 'content-type': 'text/html' })
      const chunk = `<p>${'filler '.repeat(1000)}</p>`
      const send = (): void => {
        if (response.destroyed || endlessChunks > 10_000) return
        endlessChunks += 1
        if (response.write(chunk)) setImmediate(send)
        else response.once('drain', send)
      }
      response.on('close', () => {
        endlessClosed = endlessChunks <= 10_000
      })
      send()
    } else if (url.pathname === '/slow') {
      // Headers, then nothing: the client's timeout must fire.
      response.writeHead(200, { 'content-type': 'text/html' })
      response.write('<html><body>')
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' })
      response.end('not here')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}`,
    endlessClosedEarly: () => endlessClosed,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
