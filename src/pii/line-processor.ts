/**
 * Line-by-line stream processing for the CLI: reads a byte stream, decodes UTF-8 leniently
 * (invalid bytes become U+FFFD, never an error), calls `handle` once per line as soon as the line
 * is complete (streaming: stdin is never read whole) and writes exactly one output line per input
 * line, honouring back-pressure.
 *
 * @module
 */

export interface LineProcessorOptions {
  /** Called every `progressEvery` lines (for a progress display on a terminal). */
  onProgress?: (lines: number) => void
  progressEvery?: number
}

export async function processLines(
  input: AsyncIterable<Buffer | string | Uint8Array>,
  output: NodeJS.WritableStream,
  handle: (line: string) => string,
  options: LineProcessorOptions = {},
): Promise<number> {
  const decoder = new TextDecoder('utf-8', { fatal: false })
  const every = options.progressEvery ?? 1000
  let carry = ''
  let count = 0
  const emit = async (line: string): Promise<void> => {
    const out = handle(line)
    if (!output.write(`${out.includes('\n') ? out.replace(/\n/g, ' ') : out}\n`)) {
      await new Promise<void>((resolve) => output.once('drain', resolve))
    }
    count++
    if (options.onProgress !== undefined && count % every === 0) options.onProgress(count)
  }
  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
    let start = 0
    let nl = text.indexOf('\n')
    if (nl < 0) {
      carry += text
      continue
    }
    await emit(carry + text.slice(0, nl))
    carry = ''
    start = nl + 1
    while ((nl = text.indexOf('\n', start)) >= 0) {
      await emit(text.slice(start, nl))
      start = nl + 1
    }
    carry = text.slice(start)
  }
  carry += decoder.decode()
  if (carry.length > 0) await emit(carry)
  return count
}
