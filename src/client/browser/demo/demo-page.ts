/**
 * The /demo page: start/stop, live turns, a direct/proxied switch, and where the key lives. The
 * page holds only the voxguard client key the user pastes (in memory).
 *
 * @module
 */
import { createLiveTranscriber, type LiveTranscriber, type LiveTranscriberMode, type TurnEvent } from '../index.js'

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id)
  if (!el) throw new Error(`#${id} missing`)
  return el as T
}

const keyInput = $<HTMLInputElement>('client-key')
const startButton = $<HTMLButtonElement>('start')
const stopButton = $<HTMLButtonElement>('stop')
const status = $<HTMLSpanElement>('status')
const errorBox = $<HTMLParagraphElement>('error')
const turnsList = $<HTMLOListElement>('turns')
let transcriber: LiveTranscriber | undefined
const turnItems = new Map<number, HTMLLIElement>()

const selectedMode = (): LiveTranscriberMode => (document.querySelector<HTMLInputElement>('input[name=mode]:checked')?.value === 'direct' ? 'direct' : 'proxied')

function highlightMode(): void {
  const mode = selectedMode()
  $('note-direct').classList.toggle('active', mode === 'direct')
  $('note-proxied').classList.toggle('active', mode === 'proxied')
}

function showTurn(turn: TurnEvent): void {
  let item = turnItems.get(turn.turn_order)
  if (!item) {
    item = document.createElement('li')
    turnItems.set(turn.turn_order, item)
    turnsList.append(item)
  }
  item.textContent = turn.transcript
  item.className = turn.end_of_turn ? 'final' : 'partial'
  item.dataset['turnOrder'] = String(turn.turn_order)
}

function setStatus(text: string): void {
  status.textContent = text
}

startButton.addEventListener('click', () => {
  const key = keyInput.value.trim()
  errorBox.hidden = true
  if (!key) {
    errorBox.textContent = 'Paste the voxguard client key first.'
    errorBox.hidden = false
    return
  }
  turnItems.clear()
  turnsList.replaceChildren()
  transcriber = createLiveTranscriber({
    gatewayUrl: location.origin,
    getAuth: () => `Bearer ${key}`,
    mode: selectedMode(),
    onTurn: showTurn,
    onStateChange: (state) => {
      setStatus(state === 'live' ? `live (${transcriber?.mode ?? ''})` : state)
      startButton.disabled = state !== 'idle'
      stopButton.disabled = state !== 'live'
    },
    onError: (error) => {
      errorBox.textContent = `${error.kind}: ${error.message}`
      errorBox.hidden = false
    },
  })
  transcriber.start().catch(() => undefined)
})

stopButton.addEventListener('click', () => {
  void transcriber?.stop()
})

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name=mode]')) radio.addEventListener('change', highlightMode)
highlightMode()
