// @vitest-environment node
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { servePreview } from '../../../scripts/preview-server.ts';

let other: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (other ? other.close(() => resolve()) : resolve())));

describe('servePreview', () => {
  it('refuses a port another server already answers on, rather than serving that server’s build', async () => {
    other = createServer((_request, response) => response.end('another build'));
    await new Promise<void>((resolve) => other?.listen(0, '127.0.0.1', resolve));
    const { port } = other.address() as AddressInfo;
    await expect(servePreview('dist', port)).rejects.toThrow(`port ${port} is in use by another server`);
  });
});
