"""A Unix socket in front of a TCP service of this machine's own network namespace: processes
inside a test's network namespace reach PostgreSQL through it (a Unix socket is a file, not
part of any network namespace), as a worker on the platform reaches it through
/run/postgresql. The service still sees a TCP client on 127.0.0.1 and asks for its password."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        with contextlib.suppress(Exception):
            writer.close()


@contextmanager
def unix_bridge(socket_path: Path, host: str, port: int) -> Iterator[Path]:
    """Connections to `socket_path` are piped to `host:port` until the block ends; started
    from a thread of the machine's own namespace (the caller's, before it enters another)."""
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    stop: asyncio.Future[None] | None = None

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(host, port)
        except OSError:
            writer.close()
            return
        await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))

    async def serve() -> None:
        nonlocal stop
        stop = loop.create_future()
        server = await asyncio.start_unix_server(handle, path=str(socket_path))
        ready.set()
        async with server:
            await stop

    thread = threading.Thread(target=loop.run_until_complete, args=(serve(),), daemon=True)
    thread.start()
    if not ready.wait(10):
        raise RuntimeError(f"the bridge at {socket_path} did not start")
    try:
        yield socket_path
    finally:
        assert stop is not None
        loop.call_soon_threadsafe(stop.set_result, None)
        thread.join(10)
        for task in asyncio.all_tasks(loop):
            task.cancel()
        loop.close()
