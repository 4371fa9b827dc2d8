import { existsSync } from 'node:fs';
import { rendererDir } from './harness';

export default function globalSetup(): void {
  if (!existsSync(`${rendererDir}/index.html`)) {
    throw new Error(
      `No renderer build at ${rendererDir}: run \`npm run build\` before \`npm run test:e2e\`.`,
    );
  }
}
