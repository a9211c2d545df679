// For the crash test only: the Wakai server on an embedded folder, with a pause inside every
// history save (injected as a hook, never read from the environment by the product), so that the
// test can kill this process in the middle of a committed write. Prints the address like `wakai serve`.
import { startServer } from '@wakai/server';

const [dataDir, pauseMs] = process.argv.slice(2);
const server = await startServer({
  database: { engine: 'pglite', dataDir },
  port: 0,
  hooks: {
    whileSavingHistory: async () => {
      process.stderr.write('wakai: saving history (paused for test)\n');
      await new Promise((resolve) => setTimeout(resolve, Number(pauseMs)));
    },
  },
});
process.stdout.write(`Wakai を起動しました: ${server.url}\n`);
