"""`python -m moment_gui.simulator --port N` serves the demo over real HTTP on loopback."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx

from moment_gui.simulator import DEMO_TOKEN


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_module_entry_point_serves_depth1_until_terminated() -> None:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "moment_gui.simulator", "--port", str(port), "--latency", "0.01"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        url = f"http://127.0.0.1:{port}/openapi/v4/targetings/location/depth1"
        headers = {"Authorization": f"Bearer {DEMO_TOKEN}"}
        deadline = time.monotonic() + 20
        while True:
            try:
                response = httpx.get(url, headers=headers)
                break
            except httpx.ConnectError:
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                assert time.monotonic() < deadline, "simulator did not start within 20 s"
                time.sleep(0.1)
        assert response.status_code == 200
        assert [r["value"] for r in response.json()][:2] == ["A", "B"]
    finally:
        process.terminate()
        stdout, _ = process.communicate(timeout=10)
    assert DEMO_TOKEN in stdout and "1234" in stdout  # tells the user what to curl with
