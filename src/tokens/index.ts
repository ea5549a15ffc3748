// Tokens: temporary AssemblyAI streaming tokens for browsers, within the policy's limits.
export {
  issueStreamingToken,
  resolveTokenRequest,
  tokenLimits,
  tokenDigest,
  type StreamingTokenUpstream,
  type StreamingTokenRequest,
  type StreamingTokenGrant,
  type TokenLimits,
} from './issue-streaming-token.js'
