import { ESLint } from 'eslint';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The rooms' import rules (eslint.config.mjs) hold: for each zone, a forbidden import in a
 * file at a real path is reported, and an allowed one is not. The snippets are linted as the
 * text of those files, through ESLint's own API and the project's config.
 */
const ROOT = resolve(__dirname, '../../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, 'eslint.config.mjs') });
});

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const probe = [x];\n`, {
    filePath: join(ROOT, filePath),
  });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const cases: {
  zone: string;
  file: string;
  forbidden: string;
  allowed: string;
  says: RegExp;
}[] = [
  {
    zone: 'electron only in the glue files',
    file: 'src/main/dispatch.ts',
    forbidden: "import { app as x } from 'electron';",
    allowed: "import { join as x } from 'node:path';",
    says: /Only the Electron glue/,
  },
  {
    zone: 'the glue files may import electron',
    file: 'src/main/menu.ts',
    forbidden: "import { x } from '../renderer/src/api';",
    allowed: "import { Menu as x } from 'electron';",
    says: /never imports renderer code/,
  },
  {
    zone: 'the store never imports export/',
    file: 'src/main/store/backups.ts',
    forbidden: "import { renderPdf as x } from '../export/render';",
    allowed: "import { writeFileAtomic as x } from '../files/atomic';",
    says: /The store is the bottom room/,
  },
  {
    zone: 'the store never imports handlers/',
    file: 'src/main/store/samples.ts',
    forbidden: "import type { HandlerContext as x } from '../handlers/context';",
    allowed: "import { AppError as x } from '../../shared/errors';",
    says: /The store is the bottom room/,
  },
  {
    zone: 'handlers reach the store through its facade',
    file: 'src/main/handlers/revision.ts',
    forbidden: "import { listBackups as x } from '../store/backups';",
    allowed: "import { openStore as x } from '../store';",
    says: /only through its facade/,
  },
  {
    zone: 'the export never imports the handlers',
    file: 'src/main/export/exporter.ts',
    forbidden: "import { scopeHandlers as x } from '../handlers/scope';",
    allowed: "import type { StoreAccess as x } from '../store';",
    says: /never the other way round/,
  },
  {
    zone: 'components never import a feature folder',
    file: 'src/renderer/src/components/Money.tsx',
    forbidden: "import { useWorkspace as x } from '../engagement/context';",
    allowed: "import { formatMoney as x } from '../../../shared/money';",
    says: /never import a feature folder/,
  },
  {
    zone: 'hooks never import a feature folder',
    file: 'src/renderer/src/hooks/useRested.ts',
    forbidden: "import { navigate as x } from '../app/routing';",
    allowed: "import { useEffect as x } from 'react';",
    says: /never import a feature folder/,
  },
  {
    zone: 'the renderer never imports main',
    file: 'src/renderer/src/app/AboutScreen.tsx',
    forbidden: "import { dispatch as x } from '../../../main/dispatch';",
    allowed: "import { navigate as x } from './routing';",
    says: /only through window\.api/,
  },
];

describe('lint enforces the rooms', () => {
  for (const c of cases) {
    it(`${c.zone}: ${c.file}`, { timeout: 120_000 }, async () => {
      const refused = await restricted(c.file, c.forbidden);
      expect(refused).toHaveLength(1);
      expect(refused[0]).toMatch(c.says);
      expect(await restricted(c.file, c.allowed)).toEqual([]);
    });
  }
});
