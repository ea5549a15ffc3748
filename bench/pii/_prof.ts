import { scan } from '../../src/pii/index.js'
const MB = 1 << 20
const v = process.argv[2] === 'at' ? '@'.repeat(MB) : process.argv[2] === 'dash' ? '-'.repeat(MB) : 'a@b.'.repeat(MB/4)
scan(v, {names:false})
