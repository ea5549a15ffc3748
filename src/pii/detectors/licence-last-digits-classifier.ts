/**
 * A driver's licence's last four digits, said to prove whose it is: "the last four of your driver's license?"
 * answered ("Carrier: 7719."), "the last 4 of my CDL are 3317", "DL ending in 4410". Four digits alone identify
 * nobody, but with a name they are what a caller is verified by, as a social's last four are.
 *
 * @module
 */
import { type Classifier, ok } from './classifier-context.js'

/** "last four of your driver's license is ", "last 4 digits of the CDL: ", "my licence ends in ". */
const LICENCE_LAST_FOUR_BEFORE = /\blast[ \t]+(?:4|four)(?:[ \t]+digits)?[ \t]+(?:of|on|for|from)[ \t]+(?:the[ \t]+|your[ \t]+|my[ \t]+|his[ \t]+|her[ \t]+|their[ \t]+)?(?:driver'?s[ \t]+|driving[ \t]+|commercial[ \t]+)?(?:licen[cs]e|dl|cdl)(?:[ \t]+(?:number|no\.?))?(?:[ \t]+(?:is|are|was|were))?[ \t,:]*(?:(?:uh|um|it's|its)[ \t,]+)?$|\b(?:licen[cs]e|dl|cdl)(?:[ \t]+(?:number|no\.?))?[ \t,]+(?:ending|ends|ended)(?:[ \t]+(?:in|with))?[ \t:]*$/i

export const classifyLicenceLastFour: Classifier = (w, ctx) => {
  if (w.digitCount !== 4 || !w.whole || w.groupCount !== 1 || ctx.amount(w)) return null
  if (ctx.numberAsked() === 'licence-last-four' || LICENCE_LAST_FOUR_BEFORE.test(ctx.textBefore(w, 80))) return ok('drivers_license', 0.8, 'licence-last-four', false)
  return null
}
