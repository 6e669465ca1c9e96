import { strict as assert } from 'assert';
import { BackgroundWork } from '../../server/src/lsp/backgroundWork';

describe('background work gives way to checks', () => {
  it('waits between slices until no check is queued or running', async () => {
    const background = new BackgroundWork();
    const order: string[] = [];
    background.started();
    const slice = background.pause().then(() => order.push('slice'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    order.push('check');
    background.done();
    await slice;
    assert.deepEqual(order, ['check', 'slice']);
  });

  it('goes on at once when nothing is being checked, and never counts below zero', async () => {
    const background = new BackgroundWork();
    background.done();
    let paused = false;
    await background.pause().then(() => (paused = true));
    assert.ok(paused);
    background.started();
    background.done();
    await background.pause();
  });
});
