/**
 * What a path is, for the rules: env file, CI configuration, built front-end output, lock file, code.
 * Paths are root-relative and `/`-separated.
 *
 * @module
 */

const ENV_NAME = /^\.env(?:\..+)?$|^.+\.env$/
/** Templates, and dotenv-vault's encrypted `.env.vault` (made to be committed). */
const ENV_TEMPLATE = /(?:^|\.)(?:example|sample|template|dist|defaults|schema|tpl|vault)$/i
const LOCK_NAME = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|composer\.lock|Gemfile\.lock|Pipfile\.lock|poetry\.lock|Cargo\.lock|go\.sum|packages\.lock\.json|[^/]+\.lock)$/
const CI_PATH = /^(?:.*\/)?(?:\.github\/workflows\/[^/]+\.ya?ml|\.github\/actions\/.+\.ya?ml|\.gitlab-ci\.ya?ml|\.gitlab\/.+\.ya?ml|\.circleci\/[^/]+\.ya?ml|azure-pipelines[^/]*\.ya?ml|\.azure-pipelines\/.+\.ya?ml|\.azuredevops\/.+\.ya?ml|Jenkinsfile(?:\.[^/]+)?|[^/]+\.jenkinsfile|bitbucket-pipelines\.ya?ml|\.travis\.ya?ml|\.drone\.ya?ml|buildkite\.ya?ml|\.buildkite\/.+\.ya?ml)$/
/** Directories of built front-end output, as path suffixes. */
export const BUNDLE_DIRS: readonly string[] = ['dist', 'build', 'out', '.next/static', '.output/public', '.svelte-kit/output', '.nuxt/dist', 'storybook-static']
const BUNDLE_DIR = new RegExp(`(?:^|/)(?:${BUNDLE_DIRS.map((d) => d.replace(/[.]/g, '\\.')).join('|')})/`)
const BUNDLE_EXT = /\.(?:m?js|cjs|map|json|html?|css|txt)$/
const CODE_EXT = /\.(?:[cm]?[jt]sx?|vue|svelte)$/
const DECL = /\.d\.[cm]?ts$/
const BROWSER_PATH = /(?:^|\/)(?:client|browser|frontend|front-end|web|webapp|public|static|www|components|pages|app|views|ui|src\/routes)\//

export function baseName(path: string): string {
  const i = path.lastIndexOf('/')
  return i === -1 ? path : path.slice(i + 1)
}

/** `.env`, `.env.production`, `prod.env`: not `.env.example` and other templates. */
export function isEnvFile(path: string): boolean {
  const base = baseName(path)
  return ENV_NAME.test(base) && !ENV_TEMPLATE.test(base)
}

export function isLockFile(path: string): boolean {
  return LOCK_NAME.test(path)
}

export function isCiConfig(path: string): boolean {
  return CI_PATH.test(path)
}

/** Built front-end output that can hold inlined keys (scanned even when git-ignored). */
export function isBundleFile(path: string): boolean {
  return BUNDLE_DIR.test(path) && BUNDLE_EXT.test(path) && !path.includes('node_modules/')
}

/** The directory names whose ignored contents the audit still walks for bundles. */
export function isBundleDir(dir: string): boolean {
  return BUNDLE_DIR.test(dir.endsWith('/') ? dir : `${dir}/`)
}

const TEST_PATH = /(?:^|\/)(?:tests?|__tests__|specs?|fixtures?|__fixtures__|__mocks__|testdata|test-data)\/|[._-](?:test|spec)\.[\w]+$|(?:^|\/)(?:conftest\.py|test_[^/]+\.py)$|_test\.(?:go|py|rb|exs?)$/

/** A test's file or fixture (`tests/`, `__mocks__/`, `foo.test.ts`, `conftest.py`, `x_test.go`). */
export function isTestFile(path: string): boolean {
  return TEST_PATH.test(path)
}

export function isCodeFile(path: string): boolean {
  return CODE_EXT.test(path) && !DECL.test(path)
}

const SETTINGS_EXT = /\.(?:json|jsonc|json5|ya?ml|toml|ini|cfg|conf|properties|xml|plist)$/i

/** A configuration file in a structured format: read for settings such as `redact_pii_return_unredacted`. */
export function isSettingsFile(path: string): boolean {
  return SETTINGS_EXT.test(path)
}

/**
 * Server code whatever its folder: Next.js API routes (`pages/api/`, `app/api/`) and route handlers
 * (`app/.../route.ts`), a top-level `api/` (serverless functions), `server/`, `backend/`,
 * `functions/` and `lambda/` folders, `*.server.ts`, SvelteKit `+server.ts`, middleware. A JSX
 * file is never taken for one (a `src/api/Live.tsx` renders in the browser).
 */
const SERVER_PATH = /(?:^|\/)(?:pages|app)\/api\/|^api\/|(?:^|\/)(?:server|servers|backend|functions|lambda|lambdas)\/|(?:^|\/)route\.[cm]?[jt]s$|\.server\.[cm]?[jt]s$|(?:^|\/)\+server\.[jt]s$|(?:^|\/)middleware\.[cm]?[jt]s$/

export function isServerPath(path: string): boolean {
  return !/\.[jt]sx$/.test(path) && SERVER_PATH.test(path)
}

/** A path that suggests the code ships to browsers (combined with in-file signals by the code rules). */
export function isBrowserPath(path: string): boolean {
  return BROWSER_PATH.test(path) || /\.[jt]sx$/.test(path)
}

export const DEFAULT_TEST_PATTERNS: readonly string[] = [
  '**/test/**',
  '**/tests/**',
  '**/__tests__/**',
  '**/__mocks__/**',
  '**/e2e/**',
  '**/fixtures/**',
  '**/*.test.*',
  '**/*.spec.*',
]
