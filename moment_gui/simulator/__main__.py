"""`python -m moment_gui.simulator --port 8765 [--latency 0.3 --error-rate 0.1 ...]`."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

import uvicorn

from moment_gui.simulator import DEMO_AD_ACCOUNT_ID, DEMO_TOKEN, FaultConfig, SimulatorState
from moment_gui.simulator.app import create_app

HOST = "127.0.0.1"  # loopback only: the simulator is never meant to be reachable from outside


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m moment_gui.simulator",
        description="Serve a Kakao Moment targeting simulator with demo data on 127.0.0.1.",
    )
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to each answer")
    parser.add_argument("--error-rate", type=float, default=0.0, help="share answered 500")
    parser.add_argument("--burst-429", type=int, default=0, help="first N requests answer 429")
    parser.add_argument("--retry-after", type=int, default=1, help="Retry-After seconds on 429")
    parser.add_argument("--malformed-rate", type=float, default=0.0, help="share with bad bodies")
    parser.add_argument("--drop-rate", type=float, default=0.0, help="share of dropped connections")
    parser.add_argument("--seed", type=int, default=None, help="repeatable fault choices")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    state = SimulatorState.demo()
    state.faults = FaultConfig(
        latency_s=args.latency,
        error_rate=args.error_rate,
        burst_429=args.burst_429,
        retry_after_s=args.retry_after,
        malformed_rate=args.malformed_rate,
        drop_rate=args.drop_rate,
        seed=args.seed,
    )
    base = f"http://{HOST}:{args.port}"
    print(f"Kakao Moment simulator on {base}", flush=True)
    print(f"  token: {DEMO_TOKEN}    ad account: {DEMO_AD_ACCOUNT_ID}", flush=True)
    print(
        f'  curl -H "Authorization: Bearer {DEMO_TOKEN}" '
        f"{base}/openapi/v4/targetings/location/depth1",
        flush=True,
    )
    uvicorn.run(create_app(state), host=HOST, port=args.port, log_level="warning")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
