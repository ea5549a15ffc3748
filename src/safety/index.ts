// Safety: the content-safety gate.
export { evaluateContentSafety, type SafetyVerdict, type SafetyAction, type ContentSafetyLabelsResult } from './evaluate-content-safety.js'
