// Requests the typed client must refuse at compile time. `npm run typecheck` compiles this file:
// each `@ts-expect-error` fails the check if its line stops being an error. typed-client.test.ts
// compiles it again without them and checks that each line fails for the reason its comment names
// (the TS code after the directive), not for another. Never run: it only has to compile.
import { type CaseDetail, call, client } from '../src/api.js';

export async function misuses(caseId: string) {
  // A misspelled field of a request body.
  // @ts-expect-error TS2561 'titel' is not a field of a new case
  await call(client.cases.$post({ json: { titel: '任意整理', debtor: { name: '山田 花子' } } }));

  // A field of the wrong type in a request body.
  // @ts-expect-error TS2322 a version is a number
  await call(client.cases[':caseId'].$patch({ param: { caseId }, json: { version: '3' } }));

  // A misspelled path parameter.
  // @ts-expect-error TS2561 the parameter is caseId
  await call(client.cases[':caseId'].$get({ param: { caseID: caseId } }));

  // A route that does not exist (PUT on a case).
  // @ts-expect-error TS2339 a case is edited with PATCH
  await call(client.cases[':caseId'].$put({ param: { caseId }, json: {} }));

  // A wrong response type: the overview is not the case's detail.
  // @ts-expect-error TS2741 the overview has no case
  const detail: CaseDetail = await call(client.cases[':caseId'].overview.$get({ param: { caseId } }));

  // A wrong type read from an answer.
  // @ts-expect-error TS2322 a case's version is a number
  const version: string = (await call(client.cases[':caseId'].$get({ param: { caseId } }))).case.version;

  return { detail, version };
}
