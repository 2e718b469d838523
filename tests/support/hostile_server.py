"""A hostile HTTP server on loopback: what a broken proxy, captive portal or gateway sends.

Raw asyncio sockets (not the simulator) so it can do what no well-behaved framework allows:
endless bodies, compression bombs, one byte per second, JSON nested 100,000 deep, echoing the
request's Authorization header back, and asking for a day's `Retry-After`. Every answer is
generated as it is written, so the server itself stays small in memory.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

MiB = 1024 * 1024
# 7.5 MB of "{}," (under the byte cap): ~400 MB once parsed if nothing counted the values.
_VALUES_BODY = b"[" + b",".join([b"{}"] * 2_500_000) + b"]"
MODES = ("huge", "bomb", "values", "drip", "deep", "echo", "retry-after")


def gzip_bomb(inflated_bytes: int) -> bytes:
    """A gzip body of `inflated_bytes` spaces inside a JSON list (~1,000:1)."""
    packer = zlib.compressobj(9, wbits=31)
    block = b" " * MiB
    parts = [packer.compress(b"[")]
    parts += [packer.compress(block) for _ in range(inflated_bytes // MiB)]
    parts.append(packer.compress(b"]") + packer.flush())
    return b"".join(parts)


@dataclass
class HostileServer:
    mode: str = "huge"
    huge_bytes: int = 1024 * MiB
    bomb: bytes = b""
    drip_interval: float = 1.0
    requests: int = 0
    bytes_sent: int = 0
    seen_tokens: set[str] = field(default_factory=set)
    base_url: str = ""
    _loop: asyncio.AbstractEventLoop | None = None
    _stop: Callable[[], None] | None = None

    # -- lifecycle ------------------------------------------------------------------------
    def start(self) -> HostileServer:
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            server = loop.run_until_complete(asyncio.start_server(self._serve, "127.0.0.1", 0))
            port = server.sockets[0].getsockname()[1]
            self.base_url = f"http://127.0.0.1:{port}"
            ready.set()
            try:
                loop.run_forever()
            finally:
                server.close()
                loop.run_until_complete(server.wait_closed())
                loop.close()

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        ready.wait(10)

        async def shut_down() -> None:
            me = asyncio.current_task()
            tasks = [t for t in asyncio.all_tasks() if t is not me]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        def stop() -> None:
            assert self._loop is not None
            asyncio.run_coroutine_threadsafe(shut_down(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)
            thread.join(5)

        self._stop = stop
        return self

    def stop(self) -> None:
        if self._stop is not None:
            self._stop()

    # -- one connection, one answer --------------------------------------------------------
    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            self.requests += 1
            auth = ""
            for line in head.decode("latin-1").split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "authorization":
                    auth = value.strip()
                    self.seen_tokens.add(auth.removeprefix("Bearer ").strip())
            await getattr(self, "_" + self.mode.replace("-", "_"))(writer, auth)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass  # the client hung up: that is what a bounded client does
        except asyncio.CancelledError:
            pass  # the server is stopping
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

    async def _write(self, writer: asyncio.StreamWriter, data: bytes) -> None:
        writer.write(data)
        self.bytes_sent += len(data)
        await writer.drain()

    @staticmethod
    def _head(status: str, *headers: str) -> bytes:
        lines = [f"HTTP/1.1 {status}", "Connection: close", *headers, "", ""]
        return "\r\n".join(lines).encode()

    async def _huge(self, writer: asyncio.StreamWriter, auth: str) -> None:
        await self._write(writer, self._head("200 OK", "Content-Type: application/json") + b"[")
        chunk = b" " * (64 * 1024)
        for _ in range(self.huge_bytes // len(chunk)):
            await self._write(writer, chunk)

    async def _bomb(self, writer: asyncio.StreamWriter, auth: str) -> None:
        head = self._head(
            "200 OK",
            "Content-Type: application/json",
            "Content-Encoding: gzip",
            f"Content-Length: {len(self.bomb)}",
        )
        await self._write(writer, head)
        for start in range(0, len(self.bomb), 64 * 1024):
            await self._write(writer, self.bomb[start : start + 64 * 1024])

    async def _values(self, writer: asyncio.StreamWriter, auth: str) -> None:
        body = _VALUES_BODY
        head = self._head(
            "200 OK", "Content-Type: application/json", f"Content-Length: {len(body)}"
        )
        await self._write(writer, head + body)

    async def _drip(self, writer: asyncio.StreamWriter, auth: str) -> None:
        await self._write(writer, self._head("200 OK", "Content-Type: application/json") + b"[")
        while True:
            await asyncio.sleep(self.drip_interval)
            await self._write(writer, b" ")

    async def _deep(self, writer: asyncio.StreamWriter, auth: str) -> None:
        if self.requests % 2:
            body = b"[" * 100_000 + b"]" * 100_000
            status = "200 OK"
        else:
            body = b'{"code": -1, "extras": ' * 100_000 + b"1" + b"}" * 100_000
            status = "500 Internal Server Error"
        head = self._head(status, "Content-Type: application/json", f"Content-Length: {len(body)}")
        await self._write(writer, head + body)

    async def _echo(self, writer: asyncio.StreamWriter, auth: str) -> None:
        if self.requests % 2:
            body = f"<html>Authorization: {auth} was not accepted here</html>".encode()
            status = "200 OK"
        else:
            detail = f"header Authorization: {auth} " + "x" * 5000
            body = (
                '{"code": -813, "msg": "echo", "extras": {"detailCode": 99999, "detailMsg": "'
                + detail
                + '"}}'
            ).encode()
            status = "400 Bad Request"
        head = self._head(status, "Content-Type: text/html", f"Content-Length: {len(body)}")
        await self._write(writer, head + body)

    async def _retry_after(self, writer: asyncio.StreamWriter, auth: str) -> None:
        body = b'{"code": -813, "msg": "slow down"}'
        head = self._head(
            "429 Too Many Requests",
            "Content-Type: application/json",
            "Retry-After: 100000",
            f"Content-Length: {len(body)}",
        )
        await self._write(writer, head + body)
