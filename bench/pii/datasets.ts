/**
 * The two labelled dev sets, in one shape: gold spans to remove, and "ignore" spans (types the
 * scorer neither rewards nor punishes, e.g. addresses and organisations in the Presidio set).
 *
 * @module
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export interface Span {
  start: number
  end: number
  label: string
}

export interface Item {
  id: string
  style: string
  text: string
  entities: Span[]
  ignore: Span[]
}

export interface Dataset {
  name: string
  items: Item[]
  labels: string[]
}

export const DATA_DIR = process.env['VOXGUARD_PII_DATA'] ?? resolve(import.meta.dirname, '../../../shared/pii-data')

export function loadCallCenter(file = resolve(DATA_DIR, 'callcenter-dev.jsonl')): Dataset {
  const items: Item[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const r = JSON.parse(l) as { id: string; style: string; text: string; entities: Span[] }
      return { id: r.id, style: r.style, text: r.text, entities: r.entities, ignore: [] }
    })
  return { name: 'callcenter-dev', items, labels: ['NAME', 'PHONE', 'CARD', 'SSN', 'EMAIL', 'IBAN', 'IP', 'DOB', 'ACCOUNT'] }
}

const PRESIDIO_LABELS: Record<string, string> = {
  PERSON: 'NAME',
  PHONE_NUMBER: 'PHONE',
  CREDIT_CARD: 'CARD',
  US_SSN: 'SSN',
  EMAIL_ADDRESS: 'EMAIL',
  IBAN_CODE: 'IBAN',
  IP_ADDRESS: 'IP',
  US_DRIVER_LICENSE: 'DL',
}

export function loadPresidio(file = resolve(DATA_DIR, 'presidio-research/synth_dataset_v2.json')): Dataset {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as {
    full_text: string
    spans: { entity_type: string; start_position: number; end_position: number }[]
  }[]
  const items: Item[] = raw.map((r, i) => {
    const entities: Span[] = []
    const ignore: Span[] = []
    for (const s of r.spans) {
      const label = PRESIDIO_LABELS[s.entity_type]
      const span = { start: s.start_position, end: s.end_position, label: label ?? s.entity_type }
      if (label === undefined) ignore.push(span)
      else entities.push(span)
    }
    return { id: `p${i}`, style: 'written', text: r.full_text, entities, ignore }
  })
  return { name: 'presidio-synth-v2', items, labels: ['NAME', 'PHONE', 'CARD', 'SSN', 'EMAIL', 'IBAN', 'IP', 'DL'] }
}
