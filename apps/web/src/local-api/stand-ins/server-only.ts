// What only an office server or the command line does (passwords, client addresses, files, a
// PostgreSQL pool, worker threads): the in-browser API is the local owner's and never reaches it.
// Each name the bundled code imports is here, and refuses if it is ever called.
function refuse(): never {
  throw new Error('この操作はブラウザ版では使えません(事務所サーバーまたはコマンドで行ってください)');
}

const refusing = new Proxy(refuse, { get: () => refusing, apply: refuse, construct: refuse });

export default refusing;
export const getConnInfo = refuse;
export const inflateRawSync = refuse;
export const Worker = refusing;
export const parentPort = refusing;
export const workerData = undefined;
export const PassThrough = refusing;
export const createRequire = refuse;
export const dirname = refuse;
export const join = refuse;
export const existsSync = refuse;
