// `npm run browser:install`: installs Debian's Chromium for the browser tests when it is missing.
import { ensureChromium } from './chromium.ts'

console.log(`Chromium ready: ${ensureChromium()}`)
