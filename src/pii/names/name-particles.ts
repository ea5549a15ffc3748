/**
 * The particles written in lower case inside names ("Anna van Leeuwen", "Nur Aisyah binte Rahman",
 * "Jericho dela Cruz"), shared by the names stage and the authors' slots.
 *
 * @module
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'zu', 'de', 'der', 'den', 'del', 'della', 'dela', 'da', 'das', 'dos', 'di', 'du', 'la', 'le', 'ten', 'ter',
  'bin', 'bint', 'binti', 'binte', 'ibn', 'al', 'ni', 'nic', 'ui', 'st', 'thi', 'thị', 'văn',
  // Irish: "Ó Súilleabháin", "Ní Bhriain", "Uí Néill"
  'ó', 'ní', 'uí',
])
