import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { CaptureStream } from '../../test/helpers/capture-stream.js'
import { processLines } from './line-processor.js'

async function run(chunks: (string | Buffer)[]): Promise<string[]> {
  const out = new CaptureStream()
  await processLines(Readable.from(chunks, { objectMode: true }), out, (l) => `<${l}>`)
  const text = out.text()
  return text === '' ? [] : text.slice(0, -1).split('\n')
}

describe('processLines', () => {
  it('writes one line per input line, including empty lines and an unterminated last line', async () => {
    expect(await run(['a\n\nb\n'])).toEqual(['<a>', '<>', '<b>'])
    expect(await run(['a\nb'])).toEqual(['<a>', '<b>'])
    expect(await run([])).toEqual([])
    expect(await run(['\n'])).toEqual(['<>'])
  })

  it('joins lines split across chunks, including a multi-byte character split in two', async () => {
    const euro = Buffer.from('€', 'utf8')
    expect(await run([Buffer.from('ab'), Buffer.from('c\nd'), euro.subarray(0, 1), euro.subarray(1), Buffer.from('\n')])).toEqual([
      '<abc>',
      '<d€>',
    ])
  })

  it('decodes invalid UTF-8 to replacement characters instead of failing', async () => {
    expect(await run([Buffer.from([0x61, 0xff, 0xfe, 0x0a, 0x00, 0x62, 0x0a])])).toEqual(['<a\uFFFD\uFFFD>', '<\u0000b>'])
  })

  it('never lets a handler output break the one-line-per-line contract', async () => {
    const out = new CaptureStream()
    await processLines(Readable.from(['x\ny\n']), out, () => 'two\nlines')
    expect(out.text()).toBe('two lines\ntwo lines\n')
  })
})
