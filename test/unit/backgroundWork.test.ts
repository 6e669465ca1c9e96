import { strict as assert } from 'assert';
import { BackgroundWork } from '../../server/src/lsp/backgroundWork';

/** Whether background work may go on now: its pause resolves before a tick of timers has passed. */
async function proceeds(background: BackgroundWork): Promise<boolean> {
  return Promise.race([background.pause().then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 20))]);
}

describe('background work gives way to checks', () => {
  it('waits between slices until no check is queued or running', async () => {
    const background = new BackgroundWork();
    const order: string[] = [];
    const check = background.begin();
    const slice = background.pause().then(() => order.push('slice'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    order.push('check');
    check.end();
    await slice;
    assert.deepEqual(order, ['check', 'slice']);
  });

  it('goes on at once when nothing is being checked; a check ended twice counts once', async () => {
    const background = new BackgroundWork();
    assert.ok(await proceeds(background));
    const first = background.begin();
    const second = background.begin();
    first.end();
    first.end();
    assert.ok(!(await proceeds(background)), 'the second check still holds it');
    second.end();
    assert.ok(await proceeds(background));
  });

  it('a check that steps aside to wait for background work lets it go meanwhile, and holds it again after', async () => {
    const background = new BackgroundWork();
    const check = background.begin();
    const waited = await check.stepAside(() => proceeds(background));
    assert.ok(waited, 'background work went on while the check waited');
    assert.ok(!(await proceeds(background)), 'held again');
    check.end();
    assert.ok(await proceeds(background));
  });

  it('a check that ends while it waits, or fails, holds nothing', async () => {
    const background = new BackgroundWork();
    const check = background.begin();
    await check.stepAside(async () => check.end());
    assert.ok(await proceeds(background));
    await assert.rejects(background.checking(async () => {
      throw new Error('the check failed');
    }));
    assert.ok(await proceeds(background));
    await background.checking((inner) => inner.stepAside(async () => inner.stepAside(async () => undefined)));
    assert.ok(await proceeds(background), 'nested waits hold once, and the end lets go');
  });
});
