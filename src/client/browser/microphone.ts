/**
 * Microphone capture with an AudioWorklet: the worklet only batches raw samples (about 40 ms) and
 * hands them to the page, where `pcm-encoder` turns them into 16 kHz PCM16 frames. The worklet is
 * loaded from a Blob URL, so the client needs no extra file served next to it (a strict CSP must
 * allow `worker-src blob:`; or pass `workletUrl`).
 *
 * @module
 */
import { createPcmEncoder } from './pcm-encoder.js'

const WORKLET_SOURCE = `
class VoxguardCapture extends AudioWorkletProcessor {
  constructor() { super(); this.batch = new Float32Array(2048); this.n = 0 }
  process(inputs) {
    const channel = inputs[0] && inputs[0][0]
    if (channel) {
      for (let i = 0; i < channel.length; i++) {
        this.batch[this.n++] = channel[i]
        if (this.n === this.batch.length) {
          this.port.postMessage(this.batch, [this.batch.buffer])
          this.batch = new Float32Array(2048)
          this.n = 0
        }
      }
    }
    return true
  }
}
registerProcessor('voxguard-capture', VoxguardCapture)
`

export interface Microphone {
  /** The capture rate before resampling (for diagnostics). */
  readonly inputRate: number
  stop(): Promise<void>
}

export interface MicrophoneOptions {
  /** Receives 100 ms frames of 16 kHz PCM16 (little-endian). */
  readonly onFrame: (pcm: ArrayBuffer) => void
  /** Supplies the stream (default: getUserMedia for one audio track). */
  readonly getStream?: () => Promise<MediaStream>
  /** Where the worklet module is served, instead of the built-in Blob URL. */
  readonly workletUrl?: string
}

export async function startMicrophone(options: MicrophoneOptions): Promise<Microphone> {
  const stream = await (options.getStream ?? (() => navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true } })))()
  const context = new AudioContext()
  try {
    let moduleUrl = options.workletUrl
    let blobUrl: string | undefined
    if (moduleUrl === undefined) {
      blobUrl = URL.createObjectURL(new Blob([WORKLET_SOURCE], { type: 'text/javascript' }))
      moduleUrl = blobUrl
    }
    await context.audioWorklet.addModule(moduleUrl)
    if (blobUrl) URL.revokeObjectURL(blobUrl)
    if (context.state === 'suspended') await context.resume()
    const source = context.createMediaStreamSource(stream)
    const node = new AudioWorkletNode(context, 'voxguard-capture', { numberOfInputs: 1, numberOfOutputs: 0, channelCount: 1, channelCountMode: 'explicit' })
    const encoder = createPcmEncoder({ inputRate: context.sampleRate })
    node.port.onmessage = (event: MessageEvent<Float32Array>) => {
      for (const frame of encoder.push(event.data)) options.onFrame(frame)
    }
    source.connect(node)
    return {
      inputRate: context.sampleRate,
      async stop() {
        node.port.onmessage = null
        source.disconnect()
        node.disconnect()
        for (const track of stream.getTracks()) track.stop()
        await context.close()
      },
    }
  } catch (error) {
    for (const track of stream.getTracks()) track.stop()
    await context.close().catch(() => undefined)
    throw error
  }
}
