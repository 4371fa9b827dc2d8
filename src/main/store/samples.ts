import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { migrateEngagement, type Engagement } from '@shared/domain';
import { AppError } from '@shared/errors';

export interface SampleInfo {
  id: string;
  name: string;
  description: string;
}

const SAMPLE_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Sample engagements shipped in `resources/samples/*.json`, each either an engagement document
 * or `{ description, engagement }`. A sample's id is its file name without `.json`.
 */
export class SampleLibrary {
  constructor(private readonly dir: string | undefined) {}

  private files(): string[] {
    if (this.dir === undefined || !existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((name) => name.endsWith('.json') && SAMPLE_ID.test(basename(name, '.json')))
      .sort();
  }

  private read(id: string): { engagement: Engagement; description: string } {
    if (this.dir === undefined || !SAMPLE_ID.test(id) || !this.files().includes(`${id}.json`)) {
      throw new AppError('not_found', `There is no sample engagement “${id}”.`);
    }
    const raw: unknown = JSON.parse(readFileSync(join(this.dir, `${id}.json`), 'utf8'));
    const wrapped = isRecord(raw) && 'engagement' in raw;
    const engagement = migrateEngagement(wrapped ? raw.engagement : raw);
    const description =
      wrapped && typeof raw.description === 'string'
        ? raw.description
        : (engagement.notes.split('\n')[0] ?? '');
    return { engagement, description };
  }

  /** Samples that fail to read are left out of the list rather than breaking it. */
  list(): SampleInfo[] {
    const samples: SampleInfo[] = [];
    for (const file of this.files()) {
      const id = basename(file, '.json');
      try {
        const { engagement, description } = this.read(id);
        samples.push({ id, name: engagement.name, description });
      } catch (error) {
        console.error(`[store] sample ${file} could not be read`, error);
      }
    }
    return samples;
  }

  /** A fresh draft copy of the sample, under its own id. */
  instantiate(id: string): Engagement {
    const { engagement } = this.read(id);
    return { ...engagement, id: randomUUID(), status: 'draft' };
  }
}
