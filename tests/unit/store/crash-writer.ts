/**
 * The process the crash test kills. It saves in a loop and prints one line per save after the
 * save has returned (so after it is durable): `ack <id> <version> <counter>`. Whatever it
 * printed must still be in the database after a SIGKILL at any moment.
 *
 * Run as: node --import tsx tests/unit/store/crash-writer.ts <dataDir> <engagementCount>
 */
import { openStore } from '../../../src/main/store';

const [dataDir, countArg] = process.argv.slice(2);
if (dataDir === undefined) {
  console.error('usage: crash-writer <dataDir> [engagementCount]');
  process.exit(2);
}
const count = Number(countArg ?? '3');

// A short schedule so that kills also land during online backups.
const store = openStore(dataDir, { backupIntervalMs: 25 });
const ids = store.engagements
  .list({ shelf: 'all', sort: 'created', direction: 'asc', limit: count })
  .items.map((e) => e.id);
while (ids.length < count) {
  const { engagement } = store.createBlank(`Crash test ${ids.length + 1}`, 'Riverside USD');
  process.stdout.write(`created ${engagement.id}\n`);
  ids.push(engagement.id);
}
process.stdout.write('ready\n');

let counter = 0;
function burst(): void {
  // Bursts of synchronous saves with a turn of the event loop between them, so the backup
  // timer gets to run and a kill can land inside a backup as well as inside a save.
  for (let i = 0; i < 20; i++) {
    const id = ids[counter % ids.length];
    if (id === undefined) throw new Error('no engagement');
    const { engagement, meta } = store.engagements.get(id);
    counter++;
    const version = meta.version + 1;
    const receipt = store.engagements.save(
      { ...engagement, notes: `version=${version} counter=${counter}` },
      meta.version,
    );
    process.stdout.write(`ack ${id} ${receipt.version} ${counter}\n`);
    if (counter % 97 === 0) {
      const revision = store.freezeRevision(id, `sent ${counter}`);
      process.stdout.write(`revision ${id} ${revision.number}\n`);
    }
  }
  setImmediate(burst);
}
burst();
