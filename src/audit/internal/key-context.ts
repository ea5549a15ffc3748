/**
 * The words without which rule 1 cannot tie a value to AssemblyAI. Every context the key detector
 * accepts outside built bundles needs one of them somewhere in the text (case aside):
 *
 * - a variable named after AssemblyAI (`ASSEMBLYAI_…`, `ASSEMBLY_AI_KEY`, `aai.settings.api_key`): the
 *   service's name in one of its spellings, or `aai`;
 * - a browser-exposed variable (`NEXT_PUBLIC_`, `EXPO_PUBLIC_`, `NUXT_PUBLIC_`, `PUBLIC_`, `VITE_`,
 *   `REACT_APP_`, `GATSBY_`): `public_`, `vite_`, `react_app_` or `gatsby_`;
 * - the service's name on the line, nearby or anywhere in the file.
 *
 * The detector returns nothing for a text without one of them (so this list is checked, not trusted),
 * which lets the tree scan's git grep look for these plain words instead of running a regex for
 * key-shaped values over every byte of every tracked file.
 *
 * @module
 */
export const KEY_CONTEXT_WORDS: readonly string[] = ['assemblyai', 'assembly_ai', 'assembly-ai', 'assembly.ai', 'assembly ai', 'aai', 'public_', 'vite_', 'react_app_', 'gatsby_']

/**
 * The service's name as code, configuration and prose write it, in lower-cased text: `assemblyai`,
 * `assembly_ai`, `assembly-ai`, `assembly.ai`, `assembly ai` (each is one of `KEY_CONTEXT_WORDS`).
 */
export const SERVICE_NAME = /assembly[-_. ]?ai/g

/** True when the lower-cased text names the service (`SERVICE_NAME`). */
export function namesService(lowerText: string): boolean {
  SERVICE_NAME.lastIndex = 0
  return SERVICE_NAME.test(lowerText)
}

/** True when the lower-cased text holds one of `KEY_CONTEXT_WORDS`. */
export function mentionsKeyContext(lowerText: string): boolean {
  for (const word of KEY_CONTEXT_WORDS) if (lowerText.includes(word)) return true
  return false
}
