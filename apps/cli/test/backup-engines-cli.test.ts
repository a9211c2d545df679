// A backup moved between engines (issue 18 item 15): office (PostgreSQL) → embedded → office, where
// `wakai cases` lists every case each time and each case file reads the same. Before, office →
// embedded restored cases no one could see (owned by office users) and embedded → office gave them
// to a user who cannot log in.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { caseFile, demoCase } from '@wakai/core';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { folderWith, wakai } from './run-wakai.js';

const postgresUrl = process.env.WAKAI_TEST_POSTGRES_URL;

describe.runIf(postgresUrl)('wakai backup / restore between engines', () => {
  const names = [1, 2].map(() => `wakai_test_${randomUUID().replaceAll('-', '')}`);
  const urlOf = (name: string) => {
    const url = new URL(postgresUrl as string);
    url.pathname = `/${name}`;
    return url.toString();
  };
  const admin = async (query: string) => {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(query);
    await client.end();
  };
  afterAll(async () => {
    for (const name of names) await admin(`drop database if exists ${name} with (force)`);
  });

  it('lists every case after each move, each case file the same, owned by the local user or --owner', async () => {
    for (const name of names) await admin(`create database ${name}`);
    const [office, again] = names.map(urlOf) as [string, string];
    const owner = 'owner@office.example';
    const onServer = (url: string, args: string[], input?: string) => {
      const run = wakai(args, input, { DATABASE_URL: url, WAKAI_PASSWORD: 'correct horse battery' });
      expect([args.join(' '), run.status, run.stderr]).toEqual([args.join(' '), 0, '']);
      return run.stdout;
    };
    const work = folderWith({
      'a.json': JSON.stringify(caseFile(demoCase('2026-11-23'), '2026-11-23T00:00:00.000Z')),
      'b.json': JSON.stringify(caseFile({ ...demoCase('2026-11-23'), title: '二件目' }, '2026-11-23T00:00:00.000Z')),
    });
    onServer(office, ['user', 'add', owner, '--name', '弁護士']);
    for (const name of ['a.json', 'b.json']) onServer(office, ['import', join(work, name), '--owner', owner]);
    const listed = (stdout: string) => stdout.trim().split('\n').sort();
    const officeCases = listed(onServer(office, ['cases', '--owner', owner]));
    expect(officeCases).toHaveLength(2);
    const ids = officeCases.map((line) => line.split(' ')[0] as string);
    const fileOf = (stdout: string) => JSON.stringify({ ...JSON.parse(stdout), exportedAt: '' });
    const files = ids.map((id) => fileOf(onServer(office, ['export', id, '--owner', owner])));

    // Office → embedded: every case is the local user's, listed, and no demo is added.
    const first = join(work, 'office.jsonl.gz');
    onServer(office, ['backup', '--out', first]);
    const embedded = join(work, 'embedded');
    expect(wakai(['restore', first, '--data', embedded]).status).toBe(0);
    expect(listed(wakai(['cases', '--data', embedded]).stdout)).toEqual(officeCases);
    expect(ids.map((id) => fileOf(wakai(['export', id, '--data', embedded]).stdout))).toEqual(files);

    // Embedded → office: without --owner refused (nothing written), with it the owner's again.
    const second = join(work, 'embedded.jsonl.gz');
    expect(wakai(['backup', '--out', second, '--data', embedded]).status).toBe(0);
    const refused = wakai(['restore', second], undefined, { DATABASE_URL: again });
    expect([refused.status, refused.stderr]).toEqual([2, expect.stringContaining('--owner メールアドレス')]);
    onServer(again, ['restore', second, '--owner', owner]);
    expect(listed(onServer(again, ['cases', '--owner', owner]))).toEqual(officeCases);
    expect(ids.map((id) => fileOf(onServer(again, ['export', id, '--owner', owner])))).toEqual(files);
  }, 600_000);
});
