// この端末のデータ (static build only): where the cases are kept, how to hand them over, and
// deleting everything on this device after a confirmation.
import { useEffect, useState } from 'react';
import { Crumbs } from '../components/Crumbs.js';
import { NextStep } from '../components/help/NextStep.js';
import { type DeviceStorage, deleteAllDeviceData, deviceStorage, keepData } from '../offline/device-data.js';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)}MB`;

export function DevicePage() {
  const [storage, setStorage] = useState<DeviceStorage>();
  const [message, setMessage] = useState<string>();
  useEffect(() => void deviceStorage().then(setStorage), []);

  async function remove() {
    if (
      !window.confirm(
        'この端末に保存したすべての案件を削除します。元に戻せません。必要な案件は先に「案件ファイルを書き出す」で保存してください。削除しますか?',
      )
    )
      return;
    try {
      await deleteAllDeviceData();
      location.assign(document.baseURI);
    } catch (e) {
      setMessage(`削除できませんでした: ${(e as Error).message}。ほかのタブで Wakai を開いていたら閉じて、もう一度お試しください`);
    }
  }

  return (
    <div className="page">
      <Crumbs here="この端末のデータ" />
      <h1>この端末のデータ</h1>
      <NextStep>
        事務所に相談するときは、案件の画面の「事務所に送る」で事務所の招待リンクから送るか、「案件ファイルを書き出す」でファイルにして渡します。
      </NextStep>
      <section className="card" data-testid="device-data">
        <h2>データの場所</h2>
        <p>
          入力した案件は、この端末のこのブラウザの中(このサイトの保存領域
          IndexedDB)だけに保存されています。インターネットのどこにも送られません。 通信を切っても使えます。
        </p>
        <p>
          {'ほかの端末やブラウザからは見えません。ブラウザの「閲覧データ(サイトデータ)の削除」をすると消えます。'}
          {'プライベートブラウズではタブを閉じると消えます。'}
        </p>
        {storage && (
          <p>
            使用量: {storage.used === undefined ? '不明' : megabytes(storage.used)}(アプリ本体と文書用の字体を含みます)。
            {storage.persisted
              ? '容量が足りなくなってもブラウザが消さない設定です。'
              : '容量が足りなくなるとブラウザが消すことがあります。'}
          </p>
        )}
        {storage && !storage.persisted && (
          <button type="button" className="secondary" onClick={() => void keepData().then(() => deviceStorage().then(setStorage))}>
            消さないようブラウザに頼む
          </button>
        )}
      </section>
      <section className="card">
        <h2>すべて削除</h2>
        <p>この端末に保存したすべての案件を削除します。元に戻せません。</p>
        {message && (
          <p className="error" role="alert">
            {message}
          </p>
        )}
        <button type="button" className="secondary danger" onClick={() => void remove()}>
          この端末のデータをすべて削除
        </button>
      </section>
    </div>
  );
}
